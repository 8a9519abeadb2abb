using OneOf;

namespace Infomaniak.Domain.Common;

/// <summary>
/// A person's first and last name, as given at registration: the name of an account's owner and the default
/// name of an individual's organization.
/// </summary>
/// <remarks>
/// Each part is trimmed, holds at least one letter, at most <see cref="MaxPartLength"/> characters and no
/// control characters. Equality is ordinal on the trimmed parts.
/// </remarks>
public sealed record PersonName
{
    /// <summary>The longest first or last name accepted, in characters.</summary>
    public const int MaxPartLength = 100;

    private PersonName(string firstName, string lastName)
    {
        FirstName = firstName;
        LastName = lastName;
    }

    /// <summary>The first (given) name.</summary>
    public string FirstName { get; }

    /// <summary>The last (family) name.</summary>
    public string LastName { get; }

    /// <summary>Makes a name from raw input.</summary>
    /// <param name="firstName">The first name, possibly null or padded.</param>
    /// <param name="lastName">The last name, possibly null or padded.</param>
    /// <returns>The name, or <see cref="InvalidPersonName"/> naming the part that is wrong.</returns>
    public static OneOf<PersonName, InvalidPersonName> Create(string? firstName, string? lastName)
    {
        var first = firstName?.Trim() ?? string.Empty;
        var last = lastName?.Trim() ?? string.Empty;
        if (!IsValidPart(first))
        {
            return new InvalidPersonName(PersonNamePart.FirstName);
        }

        if (!IsValidPart(last))
        {
            return new InvalidPersonName(PersonNamePart.LastName);
        }

        return new PersonName(first, last);
    }

    /// <summary>The first and last name separated by a space, as shown to people (<c>Julie Munster</c>).</summary>
    /// <returns>The full name.</returns>
    public override string ToString() => $"{FirstName} {LastName}";

    private static bool IsValidPart(string part) =>
        part.Length is > 0 and <= MaxPartLength && part.Any(char.IsLetter) && !part.Any(char.IsControl);
}

/// <summary>Which part of a person's name a refusal is about.</summary>
public enum PersonNamePart
{
    /// <summary>The first (given) name.</summary>
    FirstName = 1,

    /// <summary>The last (family) name.</summary>
    LastName,
}

/// <summary>A first or last name is empty, too long, has no letter or holds control characters.</summary>
/// <param name="Part">The part that is wrong.</param>
public sealed record InvalidPersonName(PersonNamePart Part) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        $"The {(Part == PersonNamePart.FirstName ? "first" : "last")} name must have between 1 and {PersonName.MaxPartLength} characters, at least one letter and no control characters.";
}
