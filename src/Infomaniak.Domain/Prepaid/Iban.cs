using System.Collections.Frozen;
using System.Text;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// An International Bank Account Number (ISO 13616): where a withdrawal from the prepaid account is sent (PRE-4).
/// </summary>
/// <remarks>
/// <para>
/// Made only by <see cref="Parse"/>, which accepts the electronic form (<c>CH9300762011623852957</c>) or the printed
/// form in groups (<c>CH93 0076 2011 6238 5295 7</c>), in any letter case, and checks the country code against the
/// IBAN registry, the length that country's IBANs have, and the mod-97 check digits (ISO 7064). A valid IBAN can still
/// name an account that does not exist: only the bank knows.
/// </para>
/// <para>
/// Equality is by the electronic form; <see cref="ToString"/> prints the groups of four.
/// </para>
/// </remarks>
public sealed record Iban
{
    /// <summary>The longest IBAN of any country, in characters (electronic form).</summary>
    public const int MaxLength = 34;

    // The length of the IBANs of each country of the SWIFT IBAN registry.
    private static readonly FrozenDictionary<string, int> LengthByCountry = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22,
        ["BI"] = 27, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DJ"] = 27,
        ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FK"] = 18, ["FO"] = 18, ["FR"] = 27,
        ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HN"] = 28, ["HR"] = 21, ["HU"] = 28,
        ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28,
        ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22,
        ["MK"] = 19, ["MN"] = 20, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23,
        ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24,
        ["SC"] = 31, ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25, ["SV"] = 28,
        ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20, ["YE"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A printed IBAN has at most one space between groups of four: 34 characters and 8 spaces.
    private const int MaxInputLength = MaxLength + (MaxLength / 4);

    private Iban(string value) => Value = value;

    /// <summary>The electronic form: upper-case letters and digits, no space (for example <c>CH9300762011623852957</c>).</summary>
    public string Value { get; }

    /// <summary>The ISO 3166 code of the country of the account (<c>CH</c>).</summary>
    public string CountryCode => Value[..2];

    /// <summary>The countries whose IBANs the library knows, with the length of their IBANs.</summary>
    public static IReadOnlyDictionary<string, int> Lengths => LengthByCountry;

    /// <summary>Parses an IBAN.</summary>
    /// <param name="input">The IBAN in its electronic or printed form; null, empty and malformed texts are refused, never thrown on.</param>
    /// <returns>The IBAN, or <see cref="InvalidIban"/> naming what is wrong.</returns>
    public static OneOf<Iban, InvalidIban> Parse(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new InvalidIban(IbanProblem.Empty, string.Empty);
        }

        if (trimmed.Length > MaxInputLength)
        {
            return new InvalidIban(IbanProblem.WrongLength, Excerpt(trimmed));
        }

        var compact = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact.Append(char.ToUpperInvariant(c));
            }
            else if (c != ' ')
            {
                return new InvalidIban(IbanProblem.InvalidCharacter, Excerpt(trimmed));
            }
        }

        var value = compact.ToString();
        if (value.Length < 4 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1])
            || !LengthByCountry.TryGetValue(value[..2], out var length))
        {
            return new InvalidIban(IbanProblem.UnknownCountry, Excerpt(value));
        }

        if (value.Length != length)
        {
            return new InvalidIban(IbanProblem.WrongLength, Excerpt(value));
        }

        if (!char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]) || value[2..4] is "00" or "01" or "99" || Mod97(value) != 1)
        {
            return new InvalidIban(IbanProblem.WrongCheckDigits, Excerpt(value));
        }

        return new Iban(value);
    }

    /// <summary>The printed form, in groups of four (<c>CH93 0076 2011 6238 5295 7</c>); parsing it again gives an equal IBAN.</summary>
    /// <returns>The printed form.</returns>
    public override string ToString()
    {
        var printed = new StringBuilder(Value.Length + (Value.Length / 4));
        for (var i = 0; i < Value.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                printed.Append(' ');
            }

            printed.Append(Value[i]);
        }

        return printed.ToString();
    }

    // ISO 7064 MOD 97-10 over the IBAN with its first four characters moved to the end and letters as 10 to 35.
    private static int Mod97(string value)
    {
        var remainder = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[(i + 4) % value.Length];
            remainder = char.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }

    // The country code and check digits at most, and only letters and digits: enough to explain, nothing of the account.
    private static string Excerpt(string text)
    {
        var excerpt = new StringBuilder(4);
        foreach (var c in text)
        {
            if (excerpt.Length == 4)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                excerpt.Append(char.ToUpperInvariant(c));
            }
        }

        return excerpt.ToString();
    }
}

/// <summary>What is wrong with a text that was meant to be an IBAN.</summary>
public enum IbanProblem
{
    /// <summary>The text is null, empty or only white space.</summary>
    Empty = 1,

    /// <summary>The text holds a character other than a letter, a digit or a space between groups.</summary>
    InvalidCharacter,

    /// <summary>The text does not start with the code of a country of the IBAN registry.</summary>
    UnknownCountry,

    /// <summary>The text does not have the length of that country's IBANs.</summary>
    WrongLength,

    /// <summary>The check digits do not match the rest of the IBAN (ISO 7064 mod 97): a typing mistake.</summary>
    WrongCheckDigits,
}

/// <summary>A text was refused as an IBAN.</summary>
/// <param name="Problem">What is wrong with it.</param>
/// <param name="Excerpt">At most its first four letters and digits, in upper case (the country code and check digits), never the account number.</param>
public sealed record InvalidIban(IbanProblem Problem, string Excerpt) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        IbanProblem.Empty => "An IBAN is required.",
        IbanProblem.InvalidCharacter => "An IBAN holds only letters, digits and spaces between groups.",
        IbanProblem.UnknownCountry => $"'{Excerpt}' does not start with the country code of an IBAN.",
        IbanProblem.WrongLength => $"The IBAN starting '{Excerpt}' does not have the length of its country's IBANs.",
        _ => $"The check digits of the IBAN starting '{Excerpt}' do not match: it was mistyped.",
    };
}
