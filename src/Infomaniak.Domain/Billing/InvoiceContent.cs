using System.Collections.ObjectModel;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Billing;

/// <summary>What an invoice and a pro forma invoice both say: whom, where, which lines and the totals, all in one currency.</summary>
/// <remarks>Built only from lines already checked to be in <paramref name="currency"/> and whose grand total is within <see cref="Money.MaxMagnitude"/>.</remarks>
internal sealed class InvoiceContent(OrganizationId organization, BillingAddressId billingAddressId, BillingAddress billingAddress, Currency currency, IList<InvoiceLine> lines)
{
    public OrganizationId Organization { get; } = organization;

    public BillingAddressId BillingAddressId { get; } = billingAddressId;

    public BillingAddress BillingAddress { get; } = billingAddress;

    public Currency Currency { get; } = currency;

    public ReadOnlyCollection<InvoiceLine> Lines { get; } = new(lines);

    public Money Subtotal { get; } = Money.Sum(currency, lines.Select(l => l.Amount)).GetValueOrThrow();

    public Money TaxTotal { get; } = Money.Sum(currency, lines.Select(l => l.Tax)).GetValueOrThrow();

    public Money Total { get; } = Money.Sum(currency, lines.Select(l => l.Total)).GetValueOrThrow();
}
