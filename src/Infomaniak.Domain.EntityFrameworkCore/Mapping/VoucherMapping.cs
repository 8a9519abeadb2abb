using Infomaniak.Domain.Common;
using Infomaniak.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Free vouchers: a row each (holder, product type, when granted, confirmed and by which order redeemed), indexed by
/// holder and type for the vouchers a cart summary offers.
/// </summary>
internal sealed class VoucherMapping : AggregateMapping<Voucher, VoucherId, VoucherState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var voucher = Root(model, options, "Vouchers");
        voucher.Property(v => v.Type).HasMaxLength(Products.ProductType.MaxLength);
        voucher.HasIndex(v => new { v.HolderId, v.Type });
    }

    public override VoucherState ToState(Voucher aggregate) => aggregate.ToState();

    public override Voucher FromState(VoucherState state) => Voucher.FromState(state);
}
