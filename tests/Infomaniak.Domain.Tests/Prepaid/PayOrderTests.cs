using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>PRE-2 with VOU-4: a finished shop order's amount due is paid from the prepaid account, in whole or not at all, once.</summary>
public class PayOrderTests
{
    /// <summary>The owner's order of the given CHF lines, finished with the given payment method (and a voucher on the first line when given).</summary>
    private static Order Finished(Organization organization, PaymentMethod method, decimal[] prices, Voucher? voucher = null, Currency? currency = null, int seed = 3)
    {
        var shopper = Shopper.SignedIn(organization, Owner);
        var order = Order.Start(shopper, currency ?? Currency.Chf, Clock(), new SeededRandomSource(seed)).GetValueOrThrow();
        foreach (var price in prices)
        {
            order.AddLine(shopper, ProductType.DomainName, RenewalPeriod.Yearly, Money.Create(price, currency ?? Currency.Chf).GetValueOrThrow()).GetValueOrThrow();
        }

        order.ShowSummary(shopper).GetValueOrThrow();
        if (voucher is not null)
        {
            order.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
        }

        order.ChoosePaymentMethod(shopper, method).GetValueOrThrow();
        order.Finish(shopper, voucher is null ? [] : [voucher], null, CustomerFacts.None, Clock(), new SeededRandomSource(5)).GetValueOrThrow();
        order.DequeueEvents();
        return order;
    }

