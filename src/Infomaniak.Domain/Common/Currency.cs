using System.Collections.Frozen;
using System.Text;
using OneOf;

namespace Infomaniak.Domain.Common;

/// <summary>
/// An ISO 4217 currency that the library knows, with the number of digits of its minor unit (2 for the
/// Swiss franc's centimes, 0 for the yen).
/// </summary>
/// <remarks>
/// Currencies are made only by <see cref="Parse"/> or taken from the static members (<see cref="Chf"/>,
/// <see cref="Eur"/>, ...). Equality is by code. The <c>default</c> value is not a currency: operations given
/// one throw an <see cref="ArgumentException"/>, as for a default id.
/// </remarks>
public readonly record struct Currency
{
    private Currency(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
    }

    /// <summary>The three-letter ISO 4217 code, in upper case (for example <c>CHF</c>).</summary>
    public string Code { get; }

    /// <summary>How many fraction digits an amount in this currency may have.</summary>
    public int MinorUnits { get; }

    /// <summary>Whether this is the <c>default</c> value rather than a real currency.</summary>
    public bool IsDefault => Code is null;

    /// <summary>The Swiss franc (2 minor digits).</summary>
    public static Currency Chf { get; } = new("CHF", 2);

    /// <summary>The euro (2 minor digits).</summary>
    public static Currency Eur { get; } = new("EUR", 2);

    /// <summary>The US dollar (2 minor digits).</summary>
    public static Currency Usd { get; } = new("USD", 2);

    /// <summary>The pound sterling (2 minor digits).</summary>
    public static Currency Gbp { get; } = new("GBP", 2);

    /// <summary>The Canadian dollar (2 minor digits).</summary>
    public static Currency Cad { get; } = new("CAD", 2);

    /// <summary>The Japanese yen (no minor digits).</summary>
    public static Currency Jpy { get; } = new("JPY", 0);

    /// <summary>The Bahraini dinar (3 minor digits).</summary>
    public static Currency Bhd { get; } = new("BHD", 3);

    /// <summary>Every currency the library knows, ordered by code.</summary>
    public static IReadOnlyList<Currency> All { get; } =
    [
        Bhd, Cad, Chf, new("CZK", 2), new("DKK", 2), Eur, Gbp, Jpy, new("NOK", 2), new("PLN", 2), new("SEK", 2), Usd,
    ];

    private static readonly FrozenDictionary<string, Currency> ByCode =
        All.ToFrozenDictionary(currency => currency.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a known currency by its ISO 4217 code, ignoring the case of ASCII letters and surrounding white space.</summary>
    /// <param name="code">The code, for example <c>"chf"</c>; look-alikes such as <c>"ſek"</c> (long s) are not codes.</param>
    /// <returns>The currency, or <see cref="UnknownCurrency"/>.</returns>
    public static OneOf<Currency, UnknownCurrency> Parse(string? code)
    {
        var trimmed = code.AsSpan().Trim();
        return trimmed.Length == 3 && Ascii.IsValid(trimmed) && ByCode.TryGetValue(trimmed.ToString(), out var currency)
            ? currency
            : new UnknownCurrency(code);
    }

    /// <summary>The ISO 4217 code.</summary>
    /// <returns><see cref="Code"/>, or an empty string for the default value.</returns>
    public override string ToString() => Code ?? string.Empty;
}

/// <summary>A text does not name a currency the library knows.</summary>
public sealed record UnknownCurrency : Refusal
{
    /// <summary>Refuses a text as a currency code.</summary>
    /// <param name="input">The text that was given; only a short, sanitized excerpt of it is kept.</param>
    public UnknownCurrency(string? input) => Excerpt = TextSafety.Excerpt(input);

    /// <summary>At most 32 code points of the text given, control, format and bidirectional characters replaced by U+FFFD, an ellipsis when cut.</summary>
    public string Excerpt { get; }

    /// <inheritdoc />
    public override string Message => $"'{Excerpt}' is not a supported ISO 4217 currency code.";
}
