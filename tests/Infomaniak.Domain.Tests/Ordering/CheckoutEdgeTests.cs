using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using OneOf.Types;
using static Infomaniak.Domain.Tests.Ordering.OrderingGiven;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>The checkout's events and their facts, its refusals in words, the voucher's life, and the edges of each step.</summary>
public class CheckoutEdgeTests
{
    [Fact]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void ASignedInCheckout_RecordsEachStepAsAnEvent_WithItsFacts()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var clock = Given.Clock();
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var code = Code("SPRING", Off(Chf(5m)));

        var order = Order.Start(shopper, Currency.Chf, clock, new SeededRandomSource(3)).GetValueOrThrow();
        Assert.Equal([new OrderStarted(order.Id, Owner, shop.Id, Currency.Chf)], order.DequeueEvents());
        Assert.Equal(Given.Start, order.StartedAt);
        Assert.Equal(OrderStep.Lines, order.Step);
        Assert.False(order.ByNewCustomer);
        Assert.False(order.IsClosed);

        Assert.Equal(1, order.AddLine(shopper, ProductType.SwissBackup, Yearly, Chf(60m)).GetValueOrThrow());
        Assert.Equal(2, order.AddLine(shopper, ProductType.WebHosting, RenewalPeriod.Monthly, Chf(10m)).GetValueOrThrow());
        Assert.Equal(
            [new OrderLineAdded(order.Id, 1, ProductType.SwissBackup, Yearly, Chf(60m)), new OrderLineAdded(order.Id, 2, ProductType.WebHosting, RenewalPeriod.Monthly, Chf(10m))],
            order.DequeueEvents());

        var summary = order.ShowSummary(shopper).GetValueOrThrow();
        Assert.Equal(Chf(70m), summary.AmountDue);
        Assert.Equal(OrderStep.CartSummary, order.Step);
        Assert.Equal([new OrderSummaryReached(order.Id)], order.DequeueEvents());

        var free = order.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
        Assert.Equal(new LineTotal(1, Chf(60m), Chf(60m), Chf(0m), Chf(0m)), free.Lines[0]);
        Assert.Equal(new LineTotal(2, Chf(10m), Chf(0m), Chf(0m), Chf(10m)), free.Lines[1]);
        Assert.Equal(voucher.Id, order.Lines[0].Voucher);
        Assert.Equal(Chf(60m), order.Lines[0].VoucherAmount);
        Assert.Equal(Chf(0m), order.Lines[1].VoucherAmount);
        Assert.Equal([new OrderVoucherActivated(order.Id, 1, voucher.Id)], order.DequeueEvents());

        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        Assert.Equal([new OrderPaymentMethodChosen(order.Id, PaymentMethod.Card)], order.DequeueEvents());
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        Assert.Empty(order.DequeueEvents());
        order.ChoosePaymentMethod(shopper, PaymentMethod.PrepaidAccount).GetValueOrThrow();
        Assert.Equal(PaymentMethod.PrepaidAccount, order.PaymentMethod);
        Assert.Equal([new OrderPaymentMethodChosen(order.Id, PaymentMethod.PrepaidAccount)], order.DequeueEvents());

