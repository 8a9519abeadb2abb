using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Billing;

/// <summary>A member with billing rights opened the organization's billing profile: its address book and its invoice number sequence.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Organization">The organization.</param>
/// <param name="InvoiceNumberPrefix">The prefix of its invoice numbers.</param>
/// <param name="OpenedBy">The member.</param>
public sealed record BillingProfileOpened(BillingProfileId Profile, OrganizationId Organization, InvoiceNumberPrefix InvoiceNumberPrefix, AccountId OpenedBy) : IDomainEvent;

/// <summary>A member with billing rights added a billing address (BIL-1).</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Organization">The organization.</param>
/// <param name="AddressId">The new address's id.</param>
/// <param name="Address">The address.</param>
/// <param name="AddedBy">The member.</param>
public sealed record BillingAddressAdded(BillingProfileId Profile, OrganizationId Organization, BillingAddressId AddressId, BillingAddress Address, AccountId AddedBy) : IDomainEvent;

/// <summary>A member with billing rights removed a billing address no product used.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Organization">The organization.</param>
/// <param name="AddressId">The removed address's id.</param>
/// <param name="RemovedBy">The member.</param>
public sealed record BillingAddressRemoved(BillingProfileId Profile, OrganizationId Organization, BillingAddressId AddressId, AccountId RemovedBy) : IDomainEvent;

/// <summary>The profile gave the next number of its sequence to a final invoice being issued (BIL-5).</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Invoice">The invoice.</param>
/// <param name="Number">The number assigned.</param>
public sealed record InvoiceNumberAssigned(BillingProfileId Profile, OrganizationId Organization, InvoiceId Invoice, InvoiceNumber Number) : IDomainEvent;

/// <summary>A final invoice was issued, open for payment (BIL-5).</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Organization">The organization billed.</param>
/// <param name="Number">Its number.</param>
/// <param name="Products">The products it renews.</param>
/// <param name="Total">The amount due.</param>
/// <param name="IssuedBy">The member who issued it.</param>
public sealed record InvoiceIssued(InvoiceId Invoice, OrganizationId Organization, InvoiceNumber Number, IReadOnlyList<ProductId> Products, Money Total, AccountId IssuedBy) : IDomainEvent;

/// <summary>An invoice was paid; its products' paid-until dates moved to the end of the periods it covered.</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Organization">The organization billed.</param>
/// <param name="Number">Its number.</param>
/// <param name="Total">The amount paid.</param>
/// <param name="Method">How it was paid.</param>
/// <param name="PaidBy">The member who paid it.</param>
public sealed record InvoicePaid(InvoiceId Invoice, OrganizationId Organization, InvoiceNumber Number, Money Total, PaymentMethod Method, AccountId PaidBy) : IDomainEvent;

/// <summary>An open invoice was voided: it keeps its number and is never paid; its products can be invoiced again.</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Organization">The organization billed.</param>
/// <param name="Number">Its number.</param>
/// <param name="Reason">Why.</param>
/// <param name="VoidedBy">The member who voided it.</param>
public sealed record InvoiceVoided(InvoiceId Invoice, OrganizationId Organization, InvoiceNumber Number, VoidReason Reason, AccountId VoidedBy) : IDomainEvent;
