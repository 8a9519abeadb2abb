using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;
using Org = Infomaniak.Domain.Organizations.Organization;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>PRE-5: the same key with the same request returns the first outcome and changes nothing; with a different request it is refused by name.</summary>
public class IdempotencyTests
{
    private static readonly LedgerReference Order = LedgerReference.ForOrder(Given.Order(1));

    /// <summary>Runs one operation of each kind with a key, on an account funded with 500 CHF and a pending withdrawal of 100.</summary>
    private static readonly Func<PrepaidAccount, Org, WithdrawalId, IdempotencyKey, object>[] Operations =
    [
        (account, organization, _, key) => account.TopUp(Owner, organization, key, Chf(20), PaymentMethod.Card, Policy, Clock()).Value,
        (account, organization, _, key) => account.Pay(Owner, organization, key, Chf(20), Order, Clock()).Value,
        (account, organization, _, key) => account.RequestWithdrawal(Owner, organization, key, Chf(20), Bank, Clock(), new SeededRandomSource(8)).Value,
        (account, organization, withdrawal, key) => account.CompleteWithdrawal(Owner, organization, key, withdrawal, Clock()).Value,
        (account, organization, withdrawal, key) => account.CancelWithdrawal(Owner, organization, key, withdrawal, Clock()).Value,
        (account, organization, _, key) => account.Correct(Owner, organization, key, 1, Chf(20), Clock()).Value,
    ];

    public static TheoryData<int> OperationIndexes() => [0, 1, 2, 3, 4, 5];

    private static (PrepaidAccount Account, Org Organization, WithdrawalId Withdrawal) Setup()
    {
        var organization = Organization();
        var account = Funded(organization, 500);
        var withdrawal = account.RequestWithdrawal(Owner, organization, Key("pending"), Chf(100), Bank, Clock(), new SeededRandomSource(5)).GetValueOrThrow().Withdrawal;
        account.DequeueEvents();
        return (account, organization, withdrawal);
    }

