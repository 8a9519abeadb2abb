using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using static Infomaniak.Domain.Tests.Ordering.OrderingGiven;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>
/// Stored orders, vouchers and codes that break an invariant are rejected, each naming the invariant it breaks; the
/// states at the edge of each invariant are accepted.
/// </summary>
public class OrderingInvariantTests
{
    private static OrderState AtLines => OrderingStateTests.OrderAt(0).ToState();

    private static OrderState AtSummary => OrderingStateTests.OrderAt(1).ToState();

    private static OrderState AtPaymentChosen => OrderingStateTests.OrderAt(2).ToState();

    private static OrderState WithCode => OrderingStateTests.OrderAt(3).ToState();

    private static OrderState Finished => OrderingStateTests.OrderAt(4).ToState();

    private static OrderState NewcomersFinished => OrderingStateTests.OrderAt(6).ToState();

    private static OrderLineState Line(OrderState state, int number, decimal price) => state.Lines[0] with
    {
        Line = number, Price = Chf(price), VoucherId = null, Discount = Chf(0m),
    };

    private static OrderState WithLines(OrderState state, params OrderLineState[] lines) => state with { Lines = lines };

    /// <summary>Each corrupt order: a state one step away from a valid one, and the words of the invariant it breaks.</summary>
    private static readonly Dictionary<string, (Func<OrderState> Corrupt, string Problem)> CorruptOrders = new()
    {
        ["unknown step"] = (() => WithCode with { Step = (OrderStep)99 }, "The step is not an order step."),
        ["no currency"] = (() => WithCode with { Currency = default }, "The currency is missing."),
        ["signed-in order without its shopper"] = (() => WithCode with { ShopperId = null }, "The shopper and organization do not match"),
        ["signed-in order without its organization"] = (() => WithCode with { OrganizationId = null }, "The shopper and organization do not match"),
        ["open new customer's order with a shopper"] = (() => AtLines with { ByNewCustomer = true, OrganizationId = null }, "The shopper and organization do not match"),
        ["open new customer's order with an organization"] = (() => AtLines with { ByNewCustomer = true, ShopperId = null }, "The shopper and organization do not match"),
        ["open new customer's order with both"] = (() => AtLines with { ByNewCustomer = true }, "The shopper and organization do not match"),
        ["finished new customer's order without either"] = (() => NewcomersFinished with { ShopperId = null, OrganizationId = null }, "The shopper and organization do not match"),
        ["finished new customer's order without its organization"] = (() => NewcomersFinished with { OrganizationId = null }, "The shopper and organization do not match"),
        ["finished new customer's order without its account"] = (() => NewcomersFinished with { ShopperId = null }, "The shopper and organization do not match"),
        ["open order with a finishing time"] = (() => WithCode with { FinishedAt = Given.Start }, "Only a finished order has a finishing time."),
        ["finished order without a finishing time"] = (() => Finished with { FinishedAt = null }, "Only a finished order has a finishing time."),
        ["payment method at the cart summary"] = (() => AtSummary with { PaymentMethod = "card" }, "The payment method does not match the step."),
        ["payment method at the lines"] = (() => AtLines with { PaymentMethod = "card" }, "The payment method does not match the step."),
        ["no payment method once chosen"] = (() => AtPaymentChosen with { PaymentMethod = null }, "The payment method does not match the step."),
        ["no payment method with a code"] = (() => WithCode with { PaymentMethod = null }, "The payment method does not match the step."),
        ["no payment method when finished"] = (() => Finished with { PaymentMethod = null }, "The payment method does not match the step."),
        ["code text without its id"] = (() => WithCode with { PromotionCodeId = null }, "The promotion code's id and text go together."),
        ["code id without its text"] = (() => WithCode with { PromotionCode = null }, "The promotion code's id and text go together."),
        ["code before it could be applied"] = (() => WithCode with { Step = OrderStep.PaymentMethodChosen }, "A promotion code is applied only after the payment method."),
        ["the code's step without a code"] = (() => WithCode with { PromotionCodeId = null, PromotionCode = null }, "An order at the step of its promotion code holds that code."),
        ["code at the cart summary"] = (() => WithCode with { Step = OrderStep.CartSummary, PaymentMethod = null }, "A promotion code is applied only after the payment method."),
        ["empty cart summary"] = (() => AtSummary with { Lines = [] }, "The lines do not fit the step."),
        ["empty finished order"] = (() => Finished with { Lines = [] }, "The lines do not fit the step."),
        ["one line too many"] = (() => WithLines(AtLines, [.. Enumerable.Range(1, Order.MaxLines + 1).Select(n => Line(AtLines, n, 1m))]), "The lines do not fit the step."),
        ["payment method that is no code"] = (() => WithCode with { PaymentMethod = "card!" }, "is not a payment method code"),
        ["payment method in upper case"] = (() => WithCode with { PaymentMethod = "CARD" }, "The payment method is not stored in its canonical form."),
        ["code text that is no code"] = (() => WithCode with { PromotionCode = "X" }, "is not a promotion code"),
        ["code text in lower case"] = (() => WithCode with { PromotionCode = "state" }, "The promotion code is not stored in upper case."),
        ["lines numbered from 2"] = (() => WithLines(AtLines, Line(AtLines, 2, 1m)), "The lines are not numbered 1 to n, or belong to another order."),
        ["a line of another order"] = (() => WithLines(AtLines, Line(AtLines, 1, 1m) with { OrderId = Given.Order(77) }), "The lines are not numbered 1 to n, or belong to another order."),
        ["a type that is no code"] = (() => WithLines(AtLines, Line(AtLines, 1, 1m) with { Type = "web hosting" }), "is not a product type code"),
        ["a type in upper case"] = (() => WithLines(AtLines, Line(AtLines, 1, 1m) with { Type = "Web-Hosting" }), "A line's type is not stored in its canonical form."),
        ["a period of no month"] = (() => WithLines(AtLines, Line(AtLines, 1, 1m) with { RenewalMonths = 0 }), "A renewal period lasts 1 to"),
        ["a price in euros"] = (() => WithLines(AtLines, Line(AtLines, 1, 1m) with { Price = Eur(1m) }), "A line's amount is in another currency."),
        ["a discount in euros"] = (() => WithLines(WithCode, Line(WithCode, 1, 1m) with { Discount = Eur(0m) }), "A line's amount is in another currency."),
        ["a negative price"] = (() => WithLines(AtLines, Line(AtLines, 1, -1m)), "A line's amount is negative."),
        ["a negative discount"] = (() => WithLines(WithCode, Line(WithCode, 1, 1m) with { Discount = Chf(-0.01m) }), "A line's amount is negative."),
        ["a discount above the price"] = (() => WithLines(WithCode, Line(WithCode, 1, 10m) with { Discount = Chf(10.01m) }), "A line's discount exceeds what remains to pay, or has no code."),
        ["a discount on a free line"] = (() => WithLines(WithCode, WithCode.Lines[0] with { Discount = Chf(0.01m) }, WithCode.Lines[1]), "A line's discount exceeds what remains to pay, or has no code."),
        ["a discount without a code"] = (() => WithCode with { Step = OrderStep.PaymentMethodChosen, PromotionCodeId = null, PromotionCode = null }, "A line's discount exceeds what remains to pay, or has no code."),
        ["a voucher before the cart summary"] = (() => AtSummary with { Step = OrderStep.Lines }, "A voucher is activated only at the cart summary of a signed-in shopper."),
        ["a voucher in a new customer's order"] = (() => AtSummary with { ByNewCustomer = true, ShopperId = null, OrganizationId = null }, "A voucher is activated only at the cart summary of a signed-in shopper."),
        ["a voucher on two lines"] = (() => WithLines(AtSummary, AtSummary.Lines[0], AtSummary.Lines[1] with { VoucherId = AtSummary.Lines[0].VoucherId }), "A voucher is activated on two lines."),
        ["a total beyond the largest amount"] = (() => WithLines(AtLines, Line(AtLines, 1, Money.MaxMagnitude), Line(AtLines, 2, 0.01m)), "The order's total is out of range."),
    };

