using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

public class AccountDeletionTests
{
    private static readonly AccountId Person = Given.Account(0);

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Check_IsRefused_WhileTheAccountIsLastUserOrOnlyLegalRepresentative_NamingThoseOrganizations()
    {
        var alone = Given.OrganizationWith(1, Person);
        var representative = Given.OrganizationWith(2, Person);
        Given.Join(representative, Person, 1, Rights.Administrator(false));
        var member = Given.OrganizationWith(3, Given.Account(1));
        Given.Join(member, Given.Account(1), 0, Rights.Administrator(false));

        var refused = AccountDeletion.Check(Person, [alone, representative, member]).AsT1;

        Assert.Equal([Given.Organization(1)], refused.LastUserOf);
        Assert.Equal([Given.Organization(1), Given.Organization(2)], refused.OnlyLegalRepresentativeOf);
        Assert.Contains(Given.Organization(2).ToString(), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Approval_ListsTheMembershipsToEnd_AndApplyingItEndsThem()
    {
        var founded = Given.OrganizationWith(1, Given.Account(1));
        Given.Join(founded, Given.Account(1), 0, Rights.Administrator(true));
        var coRepresented = Given.OrganizationWith(2, Person);
        Given.Join(coRepresented, Person, 1, Rights.Administrator(false));
        coRepresented.AppointLegalRepresentative(Person, Given.Account(1)).GetValueOrThrow();
        coRepresented.DequeueEvents();
        var unrelated = Given.OrganizationWith(3, Given.Account(2));

        var approval = AccountDeletion.Check(Person, [founded, coRepresented, unrelated]).AsT0;

        Assert.Equal([Given.Organization(1), Given.Organization(2)], approval.Memberships.Select(m => m.Organization));
        Assert.Equal(Person, approval.Account);
        Assert.True(founded.EndMembershipOfDeletedAccount(approval).IsT0);
        Assert.True(coRepresented.EndMembershipOfDeletedAccount(approval).IsT0);
        Assert.False(founded.IsMember(Person));
        Assert.Equal([Given.Account(1)], coRepresented.LegalRepresentatives);
        Assert.Equal(new MemberAccountDeleted(founded.Id, Person), Assert.Single(founded.PendingEvents));
        Assert.Throws<ArgumentException>(() => unrelated.EndMembershipOfDeletedAccount(approval));
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Applying_AnApprovalToAnOrganizationThatChangedSince_IsRefused()
    {
        var organization = Given.OrganizationWith(1, Given.Account(1));
        Given.Join(organization, Given.Account(1), 0, Rights.Administrator(true));
        var approval = AccountDeletion.Check(Person, [organization]).AsT0;
        organization.ReplaceLegalRepresentative(Given.Account(1), Given.Account(1), Person).GetValueOrThrow();
        var before = Given.Snapshot(organization);

        Assert.IsType<StaleApproval>(organization.EndMembershipOfDeletedAccount(approval).Value);
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.True(AccountDeletion.Check(Person, [organization]).IsT1);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void AnAccountInNoOrganization_MayBeDeleted_WithNothingToEnd() =>
        Assert.Empty(AccountDeletion.Check(Person, [Given.OrganizationWith(1, Given.Account(1))]).AsT0.Memberships);
}
