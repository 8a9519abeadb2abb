using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Ordering;

/// <summary>The stored form of an <see cref="Order"/>: everything it is rebuilt from with <see cref="Order.FromState"/>.</summary>
public sealed record OrderState
{
    /// <summary>The order's id.</summary>
    public required OrderId Id { get; init; }

    /// <summary>The number of events it has recorded.</summary>
    public required long Version { get; init; }

    /// <summary>The step it is at.</summary>
    public required OrderStep Step { get; init; }

    /// <summary>Its one currency.</summary>
    public required Currency Currency { get; init; }

    /// <summary>The signed-in account that orders; for a new customer, null until the finishing creates the account.</summary>
    public required AccountId? ShopperId { get; init; }

    /// <summary>The organization ordered for; for a new customer, null until the finishing creates it.</summary>
    public required OrganizationId? OrganizationId { get; init; }

    /// <summary>Whether a new customer started it (ORG-1).</summary>
    public required bool ByNewCustomer { get; init; }

    /// <summary>When it was started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it was finished, or null.</summary>
    public required DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The code of the payment method chosen, or null.</summary>
    public required string? PaymentMethod { get; init; }

    /// <summary>The promotion code applied, or null.</summary>
    public required PromotionCodeId? PromotionCodeId { get; init; }

    /// <summary>The text of the promotion code applied, in upper case, or null.</summary>
    public required string? PromotionCode { get; init; }

    /// <summary>Its lines, by number.</summary>
    public required IReadOnlyList<OrderLineState> Lines { get; init; }

    /// <summary>Whether both states hold the same values, lists compared element by element.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(OrderState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored form of one line of an order.</summary>
public sealed record OrderLineState
{
    /// <summary>The order the line belongs to.</summary>
    public required OrderId OrderId { get; init; }

    /// <summary>The line's number, from 1.</summary>
    public required int Line { get; init; }

    /// <summary>The code of the product type ordered.</summary>
    public required string Type { get; init; }

    /// <summary>The renewal period in months.</summary>
    public required int RenewalMonths { get; init; }

    /// <summary>The price of the first period.</summary>
    public required Money Price { get; init; }

    /// <summary>The voucher activated on the line, or null.</summary>
    public required VoucherId? VoucherId { get; init; }

    /// <summary>The promotion code's discount on the line.</summary>
    public required Money Discount { get; init; }
}
