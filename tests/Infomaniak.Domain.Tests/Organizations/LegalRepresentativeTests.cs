using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

public class LegalRepresentativeTests
{
    private static readonly AccountId Founder = Given.Account(0);
    private static readonly ProductId Site = Given.Product(1);

    /// <summary>Founder (legal representative), 1 = administrator, 2 = limited member.</summary>
    private static Organization Team()
    {
        var organization = Given.OrganizationWith(1, Founder, Site);
        Given.Join(organization, Founder, 1, Rights.Administrator(false));
        Given.Join(organization, Founder, 2, Given.Limited(true, Site));
        return organization;
    }

    [Fact]
    [Trait("Rule", "ORG-10")]
    public void TheLegalRepresentative_IsReplacedByAnAdministrator_AtOnce()
    {
        var organization = Team();

        Assert.True(organization.ReplaceLegalRepresentative(Given.Account(1), Founder, Given.Account(1)).IsT0);

        Assert.Equal([Given.Account(1)], organization.LegalRepresentatives);
        Assert.True(organization.IsMember(Founder));
        Assert.Equal(new LegalRepresentativeReplaced(organization.Id, Founder, Given.Account(1), Given.Account(1)), Assert.Single(organization.PendingEvents));
    }

    [Fact]
    [Trait("Rule", "ORG-10")]
    [Trait("Rule", "ORG-11")]
    public void Replace_ByAMemberWithoutAllRights_OrWithALimitedSuccessor_IsRefused()
    {
        var organization = Team();
        var before = Given.Snapshot(organization);

        Assert.IsType<ActionDenied>(organization.ReplaceLegalRepresentative(Given.Account(2), Founder, Given.Account(2)).Value);
        Assert.Equal(new LegalRepresentativeRequiresAllRights(organization.Id, Given.Account(2)), organization.ReplaceLegalRepresentative(Founder, Founder, Given.Account(2)).Value);
        Assert.Equal(new NotALegalRepresentative(organization.Id, Given.Account(1)), organization.ReplaceLegalRepresentative(Founder, Given.Account(1), Given.Account(2)).Value);
        Assert.Equal(new NotAMember(organization.Id, organization.Name, Given.Account(4)), organization.ReplaceLegalRepresentative(Founder, Founder, Given.Account(4)).Value);
        Assert.Equal(new NotAMember(organization.Id, organization.Name, Given.Account(4)), organization.ReplaceLegalRepresentative(Founder, Given.Account(4), Given.Account(1)).Value);
        Assert.Equal(new AlreadyLegalRepresentative(organization.Id, Founder), organization.ReplaceLegalRepresentative(Founder, Founder, Founder).Value);
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.Empty(organization.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ORG-10")]
    [Trait("Rule", "ORG-11")]
    public void AnotherLegalRepresentative_CanBeAppointed_ThenOneOfThemDismissed_ButNeverTheLast()
    {
        var organization = Team();

        Assert.Equal(new LegalRepresentativeRequiresAllRights(organization.Id, Given.Account(2)), organization.AppointLegalRepresentative(Founder, Given.Account(2)).Value);
        Assert.True(organization.AppointLegalRepresentative(Founder, Given.Account(1)).IsT0);
        Assert.IsType<AlreadyLegalRepresentative>(organization.AppointLegalRepresentative(Founder, Given.Account(1)).Value);
        Assert.IsType<NotAMember>(organization.AppointLegalRepresentative(Founder, Given.Account(4)).Value);
        Assert.IsType<ActionDenied>(organization.AppointLegalRepresentative(Given.Account(2), Given.Account(1)).Value);
        Assert.Equal(2, organization.LegalRepresentatives.Count);

        organization.DequeueEvents();
        Assert.True(organization.DismissLegalRepresentative(Given.Account(1), Founder).IsT0);
        Assert.Equal(new LegalRepresentativeDismissed(organization.Id, Founder, Given.Account(1)), Assert.Single(organization.PendingEvents));
        Assert.Equal(new OnlyLegalRepresentative(organization.Id, Given.Account(1)), organization.DismissLegalRepresentative(Founder, Given.Account(1)).Value);
        Assert.IsType<NotALegalRepresentative>(organization.DismissLegalRepresentative(Founder, Given.Account(2)).Value);
        Assert.IsType<NotAMember>(organization.DismissLegalRepresentative(Founder, Given.Account(4)).Value);
        Assert.IsType<ActionDenied>(organization.DismissLegalRepresentative(Given.Account(2), Given.Account(1)).Value);
        Assert.Equal([Given.Account(1)], organization.LegalRepresentatives);
    }

    [Fact]
    [Trait("Rule", "ORG-11")]
    public void ALegalRepresentative_WhoIsNotTheOnlyOne_MayBeRemoved_AndStopsBeingOne()
    {
        var organization = Team();
        organization.AppointLegalRepresentative(Founder, Given.Account(1)).GetValueOrThrow();

        Assert.True(organization.RemoveMember(Founder, Given.Account(1)).IsT0);

        Assert.Equal([Founder], organization.LegalRepresentatives);
    }
}