        var discounted = order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, clock).GetValueOrThrow();
        Assert.Equal(new LineTotal(2, Chf(10m), Chf(0m), Chf(5m), Chf(5m)), discounted.Lines[1]);
        Assert.Equal(new OrderTotals(discounted.Lines, Chf(70m), Chf(60m), Chf(5m), Chf(5m)), discounted);
        Assert.Equal([new OrderPromotionCodeApplied(order.Id, code.Id, Chf(5m))], order.DequeueEvents());

        clock.Advance(TimeSpan.FromMinutes(7));
        var placed = order.Finish(shopper, [voucher, VoucherFor(Owner, ProductType.SwissBackup, 8)], code, CustomerFacts.None, clock, new SeededRandomSource(4)).GetValueOrThrow();

        Assert.Equal([new OrderPlaced(order.Id, shop.Id, Owner, PaymentMethod.PrepaidAccount, Chf(5m))], order.DequeueEvents());
        Assert.Equal(Given.Start.AddMinutes(7), order.FinishedAt);
        Assert.Equal(OrderStep.Finished, order.Step);
        Assert.True(order.IsClosed);
        Assert.Same(order, placed.Order);
        Assert.Same(shop, placed.Organization);
        Assert.Null(placed.NewAccount);
        Assert.Equal([voucher], placed.Vouchers);
        Assert.Equal(discounted, placed.Totals);
        Assert.Equal(PaymentMethod.PrepaidAccount, placed.PaymentMethod);
        Assert.Equal([Yearly, RenewalPeriod.Monthly], placed.Products.Select(p => p.RenewalPeriod));
        Assert.Equal([Chf(60m), Chf(10m)], placed.Products.Select(p => p.Price));
        Assert.Equal(1, code.Redemptions);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    public void ANewCustomersOrder_StartsWithoutAnAccount_AndIsFinishedIntoANewOneWithItsEvent()
    {
        var clock = Given.Clock();
        var order = Order.Start(Shopper.NewCustomer, Currency.Eur, clock, new SeededRandomSource(3)).GetValueOrThrow();

        Assert.True(order.ByNewCustomer);
        Assert.Null(order.ShopperAccount);
        Assert.Null(order.Organization);
        Assert.Equal(Currency.Eur, order.Currency);
        Assert.Equal([new OrderStarted(order.Id, null, null, Currency.Eur)], order.DequeueEvents());
        order.AddLine(Shopper.NewCustomer, ProductType.WebHosting, Yearly, Eur(80m)).GetValueOrThrow();
        AtPayment(order, Shopper.NewCustomer, PaymentMethod.Twint);
        clock.Advance(TimeSpan.FromHours(1));

        var placed = order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), null, clock, new SeededRandomSource(9)).GetValueOrThrow();

        var account = Assert.IsType<Account>(placed.NewAccount);
        Assert.Equal([new OrderPlaced(order.Id, placed.Organization.Id, account.Id, PaymentMethod.Twint, Eur(80m))], order.PendingEvents);
        Assert.Equal(Given.Start.AddHours(1), order.FinishedAt);
        Assert.Empty(placed.Vouchers);
        Assert.Null(placed.PromotionCode);
        Assert.Equal(Eur(80m), Assert.Single(placed.Products).Price);
        Assert.Equal(new OrderClosed(order.Id, OrderStep.Finished), order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), null, clock, new SeededRandomSource(9)));
        Assert.Equal(new NotTheShopper(order.Id), order.Abandon(Shopper.SignedIn(placed.Organization, account.Id)));
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    [Trait("Rule", "VOU-3")]
    public void ANewCustomersOrder_IsNotFinished_BeforeItsPaymentMethod_WithoutItsCode_OrWithACodeThatLapsed()
    {
        var clock = Given.Clock();
        var code = Code("WELCOME", Percent(10));
        var order = OrderOf(Shopper.NewCustomer, Currency.Chf, (ProductType.WebHosting, 120m));
        order.ShowSummary(Shopper.NewCustomer).GetValueOrThrow();

        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.CartSummary, OrderStep.PaymentMethodChosen), order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), code, clock, new SeededRandomSource(9)));
        order.ChoosePaymentMethod(Shopper.NewCustomer, PaymentMethod.Card).GetValueOrThrow();
        order.ApplyPromotionCode(Shopper.NewCustomer, code.Code, code, CustomerFacts.None, clock).GetValueOrThrow();
        order.DequeueEvents();
        var before = Snapshot(order);

        Assert.Equal(new OrderFactsNotGiven(order.Id, [], code.Id, []).Message, Assert.IsType<OrderFactsNotGiven>(order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), null, clock, new SeededRandomSource(9)).Value).Message);
        Assert.Equal(code.Id, ((OrderFactsNotGiven)order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), Code("WELCOME", Percent(10), seed: 70), clock, new SeededRandomSource(9)).Value).PromotionCode);
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(new PromotionCodeRefused("WELCOME", PromotionCodeProblem.Expired), order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), code, clock, new SeededRandomSource(9)));
        Assert.Equal(before, Snapshot(order));
        Assert.Empty(order.PendingEvents);
        Assert.Equal(0, code.Redemptions);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    public void ANewCustomerWithAnUnacceptablePasswordOrTheirLoginAsRecovery_IsRefusedByName_AndTheOrderStaysOpen()
    {
        var order = AtPayment(OrderOf(Shopper.NewCustomer, Currency.Chf, (ProductType.WebHosting, 120m)), Shopper.NewCustomer);
        var weak = Newcomer() with { Password = TestPasswords.Of("abc") };
        var recoveryIsLogin = Newcomer() with { RecoveryAddress = Newcomer().Login };

        Assert.IsType<UnacceptablePassword>(order.FinishAsNewCustomer(weak, null, TestPasswords.Service(), null, Given.Clock(), new SeededRandomSource(9)).Value);
        Assert.Equal(new RecoveryAddressIsLogin(Newcomer().Login), order.FinishAsNewCustomer(recoveryIsLogin, null, TestPasswords.Service(), null, Given.Clock(), new SeededRandomSource(9)));
        Assert.Equal(OrderStep.PaymentMethodChosen, order.Step);
        Assert.Null(order.ShopperAccount);
        Assert.Empty(order.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void AnOrderWithoutACode_FinishesWithoutRedeemingACodeItIsGiven()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var stray = Code("STRAY", Percent(10));
        var order = AtPayment(OrderWith(shop, (ProductType.SwissBackup, 60m)), shopper);

        var placed = order.Finish(shopper, [], stray, new CustomerFacts(false, 3), Given.Clock(), new SeededRandomSource(1)).GetValueOrThrow();

        Assert.Null(placed.PromotionCode);
        Assert.Equal(0, stray.Redemptions);
        Assert.Empty(stray.PendingEvents);
        Assert.Equal(Chf(60m), placed.AmountDue);
    }

    [Fact]
    [Trait("Rule", "VOU-2")]
    public void AnActivatedVoucher_IsStillOfferedForItsOwnLine_ButNotForAnotherOrOutsideTheCartSummary()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m), (ProductType.SwissBackup, 60m));
        order.ShowSummary(shopper).GetValueOrThrow();
        order.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();

        Assert.Equal([voucher], order.VouchersOffered(1, [voucher]));
        Assert.Empty(order.VouchersOffered(2, [voucher]));
        Assert.Empty(order.VouchersOffered(0, [voucher]));
        Assert.Empty(order.VouchersOffered(3, [voucher]));
        Assert.Equal("candidates", Assert.Throws<ArgumentNullException>(() => order.VouchersOffered(1, [null!])).ParamName);
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        Assert.Empty(order.VouchersOffered(1, [voucher]));
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void AnOrder_TakesAPriceUpToTheLargestTotal_AndRefusesOneCentMoreWithTheTotal()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = OrderWith(shop, (ProductType.WebHosting, Money.MaxMagnitude - 1m));

        Assert.Equal(new AmountOutOfRange(Money.MaxMagnitude + 0.01m, Currency.Chf), order.AddLine(shopper, ProductType.DomainName, Yearly, Chf(1.01m)));
        Assert.Equal(2, order.AddLine(shopper, ProductType.DomainName, Yearly, Chf(1m)).GetValueOrThrow());
        Assert.Equal(new NegativePrice(Chf(-0.01m)), order.AddLine(shopper, ProductType.DomainName, Yearly, Chf(-0.01m)));
        Assert.Equal(3, order.AddLine(shopper, ProductType.DomainName, Yearly, Chf(0m)).GetValueOrThrow());
    }

    [Fact]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-4")]
    public void AnOrderAbandonedAtAnyOpenStep_IsClosed_WithItsEvent()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var atLines = OrderWith(shop);
        var atPayment = AtPayment(OrderWith(shop, (ProductType.SwissBackup, 60m)), shopper);

        Assert.IsType<Success>(atLines.Abandon(shopper).Value);
        Assert.IsType<Success>(atPayment.Abandon(shopper).Value);

        Assert.Equal(OrderStep.Abandoned, atLines.Step);
        Assert.True(atPayment.IsClosed);
        Assert.Null(atPayment.FinishedAt);
        Assert.Equal([new OrderAbandoned(atPayment.Id)], atPayment.PendingEvents);
        Assert.Equal(new OrderClosed(atLines.Id, OrderStep.Abandoned), atLines.ShowSummary(shopper));
        Assert.Equal(new OrderClosed(atLines.Id, OrderStep.Abandoned), atLines.ActivateVoucher(shopper, 1, VoucherFor(Owner, ProductType.SwissBackup)));
        Assert.Equal(new OrderClosed(atLines.Id, OrderStep.Abandoned), atLines.ChoosePaymentMethod(shopper, PaymentMethod.Card));
        Assert.Equal(new OrderClosed(atLines.Id, OrderStep.Abandoned), atLines.Abandon(shopper));
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void ACodeEnteredAtTheLinesOrTheCartSummary_AsksForThePaymentMethodFirst()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var code = Code("SPRING", Percent(10));
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m));

        Assert.Equal(new PaymentMethodNotChosen(order.Id), order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()));
        order.ShowSummary(shopper).GetValueOrThrow();
        Assert.Equal(new PaymentMethodNotChosen(order.Id), order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()));
        Assert.Equal(new StepOutOfOrder(order.Id, OrderStep.CartSummary, OrderStep.PaymentMethodChosen), order.Finish(shopper, [], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)));
    }

    [Fact]
    [Trait("Rule", "VOU-1")]
    public void AVoucher_IsGrantedUnconfirmed_ConfirmedOnce_AndOfferedOnlyToItsHolderForItsType()
    {
        var clock = Given.Clock();
        var voucher = Voucher.Grant(Owner, ProductType.SwissBackup, OrderingGiven.Support, clock, new SeededRandomSource(1));

        Assert.Equal([new VoucherGranted(voucher.Id, Owner, ProductType.SwissBackup, OrderingGiven.Support)], voucher.DequeueEvents());
        Assert.False(voucher.IsConfirmed);
        Assert.Null(voucher.ConfirmedAt);
        Assert.False(voucher.IsOfferedTo(Owner, ProductType.SwissBackup));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.IsType<Success>(voucher.Confirm(OrderingGiven.Support, clock));
        clock.Advance(TimeSpan.FromHours(2));
        voucher.Confirm(Given.Account(43), clock);

        Assert.Equal(Given.Start.AddHours(2), voucher.ConfirmedAt);
        Assert.Equal([new VoucherConfirmed(voucher.Id, Owner, OrderingGiven.Support)], voucher.DequeueEvents());
        Assert.True(voucher.IsOfferedTo(Owner, ProductType.SwissBackup));
        Assert.False(voucher.IsOfferedTo(Neighbour, ProductType.SwissBackup));
        Assert.False(voucher.IsOfferedTo(Owner, ProductType.WebHosting));
        Assert.False(Voucher.FromState(voucher.ToState() with { RedeemedByOrderId = Given.Order(1) }).IsOfferedTo(Owner, ProductType.SwissBackup));
        Assert.Equal("holder", Assert.ThrowsAny<ArgumentException>(() => Voucher.Grant(default, ProductType.SwissBackup, default, clock, new SeededRandomSource(1))).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => Voucher.Grant(Owner, ProductType.SwissBackup, default, clock, new SeededRandomSource(1)));
        Assert.ThrowsAny<ArgumentException>(() => voucher.Confirm(default, clock));
    }

    private static void Throws(string parameter, string message, Func<object?> act)
    {
        var thrown = Assert.ThrowsAny<ArgumentException>(act);
        Assert.Equal(parameter, thrown.ParamName);
        Assert.StartsWith(message, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public void TheCommands_RefuseDefaultValuesAsProgrammerErrors_NamingTheArgument()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m));

        Throws("currency", "A currency is required; the default value is not one.", () => Order.Start(shopper, default, Given.Clock(), new SeededRandomSource(1)));
        Throws("type", "A product type is required; the default value is not one.", () => order.AddLine(shopper, default, Yearly, Chf(1m)));
        Throws("period", "A renewal period is required; the default value is not one.", () => order.AddLine(shopper, ProductType.WebHosting, default, Chf(1m)));
        Throws("price", "A price needs a currency; the default value has none.", () => order.AddLine(shopper, ProductType.WebHosting, Yearly, default));
        Throws("method", "A payment method is required; the default value is not one.", () => order.ChoosePaymentMethod(shopper, default));
        Throws("entered", "A promotion code is required; the default value is not one.", () => order.ApplyPromotionCode(shopper, default, null, CustomerFacts.None, Given.Clock()));
        Throws("found", "The promotion code given does not have the text entered.", () => order.ApplyPromotionCode(shopper, Text("nope"), Code("OTHER", Percent(5)), CustomerFacts.None, Given.Clock()));
        Throws("type", "A product type is required; the default value is not one.", () => Voucher.Grant(Owner, default, OrderingGiven.Support, Given.Clock(), new SeededRandomSource(1)));
        Throws("type", "A product type is required; the default value is not one.", () => new Infomaniak.Domain.Ordering.Specifications.VouchersOfferedSpec(Owner, default));
        Throws("productTypes", "A product type is required; the default value is not one.", () => PromotionTerms.Create(Percent(5), CodeStart, CodeEnd, null, null, false, null, [default]));
        Throws("amount", "An amount needs a currency; the default value has none.", () => Discount.Fixed(default));
        Assert.Equal("vouchers", Assert.Throws<ArgumentNullException>(() => order.Finish(shopper, null!, null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1))).ParamName);
        Assert.Throws<ArgumentNullException>(() => order.ShowSummary(null!));
        Assert.Throws<ArgumentNullException>(() => order.ActivateVoucher(shopper, 1, null!));
        Assert.Throws<ArgumentNullException>(() => Shopper.SignedIn(null!, Owner));
        Assert.ThrowsAny<ArgumentException>(() => Shopper.SignedIn(shop, default));
        Assert.Equal("redemptionsOfCode", Assert.ThrowsAny<ArgumentException>(() => new CustomerFacts(null, -1)).ParamName);
        Assert.Equal(0, new CustomerFacts(null, 0).RedemptionsOfCode);
        Assert.Equal((true, 0), (CustomerFacts.FirstOrder.IsFirstOrder, CustomerFacts.FirstOrder.RedemptionsOfCode));
        Assert.Equal((null, null), (CustomerFacts.None.IsFirstOrder, CustomerFacts.None.RedemptionsOfCode));
    }

    private static void ThrowsNull(string parameter, Func<object?> act) => Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(act).ParamName);

    [Fact]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "ORG-1")]
    public void EveryCommand_RefusesANullArgument_NamingIt_EvenWhenItWouldOtherwiseRefuse()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var stranger = Shopper.SignedIn(shop, Stranger);
        var clock = Given.Clock();
        var random = new SeededRandomSource(1);
        var code = Code("SPRING", Percent(10));
        var terms = code.Terms;
        var order = AtPayment(OrderWith(shop, (ProductType.SwissBackup, 60m)), shopper);
        var closed = AtPayment(OrderWith(shop, (ProductType.SwissBackup, 60m)), shopper);
        closed.Abandon(shopper).GetValueOrThrow();
        var closedNewcomers = AtPayment(OrderOf(Shopper.NewCustomer, Currency.Chf, (ProductType.SwissBackup, 60m)), Shopper.NewCustomer);
        closedNewcomers.Abandon(Shopper.NewCustomer).GetValueOrThrow();
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);

        ThrowsNull("shopper", () => Order.Start(null!, Currency.Chf, clock, random));
        ThrowsNull("clock", () => Order.Start(stranger, Currency.Chf, null!, random));
        ThrowsNull("random", () => Order.Start(stranger, Currency.Chf, clock, null!));
        ThrowsNull("shopper", () => order.Abandon(null!));
        ThrowsNull("shopper", () => closed.ShowSummary(null!));
        ThrowsNull("candidates", () => order.VouchersOffered(1, null!));
        ThrowsNull("voucher", () => closed.ActivateVoucher(shopper, 1, null!));
        ThrowsNull("facts", () => closed.ApplyPromotionCode(shopper, code.Code, code, null!, clock));
        ThrowsNull("clock", () => closed.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, null!));
        ThrowsNull("vouchers", () => closed.Finish(shopper, null!, null, CustomerFacts.None, clock, random));
        ThrowsNull("facts", () => closed.Finish(shopper, [], null, null!, clock, random));
        ThrowsNull("clock", () => closed.Finish(shopper, [], null, CustomerFacts.None, null!, random));
        ThrowsNull("random", () => closed.Finish(shopper, [], null, CustomerFacts.None, clock, null!));
        ThrowsNull("shopper", () => closed.Finish(null!, [], null, CustomerFacts.None, clock, random));
        Assert.Equal("vouchers", Assert.Throws<ArgumentNullException>(() => (object)order.Finish(shopper, [null!], null, CustomerFacts.None, clock, random)).ParamName);
        ThrowsNull("customer", () => closedNewcomers.FinishAsNewCustomer(null!, null, TestPasswords.Service(), null, clock, random));
        ThrowsNull("passwords", () => closedNewcomers.FinishAsNewCustomer(Newcomer(), null, null!, null, clock, random));
        ThrowsNull("clock", () => closedNewcomers.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), null, null!, random));
        ThrowsNull("random", () => closedNewcomers.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), null, clock, null!));
        ThrowsNull("clock", () => Voucher.Grant(Owner, ProductType.SwissBackup, OrderingGiven.Support, null!, null!));
        ThrowsNull("random", () => Voucher.Grant(Owner, default, OrderingGiven.Support, clock, null!));
        ThrowsNull("clock", () => voucher.Confirm(OrderingGiven.Support, null!));
        ThrowsNull("terms", () => PromotionCode.Create(code.Code, null!, OrderingGiven.Support, random));
        ThrowsNull("random", () => PromotionCode.Create(code.Code, terms, OrderingGiven.Support, null!));
        ThrowsNull("discount", () => PromotionTerms.Create(null!, CodeStart, CodeEnd, null, null, false, null, []));
        ThrowsNull("productTypes", () => PromotionTerms.Create(Percent(5), CodeStart, CodeEnd, null, null, false, null, null!));
        Assert.Equal(OrderStep.PaymentMethodChosen, order.Step);
        Assert.Equal(0, code.Redemptions);
        Assert.ThrowsAny<ArgumentException>(() => PromotionCode.Create(code.Code, terms, default, random));
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void AnAdministratorWithoutBillingRights_MayStillAbandonTheirOwnOrder()
    {
        var shop = Shop();
        var webmaster = Shopper.SignedIn(shop, Webmaster);
        var order = OrderOf(webmaster, Currency.Chf, (ProductType.SwissBackup, 60m));

        Assert.IsType<Success>(order.Abandon(webmaster).Value);
        Assert.Equal(OrderStep.Abandoned, order.Step);
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void Totals_AreEqualWhenAllTheirAmountsAre_LineByLine()
    {
        var line = new LineTotal(1, Chf(10m), Chf(0m), Chf(1m), Chf(9m));
        var totals = new OrderTotals([line], Chf(10m), Chf(0m), Chf(1m), Chf(9m));

        Assert.Equal(totals, new OrderTotals([line with { }], Chf(10m), Chf(0m), Chf(1m), Chf(9m)));
        Assert.Equal(totals.GetHashCode(), new OrderTotals([line with { }], Chf(10m), Chf(0m), Chf(1m), Chf(9m)).GetHashCode());
        Assert.NotEqual(totals, new OrderTotals([line with { Line = 2 }], Chf(10m), Chf(0m), Chf(1m), Chf(9m)));
        Assert.NotEqual(totals, totals with { Price = Chf(11m) });
        Assert.NotEqual(totals, totals with { Vouchers = Chf(1m) });
        Assert.NotEqual(totals, totals with { Discount = Chf(2m) });
        Assert.NotEqual(totals, totals with { AmountDue = Chf(8m) });
        Assert.False(totals.Equals(null));
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void APlacedOrder_OfAnOrderWithoutPaymentMethod_IsAProgrammerError()
    {
        var shop = Shop();
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m));
        var placed = new PlacedOrder(order, shop, null, [], [], null, order.Totals);

        Assert.Equal(Chf(60m), placed.AmountDue);
        Assert.Equal("A finished order has a payment method.", Assert.Throws<InvalidOperationException>(() => placed.PaymentMethod).Message);
    }

    [Fact]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void EveryCheckoutRefusal_SaysWhatHappenedInItsOwnWords()
    {
        var order = Given.Order(1);
        var voucher = VoucherId.From(new Guid("7b000000-0000-4000-8000-000000000001"));
        var code = PromotionCodeId.From(new Guid("9c000000-0000-4000-8000-000000000001"));

        Assert.Equal($"Order {order} belongs to another shopper.", new NotTheShopper(order).Message);
        Assert.Equal($"Order {order} is at step CartSummary; this needs step Lines.", new StepOutOfOrder(order, OrderStep.CartSummary, OrderStep.Lines).Message);
        Assert.Equal($"Order {order} has no lines.", new EmptyOrder(order).Message);
        Assert.Equal($"Order {order} already holds the most lines an order may hold (50).", new TooManyLines(order, 50).Message);
        Assert.Equal($"Order {order} has no line 4.", new LineNotFound(order, 4).Message);
        Assert.Equal(
            [
                $"Voucher {voucher} cannot be used on line 2: another account holds it.",
                $"Voucher {voucher} cannot be used on line 2: support has not confirmed it yet.",
                $"Voucher {voucher} cannot be used on line 2: it is used up.",
                $"Voucher {voucher} cannot be used on line 2: it is for another product type.",
                $"Voucher {voucher} cannot be used on line 2: it is activated on another line already.",
                $"Voucher {voucher} cannot be used on line 2: the line is free already.",
            ],
            Enum.GetValues<VoucherProblem>().Select(problem => new VoucherNotUsable(voucher, 2, problem).Message));
        Assert.Equal($"Voucher {voucher} was used by order {order}; remove it from this order's line and finish again.", new VoucherAlreadyRedeemed(voucher, order).Message);
        Assert.Equal($"Order {order} cannot be paid with prepaid-account: a new customer has no prepaid account yet.", new PaymentMethodNotAvailable(order, PaymentMethod.PrepaidAccount).Message);
        Assert.Equal($"Choose the payment method of order {order} before entering a promotion code.", new PaymentMethodNotChosen(order).Message);
        Assert.Equal($"Order {order} has the promotion code SPRING already; an order takes one code.", new PromotionCodeAlreadyApplied(order, "SPRING").Message);
        Assert.Equal(
            $"Order {order} needs facts that were not given: vouchers [{voucher}, {voucher}], promotion code [{code}], customer facts [IsFirstOrder, RedemptionsOfCode].",
            new OrderFactsNotGiven(order, [voucher, voucher], code, [CustomerFact.IsFirstOrder, CustomerFact.RedemptionsOfCode]).Message);
        Assert.Equal($"Order {order} is abandoned; start a new order.", new OrderClosed(order, OrderStep.Abandoned).Message);
    }
}
