using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;
using Org = Infomaniak.Domain.Organizations.Organization;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>
/// A missing or default argument to a prepaid account's operation is a programmer error naming its parameter, found
/// before anything else is decided: even for an actor the organization would refuse, and even for a retried key whose
/// first outcome would otherwise be returned; it appends nothing.
/// </summary>
public class PrepaidGuardTests
{
    private const string NoKey = "An idempotency key is required; the default value is not one. (Parameter 'key')";

    private const string NoAmount = "An amount in a currency is required; the default value is not one. (Parameter 'amount')";

    private static readonly LedgerReference AnOrder = LedgerReference.ForOrder(Given.Order(1));

    private static void ThrowsNull(string parameter, Func<object?> act) => Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(act).ParamName);

    private static void ThrowsDefault(string parameter, string message, Func<object?> act)
    {
        var thrown = Assert.Throws<ArgumentException>(act);
        Assert.Equal((parameter, message), (thrown.ParamName, thrown.Message));
    }

    /// <summary>
    /// An account of 100 where every kind of operation was made once by the owner, under the keys <c>top-up</c>,
    /// <c>pay</c>, <c>withdraw</c>, <c>complete</c> (of <c>withdraw</c>), <c>withdraw-again</c>, <c>cancel</c> (of
    /// <c>withdraw-again</c>) and <c>correct</c> (of the payment).
    /// </summary>
    private sealed class Scene
    {
        public Scene()
        {
            Account = Holding(Organization, 100m);
            Account.TopUp(Owner, Organization, Key("top-up"), Chf(50), PaymentMethod.Card, Policy, Clock).GetValueOrThrow();
            Account.Pay(Owner, Organization, Key("pay"), Chf(10), AnOrder, Clock).GetValueOrThrow();
            Sent = Account.RequestWithdrawal(Owner, Organization, Key("withdraw"), Chf(5), Bank, Clock, new SeededRandomSource(3)).GetValueOrThrow().Withdrawal;
            Account.CompleteWithdrawal(Owner, Organization, Key("complete"), Sent, Clock).GetValueOrThrow();
            Dropped = Account.RequestWithdrawal(Owner, Organization, Key("withdraw-again"), Chf(5), Bank, Clock, new SeededRandomSource(4)).GetValueOrThrow().Withdrawal;
            Account.CancelWithdrawal(Owner, Organization, Key("cancel"), Dropped, Clock).GetValueOrThrow();
            Account.Correct(Owner, Organization, Key("correct"), 3, Chf(10), Clock).GetValueOrThrow();
            Account.DequeueEvents();
        }

        public Org Organization { get; } = PrepaidGiven.Organization();

        public ManualTimeProvider Clock { get; } = PrepaidGiven.Clock();

        public PrepaidAccount Account { get; }

        public WithdrawalId Sent { get; }

        public WithdrawalId Dropped { get; }
    }

    public static TheoryData<string> Actors => ["a stranger", "the owner retrying"];

    private static AccountId Actor(string who) => who == "a stranger" ? Stranger : Owner;

    [Theory]
    [Trait("Rule", "PRE-1")]
    [MemberData(nameof(Actors))]
    public void TopUp_NamesAMissingArgument_BeforeRefusingTheActor_OrReplayingTheKey(string who)
    {
        var scene = new Scene();
        var (account, organization, clock, actor, key) = (scene.Account, scene.Organization, scene.Clock, Actor(who), Key("top-up"));
        var euros = TopUpPolicy.Create([PaymentMethod.Card], Eur(10), Eur(5_000), Eur(20_000)).GetValueOrThrow();

        ThrowsNull("organization", () => account.TopUp(actor, null!, key, Chf(50), PaymentMethod.Card, Policy, clock));
        ThrowsNull("clock", () => account.TopUp(actor, organization, key, Chf(50), PaymentMethod.Card, Policy, null!));
        ThrowsNull("policy", () => account.TopUp(actor, organization, key, Chf(50), PaymentMethod.Card, null!, clock));
        ThrowsDefault("key", NoKey, () => account.TopUp(actor, organization, default, Chf(50), PaymentMethod.Card, Policy, clock));
        ThrowsDefault("amount", NoAmount, () => account.TopUp(actor, organization, key, default, PaymentMethod.Card, Policy, clock));
        ThrowsDefault("method", "A payment method is required; the default value is not one. (Parameter 'method')",
            () => account.TopUp(actor, organization, key, Chf(50), default, Policy, clock));
        ThrowsDefault("policy", "The policy's limits are in EUR; the account is in CHF. (Parameter 'policy')",
            () => account.TopUp(actor, organization, key, Chf(50), PaymentMethod.Card, euros, clock));
        Assert.Equal((8L, 0), (account.LastSequence, account.NewEntries.Count));
    }

    [Theory]
    [Trait("Rule", "PRE-2")]
    [MemberData(nameof(Actors))]
    public void Pay_NamesAMissingArgument_BeforeRefusingTheActor_OrReplayingTheKey(string who)
    {
        var scene = new Scene();
        var (account, organization, clock, actor, key) = (scene.Account, scene.Organization, scene.Clock, Actor(who), Key("pay"));

        ThrowsNull("organization", () => account.Pay(actor, null!, key, Chf(10), AnOrder, clock));
        ThrowsNull("clock", () => account.Pay(actor, organization, key, Chf(10), AnOrder, null!));
        ThrowsNull("reference", () => account.Pay(actor, organization, key, Chf(10), null!, clock));
        ThrowsNull("reference", () => account.Pay(actor, null!, default, default, null!, null!));
        ThrowsDefault("key", NoKey, () => account.Pay(actor, organization, default, Chf(10), AnOrder, clock));
        ThrowsDefault("amount", NoAmount, () => account.Pay(actor, organization, key, default, AnOrder, clock));
        Assert.Equal((8L, 0), (account.LastSequence, account.NewEntries.Count));
    }

    [Theory]
    [Trait("Rule", "PRE-4")]
    [MemberData(nameof(Actors))]
    public void RequestWithdrawal_NamesAMissingArgument_BeforeRefusingTheActor_OrReplayingTheKey(string who)
    {
        var scene = new Scene();
        var (account, organization, clock, actor, key) = (scene.Account, scene.Organization, scene.Clock, Actor(who), Key("withdraw"));
        var random = new SeededRandomSource(3);

        ThrowsNull("organization", () => account.RequestWithdrawal(actor, null!, key, Chf(5), Bank, clock, random));
        ThrowsNull("clock", () => account.RequestWithdrawal(actor, organization, key, Chf(5), Bank, null!, random));
        ThrowsNull("destination", () => account.RequestWithdrawal(actor, organization, key, Chf(5), null!, clock, random));
        ThrowsNull("random", () => account.RequestWithdrawal(actor, organization, key, Chf(5), Bank, clock, null!));
        ThrowsDefault("key", NoKey, () => account.RequestWithdrawal(actor, organization, default, Chf(5), Bank, clock, random));
        ThrowsDefault("amount", NoAmount, () => account.RequestWithdrawal(actor, organization, key, default, Bank, clock, random));
        Assert.Equal((8L, 0), (account.LastSequence, account.NewEntries.Count));
    }

    [Theory]
    [Trait("Rule", "PRE-4")]
    [MemberData(nameof(Actors))]
    public void CompletingOrCancellingAWithdrawal_NamesAMissingArgument_BeforeRefusingTheActor_OrReplayingTheKey(string who)
    {
        var scene = new Scene();
        var (account, organization, clock, actor) = (scene.Account, scene.Organization, scene.Clock, Actor(who));
        var (complete, sent, cancel, dropped) = (Key("complete"), scene.Sent, Key("cancel"), scene.Dropped);

        ThrowsNull("organization", () => account.CompleteWithdrawal(actor, null!, complete, sent, clock));
        ThrowsNull("clock", () => account.CompleteWithdrawal(actor, organization, complete, sent, null!));
        ThrowsDefault("key", NoKey, () => account.CompleteWithdrawal(actor, organization, default, sent, clock));
        Assert.Equal("withdrawal", Assert.ThrowsAny<ArgumentException>(() => account.CompleteWithdrawal(actor, organization, complete, default, clock)).ParamName);
        ThrowsNull("organization", () => account.CancelWithdrawal(actor, null!, cancel, dropped, clock));
        ThrowsNull("clock", () => account.CancelWithdrawal(actor, organization, cancel, dropped, null!));
        ThrowsDefault("key", NoKey, () => account.CancelWithdrawal(actor, organization, default, dropped, clock));
        Assert.Equal("withdrawal", Assert.ThrowsAny<ArgumentException>(() => account.CancelWithdrawal(actor, organization, cancel, default, clock)).ParamName);
        Assert.Equal((8L, 0), (account.LastSequence, account.NewEntries.Count));
    }

    [Theory]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(Actors))]
    public void Correct_NamesAMissingArgument_BeforeRefusingTheActor_OrReplayingTheKey(string who)
    {
        var scene = new Scene();
        var (account, organization, clock, actor, key) = (scene.Account, scene.Organization, scene.Clock, Actor(who), Key("correct"));

        ThrowsNull("organization", () => account.Correct(actor, null!, key, 3, Chf(10), clock));
        ThrowsNull("clock", () => account.Correct(actor, organization, key, 3, Chf(10), null!));
        ThrowsDefault("key", NoKey, () => account.Correct(actor, organization, default, 3, Chf(10), clock));
        ThrowsDefault("amount", NoAmount, () => account.Correct(actor, organization, key, 3, default, clock));
        Assert.Equal((8L, 0), (account.LastSequence, account.NewEntries.Count));
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void Open_NamesAMissingArgument_BeforeRefusingAStranger()
    {
        var organization = Organization();
        var random = new SeededRandomSource(1);

        ThrowsNull("organization", () => PrepaidAccount.Open(null!, Stranger, Currency.Chf, random));
        ThrowsNull("random", () => PrepaidAccount.Open(organization, Stranger, Currency.Chf, null!));
        ThrowsDefault("currency", "A currency is required; the default value is not one. (Parameter 'currency')", () => PrepaidAccount.Open(organization, Stranger, default, random));
        ThrowsDefault("currency", "A currency is required; the default value is not one. (Parameter 'currency')", () => PrepaidAccount.Open(organization, Owner, default, random));
    }

    [Fact]
    [Trait("Rule", "PRE-1")]
    public void APolicy_WithNoMethodListADefaultMethodOrADefaultLimit_NamesTheArgument()
    {
        ThrowsNull("acceptedMethods", () => TopUpPolicy.Create(null!, Chf(1), Chf(2), Chf(3)));
        ThrowsDefault("acceptedMethods", "A payment method must not be the default value. (Parameter 'acceptedMethods')",
            () => TopUpPolicy.Create([PaymentMethod.Card, default], Chf(1), Chf(2), Chf(3)));
        const string noLimit = "The limits must be amounts in a currency. (Parameter 'minimumPerTopUp')";
        ThrowsDefault("minimumPerTopUp", noLimit, () => TopUpPolicy.Create([PaymentMethod.Card], default, Chf(2), Chf(3)));
        ThrowsDefault("minimumPerTopUp", noLimit, () => TopUpPolicy.Create([PaymentMethod.Card], Chf(1), default, Chf(3)));
        ThrowsDefault("minimumPerTopUp", noLimit, () => TopUpPolicy.Create([PaymentMethod.Card], Chf(1), Chf(2), default));
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void TheNewEntries_RefuseAnIndexOutsideThem_EvenOneThatWouldReachAnOlderEntry()
    {
        var organization = Organization();
        var account = Funded(organization, 100, 200);
        var added = account.TopUp(Owner, organization, Key("new"), Chf(50), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();

        Assert.Equal(added, Assert.Single(account.NewEntries));
        Assert.Same(added, account.NewEntries[0]);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => account.NewEntries[-1]).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => account.NewEntries[-2]).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => account.NewEntries[1]).ParamName);
    }
}
