using Infomaniak.Domain.Common;
using Infomaniak.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Orders: a row each (step, currency, shopper and organization, payment method, the promotion code applied), indexed by
/// shopper and by organization with the step their specifications filter on, and their lines (keyed by order and line
/// number, the price and the discount as amounts and currency columns), deleted with their order.
/// </summary>
internal sealed class OrderMapping : AggregateMapping<Order, OrderId, OrderState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var order = Root(model, options, "Orders");
        order.Property(o => o.PaymentMethod).HasMaxLength(PaymentMethod.MaxLength);
        order.Property(o => o.PromotionCode).HasMaxLength(PromotionCodeText.MaxLength);
        order.HasIndex(o => new { o.ShopperId, o.Step });
        order.HasIndex(o => new { o.OrganizationId, o.Step, o.PromotionCodeId });
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Lines).AutoInclude();

        var line = Child<OrderLineState>(model, options, "OrderLines");
        line.HasKey(l => new { l.OrderId, l.Line });
        line.Property(l => l.Type).HasMaxLength(Products.ProductType.MaxLength);
    }

    public override OrderState ToState(Order aggregate) => aggregate.ToState();

    public override Order FromState(OrderState state) => Order.FromState(state);
}
