using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Products.Specifications;

/// <summary>
/// The active products of an organization: what its product index names, and what <c>OrganizationDeletion</c> and
/// <c>BillingProfile.RemoveAddress</c> need.
/// </summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class ActiveProductsOfOrganizationSpec : Specification<ProductState>
{
    private readonly OrganizationId organization;

    /// <summary>Selects the active products of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public ActiveProductsOfOrganizationSpec(OrganizationId organization)
    {
        this.organization = organization;
        Query.Where(product => product.OrganizationId == organization && product.Status == ProductStatus.Active);
    }

    /// <summary>The active products of the organization among <paramref name="entities"/>, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<ProductState> Evaluate(IEnumerable<ProductState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether the product is the organization's and active.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(ProductState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(ProductState product) => product.OrganizationId == organization && product.Status == ProductStatus.Active;
}

/// <summary>The active products of an organization due for renewal within a window from now, soonest first: the Manager's "To be paid".</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class ProductsDueForRenewalSpec : Specification<ProductState>
{
    private readonly OrganizationId organization;
    private readonly DateTimeOffset limit;

    /// <summary>Selects the products whose paid-until date is at most <paramref name="window"/> from now.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="window">How far ahead to look; zero for products whose period has ended.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative.</exception>
    public ProductsDueForRenewalSpec(OrganizationId organization, TimeProvider clock, TimeSpan window)
    {
        var limit = Guard.Against.Null(clock).GetUtcNow() + Guard.Against.Negative(window);
        this.organization = organization;
        this.limit = limit;
        Query.Where(product => product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit)
            .OrderBy(product => product.PaidUntil);
    }

    /// <summary>The products due among <paramref name="entities"/>, soonest first (ties in their order).</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<ProductState> Evaluate(IEnumerable<ProductState> entities) =>
        Guard.Against.Null(entities).Where(Selects).OrderBy(product => product.PaidUntil);

    /// <summary>Whether the product is the organization's, active, and paid until at most the end of the window.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(ProductState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(ProductState product) =>
        product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit;
}

/// <summary>The due products of an organization whose next period is on no open invoice yet: what is still to invoice (BIL-4, BIL-5).</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class DueProductsNotYetInvoicedSpec : Specification<ProductState>
{
    private readonly OrganizationId organization;
    private readonly DateTimeOffset limit;

    /// <summary>Selects the due products that no open invoice bills.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="window">How far ahead to look.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative.</exception>
    public DueProductsNotYetInvoicedSpec(OrganizationId organization, TimeProvider clock, TimeSpan window)
    {
        var limit = Guard.Against.Null(clock).GetUtcNow() + Guard.Against.Negative(window);
        this.organization = organization;
        this.limit = limit;
        Query.Where(product => product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit && product.OpenInvoiceId == null)
            .OrderBy(product => product.PaidUntil);
    }

    /// <summary>The due products not yet invoiced among <paramref name="entities"/>, soonest first (ties in their order).</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<ProductState> Evaluate(IEnumerable<ProductState> entities) =>
        Guard.Against.Null(entities).Where(Selects).OrderBy(product => product.PaidUntil);

    /// <summary>Whether the product is the organization's, active, due within the window, and on no open invoice.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(ProductState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(ProductState product) =>
        product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit && product.OpenInvoiceId == null;
}

/// <summary>The due products of an organization set to renew automatically (PRE-3): what a renewal run takes up.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class ProductsDueForAutomaticRenewalSpec : Specification<ProductState>
{
    private readonly OrganizationId organization;
    private readonly DateTimeOffset limit;

    /// <summary>Selects the due products with automatic renewal on.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="window">How far ahead to look.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative.</exception>
    public ProductsDueForAutomaticRenewalSpec(OrganizationId organization, TimeProvider clock, TimeSpan window)
    {
        var limit = Guard.Against.Null(clock).GetUtcNow() + Guard.Against.Negative(window);
        this.organization = organization;
        this.limit = limit;
        Query.Where(product => product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit && product.AutomaticRenewal)
            .OrderBy(product => product.PaidUntil);
    }

    /// <summary>The due products renewing automatically among <paramref name="entities"/>, soonest first (ties in their order).</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<ProductState> Evaluate(IEnumerable<ProductState> entities) =>
        Guard.Against.Null(entities).Where(Selects).OrderBy(product => product.PaidUntil);

    /// <summary>Whether the product is the organization's, active, due within the window, and renewing automatically.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(ProductState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(ProductState product) =>
        product.OrganizationId == organization && product.Status == ProductStatus.Active && product.PaidUntil <= limit && product.AutomaticRenewal;
}

/// <summary>The products whose next period an open invoice bills: what paying or voiding that invoice needs.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class ProductsOnOpenInvoiceSpec : Specification<ProductState>
{
    private readonly InvoiceId invoice;

    /// <summary>Selects the products an open invoice bills.</summary>
    /// <param name="invoice">The invoice.</param>
    public ProductsOnOpenInvoiceSpec(InvoiceId invoice)
    {
        this.invoice = invoice;
        Query.Where(product => product.OpenInvoiceId == invoice);
    }

    /// <summary>The products among <paramref name="entities"/> the invoice bills, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<ProductState> Evaluate(IEnumerable<ProductState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether the invoice bills the product's next period.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(ProductState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(ProductState product) => product.OpenInvoiceId == invoice;
}
