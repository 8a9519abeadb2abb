using System.Globalization;
using System.Text;
using OneOf;

namespace Infomaniak.Domain.Common;

/// <summary>
/// A syntactically valid email address: an account login, a recovery address or a hosted mailbox.
/// </summary>
/// <remarks>
/// <para>
/// Made only by <see cref="Parse"/>, which trims surrounding white space and checks the address against
/// the dot-atom form of RFC 5321/5322 (no quoted local parts, no IP-literal domains), with internationalized
/// local parts (RFC 6531) and domains (IDNA) allowed. The whole address is at most 254 characters, the local
/// part at most 64, the domain at most 253 (in its ASCII form), each domain label at most 63, and the domain
/// has at least two labels, the last of which is not all digits.
/// </para>
/// <para>
/// Two addresses are equal when they differ only in letter case, in the Unicode normalization of the local part, or
/// in the spelling of an internationalized domain (<see cref="Normalized"/>); the spelling the person typed is kept
/// for display (<see cref="ToString"/>).
/// </para>
/// </remarks>
public sealed class EmailAddress : IEquatable<EmailAddress>
{
    /// <summary>The longest address accepted, in characters (RFC 5321's path limit less the angle brackets).</summary>
    public const int MaxLength = 254;

    /// <summary>The longest local part (before the <c>@</c>) accepted, in characters.</summary>
    public const int MaxLocalPartLength = 64;

    private const int MaxLabelLength = 63;

    private const int MaxDomainLength = 253;

    private EmailAddress(string value, string normalized, int at)
    {
        Value = value;
        Normalized = normalized;
        atIndex = at;
    }

    private readonly int atIndex;

    /// <summary>The address as the person typed it, without surrounding white space.</summary>
    public string Value { get; }

    /// <summary>
    /// The form used for equality and lookups: the local part in Unicode normalization form C and the domain in its
    /// ASCII (IDNA) form, both in lower case (invariant culture). <c>User@Bücher.de</c> and <c>user@xn--bcher-kva.de</c>
    /// normalize alike.
    /// </summary>
    public string Normalized { get; }

    /// <summary>The part before the <c>@</c>, as typed.</summary>
    public string LocalPart => Value[..atIndex];

    /// <summary>The part after the <c>@</c>, as typed.</summary>
    public string Domain => Value[(atIndex + 1)..];

    /// <summary>Parses a raw string into an address.</summary>
    /// <param name="input">The text to parse; null, empty and malformed texts are refused, never thrown on.</param>
    /// <returns>The address, or <see cref="InvalidEmailAddress"/> naming what is wrong.</returns>
    public static OneOf<EmailAddress, InvalidEmailAddress> Parse(string? input)
    {
        var problem = Validate(input, out var trimmed, out var at, out var asciiDomain);
        if (problem is { } found)
        {
            return new InvalidEmailAddress(input ?? string.Empty, found);
        }

        var normalized = string.Concat(trimmed.AsSpan(0, at).ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant(), "@", asciiDomain.ToLowerInvariant());
        return new EmailAddress(trimmed, normalized, at);
    }

    /// <summary>Parses a raw string into an address, the <c>Try</c> way.</summary>
    /// <param name="input">The text to parse.</param>
    /// <param name="address">The address when the text is valid; otherwise null.</param>
    /// <returns>Whether the text is a valid address.</returns>
    public static bool TryParse(string? input, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EmailAddress? address)
    {
        address = Parse(input).Match<EmailAddress?>(valid => valid, _ => null);
        return address is not null;
    }

    /// <summary>Whether the two addresses are the same mailbox, ignoring letter case.</summary>
    /// <param name="other">The other address.</param>
    /// <returns><see langword="true"/> when both normalize to the same text.</returns>
    public bool Equals(EmailAddress? other) => other is not null && string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EmailAddress);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized);

    /// <summary>The address as typed (without surrounding white space); parsing it again gives an equal address.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two addresses are equal, ignoring letter case.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns><see langword="true"/> when they are equal or both null.</returns>
    public static bool operator ==(EmailAddress? left, EmailAddress? right) => left?.Equals(right) ?? right is null;

    /// <summary>Whether two addresses differ, ignoring letter case.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(EmailAddress? left, EmailAddress? right) => !(left == right);

    private static EmailAddressProblem? Validate(string? input, out string trimmed, out int at, out string asciiDomain)
    {
        trimmed = input?.Trim() ?? string.Empty;
        at = trimmed.LastIndexOf('@');
        asciiDomain = string.Empty;
        if (trimmed.Length == 0)
        {
            return EmailAddressProblem.Empty;
        }

        if (trimmed.Length > MaxLength)
        {
            return EmailAddressProblem.TooLong;
        }

        if (at < 0)
        {
            return EmailAddressProblem.MissingAtSign;
        }

        if (!IsDotAtom(trimmed.AsSpan(0, at)))
        {
            return EmailAddressProblem.InvalidLocalPart;
        }

        if (AsciiDomain(trimmed[(at + 1)..]) is not { } ascii)
        {
            return EmailAddressProblem.InvalidDomain;
        }

        asciiDomain = ascii;
        return null;
    }

    private static bool IsDotAtom(ReadOnlySpan<char> local)
    {
        if (local.Length is 0 or > MaxLocalPartLength || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < local.Length; i++)
        {
            if (local[i] != '.' && !IsAtomText(local[i], local, ref i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAtomText(char c, ReadOnlySpan<char> text, ref int index)
    {
        if (char.IsAsciiLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".Contains(c))
        {
            return true;
        }

        if (c < 0x80)
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            if (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return false;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[index + 1]));
            index++;
            return IsPrintable(category);
        }

        return !char.IsLowSurrogate(c) && IsPrintable(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static bool IsPrintable(UnicodeCategory category) => category is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or
        UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    private static string? AsciiDomain(string domain)
    {
        if (domain.Length == 0 || domain[^1] == '.')
        {
            return null;
        }

        var ascii = domain;
        if (!Ascii.IsValid(domain))
        {
            try
            {
                ascii = new IdnMapping().GetAscii(domain);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2 || ascii.Length > MaxDomainLength)
        {
            return null;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-')
            {
                return null;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return null;
                }
            }
        }

        return labels[^1].All(char.IsAsciiDigit) ? null : ascii;
    }
}

/// <summary>What is wrong with a text that was meant to be an email address.</summary>
public enum EmailAddressProblem
{
    /// <summary>The text is null, empty or only white space.</summary>
    Empty = 1,

    /// <summary>The text is longer than <see cref="EmailAddress.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>The text has no <c>@</c> separating a local part from a domain.</summary>
    MissingAtSign,

    /// <summary>The part before the <c>@</c> is empty, longer than 64 characters, or holds characters or dots an address cannot have there.</summary>
    InvalidLocalPart,

    /// <summary>The part after the <c>@</c> is not a domain name with at least two valid labels.</summary>
    InvalidDomain,
}

/// <summary>A text was refused as an email address.</summary>
/// <param name="Input">The text as it was given.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record InvalidEmailAddress(string Input, EmailAddressProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        EmailAddressProblem.Empty => "An email address is required.",
        EmailAddressProblem.TooLong => $"An email address has at most {EmailAddress.MaxLength} characters.",
        EmailAddressProblem.MissingAtSign => "An email address needs an '@' between its local part and its domain.",
        EmailAddressProblem.InvalidLocalPart => "The part of the email address before the '@' is not valid.",
        _ => "The domain of the email address (after the '@') is not valid.",
    };
}
