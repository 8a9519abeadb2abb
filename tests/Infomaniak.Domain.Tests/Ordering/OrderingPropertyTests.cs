using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Ordering.OrderingGiven;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>Generated vouchers (who holds them, for what, confirmed, used).</summary>
public sealed record VoucherRecipe(bool OwnersOwn, int Type, bool Confirmed, bool Used);

/// <summary>A step of the voucher model: start an order, activate a voucher on its line, finish or abandon it.</summary>
public sealed record VoucherCommand(int Kind, int Order, int Voucher);

/// <summary>A customer's attempt to finish an order with a code: which of three organizations, and whether the application gives the facts.</summary>
public sealed record CodeAttempt(int Customer, bool FactsGiven);

public static class OrderingArbitraries
{
    public static readonly ProductType[] Types = [ProductType.SwissBackup, ProductType.WebHosting, ProductType.DomainName];

    public static Gen<VoucherRecipe> VoucherGen { get; } =
        from own in Gen.Elements(true, true, false)
        from type in Gen.Choose(0, 2)
        from confirmed in Gen.Elements(true, true, false)
        from used in Gen.Elements(false, false, true)
        select new VoucherRecipe(own, type, confirmed, used);

    public static Arbitrary<VoucherRecipe[]> Vouchers() => Arb.From(Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(VoucherGen, n)));

    public static Arbitrary<VoucherCommand[]> VoucherCommands() =>
        Arb.From(Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(
            from kind in Gen.Choose(0, 3)
            from order in Gen.Choose(0, 5)
            from voucher in Gen.Choose(0, 3)
            select new VoucherCommand(kind, order, voucher), n)));

    public static Arbitrary<CodeAttempt[]> CodeAttempts() =>
        Arb.From(Gen.Choose(1, 25).SelectMany(n => Gen.ArrayOf(
            from customer in Gen.Choose(0, 2)
            from facts in Gen.Elements(true, true, true, false)
            select new CodeAttempt(customer, facts), n)));
}

public class OrderingPropertyTests
{
    private static Voucher Make(VoucherRecipe recipe, int seed)
    {
        var voucher = VoucherFor(recipe.OwnersOwn ? Owner : Neighbour, OrderingArbitraries.Types[recipe.Type], seed, recipe.Confirmed || recipe.Used);
        return recipe.Used ? Voucher.FromState(voucher.ToState() with { RedeemedByOrderId = OrderId.From(Guid.NewGuid()) }) : voucher;
    }

    [Property(Arbitrary = [typeof(OrderingArbitraries)], MaxTest = 150)]
    [Trait("Rule", "VOU-2")]
    public bool TheVouchersOffered_AreExactlyTheEligibleOnes(VoucherRecipe[] recipes, bool newCustomer)
    {
        var shop = Shop();
        var vouchers = recipes.Select((recipe, i) => Make(recipe, i + 1)).ToList();
        var shopper = newCustomer ? Shopper.NewCustomer : OwnerIn(shop);
        var order = OrderOf(shopper, Currency.Chf, (ProductType.SwissBackup, 10m), (ProductType.WebHosting, 20m), (ProductType.DomainName, 30m));
        order.ShowSummary(shopper).GetValueOrThrow();

        return Enumerable.Range(1, 3).All(line =>
            order.VouchersOffered(line, vouchers).SequenceEqual(vouchers.Where(v =>
                !newCustomer && v.Holder == Owner && v.IsConfirmed && !v.IsRedeemed && v.Type == OrderingArbitraries.Types[line - 1])));
    }

