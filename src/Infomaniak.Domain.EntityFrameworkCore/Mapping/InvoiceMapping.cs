using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Invoices: a row each (the billing address as it was at issue and the totals in the same row; the sequence unique
/// per organization, so that two issuers can never store the same number), indexed for the history and the unpaid
/// list, and their lines (keyed by invoice and position), deleted with their invoice.
/// </summary>
internal sealed class InvoiceMapping : AggregateMapping<Invoice, InvoiceId, InvoiceState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var invoice = Root(model, options, "Invoices");
        invoice.Property(i => i.Number).HasMaxLength(InvoiceNumberPrefix.MaxLength + 20);
        invoice.Property(i => i.NumberPrefix).HasMaxLength(InvoiceNumberPrefix.MaxLength);
        invoice.Property(i => i.PaymentMethod).HasMaxLength(PaymentMethod.MaxLength);
        invoice.HasIndex(i => new { i.OrganizationId, i.Sequence }).IsUnique();
        invoice.HasIndex(i => new { i.OrganizationId, i.Status, i.IssuedAt });
        invoice.ComplexProperty(i => i.BillingAddress, fields => BillingProfileMapping.Fields(fields));
        invoice.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        invoice.Navigation(i => i.Lines).AutoInclude();

        var line = Child<InvoiceLineState>(model, options, "InvoiceLines");
        line.HasKey(l => new { l.InvoiceId, l.Position });
        line.Property(l => l.ProductType).HasMaxLength(Products.ProductType.MaxLength);
    }

    public override InvoiceState ToState(Invoice aggregate) => aggregate.ToState();

    public override Invoice FromState(InvoiceState state) => Invoice.FromState(state);
}
