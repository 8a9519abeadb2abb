using System.Collections.Frozen;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Billing;

/// <summary>A country, by its ISO 3166-1 alpha-2 code (<c>CH</c>, <c>FR</c>): the country of a billing address.</summary>
/// <remarks>
/// Made only by <see cref="Parse"/>, which accepts the 249 officially assigned codes, ignoring case and surrounding
/// white space, and keeps them in upper case. The <c>default</c> value is not a country.
/// </remarks>
public readonly record struct CountryCode
{
    private static readonly FrozenSet<string> Assigned = string.Join(
        ' ',
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ",
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR",
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP",
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT",
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW",
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ",
        "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private CountryCode(string code) => Code = code;

    /// <summary>The two-letter code, in upper case.</summary>
    public string Code { get; }

    /// <summary>Whether this is the <c>default</c> value rather than a country.</summary>
    public bool IsDefault => Code is null;

    /// <summary>How many codes the library accepts: every officially assigned ISO 3166-1 alpha-2 code.</summary>
    public static int KnownCount => Assigned.Count;

    /// <summary>Reads a country code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The code, for example <c>"ch"</c>.</param>
    /// <returns>The country, or <see cref="UnknownCountryCode"/>.</returns>
    public static OneOf<CountryCode, UnknownCountryCode> Parse(string? code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        var upper = trimmed.Length == 2 && trimmed.All(char.IsAsciiLetter) ? trimmed.ToUpperInvariant() : null;
        return upper is not null && Assigned.Contains(upper) ? new CountryCode(upper) : new UnknownCountryCode(TextInput.Excerpt(code));
    }

    /// <summary>The code.</summary>
    /// <returns><see cref="Code"/>, or an empty string for the default value.</returns>
    public override string ToString() => Code ?? string.Empty;
}

/// <summary>A text is not an officially assigned ISO 3166-1 alpha-2 country code.</summary>
/// <param name="Excerpt">The start of the text given, non-printable characters shown as <c>?</c>.</param>
public sealed record UnknownCountryCode(string Excerpt) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"'{Excerpt}' is not an ISO 3166-1 alpha-2 country code.";
}
