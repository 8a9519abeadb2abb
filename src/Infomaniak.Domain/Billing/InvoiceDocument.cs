using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Billing;

/// <summary>Whether a printable document is a final invoice or a pro forma invoice.</summary>
public enum InvoiceDocumentKind
{
    /// <summary>A final invoice, numbered, printed once paid (BIL-3).</summary>
    Final = 1,

    /// <summary>A pro forma invoice: no number, no legal, tax or accounting value (BIL-4).</summary>
    ProForma,
}

/// <summary>
/// What a printed or downloaded invoice shows: its kind and number, its date, the billing address, the lines and the
/// totals. An application renders it (PDF, HTML); the library decides what it says and when it may be had.
/// </summary>
public sealed record InvoiceDocument
{
    /// <summary>The sentence every pro forma document carries (BIL-4).</summary>
    public const string ProFormaNotice = "Pro forma invoice: it has no legal, tax or accounting value.";

    internal InvoiceDocument(InvoiceDocumentKind kind, InvoiceId invoice, InvoiceNumber? number, DateTimeOffset date, InvoiceContent content, InvoiceStatus.Paid? payment)
    {
        Kind = kind;
        Invoice = invoice;
        Number = number;
        Date = date;
        Organization = content.Organization;
        BillingAddress = content.BillingAddress;
        Lines = content.Lines;
        Currency = content.Currency;
        Subtotal = content.Subtotal;
        TaxTotal = content.TaxTotal;
        Total = content.Total;
        Payment = payment;
    }

    /// <summary>Final or pro forma.</summary>
    public InvoiceDocumentKind Kind { get; }

    /// <summary>The id of the invoice or pro forma invoice.</summary>
    public InvoiceId Invoice { get; }

    /// <summary>The final invoice's number; null for a pro forma invoice, which takes none.</summary>
    public InvoiceNumber? Number { get; }

    /// <summary>When the invoice was issued, or the pro forma invoice generated.</summary>
    public DateTimeOffset Date { get; }

    /// <summary>The organization billed.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The billing address, as it was at issue.</summary>
    public BillingAddress BillingAddress { get; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<InvoiceLine> Lines { get; }

    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>The sum of the lines before tax.</summary>
    public Money Subtotal { get; }

    /// <summary>The sum of the lines' taxes.</summary>
    public Money TaxTotal { get; }

    /// <summary>The amount due.</summary>
    public Money Total { get; }

    /// <summary>When and how a final invoice was paid; null for a pro forma invoice.</summary>
    public InvoiceStatus.Paid? Payment { get; }

    /// <summary>Whether the document has legal, tax and accounting value: only a final invoice does.</summary>
    public bool HasLegalValue => Kind == InvoiceDocumentKind.Final;

    /// <summary>The notice to print on it: <see cref="ProFormaNotice"/> for a pro forma invoice, null for a final one.</summary>
    public string? Notice => HasLegalValue ? null : ProFormaNotice;
}
