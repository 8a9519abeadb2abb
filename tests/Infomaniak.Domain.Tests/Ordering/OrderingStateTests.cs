using System.Text.Json;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Ordering.Specifications;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Serialization;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Ordering.OrderingGiven;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>Orders, vouchers and codes in and out of storage and JSON; the specifications; the code's version as concurrency token.</summary>
public class OrderingStateTests
{
    /// <summary>A store that saves a code only over the version it was loaded at, as the EF Core package does.</summary>
    private sealed class CodeStore(PromotionCodeState stored)
    {
        public PromotionCodeState Stored { get; private set; } = stored;

        public PromotionCode Load() => PromotionCode.FromState(Stored);

        public bool TrySave(PromotionCode code)
        {
            if (Stored.Version != code.PersistedVersion)
            {
                return false;
            }

            Stored = code.ToState();
            code.DequeueEvents();
            return true;
        }
    }

    /// <summary>Orders at every step: lines, summary with a voucher, payment, code applied, finished, abandoned, a new customer's.</summary>
    public static TheoryData<int> Steps => [0, 1, 2, 3, 4, 5, 6];

    internal static Order OrderAt(int step)
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        if (step == 6)
        {
            var order = AtPayment(OrderOf(Shopper.NewCustomer, Currency.Chf, (ProductType.WebHosting, 99.95m)), Shopper.NewCustomer);
            order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), null, Given.Clock(), new SeededRandomSource(1)).GetValueOrThrow();
            return order;
        }

        var placed = OrderWith(shop, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 99.95m));
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var code = Code("STATE", Percent(15));
        if (step >= 1)
        {
            placed.ShowSummary(shopper).GetValueOrThrow();
            placed.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
        }

        if (step is >= 2 and not 5)
        {
            placed.ChoosePaymentMethod(shopper, PaymentMethod.PrepaidAccount).GetValueOrThrow();
        }

        if (step is 3 or 4)
        {
            placed.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()).GetValueOrThrow();
        }

        if (step == 4)
        {
            placed.Finish(shopper, [voucher], code, CustomerFacts.None, Given.Clock(), new SeededRandomSource(2)).GetValueOrThrow();
        }

        if (step == 5)
        {
            placed.Abandon(shopper).GetValueOrThrow();
        }

        return placed;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public void AnOrder_RoundTripsThroughItsStateAndJson_AtEveryStep(int step)
    {
        var order = OrderAt(step);
        var state = order.ToState();

        var read = JsonSerializer.Deserialize<OrderState>(JsonSerializer.Serialize(state, DomainJson.Options), DomainJson.Options)!;
        var rebuilt = Order.FromState(read);

        Assert.Equal(state, read);
        Assert.Equal(state, rebuilt.ToState());
        Assert.Equal(order.Totals, rebuilt.Totals);
        Assert.Empty(rebuilt.PendingEvents);
    }

    public static TheoryData<string> BrokenOrders => ["step", "currency", "numbering", "other-order", "type", "price-currency", "negative", "discount", "no-code-discount", "two-lines", "payment", "code-pair", "finished-at", "empty"];

    [Theory]
    [MemberData(nameof(BrokenOrders))]
    [Trait("Rule", "VOU-4")]
    public void ABrokenOrderState_IsRejected(string broken)
    {
        var state = OrderAt(3).ToState();
        var line = state.Lines[1];
        OrderState Lines(params OrderLineState[] lines) => state with { Lines = lines };
        var bad = broken switch
        {
            "step" => state with { Step = (OrderStep)99 },
            "currency" => state with { Currency = default },
            "numbering" => Lines(state.Lines[0], line with { Line = 3 }),
            "other-order" => Lines(state.Lines[0], line with { OrderId = OrderId.From(Guid.NewGuid()) }),
            "type" => Lines(state.Lines[0], line with { Type = "Web-Hosting" }),
            "price-currency" => Lines(state.Lines[0], line with { Price = Eur(99.95m), Discount = Eur(0m) }),
            "negative" => Lines(state.Lines[0], line with { Price = Chf(-1m), Discount = Chf(0m) }),
            "discount" => Lines(state.Lines[0], line with { Discount = Chf(100m) }),
            "no-code-discount" => state with { PromotionCodeId = null, PromotionCode = null, Step = OrderStep.PaymentMethodChosen },
            "two-lines" => Lines(state.Lines[0], line with { VoucherId = state.Lines[0].VoucherId }),
            "payment" => state with { PaymentMethod = null },
            "code-pair" => state with { PromotionCode = null },
            "finished-at" => state with { FinishedAt = Given.Start },
            _ => state with { Lines = [] },
        };

        Assert.Throws<ArgumentException>(() => Order.FromState(bad));
    }

    [Fact]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-3")]
    public void VouchersAndCodes_RoundTripThroughTheirStatesAndJson_AndBrokenStatesAreRejected()
    {
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var code = Code("ROUND-TRIP", Off(Chf(12.5m)), total: 5, perCustomer: 2, firstOrderOnly: true, minimum: Chf(20m), types: [ProductType.WebHosting, ProductType.DomainName]);
        var voucherState = JsonSerializer.Deserialize<VoucherState>(JsonSerializer.Serialize(voucher.ToState(), DomainJson.Options), DomainJson.Options)!;
        var codeState = JsonSerializer.Deserialize<PromotionCodeState>(JsonSerializer.Serialize(code.ToState(), DomainJson.Options), DomainJson.Options)!;

        Assert.Equal(voucher.ToState(), Voucher.FromState(voucherState).ToState());
        Assert.Equal(code.ToState(), PromotionCode.FromState(codeState).ToState());
        Assert.Equal(["domain-name", "web-hosting"], codeState.ProductTypes);
        Assert.Throws<ArgumentException>(() => Voucher.FromState(voucherState with { Type = "Swiss-Backup" }));
        Assert.Throws<ArgumentException>(() => Voucher.FromState(voucherState with { ConfirmedAt = null, RedeemedByOrderId = OrderId.From(Guid.NewGuid()) }));
        Assert.Throws<ArgumentException>(() => PromotionCode.FromState(codeState with { Code = "round-trip" }));
        Assert.Throws<ArgumentException>(() => PromotionCode.FromState(codeState with { DiscountPercent = 10 }));
        Assert.Throws<ArgumentException>(() => PromotionCode.FromState(codeState with { DiscountAmount = null }));
        Assert.Throws<ArgumentException>(() => PromotionCode.FromState(codeState with { Redemptions = 6 }));
        Assert.Throws<ArgumentException>(() => PromotionCode.FromState(codeState with { Redemptions = -1 }));
        Assert.Throws<ArgumentException>(() => PromotionCode.FromState(codeState with { ProductTypes = ["web-hosting", "domain-name"] }));
        Assert.Throws<ArgumentException>(() => PromotionCode.FromState(codeState with { ValidUntil = codeState.ValidFrom }));
        Assert.Throws<ArgumentException>(() => PromotionCode.FromState(codeState with { DiscountAmount = null, DiscountPercent = 101 }));
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void TwoCheckoutsFromTheSameVersionOfACode_CannotBothSave_AndTheRetrySeesTheLimit()
    {
        var store = new CodeStore(Code("LAST-ONE", Percent(50), total: 1).ToState());
        var shop = Shop();
        var other = Given.OrganizationWith(3, Given.Account(13));
        var mine = OwnerIn(shop);
        var theirs = Shopper.SignedIn(other, Given.Account(13));
        var first = AtPayment(OrderOf(mine, Currency.Chf, (ProductType.SwissBackup, 60m)), mine);
        var second = AtPayment(OrderOf(theirs, Currency.Chf, (ProductType.SwissBackup, 60m)), theirs);
        var codeOfFirst = store.Load();
        var codeOfSecond = store.Load();
        first.ApplyPromotionCode(mine, codeOfFirst.Code, codeOfFirst, CustomerFacts.None, Given.Clock()).GetValueOrThrow();
        second.ApplyPromotionCode(theirs, codeOfSecond.Code, codeOfSecond, CustomerFacts.None, Given.Clock()).GetValueOrThrow();

        first.Finish(mine, [], codeOfFirst, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).GetValueOrThrow();
        second.Finish(theirs, [], codeOfSecond, CustomerFacts.None, Given.Clock(), new SeededRandomSource(2)).GetValueOrThrow();

        Assert.True(store.TrySave(codeOfFirst));
        Assert.False(store.TrySave(codeOfSecond));
        Assert.Equal(1, store.Stored.Redemptions);
        var retried = AtPayment(OrderOf(theirs, Currency.Chf, (ProductType.SwissBackup, 60m)), theirs);
        var fresh = store.Load();
        Assert.True(fresh.IsUsedUp);
        Assert.Equal(new PromotionCodeRefused("LAST-ONE", PromotionCodeProblem.UsedUp), retried.ApplyPromotionCode(theirs, fresh.Code, fresh, CustomerFacts.None, Given.Clock()));
    }

    [Fact]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public void TheSpecifications_SelectOfferedVouchers_ACodeByItsText_OpenOrders_AndACustomersRedemptions()
    {
        var offered = VoucherFor(Owner, ProductType.SwissBackup, 1);
        var vouchers = new[]
        {
            offered.ToState(),
            VoucherFor(Owner, ProductType.SwissBackup, 2, confirmed: false).ToState(),
            VoucherFor(Owner, ProductType.WebHosting, 3).ToState(),
            VoucherFor(Neighbour, ProductType.SwissBackup, 4).ToState(),
            VoucherFor(Owner, ProductType.SwissBackup, 5).ToState() with { RedeemedByOrderId = OrderId.From(Guid.NewGuid()) },
        };
        var codes = new[] { Code("SPRING", Percent(5), seed: 1).ToState(), Code("SUMMER", Percent(5), seed: 2).ToState() };
        var orders = Enumerable.Range(0, 7).Select(step => OrderAt(step).ToState()).ToList();
        var shop = orders[0].OrganizationId!.Value;

        Assert.Equal([offered.Id], new VouchersOfferedSpec(Owner, ProductType.SwissBackup).Evaluate(vouchers).Select(v => v.Id));
        Assert.Equal("SPRING", Assert.Single(new PromotionCodeByTextSpec(Text("spring")).Evaluate(codes)).Code);
        Assert.Equal(4, new OpenOrdersOfAccountSpec(Owner).Evaluate(orders).Count());
        Assert.Single(new FinishedOrdersOfOrganizationSpec(shop).Evaluate(orders));
        Assert.Single(new OrdersRedeemingCodeSpec(shop, orders[4].PromotionCodeId!.Value).Evaluate(orders));
        Assert.Empty(new OrdersRedeemingCodeSpec(shop, codes[0].Id).Evaluate(orders));
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void PromotionTerms_RefuseWhatCannotBe()
    {
        PromotionTermsProblem Problem(DateTimeOffset until, int? total, int? perCustomer, Money? minimum, Discount discount) =>
            ((InvalidPromotionTerms)PromotionTerms.Create(discount, CodeStart, until, total, perCustomer, false, minimum, []).Value).Problem;

        Assert.Equal(PromotionTermsProblem.EmptyValidity, Problem(CodeStart, null, null, null, Percent(5)));
        Assert.Equal(PromotionTermsProblem.LimitBelowOne, Problem(CodeEnd, 0, null, null, Percent(5)));
        Assert.Equal(PromotionTermsProblem.LimitBelowOne, Problem(CodeEnd, null, 0, null, Percent(5)));
        Assert.Equal(PromotionTermsProblem.MinimumNotPositive, Problem(CodeEnd, null, null, Chf(0m), Percent(5)));
        Assert.Equal(PromotionTermsProblem.CurrenciesDiffer, Problem(CodeEnd, null, null, Chf(10m), Off(Eur(5m))));
        Assert.True(Discount.Percent(0).IsT1 && Discount.Percent(101).IsT1 && Discount.Fixed(Chf(0m)).IsT1);
        Assert.Equal("25 %", Percent(25).ToString());
        Assert.Equal("5.00 EUR", Off(Eur(5m)).ToString());
        Assert.All(Enum.GetValues<PromotionTermsProblem>(), p => Assert.NotEmpty(new InvalidPromotionTerms(p).Message));
        Assert.All(Enum.GetValues<PromotionCodeProblem>(), p => Assert.NotEmpty(new PromotionCodeRefused("X", p).Message));
        Assert.All(Enum.GetValues<VoucherProblem>(), p => Assert.NotEmpty(new VoucherNotUsable(VoucherId.From(Guid.NewGuid()), 1, p).Message));
    }
}
