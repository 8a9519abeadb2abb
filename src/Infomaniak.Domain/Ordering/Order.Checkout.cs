using Ardalis.GuardClauses;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf;

namespace Infomaniak.Domain.Ordering;

public sealed partial class Order
{
    /// <summary>
    /// Applies a promotion code once the payment method is chosen (VOU-3): one code per order, discounting the lines of the
    /// product types it covers, never below zero (VOU-4). The code is redeemed only when the order finishes.
    /// </summary>
    /// <param name="shopper">The order's shopper; needs billing rights too (RGT-4).</param>
    /// <param name="entered">The code as entered.</param>
    /// <param name="found">The code with that text (<c>PromotionCodeByTextSpec</c>), or null when none has it.</param>
    /// <param name="facts">What the code's terms may need about the customer; ignored for a new customer, whose order is a first order.</param>
    /// <param name="clock">The current time, for the code's validity.</param>
    /// <returns>The order's totals with the discount; or <see cref="ActionDenied"/>, <see cref="NotTheShopper"/>,
    /// <see cref="OrderClosed"/>, <see cref="PaymentMethodNotChosen"/>, <see cref="PromotionCodeAlreadyApplied"/>,
    /// <see cref="OrderFactsNotGiven"/> or <see cref="PromotionCodeRefused"/> naming why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shopper"/>, <paramref name="facts"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entered"/> is the default value, or <paramref name="found"/> has another text.</exception>
    public OneOf<OrderTotals, ActionDenied, NotTheShopper, OrderClosed, PaymentMethodNotChosen, PromotionCodeAlreadyApplied, OrderFactsNotGiven, PromotionCodeRefused> ApplyPromotionCode(
        Shopper shopper, PromotionCodeText entered, PromotionCode? found, CustomerFacts facts, TimeProvider clock)
    {
        Ordering.PromotionCodeText.Require(entered, nameof(entered));
        Guard.Against.Null(facts);
        Guard.Against.Null(clock);
        if (found is not null && found.Code != entered)
        {
            throw new ArgumentException("The promotion code given does not have the text entered.", nameof(found));
        }

        if (Denied(shopper, billing: true) is { } denied)
        {
            return denied;
        }

        if (NotShopper(shopper) is { } other)
        {
            return other;
        }

        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Step is OrderStep.Lines or OrderStep.CartSummary)
        {
            return new PaymentMethodNotChosen(Id);
        }

        if (PromotionCodeText is { } applied)
        {
            return new PromotionCodeAlreadyApplied(Id, applied.Value);
        }

        if (found is null)
        {
            return new PromotionCodeRefused(entered.Value, PromotionCodeProblem.Unknown);
        }

        var known = ByNewCustomer ? CustomerFacts.FirstOrder : facts;
        if (found.MissingFacts(known) is { Count: > 0 } missing)
        {
            return new OrderFactsNotGiven(Id, [], null, missing);
        }

        if (found.ProblemWith(Currency, DuesBeforeDiscount(), known, clock.GetUtcNow()) is { } problem)
        {
            return new PromotionCodeRefused(entered.Value, problem);
        }

        var left = found.Terms.Discount is Discount.FixedAmount fixedAmount ? fixedAmount.Amount.Amount : 0m;
        foreach (var line in lines)
        {
            var due = line.DueBeforeDiscount;
            line.Discount = Exact(due > 0m && found.Terms.Covers(line.Type) ? found.Terms.Discount.On(due, Currency.MinorUnits, ref left) : 0m);
        }

