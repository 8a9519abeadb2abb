using System.Text.Json;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Serialization;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests;

/// <summary>The shop's generated data: its states round-trip through JSON, and it reaches what the database tests must meet.</summary>
public class OrderingDataTests
{
    [Property(Arbitrary = [typeof(DataSets)], MaxTest = 100)]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void GeneratedOrdersVouchersAndCodes_RoundTripThroughJson(OrderingRecipe recipe)
    {
        var data = recipe.Build();
        foreach (var order in data.Orders)
        {
            var state = order.ToState();
            var read = JsonSerializer.Deserialize<OrderState>(JsonSerializer.Serialize(state, DomainJson.Options), DomainJson.Options)!;
            Assert.Equal(state, read);
            Assert.Equal(state, Order.FromState(read).ToState());
        }

        foreach (var voucher in data.Vouchers)
        {
            var state = voucher.ToState();
            var read = JsonSerializer.Deserialize<VoucherState>(JsonSerializer.Serialize(state, DomainJson.Options), DomainJson.Options)!;
            Assert.Equal(state, read);
            Assert.Equal(state, Voucher.FromState(read).ToState());
        }

        foreach (var code in data.PromotionCodes)
        {
            var state = code.ToState();
            var read = JsonSerializer.Deserialize<PromotionCodeState>(JsonSerializer.Serialize(state, DomainJson.Options), DomainJson.Options)!;
            Assert.Equal(state, read);
            Assert.Equal(state, PromotionCode.FromState(read).ToState());
            Assert.True(code.Redemptions <= (code.Terms.TotalLimit ?? int.MaxValue));
        }
    }

    [Fact]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-4")]
    public void TheGeneratedShops_ReachEveryStep_RedeemVouchersAndCodes_AndHaveNewCustomers()
    {
        var shops = Gen.Sample(OrderingRecipe.RecipeGen, 200).Select(recipe => recipe.Build()).ToList();
        var orders = shops.SelectMany(s => s.Orders).ToList();

        Assert.Equal(Enum.GetValues<OrderStep>().Order(), orders.Select(o => o.Step).Distinct().Order());
        Assert.Contains(orders, o => o.Step == OrderStep.Finished && o.ByNewCustomer);
        Assert.Contains(orders, o => o.Step == OrderStep.Finished && o.PromotionCode is not null);
        Assert.Contains(orders, o => o.Lines.Any(l => l.Voucher is not null));
        Assert.Contains(shops.SelectMany(s => s.Vouchers), v => v.IsRedeemed);
        Assert.Contains(shops.SelectMany(s => s.Vouchers), v => !v.IsConfirmed);
        Assert.Contains(shops.SelectMany(s => s.PromotionCodes), c => c.IsUsedUp);
        Assert.Contains(shops.SelectMany(s => s.PromotionCodes), c => c.Terms.MinimumAmount is not null && c.Terms.Discount is Discount.FixedAmount);
    }
}