    [Property(Arbitrary = [typeof(OrderingArbitraries)], MaxTest = 150)]
    [Trait("Rule", "VOU-4")]
    public bool AVoucherIsRedeemedAtMostOnce_ThroughAnySequenceOfOrdersFinishesAndAbandons(VoucherCommand[] commands)
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var random = new SeededRandomSource(1);
        var vouchers = Enumerable.Range(1, 4).Select(i => VoucherFor(Owner, ProductType.SwissBackup, i)).ToList();
        var orders = new List<Order>();
        var modelUsed = new Dictionary<int, int>();
        var modelChoice = new Dictionary<int, int>();
        var modelOpen = new HashSet<int>();
        var modelPaid = new HashSet<int>();
        var redeemed = 0;
        foreach (var command in commands)
        {
            if (command.Kind == 0 || orders.Count == 0)
            {
                var order = OrderWith(shop, (ProductType.SwissBackup, 30m));
                order.ShowSummary(shopper).GetValueOrThrow();
                orders.Add(order);
                modelOpen.Add(orders.Count - 1);
                continue;
            }

            var index = command.Order % orders.Count;
            var target = orders[index];
            switch (command.Kind)
            {
                case 1:
                    var activated = target.ActivateVoucher(shopper, 1, vouchers[command.Voucher]);
                    var hasChoice = modelChoice.TryGetValue(index, out var current);
                    var modelOk = modelOpen.Contains(index) && !modelPaid.Contains(index)
                        && (hasChoice ? current == command.Voucher : !modelUsed.ContainsKey(command.Voucher));
                    if (activated.IsT0 != modelOk)
                    {
                        return false;
                    }

                    if (modelOk)
                    {
                        modelChoice[index] = command.Voucher;
                    }

                    break;
                case 2:
                    if (modelOpen.Contains(index) && modelPaid.Add(index))
                    {
                        target.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
                    }

                    var finished = target.Finish(shopper, vouchers, null, CustomerFacts.None, Given.Clock(), random);
                    var expectOk = modelOpen.Contains(index) && !(modelChoice.TryGetValue(index, out var chosen) && modelUsed.ContainsKey(chosen));
                    if (finished.IsT0 != expectOk)
                    {
                        return false;
                    }

                    if (expectOk)
                    {
                        modelOpen.Remove(index);
                        if (modelChoice.TryGetValue(index, out var used))
                        {
                            modelUsed[used] = index;
                        }
                    }

                    break;
                default:
                    if (target.Abandon(shopper).IsT0 != modelOpen.Remove(index))
                    {
                        return false;
                    }

                    break;
            }

            redeemed += vouchers.Sum(v => v.DequeueEvents().Count(e => e is VoucherRedeemed));
        }

