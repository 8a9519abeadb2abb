using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Products;

/// <summary>Whether an organization still holds a product.</summary>
public enum ProductStatus
{
    /// <summary>Held, used and renewed.</summary>
    Active = 1,

    /// <summary>Terminated: no longer held, never invoiced again.</summary>
    Terminated,
}

/// <summary>The stored form of a <see cref="Product"/>: everything it is rebuilt from with <see cref="Product.FromState"/>.</summary>
public sealed record ProductState
{
    /// <summary>The product's id.</summary>
    public required ProductId Id { get; init; }

    /// <summary>The number of events it has recorded.</summary>
    public required long Version { get; init; }

    /// <summary>The organization that holds (or held) it.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>Its type code (<see cref="ProductType.Code"/>).</summary>
    public required string Type { get; init; }

    /// <summary>The end of the last period paid.</summary>
    public required DateTimeOffset PaidUntil { get; init; }

    /// <summary>How many months each renewal lasts.</summary>
    public required int RenewalMonths { get; init; }

    /// <summary>The price of each renewal.</summary>
    public required Money Price { get; init; }

    /// <summary>Whether it is active or terminated.</summary>
    public required ProductStatus Status { get; init; }

    /// <summary>The billing address its next invoice goes to, or null when none was chosen yet.</summary>
    public required BillingAddressId? BillingAddressId { get; init; }

    /// <summary>Whether it renews automatically.</summary>
    public required bool AutomaticRenewal { get; init; }

    /// <summary>The code of the payment method its renewals are paid with; null for none (never null when <see cref="AutomaticRenewal"/>).</summary>
    public required string? PaymentMethod { get; init; }

    /// <summary>The open final invoice that bills its next period, or null.</summary>
    public required InvoiceId? OpenInvoiceId { get; init; }
}
