using OneOf;

namespace Infomaniak.Domain.Common;

/// <summary>
/// A person's first and last name, as given at registration: the name of an account's owner and the default
/// name of an individual's organization.
/// </summary>
/// <remarks>
/// Each part is trimmed, holds at least one letter, at most <see cref="MaxPartLength"/> characters, and none of the
/// characters that would hide text or change how it shows (<see cref="NameProblem"/>: control, bidirectional and
/// zero-width characters, lone surrogates and noncharacters). Equality is ordinal on the trimmed parts.
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
    /// <returns>The name, or <see cref="InvalidPersonName"/> naming the part that is wrong and what is wrong with it.</returns>
    public static OneOf<PersonName, InvalidPersonName> Create(string? firstName, string? lastName)
    {
        var first = firstName.AsSpan().Trim();
        var last = lastName.AsSpan().Trim();
        if (ProblemOf(first) is { } firstProblem)
        {
            return new InvalidPersonName(PersonNamePart.FirstName, firstProblem);
        }

        if (ProblemOf(last) is { } lastProblem)
        {
            return new InvalidPersonName(PersonNamePart.LastName, lastProblem);
        }

        return new PersonName(first.ToString(), last.ToString());
    }

    /// <summary>The first and last name separated by a space, as shown to people (<c>Julie Munster</c>).</summary>
    /// <returns>The full name.</returns>
    public override string ToString() => $"{FirstName} {LastName}";

    private static NameProblem? ProblemOf(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty)
        {
            return NameProblem.Empty;
        }

        if (part.Length > MaxPartLength)
        {
            return NameProblem.TooLong;
        }

        if (TextSafety.CharacterProblemOf(part) is { } problem)
        {
            return problem;
        }

        foreach (var c in part)
        {
            if (char.IsLetter(c))
            {
                return null;
            }
        }

        return NameProblem.NoLetter;
    }
}

/// <summary>Which part of a person's name a refusal is about.</summary>
public enum PersonNamePart
{
    /// <summary>The first (given) name.</summary>
    FirstName = 1,

    /// <summary>The last (family) name.</summary>
    LastName,
}

/// <summary>A first or last name is empty, too long, has no letter or holds characters a name may not have.</summary>
/// <param name="Part">The part that is wrong.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record InvalidPersonName(PersonNamePart Part, NameProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"The {(Part == PersonNamePart.FirstName ? "first" : "last")} name {Problem switch
    {
        NameProblem.Empty => "is required",
        NameProblem.TooLong => $"has at most {PersonName.MaxPartLength} characters",
        NameProblem.NoLetter => "needs at least one letter",
        _ => TextSafety.Describe(Problem),
    }}.";
}
