using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Ordering.OrderingGiven;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>Bad input, strangers and other organizations: a named refusal, no exception, no change, no event.</summary>
public class CheckoutRefusalTests
{
    private static void Unchanged(Order order, string before)
    {
        Assert.Equal(before, Snapshot(order));
        Assert.Empty(order.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public void AStrangerOrAMemberOfAnotherOrganization_IsDenied_AtEveryCommand()
    {
        var shop = Shop();
        var other = OtherOrganization();
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var code = Code("SPRING", Percent(10));
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m));
        var before = Snapshot(order);
        Shopper[] intruders = [Shopper.SignedIn(shop, Stranger), Shopper.SignedIn(other, Neighbour)];

        foreach (var intruder in intruders)
        {
            Assert.IsType<ActionDenied>(order.AddLine(intruder, ProductType.WebHosting, Yearly, Chf(1m)).Value);
            Assert.IsType<ActionDenied>(order.ShowSummary(intruder).Value);
            Assert.IsType<ActionDenied>(order.ActivateVoucher(intruder, 1, voucher).Value);
            Assert.IsType<ActionDenied>(order.ChoosePaymentMethod(intruder, PaymentMethod.Card).Value);
            Assert.IsType<ActionDenied>(order.ApplyPromotionCode(intruder, code.Code, code, CustomerFacts.None, Given.Clock()).Value);
            Assert.IsType<ActionDenied>(order.Finish(intruder, [], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).Value);
            Assert.IsType<ActionDenied>(order.Abandon(intruder).Value);
        }

        Assert.Equal(DenialReason.OwnedByAnotherOrganization, ((ActionDenied)order.Abandon(Shopper.SignedIn(other, Neighbour)).Value).Reason);
        Assert.Equal(DenialReason.NotAMember, ((ActionDenied)Order.Start(Shopper.SignedIn(shop, Stranger), Currency.Chf, Given.Clock(), new SeededRandomSource(1)).Value).Reason);
        Unchanged(order, before);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void OrderingNeedsAllRights_AndVouchersAndCodesNeedBillingRightsToo()
    {
        var shop = Shop();
        Assert.Equal(DenialReason.AdministratorRequired, ((ActionDenied)Order.Start(Shopper.SignedIn(shop, Accountant), Currency.Chf, Given.Clock(), new SeededRandomSource(1)).Value).Reason);
        var webmaster = Shopper.SignedIn(shop, Webmaster);
        var order = OrderOf(webmaster, Currency.Chf, (ProductType.SwissBackup, 60m));
        order.ShowSummary(webmaster).GetValueOrThrow();
        var voucher = VoucherFor(Webmaster, ProductType.SwissBackup);

        Assert.Equal(DenialReason.BillingRightsRequired, ((ActionDenied)order.ActivateVoucher(webmaster, 1, voucher).Value).Reason);
        order.ChoosePaymentMethod(webmaster, PaymentMethod.Card).GetValueOrThrow();
        var code = Code("SPRING", Percent(10));
        Assert.Equal(DenialReason.BillingRightsRequired, ((ActionDenied)order.ApplyPromotionCode(webmaster, code.Code, code, CustomerFacts.None, Given.Clock()).Value).Reason);
        Assert.True(order.Finish(webmaster, [], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).IsT0);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    public void AnOrderIsItsShoppersOwn_AnotherAdministratorOrANewcomerGetsNotTheShopper()
    {
        var shop = Shop();
        Given.Join(shop, Owner, 6, Rights.Administrator(true));
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m));
        var anonymous = OrderOf(Shopper.NewCustomer, Currency.Chf, (ProductType.SwissBackup, 60m));

        Assert.Equal(new NotTheShopper(order.Id), order.ShowSummary(Shopper.SignedIn(shop, Given.Account(6))));
        Assert.Equal(new NotTheShopper(order.Id), order.ShowSummary(Shopper.NewCustomer));
        Assert.Equal(new NotTheShopper(anonymous.Id), anonymous.ShowSummary(OwnerIn(shop)));
        Assert.Equal(new NotTheShopper(order.Id), order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), null, Given.Clock(), new SeededRandomSource(1)));
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void StepsOutOfOrder_AreRefusedByName()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m));
        var before = Snapshot(order);

        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.Lines, OrderStep.CartSummary), order.ActivateVoucher(shopper, 1, voucher));
        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.Lines, OrderStep.CartSummary), order.ChoosePaymentMethod(shopper, PaymentMethod.Card));
        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.Lines, OrderStep.PaymentMethodChosen), order.Finish(shopper, [], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)));
        Unchanged(order, before);

        order.ShowSummary(shopper).GetValueOrThrow();
        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.CartSummary, OrderStep.Lines), order.AddLine(shopper, ProductType.WebHosting, Yearly, Chf(5m)));
        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.CartSummary, OrderStep.Lines), order.ShowSummary(shopper));
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.PaymentMethodChosen, OrderStep.CartSummary), order.ActivateVoucher(shopper, 1, voucher));
        var code = Code("SPRING", Percent(10));
        order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()).GetValueOrThrow();
        Assert.Equal(new PromotionCodeAlreadyApplied(order.Id, "SPRING"), order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()));
        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.PromotionCodeApplied, OrderStep.CartSummary), order.ChoosePaymentMethod(shopper, PaymentMethod.Twint));
        order.Finish(shopper, [], code, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).GetValueOrThrow();
        order.DequeueEvents();
        before = Snapshot(order);

        Assert.Equal(new OrderClosed(order.Id, OrderStep.Finished), order.Abandon(shopper));
        Assert.Equal(new OrderClosed(order.Id, OrderStep.Finished), order.AddLine(shopper, ProductType.WebHosting, Yearly, Chf(5m)));
        Assert.Equal(new OrderClosed(order.Id, OrderStep.Finished), order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()));
        Assert.Equal(new OrderClosed(order.Id, OrderStep.Finished), order.Finish(shopper, [], code, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)));
        Unchanged(order, before);
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void MixedCurrencies_NegativePrices_TooManyLines_AndEmptyOrders_AreRefused()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = OrderWith(shop);
        var before = Snapshot(order);

        Assert.Equal(new CurrencyMismatch(Currency.Chf, Currency.Eur), order.AddLine(shopper, ProductType.WebHosting, Yearly, Eur(10m)));
        Assert.Equal(new NegativePrice(Chf(-1m)), order.AddLine(shopper, ProductType.WebHosting, Yearly, Chf(-1m)));
        Assert.Equal(new EmptyOrder(order.Id), order.ShowSummary(shopper));
        Unchanged(order, before);

        order.AddLine(shopper, ProductType.WebHosting, Yearly, Chf(Money.MaxMagnitude)).GetValueOrThrow();
        Assert.IsType<AmountOutOfRange>(order.AddLine(shopper, ProductType.WebHosting, Yearly, Chf(1m)).Value);
        for (var i = 1; i < Order.MaxLines; i++)
        {
            order.AddLine(shopper, ProductType.DomainName, Yearly, Chf(0m)).GetValueOrThrow();
        }

        Assert.Equal(new TooManyLines(order.Id, Order.MaxLines), order.AddLine(shopper, ProductType.DomainName, Yearly, Chf(0m)));
    }

    [Fact]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-4")]
    public void AVoucherOfAnotherAccount_Unconfirmed_Used_ForAnotherType_OrOnTwoLines_IsRefusedByName()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m), (ProductType.SwissBackup, 60m), (ProductType.DomainName, 15m));
        order.ShowSummary(shopper).GetValueOrThrow();
        var good = VoucherFor(Owner, ProductType.SwissBackup, seed: 1);
        var spare = VoucherFor(Owner, ProductType.SwissBackup, seed: 2);
        var used = VoucherFor(Owner, ProductType.SwissBackup, seed: 3);
        var usedBy = OrderWith(shop, (ProductType.SwissBackup, 60m));
        usedBy.ShowSummary(shopper).GetValueOrThrow();
        usedBy.ActivateVoucher(shopper, 1, used).GetValueOrThrow();
        usedBy.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        usedBy.Finish(shopper, [used], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).GetValueOrThrow();
        order.ActivateVoucher(shopper, 1, good).GetValueOrThrow();
        order.DequeueEvents();
        var before = Snapshot(order);

        Assert.Equal(new VoucherNotUsable(VoucherFor(Neighbour, ProductType.SwissBackup, 4).Id, 2, VoucherProblem.OfAnotherAccount), order.ActivateVoucher(shopper, 2, VoucherFor(Neighbour, ProductType.SwissBackup, 4)));
        Assert.Equal(VoucherProblem.NotConfirmed, ((VoucherNotUsable)order.ActivateVoucher(shopper, 2, VoucherFor(Owner, ProductType.SwissBackup, 5, confirmed: false)).Value).Problem);
        Assert.Equal(VoucherProblem.AlreadyUsed, ((VoucherNotUsable)order.ActivateVoucher(shopper, 2, used).Value).Problem);
        Assert.Equal(VoucherProblem.ForAnotherProductType, ((VoucherNotUsable)order.ActivateVoucher(shopper, 3, spare).Value).Problem);
        Assert.Equal(VoucherProblem.OnAnotherLine, ((VoucherNotUsable)order.ActivateVoucher(shopper, 2, good).Value).Problem);
        Assert.Equal(VoucherProblem.LineAlreadyFree, ((VoucherNotUsable)order.ActivateVoucher(shopper, 1, spare).Value).Problem);
        Assert.Equal(new LineNotFound(order.Id, 4), order.ActivateVoucher(shopper, 4, spare));
        Assert.Equal(new LineNotFound(order.Id, 0), order.ActivateVoucher(shopper, 0, spare));
        Assert.Equal(order.Totals, order.ActivateVoucher(shopper, 1, good).GetValueOrThrow());
        Unchanged(order, before);
        Assert.Equal([spare], order.VouchersOffered(2, [good, spare, used, VoucherFor(Neighbour, ProductType.SwissBackup, 4)]));
        Assert.Empty(order.VouchersOffered(9, [spare]));
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void FinishingWithoutTheActivatedVouchersOrTheAppliedCode_IsRefusedAsFactsNotGiven()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var code = Code("LOYAL", Percent(10), perCustomer: 2, firstOrderOnly: false);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 100m));
        order.ShowSummary(shopper).GetValueOrThrow();
        order.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();

        Assert.Equal([CustomerFact.RedemptionsOfCode], ((OrderFactsNotGiven)order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()).Value).CustomerFacts);
        order.ApplyPromotionCode(shopper, code.Code, code, new CustomerFacts(null, 1), Given.Clock()).GetValueOrThrow();
        order.DequeueEvents();
        var before = Snapshot(order);

        var nothing = (OrderFactsNotGiven)order.Finish(shopper, [], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).Value;
        Assert.Equal([voucher.Id], nothing.Vouchers);
        Assert.Equal(code.Id, nothing.PromotionCode);
        var noFacts = (OrderFactsNotGiven)order.Finish(shopper, [voucher], code, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).Value;
        Assert.Equal([CustomerFact.RedemptionsOfCode], noFacts.CustomerFacts);
        Assert.Null(noFacts.PromotionCode);
        Assert.NotEmpty(noFacts.Message);
        var otherCode = Code("LOYAL", Percent(10), seed: 99);
        Assert.Equal(code.Id, ((OrderFactsNotGiven)order.Finish(shopper, [voucher], otherCode, new CustomerFacts(true, 0), Given.Clock(), new SeededRandomSource(1)).Value).PromotionCode);
        Unchanged(order, before);
        Assert.Equal(0, code.Redemptions);
        Assert.False(voucher.IsRedeemed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("SPRING 25")]
    [InlineData("SPRİNG")]
    [InlineData("'; DROP TABLE codes; --")]
    [InlineData("SPRING\u202E52")]
    [InlineData("ＳＰＲＩＮＧ")]
    [Trait("Rule", "VOU-3")]
    public void HostileCodeTexts_AreRefusedWithASanitizedExcerpt(string text)
    {
        var refused = Assert.IsType<InvalidPromotionCodeText>(PromotionCodeText.Parse(text).Value);

        Assert.DoesNotContain('\u202E', refused.Message);
        Assert.True(refused.Excerpt.Length <= 34);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void AnUnknownCode_IsRefusedAsUnknown_AndAFoundCodeMustHaveTheTextEntered()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = AtPayment(OrderWith(shop, (ProductType.SwissBackup, 60m)), shopper);

        Assert.Equal(new PromotionCodeRefused("NOPE", PromotionCodeProblem.Unknown), order.ApplyPromotionCode(shopper, Text("nope"), null, CustomerFacts.None, Given.Clock()));
        Assert.Throws<ArgumentException>(() => order.ApplyPromotionCode(shopper, Text("nope"), Code("OTHER", Percent(5)), CustomerFacts.None, Given.Clock()));
        Assert.Throws<ArgumentException>(() => order.ApplyPromotionCode(shopper, default, null, CustomerFacts.None, Given.Clock()));
        Assert.Empty(order.PendingEvents);
    }

    public static TheoryData<string, PromotionCodeProblem> CodeProblems => new()
    {
        { "early", PromotionCodeProblem.NotYetValid },
        { "late", PromotionCodeProblem.Expired },
        { "used-up", PromotionCodeProblem.UsedUp },
        { "not-first", PromotionCodeProblem.NotForThisCustomer },
        { "per-customer", PromotionCodeProblem.NotForThisCustomer },
        { "euros", PromotionCodeProblem.OtherCurrency },
        { "minimum", PromotionCodeProblem.MinimumNotReached },
        { "types", PromotionCodeProblem.NoEligibleLine },
        { "free", PromotionCodeProblem.NoEligibleLine },
    };

    [Theory]
    [MemberData(nameof(CodeProblems))]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void ARefusedCode_SaysWhy_AndChangesNothing(string situation, PromotionCodeProblem expected)
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var clock = Given.Clock();
        var facts = new CustomerFacts(false, 1);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m));
        order.ShowSummary(shopper).GetValueOrThrow();
        var code = situation switch
        {
            "used-up" => UsedUp(),
            "not-first" => Code("X-CODE", Percent(10), firstOrderOnly: true),
            "per-customer" => Code("X-CODE", Percent(10), perCustomer: 1),
            "euros" => Code("X-CODE", Off(Eur(5m))),
            "minimum" => Code("X-CODE", Percent(10), minimum: Chf(100m)),
            "types" => Code("X-CODE", Percent(10), types: [ProductType.WebHosting]),
            _ => Code("X-CODE", Percent(10)),
        };
        if (situation == "free")
        {
            order.ActivateVoucher(shopper, 1, VoucherFor(Owner, ProductType.SwissBackup)).GetValueOrThrow();
        }

        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        clock.Advance(situation switch { "early" => TimeSpan.FromDays(-11), "late" => TimeSpan.FromDays(30), _ => TimeSpan.Zero });
        order.DequeueEvents();
        var before = Snapshot(order);

        var refused = Assert.IsType<PromotionCodeRefused>(order.ApplyPromotionCode(shopper, code.Code, code, facts, clock).Value);

        Assert.Equal(expected, refused.Problem);
        Assert.Contains("X-CODE", refused.Message, StringComparison.Ordinal);
        Unchanged(order, before);
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void ACodeThatExpiresBeforeTheOrderFinishes_RefusesTheFinishing()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var clock = Given.Clock();
        var code = Code("SPRING", Percent(10));
        var order = AtPayment(OrderWith(shop, (ProductType.SwissBackup, 60m)), shopper);
        order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, clock).GetValueOrThrow();
        clock.Advance(TimeSpan.FromDays(31));

        Assert.Equal(new PromotionCodeRefused("SPRING", PromotionCodeProblem.Expired), order.Finish(shopper, [], code, CustomerFacts.None, clock, new SeededRandomSource(1)));
        Assert.Equal(0, code.Redemptions);
        Assert.Equal(OrderStep.PromotionCodeApplied, order.Step);
    }

    private static PromotionCode UsedUp()
    {
        var state = Code("X-CODE", Percent(10), total: 3).ToState() with { Redemptions = 3 };
        return PromotionCode.FromState(state);
    }
}