    private static Voucher DomainVoucher()
    {
        var voucher = Voucher.Grant(Owner, ProductType.DomainName, Given.Account(42), Clock(), new SeededRandomSource(8));
        voucher.Confirm(Given.Account(42), Clock());
        voucher.DequeueEvents();
        return voucher;
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "VOU-4")]
    [Trait("Rule", "PRE-5")]
    public void PayOrder_DebitsTheAmountDue_PointingToTheOrder_AndPayingAgainReturnsTheSameDebit()
    {
        var organization = Organization();
        var account = Holding(organization, 100m);
        var order = Finished(organization, PaymentMethod.PrepaidAccount, [15m, 24.50m]);

        var debit = PrepaidPayments.PayOrder(account, order, organization, Accountant, Clock()).GetValueOrThrow();
        var again = PrepaidPayments.PayOrder(account, order, organization, Owner, Clock()).GetValueOrThrow();

        Assert.Equal((Chf(39.50m), LedgerReference.ForOrder(order.Id), PrepaidPayments.KeyForOrder(order.Id), Accountant), (debit.Amount, debit.Reference, debit.IdempotencyKey, debit.Actor));
        Assert.Equal($"order-{order.Id.Value:N}", debit.IdempotencyKey.Value);
        Assert.Same(debit, again);
        Assert.Equal(Chf(60.50m), account.Available);
        Assert.Equal([debit], account.PendingEvents.OfType<PrepaidDebited>());
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "VOU-4")]
    public bool PayOrder_TakesTheWholeAmountDue_ExactlyWhenTheAvailableBalanceCoversIt_AndOtherwiseNamesTheShortfall_ChangingNothing(
        PositiveInt balance, PositiveInt first, PositiveInt second, bool voucher)
    {
        var organization = Organization();
        var account = Holding(organization, 1m + (balance.Get % 500));
        var prices = new[] { (first.Get % 40_000) / 100m, 0.01m + (second.Get % 40_000) / 100m };
        var order = Finished(organization, PaymentMethod.PrepaidAccount, prices, voucher ? DomainVoucher() : null);
        var due = order.Totals.AmountDue;
        var available = account.Available;
        var entries = account.LastSequence;

        return PrepaidPayments.PayOrder(account, order, organization, Owner, Clock()).Match(
            debit => due.Amount <= available.Amount && debit.Amount == due && account.Available.Amount == available.Amount - due.Amount && account.LastSequence == entries + 1,
            _ => false,
            _ => false,
            _ => false,
            _ => false,
            shortfall => due.Amount > available.Amount && shortfall.Shortfall.Amount == due.Amount - available.Amount
                && account.Available == available && account.LastSequence == entries && account.PendingEvents.Count == 0);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "VOU-4")]
    public void AnOrderMadeFreeByAVoucher_NeedsNoDebit_AndIsRefusedAsNothingToPay()
    {
        var organization = Organization();
        var account = Holding(organization, 100m);
        var order = Finished(organization, PaymentMethod.PrepaidAccount, [15m], DomainVoucher());

        var refused = PrepaidPayments.PayOrder(account, order, organization, Owner, Clock());

        Assert.Equal(new AmountNotPositive(Chf(0m)), refused.Value);
        Assert.Equal(1, account.LastSequence);
        Assert.Empty(account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void AnOrderInAnotherCurrency_OrAKeyHeldByAnotherEntry_IsRefusedByName_AndChangesNothing()
    {
        var organization = Organization();
        var account = Holding(organization, 100m);
        var euros = Finished(organization, PaymentMethod.PrepaidAccount, [10m], currency: Currency.Eur, seed: 4);
        var order = Finished(organization, PaymentMethod.PrepaidAccount, [10m]);
        account.TopUp(Owner, organization, PrepaidPayments.KeyForOrder(order.Id), Chf(10m), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        account.DequeueEvents();

        Assert.Equal(new CurrencyMismatch(Currency.Chf, Currency.Eur), PrepaidPayments.PayOrder(account, euros, organization, Owner, Clock()).Value);
        Assert.Equal(new IdempotencyKeyReused(account.Id, PrepaidPayments.KeyForOrder(order.Id), 2, LedgerEntryKind.Credit), PrepaidPayments.PayOrder(account, order, organization, Owner, Clock()).Value);
        Assert.Equal(2, account.LastSequence);
        Assert.Empty(account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-1")]
    public void PayOrder_ByAStrangerAnotherOrganizationsMemberOrAMemberWithoutBillingRights_IsDenied_AndChangesNothing()
    {
        var organization = Organization();
        var other = OtherOrganization();
        var account = Holding(organization, 100m);
        var theirAccount = Holding(other, 100m, actor: Neighbour);
        var order = Finished(organization, PaymentMethod.PrepaidAccount, [10m]);
        var theirs = Order.Start(Shopper.SignedIn(other, Neighbour), Currency.Chf, Clock(), new SeededRandomSource(4)).GetValueOrThrow();
        var neighbour = Shopper.SignedIn(other, Neighbour);
        theirs.AddLine(neighbour, ProductType.DomainName, RenewalPeriod.Yearly, Chf(10m)).GetValueOrThrow();
        theirs.ShowSummary(neighbour).GetValueOrThrow();
        theirs.ChoosePaymentMethod(neighbour, PaymentMethod.PrepaidAccount).GetValueOrThrow();
        theirs.Finish(neighbour, [], null, CustomerFacts.None, Clock(), new SeededRandomSource(6)).GetValueOrThrow();

        Assert.Equal(DenialReason.NotAMember, Denial(PrepaidPayments.PayOrder(account, order, organization, Stranger, Clock())));
        Assert.Equal(DenialReason.NotAMember, Denial(PrepaidPayments.PayOrder(account, order, organization, Neighbour, Clock())));
        Assert.Equal(DenialReason.BillingRightsRequired, Denial(PrepaidPayments.PayOrder(account, order, organization, Webmaster, Clock())));
        Assert.Equal(DenialReason.BillingRightsRequired, Denial(PrepaidPayments.PayOrder(account, order, organization, Editor, Clock())));
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Denial(PrepaidPayments.PayOrder(theirAccount, order, organization, Owner, Clock())));
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Denial(PrepaidPayments.PayOrder(account, theirs, organization, Owner, Clock())));
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Denial(PrepaidPayments.PayOrder(theirAccount, order, other, Neighbour, Clock())));
        Assert.Equal((1L, 1L), (account.LastSequence, theirAccount.LastSequence));
        Assert.Empty(account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "ORG-1")]
    public void AnUnfinishedOrder_OrOnePaidByAnotherMethod_IsAProgrammerError()
    {
        var organization = Organization();
        var account = Holding(organization, 100m);
        var shopper = Shopper.SignedIn(organization, Owner);
        var open = Order.Start(shopper, Currency.Chf, Clock(), new SeededRandomSource(3)).GetValueOrThrow();
        open.AddLine(shopper, ProductType.DomainName, RenewalPeriod.Yearly, Chf(10m)).GetValueOrThrow();
        open.ShowSummary(shopper).GetValueOrThrow();
        open.ChoosePaymentMethod(shopper, PaymentMethod.PrepaidAccount).GetValueOrThrow();
        var byCard = Finished(organization, PaymentMethod.Card, [10m]);

        var unfinished = Assert.Throws<ArgumentException>(() => PrepaidPayments.PayOrder(account, open, organization, Owner, Clock()));
        var paidByCard = Assert.Throws<ArgumentException>(() => PrepaidPayments.PayOrder(account, byCard, organization, Owner, Clock()));

        Assert.Equal(($"Order {open.Id} is at step PaymentMethodChosen: only a finished order is paid. (Parameter 'order')", "order"), (unfinished.Message, unfinished.ParamName));
        Assert.Equal(($"Order {byCard.Id} is paid by card, not by the prepaid account. (Parameter 'order')", "order"), (paidByCard.Message, paidByCard.ParamName));
        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayOrder(null!, byCard, organization, Owner, Clock())).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayOrder(account, null!, organization, Owner, Clock())).ParamName);
        Assert.Equal("organization", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayOrder(account, byCard, null!, Owner, Clock())).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayOrder(account, byCard, organization, Owner, null!)).ParamName);
        Assert.Throws<ArgumentException>(() => PrepaidPayments.KeyForOrder(default));
        Assert.Equal(1, account.LastSequence);
    }

    private static DenialReason Denial(OneOf.OneOf<PrepaidDebited, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, InsufficientAvailableBalance> result) =>
        Assert.IsType<ActionDenied>(result.Value).Reason;
}
