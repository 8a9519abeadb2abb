using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// The stored form of a <see cref="BillingProfile"/>: everything it is rebuilt from with <see cref="BillingProfile.FromState"/>.
/// </summary>
public sealed record BillingProfileState
{
    /// <summary>The profile's id.</summary>
    public required BillingProfileId Id { get; init; }

    /// <summary>The number of events it has recorded: the concurrency token that keeps the invoice sequence gapless.</summary>
    public required long Version { get; init; }

    /// <summary>The organization it bills.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>The prefix of its invoice numbers, as typed; empty for none.</summary>
    public required string InvoiceNumberPrefix { get; init; }

    /// <summary>The sequence number the next final invoice takes; one more than the number of final invoices issued.</summary>
    public required long NextInvoiceSequence { get; init; }

    /// <summary>Its billing addresses, ordered by id.</summary>
    public required IReadOnlyList<BillingAddressState> Addresses { get; init; }

    /// <inheritdoc />
    public bool Equals(BillingProfileState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored form of one billing address of a profile.</summary>
public sealed record BillingAddressState
{
    /// <summary>The address's id.</summary>
    public required BillingAddressId Id { get; init; }

    /// <summary>The profile that holds it.</summary>
    public required BillingProfileId BillingProfileId { get; init; }

    /// <summary>Its fields.</summary>
    public required AddressState Address { get; init; }
}

/// <summary>The stored fields of a <see cref="BillingAddress"/>, as typed (trimmed): in a profile's address book and copied onto each invoice.</summary>
public sealed record AddressState
{
    /// <summary>The recipient.</summary>
    public required string Recipient { get; init; }

    /// <summary>The company, or null.</summary>
    public required string? Company { get; init; }

    /// <summary>The VAT number, or null.</summary>
    public required string? VatNumber { get; init; }

    /// <summary>The first street line.</summary>
    public required string StreetLine1 { get; init; }

    /// <summary>The second street line, or null.</summary>
    public required string? StreetLine2 { get; init; }

    /// <summary>The third street line, or null (and then never when the second is null).</summary>
    public required string? StreetLine3 { get; init; }

    /// <summary>The postal code.</summary>
    public required string PostalCode { get; init; }

    /// <summary>The city.</summary>
    public required string City { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country code, in upper case.</summary>
    public required string Country { get; init; }
}

/// <summary>Where an invoice is in its life (BIL-5): open, then paid or void, never back.</summary>
public enum InvoiceStatusKind
{
    /// <summary>Issued and waiting for payment.</summary>
    Open = 1,

    /// <summary>Paid; it can be printed and downloaded (BIL-3).</summary>
    Paid,

    /// <summary>Cancelled; it keeps its number, and is never paid.</summary>
    Void,
}

/// <summary>The stored form of an <see cref="Invoice"/>: everything it is rebuilt from with <see cref="Invoice.FromState"/>.</summary>
public sealed record InvoiceState
{
    /// <summary>The invoice's id.</summary>
    public required InvoiceId Id { get; init; }

    /// <summary>The number of events it has recorded.</summary>
    public required long Version { get; init; }

    /// <summary>The organization billed.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>The invoice number as printed (prefix and sequence number), for lookups.</summary>
    public required string Number { get; init; }

    /// <summary>The prefix of the number, as it was at issue.</summary>
    public required string NumberPrefix { get; init; }

    /// <summary>The place of the invoice in its organization's sequence, from 1; unique per organization.</summary>
    public required long Sequence { get; init; }

    /// <summary>When it was issued.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The currency of every amount on it.</summary>
    public required Currency Currency { get; init; }

    /// <summary>The billing address it was sent to.</summary>
    public required BillingAddressId BillingAddressId { get; init; }

    /// <summary>That address as it was at issue.</summary>
    public required AddressState BillingAddress { get; init; }

    /// <summary>The sum of the lines' amounts before tax.</summary>
    public required Money Subtotal { get; init; }

    /// <summary>The sum of the lines' taxes.</summary>
    public required Money TaxTotal { get; init; }

    /// <summary>The amount due: <see cref="Subtotal"/> plus <see cref="TaxTotal"/>.</summary>
    public required Money Total { get; init; }

    /// <summary>Whether it is open, paid or void.</summary>
    public required InvoiceStatusKind Status { get; init; }

    /// <summary>When it was paid or voided; null while open.</summary>
    public required DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The code of the method it was paid with; null unless paid.</summary>
    public required string? PaymentMethod { get; init; }

    /// <summary>Why it was voided; null unless void.</summary>
    public required VoidReason? VoidReason { get; init; }

    /// <summary>Its lines, ordered by position.</summary>
    public required IReadOnlyList<InvoiceLineState> Lines { get; init; }

    /// <inheritdoc />
    public bool Equals(InvoiceState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored form of one line of an invoice.</summary>
public sealed record InvoiceLineState
{
    /// <summary>The invoice.</summary>
    public required InvoiceId InvoiceId { get; init; }

    /// <summary>The line's place on the invoice, from 1.</summary>
    public required int Position { get; init; }

    /// <summary>The product renewed.</summary>
    public required ProductId ProductId { get; init; }

    /// <summary>The product's type code.</summary>
    public required string ProductType { get; init; }

    /// <summary>The start of the period invoiced: the product's paid-until date at issue.</summary>
    public required DateTimeOffset PeriodStart { get; init; }

    /// <summary>The end of the period invoiced: the product's paid-until date once paid.</summary>
    public required DateTimeOffset PeriodEnd { get; init; }

    /// <summary>The amount before tax.</summary>
    public required Money Amount { get; init; }

    /// <summary>The tax rate in percent the caller applied, or null for none.</summary>
    public required decimal? TaxRatePercent { get; init; }

    /// <summary>The tax.</summary>
    public required Money Tax { get; init; }

    /// <summary>The amount with tax.</summary>
    public required Money Total { get; init; }
}
