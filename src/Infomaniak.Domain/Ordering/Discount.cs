using System.Globalization;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Ordering;

/// <summary>What a promotion code takes off (VOU-3, VOU-4): a whole percentage of the eligible lines, or a fixed amount in one currency.</summary>
/// <remarks>
/// A closed choice of two cases made by <see cref="Percent"/> and <see cref="Fixed"/>. Rounding: a percentage is taken
/// line by line and rounded down to the currency's minor unit, so the discount never exceeds the percentage; a fixed
/// amount is taken from the eligible lines in line order, each down to zero at most. Either way no line, and so no
/// total, goes below zero.
/// </remarks>
public abstract record Discount
{
    private Discount()
    {
    }

    /// <summary>A percentage off, from 1 to 100.</summary>
    /// <param name="percent">The whole percentage.</param>
    /// <returns>The discount, or <see cref="InvalidDiscount"/>.</returns>
    public static OneOf<Discount, InvalidDiscount> Percent(int percent) =>
        percent is >= 1 and <= 100 ? new Percentage(percent) : new InvalidDiscount(string.Create(CultureInfo.InvariantCulture, $"{percent} %"));

    /// <summary>A fixed amount off, above zero.</summary>
    /// <param name="amount">The amount, in the currency of the orders it applies to.</param>
    /// <returns>The discount, or <see cref="InvalidDiscount"/>.</returns>
    /// <exception cref="ArgumentException">The currency of <paramref name="amount"/> is the default value.</exception>
    public static OneOf<Discount, InvalidDiscount> Fixed(Money amount)
    {
        if (amount.Currency.IsDefault)
        {
            throw new ArgumentException("An amount needs a currency; the default value has none.", nameof(amount));
        }

        return amount.IsPositive ? new FixedAmount(amount) : new InvalidDiscount(amount.ToString());
    }

    /// <summary>The discount on one line's amount due; the caller has checked the currency.</summary>
    internal abstract decimal On(decimal due, int minorUnits, ref decimal left);

    /// <summary>A percentage off each eligible line.</summary>
    public sealed record Percentage : Discount
    {
        internal Percentage(int percent) => Value = percent;

        /// <summary>The whole percentage, from 1 to 100.</summary>
        public int Value { get; }

        /// <summary>The discount in words (<c>25 %</c>).</summary>
        /// <returns>The percentage.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} %");

        internal override decimal On(decimal due, int minorUnits, ref decimal left) =>
            decimal.Round(due * Value / 100m, minorUnits, MidpointRounding.ToZero);
    }

    /// <summary>A fixed amount off the eligible lines together.</summary>
    public sealed record FixedAmount : Discount
    {
        internal FixedAmount(Money amount) => Amount = amount;

        /// <summary>The amount, above zero.</summary>
        public Money Amount { get; }

        /// <summary>The discount in words (<c>10.00 CHF</c>).</summary>
        /// <returns>The amount.</returns>
        public override string ToString() => Amount.ToString();

        internal override decimal On(decimal due, int minorUnits, ref decimal left)
        {
            var taken = Math.Min(due, left);
            left -= taken;
            return taken;
        }
    }
}

/// <summary>A discount is not a whole percentage from 1 to 100, nor an amount above zero.</summary>
/// <param name="Given">The discount given, in words.</param>
public sealed record InvalidDiscount(string Given) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"A discount is a whole percentage from 1 to 100 or an amount above zero, not {Given}.";
}
