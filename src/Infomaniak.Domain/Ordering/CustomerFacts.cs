using Ardalis.GuardClauses;

namespace Infomaniak.Domain.Ordering;

/// <summary>
/// What a promotion code's terms may need to know about the customer (the organization an order is for) that no
/// aggregate of the order holds: whether this is its first order, and how many of its finished orders redeemed the code.
/// </summary>
/// <remarks>
/// Load them with <c>FinishedOrdersOfOrganizationSpec</c> and <c>OrdersRedeemingCodeSpec</c>. A fact left null is
/// unknown: a code whose terms need it is refused with <see cref="OrderFactsNotGiven"/>, never decided without it. A new
/// customer's order needs no facts: it is a first order, with no redemption.
/// </remarks>
public sealed record CustomerFacts
{
    /// <summary>No fact given: enough for an order without a promotion code, or a code whose terms need none.</summary>
    public static CustomerFacts None { get; } = new(null, null);

    /// <summary>The facts of a customer's first order: no earlier order, so no redemption.</summary>
    public static CustomerFacts FirstOrder { get; } = new(true, 0);

    /// <summary>States facts about the customer.</summary>
    /// <param name="isFirstOrder">Whether the customer has no finished order yet; null when unknown.</param>
    /// <param name="redemptionsOfCode">How many of its finished orders redeemed the code; null when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="redemptionsOfCode"/> is negative.</exception>
    public CustomerFacts(bool? isFirstOrder, int? redemptionsOfCode)
    {
        if (redemptionsOfCode is { } count)
        {
            Guard.Against.Negative(count, nameof(redemptionsOfCode));
        }

        IsFirstOrder = isFirstOrder;
        RedemptionsOfCode = redemptionsOfCode;
    }

    /// <summary>Whether the customer has no finished order yet; null when unknown.</summary>
    public bool? IsFirstOrder { get; }

    /// <summary>How many of the customer's finished orders redeemed the code; null when unknown.</summary>
    public int? RedemptionsOfCode { get; }
}

/// <summary>A fact about the customer a decision may need.</summary>
public enum CustomerFact
{
    /// <summary>Whether this is the customer's first order.</summary>
    IsFirstOrder = 1,

    /// <summary>How many of the customer's orders redeemed the promotion code.</summary>
    RedemptionsOfCode,
}