        Step = OrderStep.PromotionCodeApplied;
        PromotionCode = found.Id;
        PromotionCodeText = found.Code;
        var totals = Totals;
        Record(new OrderPromotionCodeApplied(Id, found.Id, totals.Discount));
        return totals;
    }

    /// <summary>
    /// Finishes a signed-in shopper's order after the payment method (and an optional promotion code): the ordered
    /// products are created in the organization, the activated vouchers and the applied code are used up (VOU-4), and
    /// <see cref="OrderPlaced"/> records the amount the payment method takes (see <see cref="PlacedOrder"/> on paying).
    /// The vouchers and the code are checked again: a voucher another order used meanwhile, or a code that expired or
    /// ran out, refuses the finishing and changes nothing.
    /// </summary>
    /// <param name="shopper">The order's shopper.</param>
    /// <param name="vouchers">At least the vouchers activated on the order's lines (others are ignored).</param>
    /// <param name="code">The promotion code applied, or null when none was.</param>
    /// <param name="facts">What the code's terms need about the customer, loaded again now.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="random">The source of the products' ids.</param>
    /// <returns>The <see cref="PlacedOrder"/>; or <see cref="ActionDenied"/>, <see cref="NotTheShopper"/>, <see cref="OrderClosed"/>,
    /// <see cref="StepOutOfOrder"/> (before the payment method), <see cref="OrderFactsNotGiven"/>, <see cref="VoucherAlreadyRedeemed"/>
    /// or <see cref="PromotionCodeRefused"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument, or a voucher in <paramref name="vouchers"/>, is null.</exception>
    public OneOf<PlacedOrder, ActionDenied, NotTheShopper, OrderClosed, StepOutOfOrder, OrderFactsNotGiven, VoucherAlreadyRedeemed, PromotionCodeRefused> Finish(
        Shopper shopper, IReadOnlyCollection<Voucher> vouchers, PromotionCode? code, CustomerFacts facts, TimeProvider clock, IRandomSource random)
    {
        Guard.Against.Null(vouchers);
        Guard.Against.Null(facts);
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        if (Denied(shopper, billing: false) is { } denied)
        {
            return denied;
        }

        if (NotShopper(shopper) is { } other)
        {
            return other;
        }

        if (Closed() is { } closed)
        {
            return closed;
        }

        if (ReadyToFinish() is { } early)
        {
            return early;
        }

        var activated = ActivatedVouchers(vouchers, out var missing);
        var givenCode = code?.Id == PromotionCode ? code : null;
        var missingFacts = givenCode?.MissingFacts(facts) ?? [];
        if (missing.Count > 0 || (PromotionCode is { } applied && givenCode is null) || missingFacts.Count > 0)
        {
            return new OrderFactsNotGiven(Id, missing, givenCode is null ? PromotionCode : null, missingFacts);
        }

        if (activated.FirstOrDefault(voucher => voucher.IsRedeemed) is { RedeemedBy: { } usedBy } used)
        {
            return new VoucherAlreadyRedeemed(used.Id, usedBy);
        }

        if (givenCode?.ProblemWith(Currency, DuesBeforeDiscount(), facts, clock.GetUtcNow()) is { } problem)
        {
            return new PromotionCodeRefused(givenCode.Code.Value, problem);
        }

        var member = (Shopper.Member)shopper;
        return Place(member.Organization, member.Account, null, activated, givenCode, clock, random);
    }

    /// <summary>
    /// Finishes a new customer's order (ORG-1): the account and its organization are created (through
    /// <see cref="FirstOrder.Open"/>, the account as the organization's first user), then the ordered products in that
    /// organization; the applied promotion code is used up (VOU-4) and <see cref="OrderPlaced"/> records the amount the
    /// payment method takes.
    /// </summary>
    /// <param name="customer">The new customer's login, name, password, recovery address and profile.</param>
    /// <param name="accountWithSameLogin">The account already registered with that login, if any: such a person signs in instead.</param>
    /// <param name="passwords">The password policy and hasher.</param>
    /// <param name="code">The promotion code applied, or null when none was.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="random">The source of the new ids.</param>
    /// <returns>The <see cref="PlacedOrder"/> with the new account and organization; or <see cref="NotTheShopper"/> (a signed-in
    /// shopper's order), <see cref="OrderClosed"/>, <see cref="StepOutOfOrder"/>, <see cref="OrderFactsNotGiven"/>,
    /// <see cref="PromotionCodeRefused"/>, <see cref="LoginAlreadyRegistered"/>, <see cref="UnacceptablePassword"/> or
    /// <see cref="RecoveryAddressIsLogin"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="accountWithSameLogin"/> has another login.</exception>
    public OneOf<PlacedOrder, NotTheShopper, OrderClosed, StepOutOfOrder, OrderFactsNotGiven, PromotionCodeRefused, LoginAlreadyRegistered, UnacceptablePassword, RecoveryAddressIsLogin> FinishAsNewCustomer(
        NewCustomerDetails customer, Account? accountWithSameLogin, PasswordService passwords, PromotionCode? code, TimeProvider clock, IRandomSource random)
    {
        Guard.Against.Null(customer);
        Guard.Against.Null(passwords);
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        if (NotShopper(Shopper.NewCustomer) is { } other)
        {
            return other;
        }

        if (Closed() is { } closed)
        {
            return closed;
        }

        if (ReadyToFinish() is { } early)
        {
            return early;
        }

        var givenCode = code?.Id == PromotionCode ? code : null;
        if (PromotionCode is { } applied && givenCode is null)
        {
            return new OrderFactsNotGiven(Id, [], applied, []);
        }

        if (givenCode?.ProblemWith(Currency, DuesBeforeDiscount(), CustomerFacts.FirstOrder, clock.GetUtcNow()) is { } problem)
        {
            return new PromotionCodeRefused(givenCode.Code.Value, problem);
        }

        if (!FirstOrder.Open(customer, accountWithSameLogin, passwords, random).TryPickT0(out var opened, out var refused))
        {
            return refused.Match<OneOf<PlacedOrder, NotTheShopper, OrderClosed, StepOutOfOrder, OrderFactsNotGiven, PromotionCodeRefused, LoginAlreadyRegistered, UnacceptablePassword, RecoveryAddressIsLogin>>(
                registered => registered, password => password, recovery => recovery);
        }

        return Place(opened.Organization, opened.Account.Id, opened.Account, [], givenCode, clock, random);
    }

    private StepOutOfOrder? ReadyToFinish() =>
        Step is OrderStep.PaymentMethodChosen or OrderStep.PromotionCodeApplied ? null : new StepOutOfOrder(Id, Step, OrderStep.PaymentMethodChosen);

    private List<(ProductType Type, decimal Due)> DuesBeforeDiscount() => [.. lines.Select(line => (line.Type, line.DueBeforeDiscount))];

    private List<Voucher> ActivatedVouchers(IReadOnlyCollection<Voucher> vouchers, out List<VoucherId> missing)
    {
        var byId = new Dictionary<VoucherId, Voucher>();
        foreach (var voucher in vouchers)
        {
            byId[Guard.Against.Null(voucher, nameof(vouchers)).Id] = voucher;
        }

        missing = [];
        List<Voucher> found = [];
        foreach (var id in lines.Select(line => line.Voucher).OfType<VoucherId>())
        {
            if (byId.TryGetValue(id, out var voucher))
            {
                found.Add(voucher);
            }
            else
            {
                missing.Add(id);
            }
        }

        return found;
    }

    /// <summary>Every check has passed: create the products, use up the vouchers and the code, and close the order.</summary>
    private PlacedOrder Place(
        Organizations.Organization organization, AccountId actor, Account? newAccount, List<Voucher> vouchers, PromotionCode? code, TimeProvider clock, IRandomSource random)
    {
        var products = lines.Select(line => Product.Order(organization, actor, line.Type, line.Period, line.Price, clock, random)
            .Match(product => product, denied => throw new InvalidOperationException(denied.Message), negative => throw new InvalidOperationException(negative.Message))).ToList();
        foreach (var voucher in vouchers)
        {
            voucher.Redeem(Id);
        }

        code?.Redeem(Id, organization.Id);
        ShopperAccount = actor;
        Organization = organization.Id;
        Step = OrderStep.Finished;
        FinishedAt = clock.GetUtcNow();
        var totals = Totals;
        Record(new OrderPlaced(Id, organization.Id, actor, PaymentMethod!.Value, totals.AmountDue));
        return new PlacedOrder(this, organization, newAccount, products, vouchers, code, totals);
    }
}
