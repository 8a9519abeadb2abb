using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Ordering;

/// <summary>One line of an order: a product type, its renewal period and its price, with the voucher and discount that reduce it.</summary>
public sealed class OrderLine
{
    internal OrderLine(int number, ProductType type, RenewalPeriod period, Money price, VoucherId? voucher, Money discount)
    {
        Number = number;
        Type = type;
        Period = period;
        Price = price;
        Voucher = voucher;
        Discount = discount;
    }

    /// <summary>The line's number in its order, from 1.</summary>
    public int Number { get; }

    /// <summary>The product type ordered.</summary>
    public ProductType Type { get; }

    /// <summary>The product's renewal period.</summary>
    public RenewalPeriod Period { get; }

    /// <summary>The price of the first period, zero or more, in the order's currency.</summary>
    public Money Price { get; }

    /// <summary>The free voucher activated on the line, which makes it free (VOU-2); null when none.</summary>
    public VoucherId? Voucher { get; internal set; }

    /// <summary>The promotion code's discount on the line (VOU-3); zero when none.</summary>
    public Money Discount { get; internal set; }

    /// <summary>What the voucher takes off: the whole price when one is activated, zero otherwise.</summary>
    public Money VoucherAmount => Voucher is null ? Money.Zero(Price.Currency) : Price;

    /// <summary>What remains to pay after the voucher, before any discount.</summary>
    internal decimal DueBeforeDiscount => Voucher is null ? Price.Amount : 0m;
}

/// <summary>The amounts of one line (VOU-4): price, minus voucher, minus discount, is the amount due, never below zero.</summary>
/// <param name="Line">The line's number.</param>
/// <param name="Price">Its price.</param>
/// <param name="Voucher">What its voucher takes off.</param>
/// <param name="Discount">What the promotion code takes off.</param>
/// <param name="AmountDue">What remains to pay.</param>
public sealed record LineTotal(int Line, Money Price, Money Voucher, Money Discount, Money AmountDue);

/// <summary>The amounts of an order, exact in its one currency (VOU-4): the sums of its lines' amounts.</summary>
/// <param name="Lines">The amounts of each line, by line number.</param>
/// <param name="Price">The sum of the prices.</param>
/// <param name="Vouchers">What the vouchers take off.</param>
/// <param name="Discount">What the promotion code takes off.</param>
/// <param name="AmountDue">What the chosen payment method takes: price minus vouchers minus discount, never below zero.</param>
public sealed record OrderTotals(IReadOnlyList<LineTotal> Lines, Money Price, Money Vouchers, Money Discount, Money AmountDue)
{
    /// <summary>Whether both totals hold the same amounts, lines compared one by one.</summary>
    /// <param name="other">The other totals.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(OrderTotals? other) =>
        other is not null && Price == other.Price && Vouchers == other.Vouchers && Discount == other.Discount && AmountDue == other.AmountDue && Lines.SequenceEqual(other.Lines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Price, Vouchers, Discount, AmountDue, Lines.Count);
}
