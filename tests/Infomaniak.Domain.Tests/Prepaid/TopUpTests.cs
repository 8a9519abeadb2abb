using Infomaniak.Domain.Prepaid;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>PRE-1: the account is credited at will, within the policy's limits and with an accepted method; each refusal names the limit it hit.</summary>
public class TopUpTests
{
    private static readonly PaymentMethod[] Methods = [PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.BankTransfer, PaymentMethod.PayPal];

    [Property(MaxTest = 300)]
    [Trait("Rule", "PRE-1")]
    public bool ATopUp_IsCredited_ExactlyWhenWithinEveryLimit_AndOtherwiseNamesTheLimitItHit(int centimes, byte method, byte fundedTimes)
    {
        var organization = Organization();
        var account = Funded(organization, [.. Enumerable.Repeat(5_000m, fundedTimes % 5)]);
        var balanceBefore = account.Balance;
        var amount = Money.FromMinorUnits(centimes % 3_000_000, Currency.Chf).GetValueOrThrow();
        var chosen = Methods[method % Methods.Length];

        var result = account.TopUp(Owner, organization, Key("top-up"), amount, chosen, Policy, Clock());

        var accepted = amount.IsPositive && chosen != PaymentMethod.PayPal && amount.Amount >= 10m && amount.Amount <= 5_000m
            && balanceBefore.Amount + amount.Amount <= 20_000m;
        return result.Match(
            credit => accepted && credit.Amount == amount && credit.Method == chosen && account.Balance.Amount == balanceBefore.Amount + amount.Amount,
            _ => false,
            _ => false,
            _ => false,
            notPositive => !amount.IsPositive && notPositive.Amount == amount,
            notAccepted => amount.IsPositive && chosen == PaymentMethod.PayPal && notAccepted.Method == chosen && notAccepted.Accepted.SequenceEqual(Policy.AcceptedMethods),
            below => amount.IsPositive && chosen != PaymentMethod.PayPal && amount.Amount < 10m && below.Minimum == Chf(10) && below.Amount == amount,
            above => chosen != PaymentMethod.PayPal && amount.Amount > 5_000m && above.Maximum == Chf(5_000) && above.Amount == amount,
            limit => !accepted && chosen != PaymentMethod.PayPal && amount.Amount >= 10m && amount.Amount <= 5_000m
                && limit.MaximumBalance == Chf(20_000) && limit.Balance == balanceBefore && limit.Amount == amount)
            && (accepted ? account.LastSequence == fundedTimes % 5 + 1 : account.LastSequence == fundedTimes % 5 && account.Balance == balanceBefore);
    }

    [Fact]
    [Trait("Rule", "PRE-1")]
    [Trait("Rule", "PRE-5")]
    public void ATopUp_AppendsACreditRecordingWhoWhenHowAndWhy()
    {
        var organization = Organization();
        var account = Open(organization);
        var clock = Clock();

        var credit = account.TopUp(Accountant, organization, Key("twint-1"), Chf(150.50m), PaymentMethod.Twint, Policy, clock).GetValueOrThrow();

        Assert.Equal(account.Id, credit.Account);
        Assert.Equal(1, credit.Sequence);
        Assert.Equal(Key("twint-1"), credit.IdempotencyKey);
        Assert.Equal(Accountant, credit.Actor);
        Assert.Equal(clock.GetUtcNow(), credit.RecordedAt);
        Assert.Equal(Chf(150.50m), credit.Amount);
        Assert.Equal(Chf(150.50m), credit.BalanceChange);
        Assert.Equal(Chf(0), credit.ReservedChange);
        Assert.Equal(LedgerEntryKind.Credit, credit.Kind);
        Assert.Equal(PaymentMethod.Twint, credit.Method);
        Assert.Equal([credit], account.PendingEvents);
        Assert.Equal([credit], account.Entries);
        Assert.Equal(Chf(150.50m), account.Balance);
        Assert.Equal(Chf(150.50m), account.Available);
        Assert.Equal(2, account.Version);
    }

