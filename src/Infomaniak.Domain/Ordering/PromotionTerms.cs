using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;
using OneOf;

namespace Infomaniak.Domain.Ordering;

/// <summary>
/// What a promotion code gives and to whom (VOU-3, VOU-4): its discount, its validity window, its limits in total and
/// per customer, and whether it is only for first orders, for a minimum amount or for some product types.
/// </summary>
public sealed record PromotionTerms
{
    private PromotionTerms(
        Discount discount, DateTimeOffset validFrom, DateTimeOffset validUntil, int? totalLimit, int? perCustomerLimit, bool firstOrderOnly, Money? minimumAmount, IReadOnlyList<ProductType> productTypes)
    {
        Discount = discount;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        TotalLimit = totalLimit;
        PerCustomerLimit = perCustomerLimit;
        FirstOrderOnly = firstOrderOnly;
        MinimumAmount = minimumAmount;
        ProductTypes = productTypes;
    }

    /// <summary>What the code takes off.</summary>
    public Discount Discount { get; }

    /// <summary>The first instant the code can be applied.</summary>
    public DateTimeOffset ValidFrom { get; }

    /// <summary>The instant the code stops being valid (excluded).</summary>
    public DateTimeOffset ValidUntil { get; }

    /// <summary>How many orders may redeem the code in all; null for no limit.</summary>
    public int? TotalLimit { get; }

    /// <summary>How many orders of one customer (organization) may redeem it; null for no limit.</summary>
    public int? PerCustomerLimit { get; }

    /// <summary>Whether only a customer's first order may use it.</summary>
    public bool FirstOrderOnly { get; }

    /// <summary>The least an order must cost after its vouchers for the code to apply; null for none.</summary>
    public Money? MinimumAmount { get; }

    /// <summary>The product types whose lines the code discounts, ordered by code; empty for every type.</summary>
    public IReadOnlyList<ProductType> ProductTypes { get; }

    /// <summary>Makes a promotion code's terms.</summary>
    /// <param name="discount">What the code takes off.</param>
    /// <param name="validFrom">The first instant it can be applied.</param>
    /// <param name="validUntil">The instant it stops being valid, after <paramref name="validFrom"/>.</param>
    /// <param name="totalLimit">How many orders may redeem it in all (at least 1), or null for no limit.</param>
    /// <param name="perCustomerLimit">How many orders of one customer may redeem it (at least 1), or null for no limit.</param>
    /// <param name="firstOrderOnly">Whether only a customer's first order may use it.</param>
    /// <param name="minimumAmount">The least an order must cost (above zero, in the fixed discount's currency if any), or null.</param>
    /// <param name="productTypes">The product types it discounts; empty for every type.</param>
    /// <returns>The terms, or <see cref="InvalidPromotionTerms"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="discount"/> or <paramref name="productTypes"/> is null.</exception>
    /// <exception cref="ArgumentException">A product type is the default value.</exception>
    public static OneOf<PromotionTerms, InvalidPromotionTerms> Create(
        Discount discount, DateTimeOffset validFrom, DateTimeOffset validUntil, int? totalLimit, int? perCustomerLimit, bool firstOrderOnly, Money? minimumAmount, IReadOnlyCollection<ProductType> productTypes)
    {
        Guard.Against.Null(discount);
        Guard.Against.Null(productTypes);
        if (productTypes.Any(type => type.IsDefault))
        {
            throw new ArgumentException("A product type is required; the default value is not one.", nameof(productTypes));
        }

        var problem = validUntil <= validFrom ? PromotionTermsProblem.EmptyValidity
            : totalLimit < 1 || perCustomerLimit < 1 ? PromotionTermsProblem.LimitBelowOne
            : minimumAmount is { IsPositive: false } ? PromotionTermsProblem.MinimumNotPositive
            : discount is Discount.FixedAmount fixedAmount && minimumAmount is { } minimum && minimum.Currency != fixedAmount.Amount.Currency ? PromotionTermsProblem.CurrenciesDiffer
            : (PromotionTermsProblem?)null;
        return problem is { } found
            ? new InvalidPromotionTerms(found)
            : new PromotionTerms(discount, validFrom, validUntil, totalLimit, perCustomerLimit, firstOrderOnly, minimumAmount, [.. productTypes.Distinct().OrderBy(t => t.Code, StringComparer.Ordinal)]);
    }

    /// <summary>The currency the terms are bound to (the fixed discount's or the minimum's), or null when they fit any.</summary>
    internal Currency? Currency => Discount is Discount.FixedAmount fixedAmount ? fixedAmount.Amount.Currency : MinimumAmount?.Currency;

    /// <summary>Whether a line of this type is discounted.</summary>
    internal bool Covers(ProductType type) => ProductTypes.Count == 0 || ProductTypes.Contains(type);
}

/// <summary>Why promotion terms cannot be made.</summary>
public enum PromotionTermsProblem
{
    /// <summary>The validity ends at or before it starts.</summary>
    EmptyValidity = 1,

    /// <summary>A redemption limit is below one.</summary>
    LimitBelowOne,

    /// <summary>The minimum amount is zero or negative.</summary>
    MinimumNotPositive,

    /// <summary>The fixed discount and the minimum amount are in different currencies.</summary>
    CurrenciesDiffer,
}

/// <summary>Promotion terms break a rule of their own.</summary>
/// <param name="Problem">Which rule.</param>
public sealed record InvalidPromotionTerms(PromotionTermsProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        PromotionTermsProblem.EmptyValidity => "A promotion code's validity must end after it starts.",
        PromotionTermsProblem.LimitBelowOne => "A promotion code's redemption limits are at least one, or none.",
        PromotionTermsProblem.MinimumNotPositive => "A promotion code's minimum amount is above zero, or none.",
        _ => "A promotion code's fixed discount and minimum amount must be in the same currency.",
    };
}
