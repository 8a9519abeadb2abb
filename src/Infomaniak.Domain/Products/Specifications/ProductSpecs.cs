using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Products.Specifications;

/// <summary>
/// The active products of an organization: what its product index names, and what <c>OrganizationDeletion</c> and
/// <c>BillingProfile.RemoveAddress</c> need.
/// </summary>
public sealed class ActiveProductsOfOrganizationSpec : Specification<ProductState>
{
    /// <summary>Selects the active products of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public ActiveProductsOfOrganizationSpec(OrganizationId organization) =>
        Query.Where(product => product.OrganizationId == organization && product.Status == ProductStatus.Active);
}

/// <summary>The active products of an organization due for renewal within a window from now, soonest first: the Manager's "To be paid".</summary>
public sealed class ProductsDueForRenewalSpec : Specification<ProductState>
{
    /// <summary>Selects the products whose paid-until date is at most <paramref name="window"/> from now.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="window">How far ahead to look; zero for products whose period has ended.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative.</exception>
    public ProductsDueForRenewalSpec(OrganizationId organization, TimeProvider clock, TimeSpan window)
    {
        var limit = Guard.Against.Null(clock).GetUtcNow() + Guard.Against.Negative(window);
        Query.Where(product => product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit)
            .OrderBy(product => product.PaidUntil);
    }
}

/// <summary>The due products of an organization whose next period is on no open invoice yet: what is still to invoice (BIL-4, BIL-5).</summary>
public sealed class DueProductsNotYetInvoicedSpec : Specification<ProductState>
{
    /// <summary>Selects the due products that no open invoice bills.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="window">How far ahead to look.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative.</exception>
    public DueProductsNotYetInvoicedSpec(OrganizationId organization, TimeProvider clock, TimeSpan window)
    {
        var limit = Guard.Against.Null(clock).GetUtcNow() + Guard.Against.Negative(window);
        Query.Where(product => product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit && product.OpenInvoiceId == null)
            .OrderBy(product => product.PaidUntil);
    }
}

/// <summary>The due products of an organization set to renew automatically (PRE-3): what a renewal run takes up.</summary>
public sealed class ProductsDueForAutomaticRenewalSpec : Specification<ProductState>
{
    /// <summary>Selects the due products with automatic renewal on.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="window">How far ahead to look.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative.</exception>
    public ProductsDueForAutomaticRenewalSpec(OrganizationId organization, TimeProvider clock, TimeSpan window)
    {
        var limit = Guard.Against.Null(clock).GetUtcNow() + Guard.Against.Negative(window);
        Query.Where(product => product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit && product.AutomaticRenewal)
            .OrderBy(product => product.PaidUntil);
    }
}

/// <summary>The products whose next period an open invoice bills: what paying or voiding that invoice needs.</summary>
public sealed class ProductsOnOpenInvoiceSpec : Specification<ProductState>
{
    /// <summary>Selects the products an open invoice bills.</summary>
    /// <param name="invoice">The invoice.</param>
    public ProductsOnOpenInvoiceSpec(InvoiceId invoice) =>
        Query.Where(product => product.OpenInvoiceId == invoice);
}
