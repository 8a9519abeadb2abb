using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Ordering.OrderingGiven;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>A promotion code at the exact edges of its terms: validity instants, last redemptions, the minimum amount, rounding, and the words of its texts.</summary>
public class PromotionCodeEdgeTests
{
    /// <summary>Applies <paramref name="code"/> to an order of the owner with the given CHF lines, at <paramref name="now"/>.</summary>
    private static (Order Order, object Result) Apply(PromotionCode code, DateTimeOffset now, CustomerFacts? facts = null, params (ProductType Type, decimal Price)[] lines)
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = AtPayment(OrderWith(shop, lines.Length == 0 ? [(ProductType.SwissBackup, 60m)] : lines), shopper);
        var clock = new ManualTimeProvider(now);
        return (order, order.ApplyPromotionCode(shopper, code.Code, code, facts ?? CustomerFacts.None, clock).Value);
    }

    private static PromotionCodeProblem? ProblemAt(PromotionCode code, DateTimeOffset now, CustomerFacts? facts = null, params (ProductType Type, decimal Price)[] lines) =>
        Apply(code, now, facts, lines).Result switch
        {
            OrderTotals => null,
            PromotionCodeRefused refused => refused.Problem,
            var other => throw new InvalidOperationException($"Unexpected {other}"),
        };

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void ACode_IsValidFromItsFirstInstant_UntilJustBeforeItsEnd()
    {
        var code = Code("WINDOW", Percent(10));

        Assert.Equal(PromotionCodeProblem.NotYetValid, ProblemAt(code, CodeStart.AddTicks(-1)));
        Assert.Null(ProblemAt(code, CodeStart));
        Assert.Null(ProblemAt(code, CodeEnd.AddTicks(-1)));
        Assert.Equal(PromotionCodeProblem.Expired, ProblemAt(code, CodeEnd));
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void ACode_AllowsItsLastRedemption_AndIsUsedUpAfterIt()
    {
        var lastOne = PromotionCode.FromState(Code("LIMITED", Percent(10), total: 3).ToState() with { Redemptions = 2 });
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = AtPayment(OrderWith(shop, (ProductType.SwissBackup, 60m)), shopper);

        Assert.False(lastOne.IsUsedUp);
        order.ApplyPromotionCode(shopper, lastOne.Code, lastOne, CustomerFacts.None, Given.Clock()).GetValueOrThrow();
        order.Finish(shopper, [], lastOne, CustomerFacts.None, Given.Clock(), new SeededRandomSource(1)).GetValueOrThrow();

        Assert.Equal(3, lastOne.Redemptions);
        Assert.True(lastOne.IsUsedUp);
        Assert.Equal([new PromotionCodeRedeemed(lastOne.Id, order.Id, shop.Id, 3)], lastOne.PendingEvents);
        Assert.Equal(PromotionCodeProblem.UsedUp, ProblemAt(lastOne, Given.Start));
        Assert.False(Code("UNLIMITED", Percent(10)).IsUsedUp);
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void ACustomer_MayUseACodeUpToItsOwnLimit_AndNotOnceMore()
    {
        var code = Code("TWICE", Percent(10), perCustomer: 2);

        Assert.Null(ProblemAt(code, Given.Start, new CustomerFacts(null, 1)));
        Assert.Equal(PromotionCodeProblem.NotForThisCustomer, ProblemAt(code, Given.Start, new CustomerFacts(null, 2)));
        Assert.Null(ProblemAt(Code("ANY", Percent(10)), Given.Start, new CustomerFacts(false, 50)));
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void AFirstOrderCode_IsForAFirstOrderOnly()
    {
        var code = Code("FIRST", Percent(10), firstOrderOnly: true);

        Assert.Null(ProblemAt(code, Given.Start, new CustomerFacts(true, null)));
        Assert.Equal(PromotionCodeProblem.NotForThisCustomer, ProblemAt(code, Given.Start, new CustomerFacts(false, null)));
        Assert.Null(ProblemAt(Code("ANYONE", Percent(10)), Given.Start, new CustomerFacts(false, null)));
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void TheFactsACodeNeeds_AreAskedForByName_AllAtOnce()
    {
        var code = Code("PICKY", Percent(10), perCustomer: 1, firstOrderOnly: true);
        var (order, result) = Apply(code, Given.Start, CustomerFacts.None);

        Assert.Equal(new[] { CustomerFact.IsFirstOrder, CustomerFact.RedemptionsOfCode }, ((OrderFactsNotGiven)result).CustomerFacts);
        Assert.Equal(order.Id, ((OrderFactsNotGiven)result).Order);
        Assert.Empty(((OrderFactsNotGiven)result).Vouchers);
        Assert.Null(((OrderFactsNotGiven)result).PromotionCode);
        Assert.Equal([CustomerFact.IsFirstOrder], ((OrderFactsNotGiven)Apply(code, Given.Start, new CustomerFacts(null, 0)).Result).CustomerFacts);
        Assert.Equal([CustomerFact.RedemptionsOfCode], ((OrderFactsNotGiven)Apply(code, Given.Start, new CustomerFacts(true, null)).Result).CustomerFacts);
        Assert.IsType<OrderTotals>(Apply(code, Given.Start, new CustomerFacts(true, 0)).Result);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void AMinimumAmount_IsReachedByTheAmountLeftAfterVouchers_ToTheCent()
    {
        var code = Code("HUNDRED", Percent(10), minimum: Chf(100m));

        Assert.Null(ProblemAt(code, Given.Start, null, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 40m)));
        Assert.Equal(PromotionCodeProblem.MinimumNotReached, ProblemAt(code, Given.Start, null, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 39.99m)));

        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = OrderWith(shop, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 50m));
        order.ShowSummary(shopper).GetValueOrThrow();
        order.ActivateVoucher(shopper, 1, VoucherFor(Owner, ProductType.SwissBackup)).GetValueOrThrow();
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        Assert.Equal(new PromotionCodeRefused("HUNDRED", PromotionCodeProblem.MinimumNotReached), order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()));
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void ACodeBoundToACurrency_ByItsMinimumOrItsAmount_RefusesAnOrderInAnother()
    {
        Assert.Equal(PromotionCodeProblem.OtherCurrency, ProblemAt(Code("EURO-MIN", Percent(10), minimum: Eur(1m)), Given.Start));
        Assert.Equal(PromotionCodeProblem.OtherCurrency, ProblemAt(Code("EURO-OFF", Off(Eur(1m))), Given.Start));
        Assert.Null(ProblemAt(Code("CHF-MIN", Percent(10), minimum: Chf(1m)), Given.Start));
        Assert.Null(ProblemAt(Code("CHF-OFF", Off(Chf(1m))), Given.Start));
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void ACodeForSomeTypes_DiscountsOnlyTheirLinesLeftToPay()
    {
        var code = Code("HOSTING", Percent(50), types: [ProductType.WebHosting]);

        var (order, result) = Apply(code, Given.Start, null, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 40m), (ProductType.WebHosting, 0m));
        var totals = Assert.IsType<OrderTotals>(result);

        Assert.Equal([Chf(0m), Chf(20m), Chf(0m)], totals.Lines.Select(line => line.Discount));
        Assert.Equal([Chf(60m), Chf(20m), Chf(0m)], totals.Lines.Select(line => line.AmountDue));
        Assert.Equal(Chf(20m), totals.Discount);
        Assert.Equal(Chf(80m), totals.AmountDue);
        Assert.Equal(OrderStep.PromotionCodeApplied, order.Step);
        Assert.Equal(code.Id, order.PromotionCode);
        Assert.Equal(Text("hosting"), order.PromotionCodeText);
        Assert.Equal([new OrderPromotionCodeApplied(order.Id, code.Id, Chf(20m))], order.PendingEvents);
        Assert.Equal(PromotionCodeProblem.NoEligibleLine, ProblemAt(code, Given.Start, null, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 0m)));
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void APercentage_IsRoundedDownToTheCent_OnEachLine()
    {
        var totals = (OrderTotals)Apply(Code("ODD", Percent(15)), Given.Start, null, (ProductType.SwissBackup, 0.99m), (ProductType.WebHosting, 10.01m)).Result;

        Assert.Equal([Chf(0.14m), Chf(1.50m)], totals.Lines.Select(line => line.Discount));
        Assert.Equal(Chf(1.64m), totals.Discount);
        Assert.Equal(Chf(9.36m), totals.AmountDue);
        Assert.True(((OrderTotals)Apply(Code("ALL", Percent(100)), Given.Start).Result).AmountDue.IsZero);
    }

    [Fact]
    [Trait("Rule", "VOU-4")]
    public void AFixedAmount_IsTakenFromTheLinesInOrder_AndNeverBelowZero()
    {
        var split = (OrderTotals)Apply(Code("SPLIT", Off(Chf(70m))), Given.Start, null, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 40m), (ProductType.DomainName, 15m)).Result;
        var tooMuch = (OrderTotals)Apply(Code("TOO-MUCH", Off(Chf(500m))), Given.Start, null, (ProductType.SwissBackup, 60m), (ProductType.WebHosting, 40m)).Result;
        var exact = (OrderTotals)Apply(Code("EXACT", Off(Chf(60m))), Given.Start).Result;

        Assert.Equal([Chf(60m), Chf(10m), Chf(0m)], split.Lines.Select(line => line.Discount));
        Assert.Equal(Chf(45m), split.AmountDue);
        Assert.Equal([Chf(60m), Chf(40m)], tooMuch.Lines.Select(line => line.Discount));
        Assert.True(tooMuch.AmountDue.IsZero);
        Assert.Equal(Chf(60m), exact.Discount);
        Assert.True(exact.AmountDue.IsZero);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    [Trait("Rule", "VOU-3")]
    public void ANewCustomersOrder_IsAFirstOrder_WhateverFactsAreGiven()
    {
        var code = Code("WELCOME", Percent(10), perCustomer: 1, firstOrderOnly: true);
        var order = AtPayment(OrderOf(Shopper.NewCustomer, Currency.Chf, (ProductType.WebHosting, 100m)), Shopper.NewCustomer);

        var totals = order.ApplyPromotionCode(Shopper.NewCustomer, code.Code, code, new CustomerFacts(false, 1), Given.Clock()).GetValueOrThrow();

        Assert.Equal(Chf(10m), totals.Discount);
    }

    [Theory]
    [InlineData("abc", "ABC")]
    [InlineData("  a_b-C  ", "A_B-C")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")]
    [Trait("Rule", "VOU-3")]
    public void ACodeText_OfThreeTo32Characters_IsKeptTrimmedInUpperCase(string typed, string kept)
    {
        var code = Text(typed);

        Assert.Equal(kept, code.Value);
        Assert.Equal(kept, code.ToString());
        Assert.False(code.IsDefault);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ab  ")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    [InlineData("ab.c")]
    [InlineData("ab+c")]
    [Trait("Rule", "VOU-3")]
    public void ACodeText_TooShortTooLongOrWithOtherSigns_IsRefused_SayingWhatACodeIs(string? typed)
    {
        var refused = Assert.IsType<InvalidPromotionCodeText>(PromotionCodeText.Parse(typed).Value);

        Assert.Equal($"'{refused.Excerpt}' is not a promotion code: 3 to 32 letters, digits, hyphens and underscores.", refused.Message);
        Assert.StartsWith((typed ?? string.Empty)[..Math.Min(31, (typed ?? string.Empty).Length)], refused.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void TheDefaultCodeText_IsNoCode()
    {
        PromotionCodeText none = default;

        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.ToString());
        var thrown = Assert.Throws<ArgumentException>(() => PromotionCode.Create(none, Code("X-CODE", Percent(5)).Terms, OrderingGiven.Support, new SeededRandomSource(1)));
        Assert.Equal("code", thrown.ParamName);
        Assert.StartsWith("A promotion code is required; the default value is not one.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void ADiscount_IsAPercentageFrom1To100_OrAnAmountAboveZero()
    {
        Assert.Equal(1, Assert.IsType<Discount.Percentage>(Discount.Percent(1).Value).Value);
        Assert.Equal(100, Assert.IsType<Discount.Percentage>(Discount.Percent(100).Value).Value);
        Assert.Equal("A discount is a whole percentage from 1 to 100 or an amount above zero, not 0 %.", Assert.IsType<InvalidDiscount>(Discount.Percent(0).Value).Message);
        Assert.Equal("A discount is a whole percentage from 1 to 100 or an amount above zero, not 101 %.", Assert.IsType<InvalidDiscount>(Discount.Percent(101).Value).Message);
        Assert.Equal(Chf(0.01m), Assert.IsType<Discount.FixedAmount>(Discount.Fixed(Chf(0.01m)).Value).Amount);
        Assert.Equal("A discount is a whole percentage from 1 to 100 or an amount above zero, not -1.00 CHF.", Assert.IsType<InvalidDiscount>(Discount.Fixed(Chf(-1m)).Value).Message);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void PromotionTerms_AtTheEdgeOfTheirRules_AreMade_AndTheirTypesAreUniqueAndOrdered()
    {
        var shortest = PromotionTerms.Create(Percent(5), CodeStart, CodeStart.AddTicks(1), 1, 1, false, Chf(0.01m), [ProductType.WebHosting, ProductType.DomainName, ProductType.WebHosting]);
        var sameCurrency = PromotionTerms.Create(Off(Chf(5m)), CodeStart, CodeEnd, null, null, true, Chf(10m), []);

        var terms = shortest.GetValueOrThrow();
        Assert.Equal([ProductType.DomainName, ProductType.WebHosting], terms.ProductTypes);
        Assert.Equal(1, terms.TotalLimit);
        Assert.Equal(1, terms.PerCustomerLimit);
        Assert.True(sameCurrency.IsT0);
        Assert.Equal(PromotionTermsProblem.MinimumNotPositive, ((InvalidPromotionTerms)PromotionTerms.Create(Percent(5), CodeStart, CodeEnd, null, null, false, Chf(-1m), []).Value).Problem);
        Assert.Equal(PromotionTermsProblem.EmptyValidity, ((InvalidPromotionTerms)PromotionTerms.Create(Percent(5), CodeEnd, CodeStart, null, null, false, null, []).Value).Problem);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    public void ACreatedCode_StartsUnredeemed_AndRecordsWhoCreatedIt()
    {
        var terms = PromotionTerms.Create(Percent(5), CodeStart, CodeEnd, 10, null, false, null, []).GetValueOrThrow();

        var code = PromotionCode.Create(Text("new-code"), terms, OrderingGiven.Support, new SeededRandomSource(4));

        Assert.Equal(0, code.Redemptions);
        Assert.Same(terms, code.Terms);
        Assert.Equal([new PromotionCodeCreated(code.Id, "NEW-CODE", OrderingGiven.Support)], code.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public void EveryRefusalAboutCodes_SaysWhyInItsOwnWords()
    {
        Assert.Equal(
            [
                "The promotion code X does not exist.",
                "The promotion code X is not valid yet.",
                "The promotion code X has expired.",
                "The promotion code X has been used as many times as it may.",
                "The promotion code X is not for this customer.",
                "The promotion code X is for orders in another currency.",
                "The promotion code X needs a higher order amount.",
                "The promotion code X does not apply to any product of this order.",
            ],
            Enum.GetValues<PromotionCodeProblem>().Select(problem => new PromotionCodeRefused("X", problem).Message));
        Assert.Equal(
            [
                "A promotion code's validity must end after it starts.",
                "A promotion code's redemption limits are at least one, or none.",
                "A promotion code's minimum amount is above zero, or none.",
                "A promotion code's fixed discount and minimum amount must be in the same currency.",
            ],
            Enum.GetValues<PromotionTermsProblem>().Select(problem => new InvalidPromotionTerms(problem).Message));
    }
}
