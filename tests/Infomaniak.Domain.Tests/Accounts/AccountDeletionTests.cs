using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Accounts;

/// <summary>ACC-8 (with RGT-5): the account's memberships and its Webmail access end together, or nothing happens; a call missing a fact is refused by name.</summary>
public class AccountDeletionTests
{
    private static Account Person() => Given.Person(Given.Account(0));

    [Fact]
    [Trait("Rule", "ACC-8")]
    [Trait("Rule", "RGT-5")]
    public void Check_IsRefused_WhileTheAccountIsLastUserOnlyLegalRepresentativeOrLastBillingAdministrator_NamingThoseOrganizations()
    {
        var person = Person();
        var alone = Given.Found(1, person);
        var representative = Given.Found(2, person);
        Given.Join(representative, person.Id, 1, Rights.Administrator(false));
        var billing = Given.OrganizationWith(3, Given.Account(1));
        Given.Join(billing, Given.Account(1), person, Rights.Administrator(true));
        billing.ChangeRights(person.Id, Given.Account(1), Rights.Administrator(false)).GetValueOrThrow();

        var refused = AccountDeletion.Check(person, [alone, representative, billing]).AsT2;

        Assert.Equal([Given.Organization(1)], refused.LastUserOf.Select(o => o.Id));
        Assert.Equal([Given.Organization(1), Given.Organization(2)], refused.OnlyLegalRepresentativeOf.Select(o => o.Id));
        Assert.Equal([Given.Organization(1), Given.Organization(2), Given.Organization(3)], refused.LastBillingAdministratorOf.Select(o => o.Id));
        Assert.Contains("Company 3", refused.Message, StringComparison.Ordinal);
        Assert.Contains(person.Login.Value, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    [Trait("Rule", "ORG-11")]
    public void Check_And_Delete_WithoutAnOrganizationTheAccountLists_AreRefusedByName_AndChangeNothing()
    {
        var person = Person();
        var forgotten = Given.Found(1, person);
        var given = Given.OrganizationWith(2, Given.Account(1));
        Given.Join(given, Given.Account(1), person, Rights.Administrator(false));
        person.DequeueEvents();
        var before = (Given.Snapshot(forgotten), Given.Snapshot(given), person.ToState());

        var checkedOnly = AccountDeletion.Check(person, [given]);
        var deleted = AccountDeletion.Delete(person, [], []);

        Assert.Equal([forgotten.Id], checkedOnly.AsT1.Organizations);
        Assert.Equal(new FactsNotGiven([], [forgotten.Id, given.Id], []), deleted.AsT1);
        Assert.Contains(forgotten.Id.ToString(), deleted.AsT1.Message, StringComparison.Ordinal);
        Assert.Equal(before, (Given.Snapshot(forgotten), Given.Snapshot(given), person.ToState()));
        Assert.Empty(person.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Approval_ListsTheMembershipsToEnd_AndApplyingItEndsThem()
    {
        var person = Person();
        var founded = Given.OrganizationWith(1, Given.Account(1));
        Given.Join(founded, Given.Account(1), person, Rights.Administrator(true));
        var coRepresented = Given.Found(2, person);
        Given.Join(coRepresented, person.Id, 1, Rights.Administrator(true));
        coRepresented.AppointLegalRepresentative(person.Id, Given.Account(1)).GetValueOrThrow();
        coRepresented.DequeueEvents();
        var unrelated = Given.OrganizationWith(3, Given.Account(2));

        var approval = AccountDeletion.Check(person, [founded, coRepresented, unrelated]).GetValueOrThrow();

        Assert.Equal([Given.Organization(1), Given.Organization(2)], approval.Memberships.Select(m => m.Organization));
        Assert.Equal(person.Id, approval.Account);
        Assert.True(founded.EndMembershipOfDeletedAccount(approval).IsT0);
        Assert.True(coRepresented.EndMembershipOfDeletedAccount(approval).IsT0);
        Assert.False(founded.IsMember(person.Id));
        Assert.Equal([Given.Account(1)], coRepresented.LegalRepresentatives);
        Assert.Equal(new MemberAccountDeleted(founded.Id, person.Id), Assert.Single(founded.PendingEvents));
        Assert.Throws<ArgumentException>(() => unrelated.EndMembershipOfDeletedAccount(approval));
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Applying_AnApprovalToAnOrganizationThatChangedSince_IsRefused()
    {
        var person = Person();
        var organization = Given.OrganizationWith(1, Given.Account(1));
        Given.Join(organization, Given.Account(1), person, Rights.Administrator(true));
        var approval = AccountDeletion.Check(person, [organization]).GetValueOrThrow();
        organization.ReplaceLegalRepresentative(Given.Account(1), Given.Account(1), person.Id).GetValueOrThrow();
        var before = Given.Snapshot(organization);

        Assert.IsType<StaleApproval>(organization.EndMembershipOfDeletedAccount(approval).Value);
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.True(AccountDeletion.Check(person, [organization]).IsT2);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void AnAccountThatLeft_StillListsTheOrganization_WhichTheDeletionRecognizesAsNoLongerAMembership()
    {
        var person = Person();
        var left = Given.OrganizationWith(1, Given.Account(1));
        Given.Join(left, Given.Account(1), person, Rights.Administrator(false));
        left.Leave(person.Id).GetValueOrThrow();

        var deleted = AccountDeletion.Delete(person, [left], []).GetValueOrThrow();

        Assert.Contains(left.Id, person.ToState().Organizations.Select(o => o.OrganizationId).Append(left.Id));
        Assert.Empty(deleted.MembershipsEnded);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    [Trait("Rule", "UNI-5")]
    public void Delete_EndsEveryMembership_AndEveryWebmailAccess_AndAnyUnification_AndTheAccountRecordsIt()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        var organization = Given.OrganizationWith(1, family.Munster.Id);
        Given.Join(organization, family.Munster.Id, julie, Rights.Administrator(false));
        var other = Given.OrganizationWith(2, family.Munster.Id, Given.Product(9));
        Given.Join(other, family.Munster.Id, julie, Given.Limited(false, Given.Product(9)));
        family.Service.DequeueEvents();
        julie.DequeueEvents();

        var deleted = AccountDeletion.Delete(julie, [organization, other], [family.Service]).GetValueOrThrow();

        Assert.Equal(new AccountDeleted(julie.Id, julie.Login, [organization.Id, other.Id], [mailbox]), deleted);
        Assert.Equal(deleted, Assert.Single(julie.PendingEvents));
        Assert.False(organization.IsMember(julie.Id) || other.IsMember(julie.Id));
        Assert.Empty(family.Service.Find(mailbox).GetValueOrThrow().WebmailReaders);
        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
        Assert.Null(julie.UnifiedWith);
        Assert.Contains(new MemberAccountDeleted(organization.Id, julie.Id), organization.PendingEvents);
        Assert.Contains(family.Service.PendingEvents, e => e is UnificationEnded);
        Assert.True(organization.IsMember(family.Munster.Id));
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    [Trait("Rule", "UNI-3")]
    public void Delete_WithoutTheMailServiceOfTheUnifiedMailbox_IsRefusedByName()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        julie.DequeueEvents();

        var refused = AccountDeletion.Delete(julie, [], []);

        Assert.Equal([family.Service.Id], refused.AsT1.MailServices);
        Assert.Equal(julie.Id, family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
        Assert.Empty(julie.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Delete_IsRefused_WhileTheAccountIsResponsible_AndChangesNothing()
    {
        var family = new Family();
        family.Service.DequeueEvents();
        family.Organization.DequeueEvents();
        family.Munster.DequeueEvents();
        var before = (Given.Snapshot(family.Organization), Snapshots.Of(family.Service));

        var refused = AccountDeletion.Delete(family.Munster, [family.Organization], [family.Service]).AsT2;

        Assert.Equal([family.Organization.Id], refused.LastUserOf.Select(o => o.Id));
        Assert.Equal([family.Organization.Id], refused.OnlyLegalRepresentativeOf.Select(o => o.Id));
        Assert.Equal(before, (Given.Snapshot(family.Organization), Snapshots.Of(family.Service)));
        Assert.Empty(family.Organization.PendingEvents);
        Assert.Empty(family.Service.PendingEvents);
        Assert.Empty(family.Munster.PendingEvents);
        Assert.Contains(family.Munster.Id, family.Service.Find(family.Compta).GetValueOrThrow().WebmailReaders);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Delete_OfAnAccountInNoOrganization_StillEndsItsWebmailAccess()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();

        var deleted = AccountDeletion.Delete(julie, [], [family.Service]).GetValueOrThrow();

        Assert.Empty(deleted.MembershipsEnded);
        Assert.Equal([mailbox], deleted.WebmailAccessRevoked);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Delete_GuardsItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => AccountDeletion.Delete(Person(), null!, []));
        Assert.Throws<ArgumentNullException>(() => AccountDeletion.Delete(Person(), [], null!));
        Assert.Throws<ArgumentNullException>(() => AccountDeletion.Delete(null!, [], []));
        Assert.Throws<ArgumentNullException>(() => AccountDeletion.Check(null!, []));
    }
}
