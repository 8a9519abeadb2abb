using System.Globalization;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Billing;

/// <summary>An invoice or a pro forma invoice was asked for no product at all.</summary>
/// <param name="Organization">The organization billed.</param>
public sealed record EmptySelection(OrganizationId Organization) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Choose at least one product of organization {Organization} to invoice.";
}

/// <summary>Why a product chosen for an invoice cannot be on it.</summary>
public enum UnbillableReason
{
    /// <summary>The product was terminated: the organization no longer holds it.</summary>
    Terminated = 1,

    /// <summary>The product was chosen more than once.</summary>
    ChosenTwice,

    /// <summary>The product's next period is already on an open invoice: pay or void that one (a final invoice never bills a period twice).</summary>
    AlreadyInvoiced,
}

/// <summary>One product that cannot be invoiced, and why.</summary>
/// <param name="Product">The product.</param>
/// <param name="Reason">Why it cannot be invoiced.</param>
/// <param name="OpenInvoice">The open invoice it is already on, for <see cref="UnbillableReason.AlreadyInvoiced"/>; otherwise null.</param>
public readonly record struct UnbillableProduct(ProductId Product, UnbillableReason Reason, InvoiceId? OpenInvoice);

/// <summary>Some products chosen for an invoice cannot be on it: every one of them, with its reason.</summary>
/// <param name="Organization">The organization billed.</param>
/// <param name="Products">The products and why each cannot be invoiced.</param>
public sealed record ProductsNotBillable(OrganizationId Organization, IReadOnlyList<UnbillableProduct> Products) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        $"These products of organization {Organization} cannot be invoiced: {string.Join(", ", Products.Select(p => $"{p.Product} ({p.Reason})"))}.";
}

/// <summary>
/// The products chosen for an invoice do not share one billing address (some have different ones, or none yet): choose
/// the address for this invoice (BIL-2).
/// </summary>
/// <param name="Organization">The organization billed.</param>
/// <param name="Addresses">The distinct addresses the products use; null for a product with none.</param>
public sealed record NoSingleBillingAddress(OrganizationId Organization, IReadOnlyList<BillingAddressId?> Addresses) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"The chosen products of organization {Organization} use {Addresses.Count} different billing addresses (or none); choose the one to invoice.");
}

/// <summary>A billing address is not among the organization's billing addresses.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Address">The address asked for.</param>
public sealed record BillingAddressNotFound(OrganizationId Organization, BillingAddressId Address) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Organization {Organization} has no billing address {Address}.";
}

/// <summary>The organization already holds the most billing addresses a profile keeps.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Limit">The limit, <see cref="BillingProfile.MaxAddresses"/>.</param>
public sealed record BillingAddressLimitReached(OrganizationId Organization, int Limit) : Refusal
{
    /// <inheritdoc />
    public override string Message => string.Create(CultureInfo.InvariantCulture, $"Organization {Organization} already has {Limit} billing addresses, the most it may keep.");
}

/// <summary>A billing address cannot be removed while products still send their next invoice to it (BIL-2): change their address first.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Address">The address.</param>
/// <param name="Products">The products that use it.</param>
public sealed record BillingAddressInUse(OrganizationId Organization, BillingAddressId Address, IReadOnlyList<ProductId> Products) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"Billing address {Address} of organization {Organization} is used by {Products.Count} product(s); give them another address first.");
}

/// <summary>An invoice is no longer open: a paid or void invoice is never paid or voided again (BIL-5).</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Status">Its status.</param>
public sealed record InvoiceNotOpen(InvoiceId Invoice, InvoiceStatusKind Status) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Invoice {Invoice} is {Status.ToString().ToLowerInvariant()}, no longer open.";
}

/// <summary>A final invoice can be printed or downloaded only once paid (BIL-3); a pro forma invoice is available at once.</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Status">Its status.</param>
public sealed record InvoiceNotPaid(InvoiceId Invoice, InvoiceStatusKind Status) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Invoice {Invoice} is {Status.ToString().ToLowerInvariant()}: a final invoice can be printed or downloaded once paid; generate a pro forma invoice meanwhile.";
}

/// <summary>Invoices given as facts about an organization belong to another one.</summary>
/// <param name="Organization">The organization concerned.</param>
/// <param name="Invoices">The invoices of other organizations.</param>
public sealed record InvoicesOfAnotherOrganization(OrganizationId Organization, IReadOnlyList<InvoiceId> Invoices) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Invoices {string.Join(", ", Invoices)} do not belong to organization {Organization}.";
}

/// <summary>
/// A decision needs invoices the caller did not give: the products given name open invoices that are missing. The
/// decision is not taken on partial facts.
/// </summary>
/// <param name="Organization">The organization concerned.</param>
/// <param name="Invoices">The open invoices to load and give.</param>
public sealed record InvoicesNotGiven(OrganizationId Organization, IReadOnlyList<InvoiceId> Invoices) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"The open invoices {string.Join(", ", Invoices)} of organization {Organization} were not given; load them and ask again.";
}