    [Fact]
    [Trait("Rule", "PRE-1")]
    public void TheLimitsThemselves_AreWithinTheLimits()
    {
        var organization = Organization();
        var account = Open(organization);

        account.TopUp(Owner, organization, Key("a"), Chf(10), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        account.TopUp(Owner, organization, Key("b"), Chf(5_000), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        account.TopUp(Owner, organization, Key("c"), Chf(5_000), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        account.TopUp(Owner, organization, Key("d"), Chf(5_000), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        account.TopUp(Owner, organization, Key("e"), Chf(4_990), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();

        Assert.Equal(Chf(20_000), account.Balance);
        Assert.IsType<BalanceLimitExceeded>(account.TopUp(Owner, organization, Key("f"), Chf(10), PaymentMethod.Card, Policy, Clock()).Value);
        Assert.IsType<TopUpBelowMinimum>(account.TopUp(Owner, organization, Key("g"), Chf(9.99m), PaymentMethod.Card, Policy, Clock()).Value);
        Assert.IsType<TopUpAboveMaximum>(account.TopUp(Owner, organization, Key("h"), Chf(5_000.01m), PaymentMethod.Card, Policy, Clock()).Value);
    }

    [Fact]
    [Trait("Rule", "PRE-1")]
    public void BadAmounts_AreNamedRefusals_AndAnOverPreciseAmountNeverGetsPastTheBorder()
    {
        var organization = Organization();
        var account = Open(organization);

        var mismatch = account.TopUp(Owner, organization, Key("eur"), Eur(100), PaymentMethod.Card, Policy, Clock());
        var zero = account.TopUp(Owner, organization, Key("zero"), Chf(0), PaymentMethod.Card, Policy, Clock());
        var negative = account.TopUp(Owner, organization, Key("negative"), Chf(-50), PaymentMethod.Card, Policy, Clock());

        Assert.Equal(new CurrencyMismatch(Currency.Chf, Currency.Eur), mismatch.Value);
        Assert.Equal(new AmountNotPositive(Chf(0)), zero.Value);
        Assert.Equal(new AmountNotPositive(Chf(-50)), negative.Value);
        Assert.Equal(new AmountTooPrecise(10.005m, Currency.Chf), Money.Create(10.005m, Currency.Chf).Value);
        Assert.Empty(account.Entries);
        Assert.Empty(account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-1")]
    public void APolicyInAnotherCurrency_OrAMissingArgument_IsAProgrammerError()
    {
        var organization = Organization();
        var account = Open(organization);
        var euros = TopUpPolicy.Create([PaymentMethod.Card], Eur(10), Eur(100), Eur(1_000)).GetValueOrThrow();

        Assert.Throws<ArgumentException>(() => account.TopUp(Owner, organization, Key("k"), Chf(50), PaymentMethod.Card, euros, Clock()));
        Assert.Throws<ArgumentException>(() => account.TopUp(Owner, organization, default, Chf(50), PaymentMethod.Card, Policy, Clock()));
        Assert.Throws<ArgumentException>(() => account.TopUp(Owner, organization, Key("k"), default, PaymentMethod.Card, Policy, Clock()));
        Assert.Throws<ArgumentException>(() => account.TopUp(Owner, organization, Key("k"), Chf(50), default, Policy, Clock()));
        Assert.Throws<ArgumentNullException>(() => account.TopUp(Owner, null!, Key("k"), Chf(50), PaymentMethod.Card, Policy, Clock()));
        Assert.Throws<ArgumentNullException>(() => account.TopUp(Owner, organization, Key("k"), Chf(50), PaymentMethod.Card, null!, Clock()));
        Assert.Throws<ArgumentNullException>(() => account.TopUp(Owner, organization, Key("k"), Chf(50), PaymentMethod.Card, Policy, null!));
        Assert.Empty(account.Entries);
    }
}
