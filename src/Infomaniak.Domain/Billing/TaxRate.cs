using System.Globalization;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// A tax rate (a VAT rate) the caller applies to one invoice line, as a percentage with at most two decimals
/// (<c>8.1</c> for 8.1 %). The library keeps no tax tables: which rate applies is the application's decision.
/// </summary>
/// <remarks>The tax on an amount is rounded to the currency's minor unit, halves away from zero.</remarks>
public readonly record struct TaxRate
{
    /// <summary>The most fraction digits a percentage may have.</summary>
    public const int MaxDecimals = 2;

    private TaxRate(decimal percent) => Percent = percent;

    /// <summary>The rate, in percent, from 0 to 100.</summary>
    public decimal Percent { get; }

    /// <summary>Makes a tax rate.</summary>
    /// <param name="percent">The rate in percent: from 0 to 100, with at most <see cref="MaxDecimals"/> decimals.</param>
    /// <returns>The rate, or <see cref="InvalidTaxRate"/>.</returns>
    public static OneOf<TaxRate, InvalidTaxRate> Create(decimal percent) =>
        percent is >= 0m and <= 100m && decimal.Round(percent, MaxDecimals) == percent
            ? new TaxRate(percent)
            : new InvalidTaxRate(percent);

    /// <summary>The tax on an amount: the amount times the rate, rounded to the currency's minor unit, halves away from zero.</summary>
    /// <param name="amount">The amount taxed.</param>
    /// <returns>The tax, in the amount's currency.</returns>
    public Money TaxOn(Money amount) =>
        Money.Create(decimal.Round(amount.Amount * Percent / 100m, amount.Currency.MinorUnits, MidpointRounding.AwayFromZero), amount.Currency).GetValueOrThrow();

    /// <summary>The rate with a percent sign (<c>8.1 %</c>).</summary>
    /// <returns>The rate.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Percent} %");
}

/// <summary>A tax rate is below 0 %, above 100 %, or has more than two decimals.</summary>
/// <param name="Percent">The rate given, in percent.</param>
public sealed record InvalidTaxRate(decimal Percent) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"{Percent} % is not a tax rate: it must be from 0 to 100 with at most {TaxRate.MaxDecimals} decimals.");
}
