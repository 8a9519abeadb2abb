using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Billing.Specifications;

/// <summary>The billing profile of an organization: its addresses and its invoice number sequence.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class BillingProfileOfOrganizationSpec : Specification<BillingProfileState>, ISingleResultSpecification<BillingProfileState>
{
    private readonly OrganizationId organization;

    /// <summary>Selects the profile of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public BillingProfileOfOrganizationSpec(OrganizationId organization)
    {
        this.organization = organization;
        Query.Where(profile => profile.OrganizationId == organization);
    }

    /// <summary>The profiles among <paramref name="entities"/> of the organization, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<BillingProfileState> Evaluate(IEnumerable<BillingProfileState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether the profile is the organization's.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(BillingProfileState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(BillingProfileState profile) => profile.OrganizationId == organization;
}

/// <summary>
/// One page of an organization's invoice history, newest first (the Manager's "Invoice history"): the cost of reading a
/// page does not grow with the history, given an index on the organization and the date of issue.
/// </summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class InvoiceHistorySpec : Specification<InvoiceState>
{
    /// <summary>The most invoices one page holds.</summary>
    public const int MaxPageSize = 500;

    private readonly OrganizationId organization;
    private readonly int skip;
    private readonly int take;

    /// <summary>Selects a page of the organization's invoices, newest first.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="skip">How many of the newest invoices to skip.</param>
    /// <param name="take">How many to select, from 1 to <see cref="MaxPageSize"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="skip"/> is negative, or <paramref name="take"/> is out of range.</exception>
    public InvoiceHistorySpec(OrganizationId organization, int skip = 0, int take = 50)
    {
        Guard.Against.Negative(skip);
        Guard.Against.OutOfRange(take, nameof(take), 1, MaxPageSize);
        this.organization = organization;
        this.skip = skip;
        this.take = take;
        Query.Where(invoice => invoice.OrganizationId == organization)
            .OrderByDescending(invoice => invoice.IssuedAt)
            .ThenByDescending(invoice => invoice.Sequence);
        Query.Skip(skip).Take(take);
    }

    /// <summary>The page among <paramref name="entities"/>: the organization's invoices, newest first, skipped and taken.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<InvoiceState> Evaluate(IEnumerable<InvoiceState> entities) =>
        Guard.Against.Null(entities).Where(Selects)
            .OrderByDescending(invoice => invoice.IssuedAt)
            .ThenByDescending(invoice => invoice.Sequence)
            .Skip(skip)
            .Take(take);

    /// <summary>Whether the invoice is the organization's (the criterion, before ordering and paging).</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when the criterion selects it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(InvoiceState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(InvoiceState invoice) => invoice.OrganizationId == organization;
}

/// <summary>The open invoices of an organization, oldest first: what is to be paid, and what <c>OrganizationDeletion</c> needs (ORG-9).</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class UnpaidInvoicesSpec : Specification<InvoiceState>
{
    private readonly OrganizationId organization;

    /// <summary>Selects the organization's open invoices.</summary>
    /// <param name="organization">The organization.</param>
    public UnpaidInvoicesSpec(OrganizationId organization)
    {
        this.organization = organization;
        Query.Where(invoice => invoice.OrganizationId == organization && invoice.Status == InvoiceStatusKind.Open)
            .OrderBy(invoice => invoice.IssuedAt)
            .ThenBy(invoice => invoice.Sequence);
    }

    /// <summary>The organization's open invoices among <paramref name="entities"/>, oldest first.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<InvoiceState> Evaluate(IEnumerable<InvoiceState> entities) =>
        Guard.Against.Null(entities).Where(Selects)
            .OrderBy(invoice => invoice.IssuedAt)
            .ThenBy(invoice => invoice.Sequence);

    /// <summary>Whether the invoice is the organization's and open.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(InvoiceState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(InvoiceState invoice) => invoice.OrganizationId == organization && invoice.Status == InvoiceStatusKind.Open;
}
