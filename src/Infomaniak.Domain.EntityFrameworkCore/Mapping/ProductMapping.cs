using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Products: a row each, the price as an amount and a currency column, indexed by organization and status (with the
/// paid-until date the renewal specifications order by) and by open invoice.
/// </summary>
internal sealed class ProductMapping : AggregateMapping<Product, ProductId, ProductState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var product = Root(model, options, "Products");
        product.Property(p => p.Type).HasMaxLength(ProductType.MaxLength);
        product.Property(p => p.PaymentMethod).HasMaxLength(PaymentMethod.MaxLength);
        product.HasIndex(p => new { p.OrganizationId, p.Status, p.PaidUntil });
        product.HasIndex(p => p.OpenInvoiceId);
    }

    public override ProductState ToState(Product aggregate) => aggregate.ToState();

    public override Product FromState(ProductState state) => Product.FromState(state);
}