    public static TheoryData<string> CorruptOrderNames => [.. CorruptOrders.Keys];

    [Theory]
    [MemberData(nameof(CorruptOrderNames))]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    [Trait("Rule", "ORG-1")]
    public void ACorruptOrderState_IsRejected_NamingTheInvariantItBreaks(string name)
    {
        var (corrupt, problem) = CorruptOrders[name];

        var thrown = Assert.ThrowsAny<ArgumentException>(() => Order.FromState(corrupt()));

        Assert.StartsWith("Invalid order state: ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(problem, thrown.Message, StringComparison.Ordinal);
        Assert.Equal("state", thrown.ParamName);
    }

    /// <summary>The states at the edge of each invariant, which a checkout can reach or a store can hold.</summary>
    private static readonly Dictionary<string, Func<OrderState>> EdgeOrders = new()
    {
        ["empty order at the lines"] = () => AtLines with { Lines = [] },
        ["empty abandoned order"] = () => AtLines with { Step = OrderStep.Abandoned, Lines = [] },
        ["abandoned after its code"] = () => WithCode with { Step = OrderStep.Abandoned },
        ["abandoned at the cart summary with a voucher"] = () => AtSummary with { Step = OrderStep.Abandoned },
        ["the most lines"] = () => WithLines(AtLines, [.. Enumerable.Range(1, Order.MaxLines).Select(n => Line(AtLines, n, 1m))]),
        ["a discount of the whole price"] = () => WithLines(WithCode, WithCode.Lines[0], WithCode.Lines[1] with { Discount = WithCode.Lines[1].Price }),
        ["a total of the largest amount"] = () => WithLines(AtLines, Line(AtLines, 1, Money.MaxMagnitude - 1m), Line(AtLines, 2, 1m)),
        ["a free line of zero price"] = () => WithLines(AtLines, Line(AtLines, 1, 0m)),
        ["another payment method"] = () => WithCode with { PaymentMethod = "twint" },
    };

    public static TheoryData<string> EdgeOrderNames => [.. EdgeOrders.Keys];

    [Theory]
    [MemberData(nameof(EdgeOrderNames))]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-4")]
    public void AnOrderStateAtTheEdgeOfAnInvariant_IsAccepted_AndRoundTrips(string name)
    {
        var state = EdgeOrders[name]();

        var rebuilt = Order.FromState(state);

        Assert.Equal(state, rebuilt.ToState());
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void AStoredOrder_WithNoLinesListOrANullLine_IsAProgrammerError()
    {
        Assert.Throws<ArgumentNullException>(() => Order.FromState(null!));
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => Order.FromState(AtLines with { Lines = null! })).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => Order.FromState(AtLines with { Lines = [null!] })).ParamName);
    }

    [Fact]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public void ARebuiltOrder_HasTheStoredFacts_AndItsTotals()
    {
        var order = OrderingStateTests.OrderAt(3);

        var rebuilt = Order.FromState(order.ToState());

        Assert.Equal(order.Id, rebuilt.Id);
        Assert.Equal(order.Version, rebuilt.Version);
        Assert.Equal(OrderStep.PromotionCodeApplied, rebuilt.Step);
        Assert.Equal(Owner, rebuilt.ShopperAccount);
        Assert.Equal(order.Organization, rebuilt.Organization);
        Assert.False(rebuilt.ByNewCustomer);
        Assert.Equal(PaymentMethod.PrepaidAccount, rebuilt.PaymentMethod);
        Assert.Equal(Text("state"), rebuilt.PromotionCodeText);
        Assert.Equal(order.PromotionCode, rebuilt.PromotionCode);
        Assert.Equal(Chf(60m), rebuilt.Totals.Vouchers);
        Assert.Equal(Chf(14.99m), rebuilt.Totals.Discount);
        Assert.Equal(Chf(84.96m), rebuilt.Totals.AmountDue);
        Assert.Equal([1, 2], rebuilt.Lines.Select(line => line.Number));
        Assert.Equal([ProductType.SwissBackup, ProductType.WebHosting], rebuilt.Lines.Select(line => line.Type));
    }

    private static VoucherState StoredVoucher => VoucherFor(Owner, ProductType.SwissBackup).ToState();

    public static TheoryData<string, string> CorruptVouchers => new()
    {
        { "type-no-code", "is not a product type code" },
        { "type-upper-case", "The type is not stored in its canonical form." },
        { "redeemed-unconfirmed", "A voucher was redeemed without being confirmed." },
    };

    [Theory]
    [MemberData(nameof(CorruptVouchers))]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-4")]
    public void ACorruptVoucherState_IsRejected_NamingTheInvariantItBreaks(string corruption, string problem)
    {
        var corrupt = corruption switch
        {
            "type-no-code" => StoredVoucher with { Type = "swiss backup" },
            "type-upper-case" => StoredVoucher with { Type = "Swiss-Backup" },
            _ => StoredVoucher with { ConfirmedAt = null, RedeemedByOrderId = Given.Order(3) },
        };

        var thrown = Assert.ThrowsAny<ArgumentException>(() => Voucher.FromState(corrupt));

        Assert.StartsWith("Invalid voucher state: ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(problem, thrown.Message, StringComparison.Ordinal);
        Assert.Equal("state", thrown.ParamName);
    }

    [Fact]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-4")]
    public void AStoredVoucher_ConfirmedOrRedeemed_IsRebuiltWithItsFacts()
    {
        var unconfirmed = VoucherFor(Owner, ProductType.SwissBackup, confirmed: false).ToState();
        var redeemed = StoredVoucher with { RedeemedByOrderId = Given.Order(3) };

        var fresh = Voucher.FromState(unconfirmed);
        var used = Voucher.FromState(redeemed);

        Assert.False(fresh.IsConfirmed);
        Assert.False(fresh.IsRedeemed);
        Assert.True(used.IsConfirmed);
        Assert.True(used.IsRedeemed);
        Assert.Equal(Given.Order(3), used.RedeemedBy);
        Assert.Equal(Owner, used.Holder);
        Assert.Equal(ProductType.SwissBackup, used.Type);
        Assert.Equal(Given.Start, used.GrantedAt);
        Assert.Equal(redeemed, used.ToState());
        Assert.Empty(used.PendingEvents);
        Assert.Throws<ArgumentNullException>(() => Voucher.FromState(null!));
        Assert.ThrowsAny<ArgumentException>(() => Voucher.FromState(unconfirmed with { HolderId = default }));
    }

    private static PromotionCodeState StoredCode => Code("ROUND-TRIP", Off(Chf(12.5m)), total: 5, perCustomer: 2, firstOrderOnly: true, minimum: Chf(20m), types: [ProductType.WebHosting, ProductType.DomainName]).ToState();

    /// <summary>Each corrupt code and the words of the invariant it breaks.</summary>
    private static readonly Dictionary<string, (Func<PromotionCodeState> Corrupt, string Problem)> CorruptCodes = new()
    {
        ["text that is no code"] = (() => StoredCode with { Code = "R T" }, "is not a promotion code"),
        ["text in lower case"] = (() => StoredCode with { Code = "round-trip" }, "The code is not stored in upper case."),
        ["both discounts"] = (() => StoredCode with { DiscountPercent = 10 }, "A code has exactly one discount, a percentage or an amount."),
        ["no discount"] = (() => StoredCode with { DiscountAmount = null }, "A code has exactly one discount, a percentage or an amount."),
        ["an amount of no currency"] = (() => StoredCode with { DiscountAmount = default(Money) }, "A code has exactly one discount, a percentage or an amount."),
        ["a percentage above 100"] = (() => StoredCode with { DiscountAmount = null, DiscountPercent = 101, MinimumAmount = null }, "A discount is a whole percentage from 1 to 100 or an amount above zero, not 101 %."),
        ["an amount of zero"] = (() => StoredCode with { DiscountAmount = Chf(0m) }, "A discount is a whole percentage from 1 to 100 or an amount above zero, not 0.00 CHF."),
        ["a type that is no code"] = (() => StoredCode with { ProductTypes = ["domain name"] }, "is not a product type code"),
        ["types out of order"] = (() => StoredCode with { ProductTypes = ["web-hosting", "domain-name"] }, "The product types are not canonical, unique and ordered."),
        ["a type twice"] = (() => StoredCode with { ProductTypes = ["domain-name", "domain-name"] }, "The product types are not canonical, unique and ordered."),
        ["a type in upper case"] = (() => StoredCode with { ProductTypes = ["Domain-Name", "web-hosting"] }, "The product types are not canonical, unique and ordered."),
        ["an empty validity"] = (() => StoredCode with { ValidUntil = StoredCode.ValidFrom }, "A promotion code's validity must end after it starts."),
        ["no redemption allowed"] = (() => StoredCode with { TotalLimit = 0, Redemptions = 0 }, "A promotion code's redemption limits are at least one, or none."),
        ["a minimum of zero"] = (() => StoredCode with { MinimumAmount = Chf(0m) }, "A promotion code's minimum amount is above zero, or none."),
        ["a minimum in another currency"] = (() => StoredCode with { MinimumAmount = Eur(20m) }, "A promotion code's fixed discount and minimum amount must be in the same currency."),
        ["negative redemptions"] = (() => StoredCode with { Redemptions = -1 }, "The redemptions are negative or above the total limit."),
        ["redemptions above the limit"] = (() => StoredCode with { Redemptions = 6 }, "The redemptions are negative or above the total limit."),
    };

    public static TheoryData<string> CorruptCodeNames => [.. CorruptCodes.Keys];

    [Theory]
    [MemberData(nameof(CorruptCodeNames))]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void ACorruptPromotionCodeState_IsRejected_NamingTheInvariantItBreaks(string name)
    {
        var (corrupt, problem) = CorruptCodes[name];

        var thrown = Assert.ThrowsAny<ArgumentException>(() => PromotionCode.FromState(corrupt()));

        Assert.StartsWith("Invalid promotion code state: ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(problem, thrown.Message, StringComparison.Ordinal);
        Assert.Equal("state", thrown.ParamName);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void AStoredCode_AtItsLimitOrWithoutLimits_IsRebuiltWithItsTerms()
    {
        var atLimit = PromotionCode.FromState(StoredCode with { Redemptions = 5 });
        var unlimited = PromotionCode.FromState(StoredCode with { TotalLimit = null, PerCustomerLimit = null, Redemptions = 1000, ProductTypes = [] });
        var percent = PromotionCode.FromState(StoredCode with { DiscountAmount = null, DiscountPercent = 100, MinimumAmount = Eur(1m) });

        Assert.True(atLimit.IsUsedUp);
        Assert.Equal(5, atLimit.Redemptions);
        Assert.Equal(Text("round-trip"), atLimit.Code);
        Assert.Equal(Off(Chf(12.5m)), atLimit.Terms.Discount);
        Assert.Equal(2, atLimit.Terms.PerCustomerLimit);
        Assert.True(atLimit.Terms.FirstOrderOnly);
        Assert.Equal(Chf(20m), atLimit.Terms.MinimumAmount);
        Assert.Equal([ProductType.DomainName, ProductType.WebHosting], atLimit.Terms.ProductTypes);
        Assert.Equal(CodeStart, atLimit.Terms.ValidFrom);
        Assert.Equal(CodeEnd, atLimit.Terms.ValidUntil);
        Assert.False(unlimited.IsUsedUp);
        Assert.Empty(unlimited.Terms.ProductTypes);
        Assert.Equal(100, Assert.IsType<Discount.Percentage>(percent.Terms.Discount).Value);
        Assert.Null(percent.ToState().DiscountAmount);
        Assert.Empty(percent.PendingEvents);
        Assert.Throws<ArgumentNullException>(() => PromotionCode.FromState(null!));
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => PromotionCode.FromState(StoredCode with { ProductTypes = null! })).ParamName);
    }
}
