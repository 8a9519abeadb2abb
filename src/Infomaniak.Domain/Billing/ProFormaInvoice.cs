using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// A pro forma invoice (BIL-4): what a final invoice for chosen due products would say, generated any number of times,
/// available at once, paid or not. It takes no number from the organization's sequence, changes nothing, and has no
/// legal, tax or accounting value.
/// </summary>
/// <remarks>Made only by <see cref="Invoicing.ProForma"/>. It is a document, not an aggregate: an application may show it and forget it.</remarks>
public sealed class ProFormaInvoice
{
    private readonly InvoiceContent content;

    internal ProFormaInvoice(InvoiceId id, DateTimeOffset generatedAt, InvoiceContent content)
    {
        Id = id;
        GeneratedAt = generatedAt;
        this.content = content;
    }

    /// <summary>The pro forma invoice's own id, drawn when it was generated; never a final invoice's.</summary>
    public InvoiceId Id { get; }

    /// <summary>When it was generated.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>The organization it is for.</summary>
    public OrganizationId Organization => content.Organization;

    /// <summary>The billing address it shows.</summary>
    public BillingAddress BillingAddress => content.BillingAddress;

    /// <summary>The lines: one per product, for its next period.</summary>
    public IReadOnlyList<InvoiceLine> Lines => content.Lines;

    /// <summary>The currency of every amount.</summary>
    public Currency Currency => content.Currency;

    /// <summary>The amount a final invoice would ask.</summary>
    public Money Total => content.Total;

    /// <summary>Always false: a pro forma invoice has no legal, tax or accounting value.</summary>
    public bool HasLegalValue => false;

    /// <summary>The printable document, available at once: no number, and the <see cref="InvoiceDocument.ProFormaNotice"/>.</summary>
    public InvoiceDocument Document => new(InvoiceDocumentKind.ProForma, Id, null, GeneratedAt, content, null);
}
