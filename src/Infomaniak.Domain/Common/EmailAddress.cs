using System.Buffers;
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
/// local parts (RFC 6531) and domains (IDNA, UTS #46) allowed. Lengths are counted as RFC 5321 counts them, in
/// octets: the local part has at most 64 UTF-8 octets, the whole address at most 254 (as typed, and with the domain
/// in its ASCII form), the domain at most 253 in its ASCII form, each label at most 63; the domain has at least two
/// labels, the last of which is not all digits. An ASCII label starting with <c>xn--</c> must be a valid A-label
/// (RFC 5890). Control, format (zero-width, bidirectional), separator, private-use and unassigned characters,
/// noncharacters and lone surrogates are refused everywhere, and so is a local part that starts with a combining
/// mark.
/// </para>
/// <para>
/// What is kept is what is checked: the address as typed (<see cref="Value"/>) and its normalized form
/// (<see cref="Normalized"/>) both pass every rule above, and parsing either gives an equal address.
/// </para>
/// <para>
/// Two addresses are equal when they differ only in letter case, in the Unicode normalization of the local part, or
/// in the spelling of an internationalized domain (<see cref="Normalized"/>); the spelling the person typed is kept
/// for display (<see cref="ToString"/>).
/// </para>
/// <para>
/// Normalizing needs Unicode data. In a process without it (.NET's globalization-invariant mode,
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>), an address with a non-ASCII character or an <c>xn--</c> label is
/// refused as <see cref="EmailAddressProblem.UnicodeDataUnavailable"/>, so that two spellings of one login can never
/// become two accounts; every ASCII address gets the same answer in both modes.
/// </para>
/// </remarks>
public sealed class EmailAddress : IEquatable<EmailAddress>
{
    /// <summary>The longest address accepted, in octets (RFC 5321's path limit less the angle brackets): UTF-8 as typed, with the domain in its ASCII form.</summary>
    public const int MaxLength = 254;

    /// <summary>The longest local part (before the <c>@</c>) accepted, in UTF-8 octets.</summary>
    public const int MaxLocalPartLength = 64;

    private const int MaxLabelLength = 63;

    private const int MaxDomainLength = 253;

    private const string AtomSpecials = "!#$%&'*+/=?^_`{|}~-";

    /// <summary>
    /// The refusals of a text without <c>@</c>: they keep nothing of the text (<see cref="InvalidEmailAddress.Excerpt"/> is
    /// empty), so one immutable value of each serves every such text, without allocating nor scanning it again.
    /// </summary>
    private static readonly InvalidEmailAddress RefusedEmpty = new(null, EmailAddressProblem.Empty);

    private static readonly InvalidEmailAddress RefusedTooLongWithoutAtSign = new(null, EmailAddressProblem.TooLong);

    private static readonly InvalidEmailAddress RefusedWithoutAtSign = new(null, EmailAddressProblem.MissingAtSign);

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
    /// normalize alike. Parsing it gives an equal address.
    /// </summary>
    public string Normalized { get; }

    /// <summary>The part before the <c>@</c>, as typed.</summary>
    public string LocalPart => Value[..atIndex];

    /// <summary>The part after the <c>@</c>, as typed.</summary>
    public string Domain => Value[(atIndex + 1)..];

    /// <summary>
    /// The spellings a person may know this address by: as typed, normalized, and with the domain in Unicode (its
    /// U-labels) after the normalized local part. The password policy compares passwords with each.
    /// </summary>
    internal IEnumerable<string> Spellings
    {
        get
        {
            yield return Value;
            yield return Normalized;
            var at = Normalized.LastIndexOf('@');
            var labels = Normalized[(at + 1)..].Split('.')
                .Select(label => label.StartsWith("xn--", StringComparison.Ordinal) ? TextSafety.Idn.GetUnicode(label) : label);
            yield return string.Concat(Normalized.AsSpan(0, at + 1), string.Join('.', labels));
        }
    }

