using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Ordering.OrderingGiven;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>The seed's paths: a free voucher activated in the cart summary, a promotion code entered after the payment method, and a new customer's first order.</summary>
public class CheckoutStoryTests
{
    [Fact]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-4")]
    public void AFreeVoucher_IsOfferedAtTheCartSummary_MakesItsLineFree_AndIsUsedUpWhenTheOrderFinishes()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m), (ProductType.DomainName, 15m));

        Assert.Empty(order.VouchersOffered(1, [voucher]));
        order.ShowSummary(shopper).GetValueOrThrow();
        Assert.Equal([voucher], order.VouchersOffered(1, [voucher]));
        Assert.Empty(order.VouchersOffered(2, [voucher]));
        var totals = order.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
        Assert.Equal(Chf(60m), totals.Vouchers);
        Assert.Equal(Chf(15m), totals.AmountDue);
        Assert.False(voucher.IsRedeemed);
        order.ChoosePaymentMethod(shopper, PaymentMethod.Twint).GetValueOrThrow();

        var placed = order.Finish(shopper, [voucher], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(5)).GetValueOrThrow();

        Assert.Equal(OrderStep.Finished, order.Step);
        Assert.Equal(order.Id, voucher.RedeemedBy);
        Assert.Equal(Chf(15m), placed.AmountDue);
        Assert.Equal(PaymentMethod.Twint, placed.PaymentMethod);
        Assert.Equal([ProductType.SwissBackup, ProductType.DomainName], placed.Products.Select(p => p.Type));
        Assert.Equal(Chf(60m), placed.Products[0].Price);
        Assert.All(placed.Products, product => Assert.Contains(product.Id, shop.Products));
        Assert.Contains(order.PendingEvents, e => e is OrderPlaced { AmountDue.Amount: 15m });
        Assert.Equal([new VoucherRedeemed(voucher.Id, Owner, order.Id)], voucher.PendingEvents);
        Assert.Empty(order.VouchersOffered(1, [voucher]));
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void APromotionCode_IsEnteredAfterThePaymentMethod_MatchedWhateverItsCase_AndRedeemedWhenTheOrderFinishes()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var code = Code("SPRING-25", Percent(25), total: 100, perCustomer: 1);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m));
        order.ShowSummary(shopper).GetValueOrThrow();
        var facts = new CustomerFacts(false, 0);

        Assert.Equal(new PaymentMethodNotChosen(order.Id), order.ApplyPromotionCode(shopper, Text(" spring-25 "), code, facts, Given.Clock()));
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        var totals = order.ApplyPromotionCode(shopper, Text(" spring-25 "), code, facts, Given.Clock()).GetValueOrThrow();
        Assert.Equal(Chf(15m), totals.Discount);
        Assert.Equal(Chf(45m), totals.AmountDue);
        Assert.Equal(0, code.Redemptions);

        var placed = order.Finish(shopper, [], code, facts, Given.Clock(), new SeededRandomSource(5)).GetValueOrThrow();

        Assert.Equal(Chf(45m), placed.AmountDue);
        Assert.Equal(1, code.Redemptions);
        Assert.Same(code, placed.PromotionCode);
        Assert.Equal([new PromotionCodeRedeemed(code.Id, order.Id, shop.Id, 1)], code.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public void ANewCustomersFirstOrder_CreatesTheAccountAndItsOrganization_AndTheProductsInIt()
    {
        var clock = Given.Clock();
        var code = Code("WELCOME", Off(Chf(10m)), firstOrderOnly: true, perCustomer: 1);
        var order = OrderOf(Shopper.NewCustomer, Currency.Chf, (ProductType.WebHosting, 120m));
        order.ShowSummary(Shopper.NewCustomer).GetValueOrThrow();
        Assert.Empty(order.VouchersOffered(1, [VoucherFor(Owner, ProductType.WebHosting)]));
        Assert.Equal(new PaymentMethodNotAvailable(order.Id, PaymentMethod.PrepaidAccount), order.ChoosePaymentMethod(Shopper.NewCustomer, PaymentMethod.PrepaidAccount));
        order.ChoosePaymentMethod(Shopper.NewCustomer, PaymentMethod.Card).GetValueOrThrow();
        order.ApplyPromotionCode(Shopper.NewCustomer, Text("welcome"), code, CustomerFacts.None, clock).GetValueOrThrow();

        var placed = order.FinishAsNewCustomer(Newcomer(), null, TestPasswords.Service(), code, clock, new SeededRandomSource(9)).GetValueOrThrow();

        var account = Assert.IsType<Infomaniak.Domain.Accounts.Account>(placed.NewAccount);
        Assert.True(placed.Organization.IsMember(account.Id));
        Assert.Equal(account.Id, order.ShopperAccount);
        Assert.Equal(placed.Organization.Id, order.Organization);
        Assert.Equal(Chf(110m), placed.AmountDue);
        Assert.True(placed.Organization.Products.SetEquals(placed.Products.Select(p => p.Id)));
        Assert.Contains(placed.Organization.PendingEvents, e => e is OrganizationCreated);
        Assert.Equal(1, code.Redemptions);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    public void ANewCustomerWhoseLoginExists_IsToldToSignIn_AndNothingIsUsedUp()
    {
        var code = Code("WELCOME", Percent(10));
        var order = AtPayment(OrderOf(Shopper.NewCustomer, Currency.Chf, (ProductType.WebHosting, 120m)), Shopper.NewCustomer);
        order.ApplyPromotionCode(Shopper.NewCustomer, Text("WELCOME"), code, CustomerFacts.None, Given.Clock()).GetValueOrThrow();
        var existing = Infomaniak.Domain.Accounts.Account.Register(Newcomer().Login, Newcomer().Name, Newcomer().Password, null, TestPasswords.Service(), Given.Ids(Given.Account(30).Value)).GetValueOrThrow();
        var before = Snapshot(order);

        var result = order.FinishAsNewCustomer(Newcomer(), existing, TestPasswords.Service(), code, Given.Clock(), new SeededRandomSource(9));

        Assert.IsType<LoginAlreadyRegistered>(result.Value);
        Assert.Equal(before, Snapshot(order));
        Assert.Equal(0, code.Redemptions);
    }

    [Fact]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-4")]
    public void AnAbandonedOrder_GivesItsVoucherBack_ForTheNextOrder()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var first = OrderWith(shop, (ProductType.SwissBackup, 60m));
        first.ShowSummary(shopper).GetValueOrThrow();
        first.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
        first.Abandon(shopper).GetValueOrThrow();

        var second = OrderWith(shop, (ProductType.SwissBackup, 60m));
        second.ShowSummary(shopper).GetValueOrThrow();
        Assert.Equal([voucher], second.VouchersOffered(1, [voucher]));
        second.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
        second.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        var placed = second.Finish(shopper, [voucher], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).GetValueOrThrow();

        Assert.True(placed.AmountDue.IsZero);
        Assert.Equal(second.Id, voucher.RedeemedBy);
        Assert.Equal(new OrderClosed(first.Id, OrderStep.Abandoned), first.Finish(shopper, [voucher], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)));
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void TwoOrdersWithTheSameVoucher_OnlyTheFirstToFinishUsesIt_TheOtherIsRefusedUnchanged()
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        Order Ready()
        {
            var order = OrderWith(shop, (ProductType.SwissBackup, 60m));
            order.ShowSummary(shopper).GetValueOrThrow();
            order.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
            return AtPaymentAfterSummary(order, shopper);
        }

        var first = Ready();
        var second = Ready();
        first.Finish(shopper, [voucher], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).GetValueOrThrow();
        var products = shop.Products.Count;
        var before = Snapshot(second);

        Assert.Equal(new VoucherAlreadyRedeemed(voucher.Id, first.Id), second.Finish(shopper, [voucher], null, CustomerFacts.None, Given.Clock(), new SeededRandomSource(2)));
        Assert.Equal(before, Snapshot(second));
        Assert.Empty(second.PendingEvents);
        Assert.Equal(products, shop.Products.Count);
    }

    private static Order AtPaymentAfterSummary(Order order, Shopper shopper)
    {
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        order.DequeueEvents();
        return order;
    }
}
