using System.Text;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// The name of an organization as shown in the Manager: by default the founder's first and last name or the
/// company's name (ORG-2), renamed at will by an administrator.
/// </summary>
/// <remarks>
/// Made only by <see cref="Parse"/>: trimmed, inner runs of white space collapsed to one space, at least one
/// letter or digit, at most <see cref="MaxLength"/> characters, and none of the characters that would hide text or
/// change how it shows (<see cref="NameProblem"/>: control, bidirectional and zero-width characters, lone surrogates
/// and noncharacters, so that <c>"‮evilCorp"</c> is refused). Equality is ordinal.
/// </remarks>
public sealed record OrganizationName
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxLength = 210;

    private OrganizationName(string value) => Value = value;

    /// <summary>The name, trimmed and with single spaces.</summary>
    public string Value { get; }

    /// <summary>Parses a raw name.</summary>
    /// <param name="input">The name as typed, possibly null or padded.</param>
    /// <returns>The name, or <see cref="InvalidOrganizationName"/> saying what is wrong with it.</returns>
    public static OneOf<OrganizationName, InvalidOrganizationName> Parse(string? input)
    {
        var collapsed = Collapse(input.AsSpan().Trim());
        NameProblem? problem = collapsed switch
        {
            null => NameProblem.TooLong,
            { Length: 0 } => NameProblem.Empty,
            _ => TextSafety.CharacterProblemOf(collapsed) ?? (collapsed.Any(char.IsLetterOrDigit) ? null : NameProblem.NoLetter),
        };
        return problem is { } found ? new InvalidOrganizationName(input, found) : new OrganizationName(collapsed!);
    }

    /// <summary>The name as shown.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    private static string? Collapse(ReadOnlySpan<char> trimmed)
    {
        var builder = new StringBuilder(Math.Min(trimmed.Length, MaxLength + 1));
        var pendingSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > MaxLength)
            {
                return null;
            }
        }

        return builder.ToString();
    }
}

/// <summary>Who an organization is created for (ORG-2): an individual with a first and last name, or a company with its name.</summary>
/// <remarks>A closed choice: <see cref="Individual"/> or <see cref="Company"/>, nothing else.</remarks>
public abstract record CustomerProfile
{
    private CustomerProfile()
    {
    }

    private protected abstract bool IsClosedCase { get; }

    /// <summary>The organization's default name for this profile: the person's full name, or the company's name.</summary>
    public abstract OrganizationName DefaultOrganizationName { get; }

    /// <summary>A private person, whose organization is named after them.</summary>
    public sealed record Individual : CustomerProfile
    {
        /// <summary>Makes the profile of a private person.</summary>
        /// <param name="name">The person's first and last name.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Individual(PersonName name) => Name = Guard.Against.Null(name);

        /// <summary>The person's first and last name.</summary>
        public PersonName Name { get; }

        private protected override bool IsClosedCase => true;

        /// <inheritdoc />
        public override OrganizationName DefaultOrganizationName => OrganizationName.Parse(Name.ToString()).AsT0;
    }

    /// <summary>A company, whose organization is named after its company or business name.</summary>
    public sealed record Company : CustomerProfile
    {
        /// <summary>Makes the profile of a company.</summary>
        /// <param name="name">The company or business name.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Company(OrganizationName name) => Name = Guard.Against.Null(name);

        /// <summary>The company or business name.</summary>
        public OrganizationName Name { get; }

        private protected override bool IsClosedCase => true;

        /// <inheritdoc />
        public override OrganizationName DefaultOrganizationName => Name;
    }
}
