using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Billing.Specifications;

/// <summary>The billing profile of an organization: its addresses and its invoice number sequence.</summary>
public sealed class BillingProfileOfOrganizationSpec : Specification<BillingProfileState>, ISingleResultSpecification<BillingProfileState>
{
    /// <summary>Selects the profile of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public BillingProfileOfOrganizationSpec(OrganizationId organization) =>
        Query.Where(profile => profile.OrganizationId == organization);
}

/// <summary>
/// One page of an organization's invoice history, newest first (the Manager's "Invoice history"): the cost of reading a
/// page does not grow with the history, given an index on the organization and the date of issue.
/// </summary>
public sealed class InvoiceHistorySpec : Specification<InvoiceState>
{
    /// <summary>The most invoices one page holds.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Selects a page of the organization's invoices, newest first.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="skip">How many of the newest invoices to skip.</param>
    /// <param name="take">How many to select, from 1 to <see cref="MaxPageSize"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="skip"/> is negative, or <paramref name="take"/> is out of range.</exception>
    public InvoiceHistorySpec(OrganizationId organization, int skip = 0, int take = 50)
    {
        Guard.Against.Negative(skip);
        Guard.Against.OutOfRange(take, nameof(take), 1, MaxPageSize);
        Query.Where(invoice => invoice.OrganizationId == organization)
            .OrderByDescending(invoice => invoice.IssuedAt)
            .ThenByDescending(invoice => invoice.Sequence);
        Query.Skip(skip).Take(take);
    }
}

/// <summary>The open invoices of an organization, oldest first: what is to be paid, and what <c>OrganizationDeletion</c> needs (ORG-9).</summary>
public sealed class UnpaidInvoicesSpec : Specification<InvoiceState>
{
    /// <summary>Selects the organization's open invoices.</summary>
    /// <param name="organization">The organization.</param>
    public UnpaidInvoicesSpec(OrganizationId organization) =>
        Query.Where(invoice => invoice.OrganizationId == organization && invoice.Status == InvoiceStatusKind.Open)
            .OrderBy(invoice => invoice.IssuedAt)
            .ThenBy(invoice => invoice.Sequence);
}
