using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

public class MembershipTests
{
    private static readonly AccountId Admin = Given.Account(0);
    private static readonly ProductId Site = Given.Product(1);

    /// <summary>Admin (founder, legal representative), 1 = second administrator, 2 = limited member.</summary>
    private static Organization Team()
    {
        var organization = Given.OrganizationWith(1, Admin, Site);
        Given.Join(organization, Admin, 1, Rights.Administrator(true));
        Given.Join(organization, Admin, 2, Given.Limited(false, Site));
        return organization;
    }

    private static void AssertRefusedWithoutChange<T>(Organization organization, Func<T> operation, Func<T, object> value, Type refusal)
    {
        var before = Given.Snapshot(organization);

        var result = operation();

        Assert.IsType(refusal, value(result));
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.Empty(organization.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void Administrator_ChangesAnotherMembersRights()
    {
        var organization = Team();

        Assert.True(organization.ChangeRights(Admin, Given.Account(2), Rights.Administrator(false)).IsT0);

        Assert.True(organization.Members.Single(m => m.Account == Given.Account(2)).Rights.IsAdministrator);
        Assert.IsType<MemberRightsChanged>(Assert.Single(organization.PendingEvents));
    }

    [Fact]
    [Trait("Rule", "RGT-3")]
    public void Nobody_ChangesTheirOwnRights()
    {
        var organization = Team();

        AssertRefusedWithoutChange(organization, () => organization.ChangeRights(Given.Account(1), Given.Account(1), Given.Limited(false, Site)), r => r.Value, typeof(CannotChangeOwnRights));
    }

    [Fact]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "ORG-7")]
    public void ChangeRights_ByLimitedMember_OrOfAStranger_OrToProductsNotHeld_IsRefusedWithoutChange()
    {
        var organization = Team();

        AssertRefusedWithoutChange(organization, () => organization.ChangeRights(Given.Account(2), Given.Account(1), Given.Limited(false, Site)), r => r.Value, typeof(ActionDenied));
        AssertRefusedWithoutChange(organization, () => organization.ChangeRights(Admin, Given.Account(5), Given.Limited(false, Site)), r => r.Value, typeof(NotAMember));
        AssertRefusedWithoutChange(organization, () => organization.ChangeRights(Admin, Given.Account(2), Given.Limited(false, Given.Product(7))), r => r.Value, typeof(ProductsNotHeld));
    }