        return redeemed == modelUsed.Count
            && vouchers.Select((v, i) => v.RedeemedBy == (modelUsed.TryGetValue(i, out var by) ? orders[by].Id : null)).All(ok => ok);
    }

    [Property(Arbitrary = [typeof(OrderingArbitraries)], MaxTest = 100)]
    [Trait("Rule", "VOU-4")]
    public bool ACodesRedemptions_NeverExceedItsLimits_InTotalOrPerCustomer(CodeAttempt[] attempts, PositiveInt totalLimit, PositiveInt perCustomerLimit)
    {
        var total = (totalLimit.Get % 6) + 1;
        var perCustomer = (perCustomerLimit.Get % 3) + 1;
        var code = Code("LIMITED", Percent(20), total: total, perCustomer: perCustomer);
        var customers = new[] { Shop(), Given.OrganizationWith(3, Given.Account(13)), Given.OrganizationWith(4, Given.Account(14)) };
        var byCustomer = new int[3];
        var random = new SeededRandomSource(2);
        foreach (var attempt in attempts)
        {
            var organization = customers[attempt.Customer];
            var shopper = Shopper.SignedIn(organization, organization.Members.First().Account);
            var order = AtPayment(OrderOf(shopper, Currency.Chf, (ProductType.SwissBackup, 50m)), shopper);
            var facts = attempt.FactsGiven ? new CustomerFacts(null, byCustomer[attempt.Customer]) : CustomerFacts.None;
            var applied = order.ApplyPromotionCode(shopper, code.Code, code, facts, Given.Clock());
            var allowed = attempt.FactsGiven && code.Redemptions < total && byCustomer[attempt.Customer] < perCustomer;
            if (applied.IsT0 != allowed || (!attempt.FactsGiven && !applied.IsT6))
            {
                return false;
            }

            if (allowed)
            {
                order.Finish(shopper, [], code, facts, Given.Clock(), random).GetValueOrThrow();
                byCustomer[attempt.Customer]++;
            }

            if (code.Redemptions > total || byCustomer.Any(count => count > perCustomer))
            {
                return false;
            }
        }

        return code.Redemptions == byCustomer.Sum();
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "VOU-4")]
    public bool TheAmountDue_IsNeverNegative_AndIsPriceMinusVoucherMinusDiscount(NonNegativeInt[] cents, bool[] free, PositiveInt percentOrCents, bool percentage)
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var prices = cents.Take(12).Select(c => (ProductType.SwissBackup, (c.Get % 1_000_000) / 100m)).ToArray();
        if (prices.Length == 0)
        {
            return true;
        }

        var order = OrderWith(shop, prices);
        order.ShowSummary(shopper).GetValueOrThrow();
        for (var line = 1; line <= prices.Length; line++)
        {
            if (free.ElementAtOrDefault(line - 1))
            {
                order.ActivateVoucher(shopper, line, VoucherFor(Owner, ProductType.SwissBackup, line)).GetValueOrThrow();
            }
        }

        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        var discount = percentage ? Percent((percentOrCents.Get % 100) + 1) : Off(Money.FromMinorUnits(percentOrCents.Get, Currency.Chf).GetValueOrThrow());
        var code = Code("ANY-AMOUNT", discount);
        _ = order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock());

        var totals = order.Totals;
        var linesHold = totals.Lines.All(line =>
            !line.AmountDue.IsNegative && !line.Discount.IsNegative
            && line.AmountDue.Amount == line.Price.Amount - line.Voucher.Amount - line.Discount.Amount
            && (line.Voucher.IsZero || line.Voucher == line.Price));
        var fixedCap = discount is Discount.FixedAmount fixedAmount ? totals.Discount.Amount <= fixedAmount.Amount.Amount : totals.Lines.All(l => l.Discount.Amount <= (l.Price.Amount - l.Voucher.Amount) * ((Discount.Percentage)discount).Value / 100m);
        return linesHold && fixedCap && !totals.AmountDue.IsNegative
            && totals.AmountDue.Amount == totals.Price.Amount - totals.Vouchers.Amount - totals.Discount.Amount
            && totals.Price.Amount == totals.Lines.Sum(l => l.Price.Amount)
            && totals.Discount.Amount == totals.Lines.Sum(l => l.Discount.Amount);
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "VOU-3")]
    public bool NoStepIsReachedOutOfOrder_AndARefusedCommandChangesNothing(byte[] commands)
    {
        var shop = Shop();
        var shopper = OwnerIn(shop);
        var order = OrderWith(shop);
        var voucher = VoucherFor(Owner, ProductType.SwissBackup);
        var code = Code("STEPS", Percent(10));
        var random = new SeededRandomSource(4);
        foreach (var command in commands.Take(30))
        {
            var before = order.Step;
            var snapshot = Snapshot(order);
            var events = order.PendingEvents.Count;
            var ok = (command % 7) switch
            {
                0 => order.AddLine(shopper, ProductType.SwissBackup, Yearly, Chf(10m)).IsT0,
                1 => order.ShowSummary(shopper).IsT0,
                2 => order.ActivateVoucher(shopper, 1, voucher).IsT0,
                3 => order.ChoosePaymentMethod(shopper, PaymentMethod.Card).IsT0,
                4 => order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, Given.Clock()).IsT0,
                5 => order.Finish(shopper, [voucher], code, CustomerFacts.None, Given.Clock(), random).IsT0,
                _ => command % 3 == 0 && order.Abandon(shopper).IsT0,
            };
            var after = order.Step;
            var allowed = after == before || (before, after) switch
            {
                (OrderStep.Lines, OrderStep.CartSummary) => true,
                (OrderStep.CartSummary, OrderStep.PaymentMethodChosen) => true,
                (OrderStep.PaymentMethodChosen, OrderStep.PromotionCodeApplied or OrderStep.Finished) => true,
                (OrderStep.PromotionCodeApplied, OrderStep.Finished) => true,
                (not (OrderStep.Finished or OrderStep.Abandoned), OrderStep.Abandoned) => true,
                _ => false,
            };
            if (!allowed || (!ok && (Snapshot(order) != snapshot || order.PendingEvents.Count != events)))
            {
                return false;
            }
        }

        return true;
    }
}
