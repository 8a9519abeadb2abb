using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Products;

/// <summary>An administrator ordered a product for the organization: it holds it, paid for its first period.</summary>
/// <param name="Product">The product.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Type">Its type.</param>
/// <param name="Period">How long each renewal lasts.</param>
/// <param name="Price">The price of each renewal.</param>
/// <param name="PaidUntil">The end of its first period.</param>
/// <param name="OrderedBy">The administrator.</param>
public sealed record ProductOrdered(
    ProductId Product, OrganizationId Organization, ProductType Type, RenewalPeriod Period, Money Price, DateTimeOffset PaidUntil, AccountId OrderedBy) : IDomainEvent;

/// <summary>A product was terminated: the organization no longer holds it, and it is never invoiced again (ORG-9).</summary>
/// <param name="Product">The product.</param>
/// <param name="Organization">The organization.</param>
/// <param name="TerminatedBy">The member, with the right to manage the product and billing rights.</param>
public sealed record ProductTerminated(ProductId Product, OrganizationId Organization, AccountId TerminatedBy) : IDomainEvent;

/// <summary>The billing address a product's next invoices go to changed (BIL-2); invoices already issued keep theirs.</summary>
/// <param name="Product">The product.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Address">The new address.</param>
/// <param name="ChangedBy">The member.</param>
public sealed record ProductBillingAddressChanged(ProductId Product, OrganizationId Organization, BillingAddressId Address, AccountId ChangedBy) : IDomainEvent;

/// <summary>A product's renewal preference changed: automatic renewal on or off, and the payment method (PRE-3).</summary>
/// <param name="Product">The product.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Preference">The new preference.</param>
/// <param name="ChangedBy">The member.</param>
public sealed record ProductRenewalPreferenceChanged(ProductId Product, OrganizationId Organization, RenewalPreference Preference, AccountId ChangedBy) : IDomainEvent;

/// <summary>A product's next period was put on a final invoice; it is not invoiced again until that invoice is paid or voided.</summary>
/// <param name="Product">The product.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Invoice">The invoice.</param>
public sealed record ProductInvoiced(ProductId Product, OrganizationId Organization, InvoiceId Invoice) : IDomainEvent;

/// <summary>The invoice of a product's next period was paid: the product is paid until the end of that period.</summary>
/// <param name="Product">The product.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Invoice">The invoice paid.</param>
/// <param name="PaidUntil">The new paid-until date.</param>
public sealed record ProductRenewed(ProductId Product, OrganizationId Organization, InvoiceId Invoice, DateTimeOffset PaidUntil) : IDomainEvent;

/// <summary>The invoice of a product's next period was voided: the period can be invoiced again.</summary>
/// <param name="Product">The product.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Invoice">The invoice voided.</param>
public sealed record ProductInvoiceVoided(ProductId Product, OrganizationId Organization, InvoiceId Invoice) : IDomainEvent;