    [Fact]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "ORG-11")]
    public void TheLegalRepresentative_CannotBeDemoted_SoTheLastAdministratorNeverIs()
    {
        var organization = Given.OrganizationWith(1, Admin, Site);
        Given.Join(organization, Admin, 1, Rights.Administrator(false));

        var refused = organization.ChangeRights(Given.Account(1), Admin, Given.Limited(true, Site));

        Assert.Equal(new LegalRepresentativeRequiresAllRights(organization.Id, Admin), refused.Value);
        Assert.Equal(new LastBillingAdministrator(organization.Id, organization.Name, Admin, Given.Email(0)), organization.ChangeRights(Given.Account(1), Admin, Rights.Administrator(false)).Value);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void Administrator_RemovesAnotherMember()
    {
        var organization = Team();

        Assert.True(organization.RemoveMember(Given.Account(1), Given.Account(2)).IsT0);

        Assert.False(organization.IsMember(Given.Account(2)));
        Assert.Equal(new MemberRemoved(organization.Id, Given.Account(2), Given.Account(1)), Assert.Single(organization.PendingEvents));
    }

    [Fact]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "ORG-11")]
    public void TheOnlyLegalRepresentative_CannotBeRemoved()
    {
        var organization = Team();
        var before = Given.Snapshot(organization);

        Assert.Equal(new OnlyLegalRepresentative(organization.Id, Admin), organization.RemoveMember(Given.Account(1), Admin).Value);
        Assert.IsType<CannotRemoveSelf>(organization.RemoveMember(Admin, Admin).Value);
        Assert.IsType<ActionDenied>(organization.RemoveMember(Given.Account(2), Given.Account(1)).Value);
        Assert.Equal(new NotAMember(organization.Id, organization.Name, Given.Account(5)), organization.RemoveMember(Admin, Given.Account(5)).Value);
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.Empty(organization.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ORG-6")]
    public void Member_LeavesWhenNeitherLastUserNorOnlyLegalRepresentative()
    {
        var organization = Team();

        Assert.True(organization.Leave(Given.Account(2)).IsT0);

        Assert.Equal(new MemberLeft(organization.Id, Given.Account(2)), Assert.Single(organization.PendingEvents));
    }

    [Fact]
    [Trait("Rule", "ORG-6")]
    public void Leave_ByTheOnlyLegalRepresentative_IsRefused_NamingIt()
    {
        var organization = Team();

        var refused = Assert.IsType<CannotLeave>(organization.Leave(Admin).Value);

        Assert.False(refused.IsLastUser);
        Assert.True(refused.IsOnlyLegalRepresentative);
        Assert.Contains("only legal representative", refused.Message, StringComparison.Ordinal);
        Assert.Empty(organization.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ORG-6")]
    public void Leave_ByTheLastUser_IsRefused_NamingBoth()
    {
        var organization = Given.OrganizationWith(1, Admin);

        var refused = Assert.IsType<CannotLeave>(organization.Leave(Admin).Value);

        Assert.True(refused.IsLastUser);
        Assert.True(refused.IsOnlyLegalRepresentative);
        Assert.Contains("last user and the only legal representative", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new NotAMember(organization.Id, organization.Name, Given.Account(3)), organization.Leave(Given.Account(3)).Value);
    }

    [Fact]
    [Trait("Rule", "ORG-6")]
    [Trait("Rule", "ORG-10")]
    public void TheFormerLegalRepresentative_MayLeave_OnceReplaced()
    {
        var organization = Team();

        Assert.True(organization.ReplaceLegalRepresentative(Admin, Admin, Given.Account(1)).IsT0);
        Assert.True(organization.Leave(Admin).IsT0);

        Assert.Equal([Given.Account(1)], organization.LegalRepresentatives);
    }

    [Fact]
    [Trait("Rule", "RGT-5")]
    public void TheBillingLockout_IsRefused_TheLastAdministratorWithBillingRightsKeepsThem()
    {
        var organization = Given.OrganizationWith(1, Admin);
        Given.Join(organization, Admin, 1, Rights.Administrator(false));
        organization.ReplaceLegalRepresentative(Admin, Admin, Given.Account(1)).GetValueOrThrow();
        var before = Given.Snapshot(organization);
        var last = new LastBillingAdministrator(organization.Id, organization.Name, Admin, Given.Email(0));

        Assert.Equal(last, organization.ChangeRights(Given.Account(1), Admin, Rights.Administrator(false)).Value);
        Assert.Equal(last, organization.ChangeRights(Given.Account(1), Admin, Given.Limited(true, Given.Product(1))).Value);
        Assert.Equal(last, organization.RemoveMember(Given.Account(1), Admin).Value);
        var leaving = Assert.IsType<CannotLeave>(organization.Leave(Admin).Value);
        Assert.True(leaving.IsLastBillingAdministrator && !leaving.IsLastUser && !leaving.IsOnlyLegalRepresentative);
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.Contains(organization.Members, m => m.Rights.IsAdministrator && m.Rights.HasBillingRights);
    }

    [Fact]
    [Trait("Rule", "RGT-5")]
    public void WithASecondAdministratorWithBillingRights_TheFirstMayBeDemotedOrLeave()
    {
        var organization = Given.OrganizationWith(1, Admin, Given.Product(1));
        Given.Join(organization, Admin, 1, Rights.Administrator(true));
        Given.Join(organization, Admin, 2, Given.Limited(true, Given.Product(1)));
        organization.ReplaceLegalRepresentative(Admin, Admin, Given.Account(1)).GetValueOrThrow();

        Assert.True(organization.ChangeRights(Given.Account(1), Admin, Rights.Administrator(false)).IsT0);
        Assert.IsType<LastBillingAdministrator>(organization.ChangeRights(Admin, Given.Account(1), Rights.Administrator(false)).Value);
        Assert.True(organization.Leave(Admin).IsT0);
        Assert.True(organization.Authorize(Given.Account(2), MemberAction.ManageInvoices).IsT0);
    }

    [Fact]
    [Trait("Rule", "RGT-5")]
    [Trait("Rule", "ORG-11")]
    public void AStoredOrganizationWithoutAnAdministratorWithBillingRights_IsRejected()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var state = organization.ToState();

        Assert.Throws<ArgumentException>(() => Organization.FromState(state with { Members = [state.Members[0] with { HasBillingRights = false }] }));
    }

    [Fact]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "RGT-4")]
    public void ADenial_NamesTheOrganizationByName_AndAMemberByLogin()
    {
        var organization = Given.OrganizationWith(1, Admin, Given.Product(1));
        Given.Join(organization, Admin, 1, Given.Limited(false, Given.Product(1)));

        var member = organization.Authorize(Given.Account(1), MemberAction.ManageUsers).AsT1;
        var stranger = organization.Authorize(Given.Account(9), MemberAction.ManageUsers).AsT1;

        Assert.Equal((organization.Id, organization.Name, Given.Email(1)), (member.Organization, member.OrganizationName, member.ActorLogin));
        Assert.Contains("user1@example.com", member.Message, StringComparison.Ordinal);
        Assert.Contains("Company 1", member.Message, StringComparison.Ordinal);
        Assert.Null(stranger.ActorLogin);
        Assert.Contains(Given.Account(9).ToString(), stranger.Message, StringComparison.Ordinal);
    }
}
