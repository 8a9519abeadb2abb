using Infomaniak.Domain.Common;
using Infomaniak.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Promotion codes: a row each, the upper-case code unique (a lookup finds at most one), the discount as a percentage
/// or an amount and currency, the minimum amount likewise, the product types as an array column, and the redemption
/// count, which the row's <c>Version</c> guards: of two checkouts that loaded the same version, one saves.
/// </summary>
internal sealed class PromotionCodeMapping : AggregateMapping<PromotionCode, PromotionCodeId, PromotionCodeState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var code = Root(model, options, "PromotionCodes");
        code.Property(c => c.Code).HasMaxLength(PromotionCodeText.MaxLength);
        code.HasIndex(c => c.Code).IsUnique();
        code.PrimitiveCollection(c => c.ProductTypes);
    }

    public override PromotionCodeState ToState(PromotionCode aggregate) => aggregate.ToState();

    public override PromotionCode FromState(PromotionCodeState state) => PromotionCode.FromState(state);
}
