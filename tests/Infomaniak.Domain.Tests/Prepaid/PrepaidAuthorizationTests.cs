using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;
using Org = Infomaniak.Domain.Organizations.Organization;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>RGT-4: every operation on the prepaid account needs billing rights in the organization that owns it.</summary>
public class PrepaidAuthorizationTests
{
    private static readonly LedgerReference Order = LedgerReference.ForOrder(Given.Order(1));

    /// <summary>Every operation, on an account with 500 CHF, a pending withdrawal and a first entry to correct, by an actor acting through an organization.</summary>
    private static readonly Dictionary<string, Func<PrepaidAccount, Org, AccountId, WithdrawalId, object>> Operations = new()
    {
        ["top up"] = (account, organization, actor, _) => account.TopUp(actor, organization, Key("op"), Chf(20), PaymentMethod.Card, Policy, Clock()).Value,
        ["pay"] = (account, organization, actor, _) => account.Pay(actor, organization, Key("op"), Chf(20), Order, Clock()).Value,
        ["withdraw"] = (account, organization, actor, _) => account.RequestWithdrawal(actor, organization, Key("op"), Chf(20), Bank, Clock(), new SeededRandomSource(2)).Value,
        ["complete"] = (account, organization, actor, withdrawal) => account.CompleteWithdrawal(actor, organization, Key("op"), withdrawal, Clock()).Value,
        ["cancel"] = (account, organization, actor, withdrawal) => account.CancelWithdrawal(actor, organization, Key("op"), withdrawal, Clock()).Value,
        ["correct"] = (account, organization, actor, _) => account.Correct(actor, organization, Key("op"), 1, Chf(20), Clock()).Value,
        ["replay"] = (account, organization, actor, _) => account.TopUp(actor, organization, Key("top-up-1"), Chf(500), PaymentMethod.Card, Policy, Clock()).Value,
    };

    public static TheoryData<string, string> DeniedCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var operation in Operations.Keys)
        {
            foreach (var who in new[] { "stranger", "member of another organization", "its founder through its own organization", "administrator without billing rights", "limited member without billing rights" })
            {
                cases.Add(operation, who);
            }
        }

        return cases;
    }

    [Theory]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    [MemberData(nameof(DeniedCases))]
    public void EveryOperation_IsDenied_ToWhoeverHasNoBillingRightsInTheOwningOrganization_AndChangesNothing(string operation, string who)
    {
        var organization = Organization();
        var other = OtherOrganization();
        var account = Funded(organization, 500);
        var withdrawal = account.RequestWithdrawal(Owner, organization, Key("pending"), Chf(100), Bank, Clock(), new SeededRandomSource(1)).GetValueOrThrow().Withdrawal;
        account.DequeueEvents();
        var state = account.ToState();
        var (actor, through, reason) = who switch
        {
            "stranger" => (Stranger, organization, DenialReason.NotAMember),
            "member of another organization" => (Neighbour, organization, DenialReason.NotAMember),
            "its founder through its own organization" => (Neighbour, other, DenialReason.OwnedByAnotherOrganization),
            "administrator without billing rights" => (Webmaster, organization, DenialReason.BillingRightsRequired),
            _ => (Editor, organization, DenialReason.BillingRightsRequired),
        };

        var result = Operations[operation](account, through, actor, withdrawal);

        AssertDenied(actor, MemberAction.ManagePrepaidAccount, reason, result);
        Assert.Equal(state, account.ToState());
        Assert.Empty(account.PendingEvents);
    }

    public static TheoryData<string> OperationNames() => [.. Operations.Keys];

    [Theory]
    [Trait("Rule", "RGT-4")]
    [MemberData(nameof(OperationNames))]
    public void EveryOperation_IsAllowed_ToAMemberWithBillingRights_EvenWithRightsLimitedToSomeProducts(string operation)
    {
        var organization = Organization();
        var account = Funded(organization, 500);
        var withdrawal = account.RequestWithdrawal(Owner, organization, Key("pending"), Chf(100), Bank, Clock(), new SeededRandomSource(1)).GetValueOrThrow().Withdrawal;

        var result = Operations[operation](account, organization, Accountant, withdrawal);

        Assert.IsAssignableFrom<LedgerEntry>(result);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void OpeningTheAccount_NeedsBillingRights_AndRecordsWhoOpenedIt()
    {
        var organization = Organization();
        var random = new SeededRandomSource(3);

        AssertDenied(Webmaster, MemberAction.ManagePrepaidAccount, DenialReason.BillingRightsRequired, PrepaidAccount.Open(organization, Webmaster, Currency.Chf, random).Value);
        AssertDenied(Stranger, MemberAction.ManagePrepaidAccount, DenialReason.NotAMember, PrepaidAccount.Open(organization, Stranger, Currency.Chf, random).Value);
        var account = PrepaidAccount.Open(organization, Accountant, Currency.Eur, random).GetValueOrThrow();

        Assert.Equal([new PrepaidAccountOpened(account.Id, organization.Id, Currency.Eur, Accountant)], account.PendingEvents);
        Assert.Equal((organization.Id, Currency.Eur, Money.Zero(Currency.Eur), 1L, 0L), (account.Organization, account.Currency, account.Balance, account.Version, account.LastSequence));
        Assert.True(account.HoldsWholeLedger);
        Assert.Empty(account.Entries);
        Assert.Throws<ArgumentException>(() => PrepaidAccount.Open(organization, Owner, default, random));
        Assert.Throws<ArgumentNullException>(() => PrepaidAccount.Open(null!, Owner, Currency.Chf, random));
        Assert.Throws<ArgumentNullException>(() => PrepaidAccount.Open(organization, Owner, Currency.Chf, null!));
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void AMemberWhoLosesBillingRights_MayNoLongerTouchTheAccount()
    {
        var organization = Organization();
        var account = Funded(organization, 100);
        Assert.IsType<OneOf.Types.Success>(organization.ChangeRights(Owner, Accountant, Given.Limited(false, Given.Product(1))).Value);

        AssertDenied(Accountant, MemberAction.ManagePrepaidAccount, DenialReason.BillingRightsRequired, account.Pay(Accountant, organization, Key("pay"), Chf(10), Order, Clock()).Value);
    }

    private static void AssertDenied(AccountId actor, MemberAction action, DenialReason reason, object? result)
    {
        var denied = Assert.IsType<ActionDenied>(result);
        Assert.Equal((actor, action, reason), (denied.Actor, denied.Action, denied.Reason));
    }
}