    /// <summary>Parses a raw string into an address.</summary>
    /// <param name="input">The text to parse; null, empty and malformed texts are refused, never thrown on.</param>
    /// <returns>
    /// The address, or <see cref="InvalidEmailAddress"/> naming what is wrong. The refusal keeps a short, sanitized
    /// excerpt of a text that has an <c>@</c>, and nothing of one that has none (it may be a password typed in the
    /// wrong field).
    /// </returns>
    public static OneOf<EmailAddress, InvalidEmailAddress> Parse(string? input)
    {
        var trimmed = input.AsSpan().Trim();
        if (IsPlainAsciiAddress(trimmed, out var atSign))
        {
            var value = trimmed.Length == input!.Length ? input : trimmed.ToString();
            return new EmailAddress(value, LowerAscii(value), atSign);
        }

        if (atSign < 0)
        {
            return trimmed.IsEmpty ? RefusedEmpty : trimmed.Length > MaxLength ? RefusedTooLongWithoutAtSign : RefusedWithoutAtSign;
        }

        var problem = Read(trimmed, out var normalized, out var at);
        if (problem is { } found)
        {
            return new InvalidEmailAddress(trimmed.Contains('@') ? input : null, found);
        }

        return new EmailAddress(trimmed.ToString(), normalized!, at);
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

    private static EmailAddressProblem? Read(ReadOnlySpan<char> text, out string? normalized, out int at)
    {
        normalized = null;
        at = text.LastIndexOf('@');
        if (text.IsEmpty)
        {
            return EmailAddressProblem.Empty;
        }

        if (text.Length > MaxLength)
        {
            return EmailAddressProblem.TooLong;
        }

        if (at < 0)
        {
            return EmailAddressProblem.MissingAtSign;
        }

        var local = text[..at];
        var domain = text[(at + 1)..];
        if (!IsLocalPart(local))
        {
            return EmailAddressProblem.InvalidLocalPart;
        }

        if (!IsTypedDomain(domain))
        {
            return EmailAddressProblem.InvalidDomain;
        }

        if (Encoding.UTF8.GetByteCount(text) > MaxLength)
        {
            return EmailAddressProblem.TooLong;
        }

        if ((!Ascii.IsValid(text) || HasALabel(domain)) && !TextSafety.UnicodeDataAvailable)
        {
            return EmailAddressProblem.UnicodeDataUnavailable;
        }

        var normalizedLocal = NormalizedLocalPart(local);
        if (normalizedLocal is null || !IsLocalPart(normalizedLocal))
        {
            return EmailAddressProblem.InvalidLocalPart;
        }

        if (AsciiDomain(domain) is not { } asciiDomain)
        {
            return EmailAddressProblem.InvalidDomain;
        }

        normalized = string.Concat(normalizedLocal, "@", asciiDomain);
        var asciiFormOctets = Math.Max(Encoding.UTF8.GetByteCount(local), Encoding.UTF8.GetByteCount(normalizedLocal)) + 1 + asciiDomain.Length;
        return asciiFormOctets > MaxLength ? EmailAddressProblem.TooLong : null;
    }

    /// <summary>
    /// The fast path for the common case: a valid address all in ASCII with no <c>xn--</c> label, checked in one pass
    /// without allocating. Every rule of <see cref="Read"/> reduces to these checks for such a text (its normalization is
    /// lower case only, its octets are its characters); any other text, valid or not, goes through <see cref="Read"/>.
    /// </summary>
    private static bool IsPlainAsciiAddress(ReadOnlySpan<char> text, out int at)
    {
        at = text.LastIndexOf('@');
        if (at <= 0 || at > MaxLocalPartLength || text.Length > MaxLength || text.Length - at - 1 > MaxDomainLength)
        {
            return false;
        }

        var local = text[..at];
        if (local[0] == '.' || local[^1] == '.')
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in local)
        {
            if (c >= 0x80 || (c == '.' ? previous == '.' : !char.IsAsciiLetterOrDigit(c) && !AtomSpecials.Contains(c)))
            {
                return false;
            }

            previous = c;
        }

        var rest = text[(at + 1)..];
        var labels = 0;
        var lastLabelAllDigits = false;
        while (true)
        {
            var dot = rest.IndexOf('.');
            var label = dot < 0 ? rest : rest[..dot];
            if (label.IsEmpty || label.Length > MaxLabelLength || label[0] == '-' || label[^1] == '-'
                || label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            lastLabelAllDigits = true;
            foreach (var c in label)
            {
                if (c >= 0x80 || (!char.IsAsciiLetterOrDigit(c) && c != '-'))
                {
                    return false;
                }

                lastLabelAllDigits &= char.IsAsciiDigit(c);
            }

            labels++;
            if (dot < 0)
            {
                break;
            }

            rest = rest[(dot + 1)..];
        }

        return labels >= 2 && !lastLabelAllDigits;
    }

    /// <summary>The lower-case form of an ASCII text: the text itself when it has no upper-case letter.</summary>
    private static string LowerAscii(string value) =>
        value.AsSpan().ContainsAnyInRange('A', 'Z')
            ? string.Create(value.Length, value, static (span, text) => Ascii.ToLower(text, span, out _))
            : value;

    private static string? NormalizedLocalPart(ReadOnlySpan<char> local)
    {
        var normalized = local.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        return normalized.IsNormalized(NormalizationForm.FormC) ? normalized : null;
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || Encoding.UTF8.GetByteCount(local) > MaxLocalPartLength || local[0] == '.' || local[^1] == '.'
            || local.Contains("..", StringComparison.Ordinal) || StartsWithCombiningMark(local))
        {
            return false;
        }

        var rest = local;
        while (!rest.IsEmpty)
        {
            var c = rest[0];
            if (c < 0x80)
            {
                if (c != '.' && !char.IsAsciiLetterOrDigit(c) && !AtomSpecials.Contains(c))
                {
                    return false;
                }

                rest = rest[1..];
                continue;
            }

            if (!IsPrintable(rest, out var consumed))
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }

    private static bool StartsWithCombiningMark(ReadOnlySpan<char> text) =>
        Rune.DecodeFromUtf16(text, out var first, out _) == OperationStatus.Done
        && Rune.GetUnicodeCategory(first) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsPrintable(ReadOnlySpan<char> text, out int consumed) =>
        Rune.DecodeFromUtf16(text, out var rune, out consumed) == OperationStatus.Done
        && !TextSafety.IsNoncharacter(rune.Value)
        && Rune.GetUnicodeCategory(rune) is not (
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or
            UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    private static bool IsTypedDomain(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty || domain[^1] == '.')
        {
            return false;
        }

        var rest = domain;
        while (!rest.IsEmpty)
        {
            if (rest[0] < 0x80)
            {
                rest = rest[1..];
                continue;
            }

            if (!IsPrintable(rest, out var consumed))
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }

    private static bool HasALabel(ReadOnlySpan<char> domain) =>
        domain.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) || domain.Contains(".xn--", StringComparison.OrdinalIgnoreCase);

    private static string? AsciiDomain(ReadOnlySpan<char> domain)
    {
        string ascii;
        if (Ascii.IsValid(domain))
        {
            ascii = domain.ToString().ToLowerInvariant();
        }
        else
        {
            try
            {
                ascii = TextSafety.Idn.GetAscii(domain.ToString()).ToLowerInvariant();
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2 || ascii.Length > MaxDomainLength || labels[^1].All(char.IsAsciiDigit))
        {
            return null;
        }

        foreach (var label in labels)
        {
            if (!IsLdhLabel(label) || (label.StartsWith("xn--", StringComparison.Ordinal) && !IsALabel(label)))
            {
                return null;
            }
        }

        return ascii;
    }

    private static bool IsLdhLabel(string label)
    {
        if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsALabel(string label)
    {
        try
        {
            var unicode = TextSafety.Idn.GetUnicode(label);
            return !Ascii.IsValid(unicode) && string.Equals(TextSafety.Idn.GetAscii(unicode), label, StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>What is wrong with a text that was meant to be an email address.</summary>
public enum EmailAddressProblem
{
    /// <summary>The text is null, empty or only white space.</summary>
    Empty = 1,

    /// <summary>The text is longer than <see cref="EmailAddress.MaxLength"/> octets, in UTF-8 as typed or with its domain in ASCII form.</summary>
    TooLong,

    /// <summary>The text has no <c>@</c> separating a local part from a domain.</summary>
    MissingAtSign,

    /// <summary>
    /// The part before the <c>@</c> is empty, longer than 64 UTF-8 octets, starts with a combining mark, or holds
    /// characters or dots an address cannot have there, as typed or once normalized.
    /// </summary>
    InvalidLocalPart,

    /// <summary>The part after the <c>@</c> is not a domain name with at least two valid labels (IDNA for internationalized ones, including <c>xn--</c> labels).</summary>
    InvalidDomain,

    /// <summary>
    /// The address has a non-ASCII character or an <c>xn--</c> label, and this process has no Unicode data to normalize
    /// it (.NET's globalization-invariant mode): accepting it could let two spellings of one login become two accounts.
    /// </summary>
    UnicodeDataUnavailable,
}

/// <summary>A text was refused as an email address.</summary>
public sealed record InvalidEmailAddress : Refusal
{
    /// <summary>Refuses a text as an email address.</summary>
    /// <param name="input">The text that was given, or null to keep nothing of it; only a short, sanitized excerpt of it is kept.</param>
    /// <param name="problem">What is wrong with it.</param>
    public InvalidEmailAddress(string? input, EmailAddressProblem problem)
    {
        Excerpt = TextSafety.Excerpt(input);
        Problem = problem;
    }

    /// <summary>
    /// At most 32 code points of the text given, control, format and bidirectional characters replaced by U+FFFD, an
    /// ellipsis when cut; empty when the text had no <c>@</c> (it may have been a password typed in the wrong field).
    /// </summary>
    public string Excerpt { get; }

    /// <summary>What is wrong with the text.</summary>
    public EmailAddressProblem Problem { get; }

    /// <inheritdoc />
    public override string Message => Problem switch
    {
        EmailAddressProblem.Empty => "An email address is required.",
        EmailAddressProblem.TooLong => $"An email address has at most {EmailAddress.MaxLength} octets (UTF-8, with its domain in ASCII form).",
        EmailAddressProblem.MissingAtSign => "An email address needs an '@' between its local part and its domain.",
        EmailAddressProblem.InvalidLocalPart => "The part of the email address before the '@' is not valid.",
        EmailAddressProblem.UnicodeDataUnavailable =>
            "This internationalized email address cannot be normalized here: the process runs without Unicode data (globalization-invariant mode). Use its ASCII spelling, or run with ICU.",
        _ => "The domain of the email address (after the '@') is not valid.",
    };
}