    [Theory]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(OperationIndexes))]
    public void TheSameKey_WithTheSameRequest_ReturnsTheFirstOutcome_AndChangesNothing(int operation)
    {
        var (account, organization, withdrawal) = Setup();
        var first = Assert.IsAssignableFrom<LedgerEntry>(Operations[operation](account, organization, withdrawal, Key("retry-me")));
        var state = account.ToState();

        var again = Operations[operation](account, organization, withdrawal, Key("retry-me"));
        var thrice = Operations[operation](account, organization, withdrawal, Key("retry-me"));

        Assert.Same(first, again);
        Assert.Same(first, thrice);
        Assert.Equal(state, account.ToState());
        Assert.Equal([(IDomainEvent)first], account.PendingEvents);
    }

    [Theory]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(OperationIndexes))]
    public void TheSameKey_WithAnyOtherRequest_IsRefusedByName_NamingTheFirstEntry(int operation)
    {
        var (account, organization, withdrawal) = Setup();
        var first = Assert.IsAssignableFrom<LedgerEntry>(Operations[operation](account, organization, withdrawal, Key("used")));
        var state = account.ToState();

        for (var other = 0; other < Operations.Length; other++)
        {
            if (other != operation)
            {
                Assert.Equal(new IdempotencyKeyReused(account.Id, Key("used"), first.Sequence, first.Kind), Operations[other](account, organization, withdrawal, Key("used")));
            }
        }

        Assert.Equal(state, account.ToState());
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void AChangedAmount_Method_Reference_Destination_Withdrawal_OrEntry_IsADifferentRequest()
    {
        var (account, organization, withdrawal) = Setup();
        var other = account.RequestWithdrawal(Owner, organization, Key("other-pending"), Chf(10), Bank, Clock(), new SeededRandomSource(6)).GetValueOrThrow().Withdrawal;
        account.TopUp(Owner, organization, Key("t"), Chf(20), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        account.Pay(Owner, organization, Key("p"), Chf(20), Order, Clock()).GetValueOrThrow();
        account.RequestWithdrawal(Owner, organization, Key("r"), Chf(20), Bank, Clock(), new SeededRandomSource(8)).GetValueOrThrow();
        account.CompleteWithdrawal(Owner, organization, Key("c"), withdrawal, Clock()).GetValueOrThrow();
        account.CancelWithdrawal(Owner, organization, Key("x"), other, Clock()).GetValueOrThrow();
        account.Correct(Owner, organization, Key("k"), 1, Chf(20), Clock()).GetValueOrThrow();
        var entries = account.LastSequence;

        object[] changed =
        [
            account.TopUp(Owner, organization, Key("t"), Chf(21), PaymentMethod.Card, Policy, Clock()).Value,
            account.TopUp(Owner, organization, Key("t"), Chf(20), PaymentMethod.Twint, Policy, Clock()).Value,
            account.Pay(Owner, organization, Key("p"), Chf(21), Order, Clock()).Value,
            account.Pay(Owner, organization, Key("p"), Chf(20), LedgerReference.ForOrder(Given.Order(2)), Clock()).Value,
            account.RequestWithdrawal(Owner, organization, Key("r"), Chf(21), Bank, Clock(), new SeededRandomSource(8)).Value,
            account.RequestWithdrawal(Owner, organization, Key("r"), Chf(20), PayPal, Clock(), new SeededRandomSource(8)).Value,
            account.CompleteWithdrawal(Owner, organization, Key("c"), other, Clock()).Value,
            account.CancelWithdrawal(Owner, organization, Key("x"), withdrawal, Clock()).Value,
            account.Correct(Owner, organization, Key("k"), 1, Chf(21), Clock()).Value,
            account.Correct(Owner, organization, Key("k"), 2, Chf(20), Clock()).Value,
        ];

        Assert.All(changed, result => Assert.IsType<IdempotencyKeyReused>(result));
        Assert.Equal(entries, account.LastSequence);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void ARefusedOperation_LeavesItsKeyFree_ForTheSameRequestOnceItCanSucceed()
    {
        var organization = Organization();
        var account = Open(organization);

        var refused = account.Pay(Owner, organization, Key("invoice-7"), Chf(30), Order, Clock());
        account.TopUp(Owner, organization, Key("top-up"), Chf(50), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        var paid = account.Pay(Owner, organization, Key("invoice-7"), Chf(30), Order, Clock());

        Assert.IsType<InsufficientAvailableBalance>(refused.Value);
        Assert.Equal(2, Assert.IsType<PrepaidDebited>(paid.Value).Sequence);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "PRE-1")]
    public void AReplay_ReturnsTheFirstOutcome_EvenWhenThePolicyChangedSince()
    {
        var organization = Organization();
        var account = Open(organization);
        var first = account.TopUp(Owner, organization, Key("t"), Chf(5_000), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        var stricter = TopUpPolicy.Create([PaymentMethod.Twint], Chf(1), Chf(100), Chf(100)).GetValueOrThrow();

        Assert.Same(first, account.TopUp(Owner, organization, Key("t"), Chf(5_000), PaymentMethod.Card, stricter, Clock()).Value);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void AReplay_AfterReloading_FindsTheFirstOutcome_InTheWholeLedgerOrInTheEntriesLoadedWithTheHead()
    {
        var organization = Organization();
        var account = Funded(organization, 100, 200, 300);
        var state = account.ToState();
        var head = state with { Entries = [state.Entries[1]] };

        var fromWhole = PrepaidAccount.FromState(state).TopUp(Owner, organization, Key("top-up-2"), Chf(200), PaymentMethod.Card, Policy, Clock());
        var fromHead = PrepaidAccount.FromState(head);
        var replayed = fromHead.TopUp(Owner, organization, Key("top-up-2"), Chf(200), PaymentMethod.Card, Policy, Clock());

        Assert.Equal(account.Entries[1], fromWhole.Value);
        Assert.Equal(account.Entries[1], replayed.Value);
        Assert.Empty(fromHead.NewEntries);
        Assert.IsType<IdempotencyKeyReused>(fromHead.TopUp(Owner, organization, Key("top-up-2"), Chf(201), PaymentMethod.Card, Policy, Clock()).Value);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void AHeadLoadedWithoutAKeysEntry_TakesTheKeyAsNew_SoTheStoresUniqueIndexIsTheLastGuard()
    {
        var organization = Organization();
        var account = Funded(organization, 100);
        var state = account.ToState();
        var head = PrepaidAccount.FromState(state with { Entries = [] });

        var appended = head.TopUp(Owner, organization, Key("top-up-1"), Chf(100), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();

        Assert.Equal(2, appended.Sequence);
        Assert.Equal([appended], head.NewEntries);
        Assert.Equal(account.Entries[0].IdempotencyKey, head.NewEntries[0].IdempotencyKey);
    }
}
