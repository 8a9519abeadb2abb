using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

public class InvitationTests
{
    private static readonly AccountId Admin = Given.Account(0);
    private static readonly ProductId Site = Given.Product(1);

    private static Invitation Invite(Organization organization, ManualTimeProvider clock, int account, Rights rights, TimeSpan? validity = null) =>
        organization.Invite(Admin, Given.Email(account), rights, clock, new SeededRandomSource(account), validity).GetValueOrThrow();

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void Invitation_IsPendingUntilAcceptedByTheAccountWithThatAddress_WhichThenBecomesAMember()
    {
        var organization = Given.OrganizationWith(1, Admin, Site);
        var clock = Given.Clock();
        var rights = Given.Limited(false, Site);

        var invitation = Invite(organization, clock, 1, rights);

        Assert.True(invitation.IsPendingAt(clock.GetUtcNow()));
        Assert.False(organization.IsMember(Given.Account(1)));
        var sent = Assert.IsType<InvitationSent>(Assert.Single(organization.DequeueEvents()));
        Assert.Equal(Given.Email(1), sent.Email);

        clock.Advance(TimeSpan.FromDays(6));
        var accepted = organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(1), EmailAddress.Parse("USER1@example.com").GetValueOrThrow()), clock);

        Assert.True(accepted.IsT0);
        Assert.Equal(rights, organization.Members.Single(m => m.Account == Given.Account(1)).Rights);
        Assert.IsType<MemberJoined>(Assert.Single(organization.PendingEvents));
        Assert.Empty(organization.Invitations);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void Invitation_ExpiresAfterSevenDaysByDefault()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();
        var invitation = Invite(organization, clock, 1, Rights.Administrator(false));
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromDays(7), invitation.ExpiresAt);
        clock.Advance(TimeSpan.FromDays(7));
        var before = Given.Snapshot(organization);
        organization.DequeueEvents();

        var refused = organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(1), Given.Email(1)), clock);

        Assert.Equal(invitation.ExpiresAt, Assert.IsType<InvitationExpired>(refused.Value).ExpiredAt);
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.Empty(organization.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void Invitation_ValidityIsConfigurable()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();

        var invitation = Invite(organization, clock, 1, Rights.Administrator(false), TimeSpan.FromHours(1));

        Assert.Equal(clock.GetUtcNow().AddHours(1), invitation.ExpiresAt);
        Assert.Throws<ArgumentOutOfRangeException>(() => Invite(organization, clock, 2, Rights.Administrator(false), TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Invite(organization, clock, 2, Rights.Administrator(false), Organization.MaxInvitationValidity + TimeSpan.FromTicks(1)));
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void Invitation_CannotBeAcceptedByAnotherAddress_NorTwice()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();
        var invitation = Invite(organization, clock, 1, Rights.Administrator(false));

        Assert.IsType<InvitationForAnotherAddress>(organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(2), Given.Email(2)), clock).Value);
        Assert.True(organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(1), Given.Email(1)), clock).IsT0);
        Assert.IsType<InvitationNotFound>(organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(1), Given.Email(1)), clock).Value);
        Assert.DoesNotContain(organization.Invitations, i => i.Id == invitation.Id);
        Assert.IsType<InvitationNotFound>(organization.AcceptInvitation(InvitationId.From(Guid.NewGuid()), Given.Person(Given.Account(1), Given.Email(1)), clock).Value);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void Invitation_ToAnExistingMember_IsRefused_WhenInvitedOrWhenAccepted()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();
        var random = new SeededRandomSource(3);

        var refused = organization.Invite(Admin, Given.Email(0), Rights.Administrator(false), clock, random, inviteeAccount: Admin);
        Assert.Equal(new AlreadyMember(organization.Id, organization.Name, Admin, Given.Email(0)), refused.Value);

        var invitation = organization.Invite(Admin, Given.Email(0), Rights.Administrator(false), clock, random).GetValueOrThrow();
        Assert.Equal(new AlreadyMember(organization.Id, organization.Name, Admin, Given.Email(0)), organization.AcceptInvitation(invitation.Id, Given.Person(Admin, Given.Email(0)), clock).Value);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void Invitation_WhileOneIsPendingForTheSameAddress_IsRefused_ButAllowedOnceItExpired()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();
        var first = Invite(organization, clock, 1, Rights.Administrator(false));

        var refused = organization.Invite(Admin, Given.Email(1), Rights.Administrator(true), clock, new SeededRandomSource(9));
        Assert.Equal(first.Id, Assert.IsType<InvitationAlreadyPending>(refused.Value).Invitation);

        clock.Advance(Organization.DefaultInvitationValidity);
        Assert.True(organization.Invite(Admin, Given.Email(1), Rights.Administrator(true), clock, new SeededRandomSource(9)).IsT0);
    }

    [Fact]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "ORG-7")]
    public void Invitation_ByANonAdministrator_OrForProductsNotHeld_IsRefused()
    {
        var organization = Given.OrganizationWith(1, Admin, Site);
        Given.Join(organization, Admin, 1, Given.Limited(true, Site));
        var clock = Given.Clock();

        var byLimited = organization.Invite(Given.Account(1), Given.Email(2), Given.Limited(false, Site), clock, new SeededRandomSource(1));
        var foreignProduct = organization.Invite(Admin, Given.Email(2), Given.Limited(false, Site, Given.Product(9)), clock, new SeededRandomSource(1));

        Assert.Equal(DenialReason.AdministratorRequired, Assert.IsType<ActionDenied>(byLimited.Value).Reason);
        Assert.Equal([Given.Product(9)], Assert.IsType<ProductsNotHeld>(foreignProduct.Value).Products);
        Assert.Empty(organization.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    [Trait("Rule", "RGT-3")]
    public void AnAdministrator_CancelsAPendingInvitation_WhichThenCannotBeAccepted_AndTheAddressMayBeInvitedAgain()
    {
        var organization = Given.OrganizationWith(1, Admin, Site);
        Given.Join(organization, Admin, 2, Given.Limited(false, Site));
        var clock = Given.Clock();
        var invitation = Invite(organization, clock, 1, Rights.Administrator(false));
        organization.DequeueEvents();
        var before = Given.Snapshot(organization);

        Assert.Equal(DenialReason.AdministratorRequired, organization.CancelInvitation(Given.Account(2), invitation.Id).AsT1.Reason);
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.True(organization.CancelInvitation(Admin, invitation.Id).IsT0);

        Assert.Equal(new InvitationCancelled(organization.Id, invitation.Id, Given.Email(1), Admin), Assert.Single(organization.PendingEvents));
        Assert.True(organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(1), Given.Email(1)), clock).Value is InvitationNotFound);
        Assert.True(organization.CancelInvitation(Admin, invitation.Id).IsT2);
        Assert.DoesNotContain(organization.Invitations, i => i.Id == invitation.Id);
        Assert.True(organization.Invite(Admin, Given.Email(1), Rights.Administrator(false), clock, new SeededRandomSource(99)).IsT0);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void AnAcceptedInvitation_CannotBeCancelled()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();
        var invitation = Invite(organization, clock, 1, Rights.Administrator(false));
        organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(1), Given.Email(1)), clock).GetValueOrThrow();

        Assert.Equal(new InvitationNotFound(organization.Id, invitation.Id), organization.CancelInvitation(Admin, invitation.Id).AsT2);
        Assert.True(organization.IsMember(Given.Account(1)));
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void ExpiredInvitations_AreDropped_AfterTheRetention_SoTheStateDoesNotGrowForever()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();
        for (var round = 0; round < 20; round++)
        {
            organization.Invite(Admin, Given.Email(1), Rights.Administrator(false), clock, new SeededRandomSource(round), TimeSpan.FromDays(1)).GetValueOrThrow();
            clock.Advance(TimeSpan.FromDays(10));
        }

        var kept = organization.Invitations.Count;
        var expired = organization.Invitations.OrderBy(i => i.ExpiresAt).First();
        Assert.InRange(kept, 1, 4);
        Assert.True(expired.ExpiresAt + Organization.ExpiredInvitationRetention > clock.GetUtcNow() - TimeSpan.FromDays(10));
        Assert.IsType<InvitationExpired>(organization.AcceptInvitation(expired.Id, Given.Person(Given.Account(1)), clock).Value);
        Assert.Equal(kept, Organization.FromState(organization.ToState()).Invitations.Count);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void AnExpiredInvitation_DoesNotBlockANewOne_AndTheNewestIsTheOnePending()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();
        var first = Invite(organization, clock, 1, Rights.Administrator(false));
        clock.Advance(Organization.DefaultInvitationValidity);

        var second = organization.Invite(Admin, Given.Email(1), Rights.Administrator(false), clock, new SeededRandomSource(8)).GetValueOrThrow();
        var third = organization.Invite(Admin, Given.Email(1), Rights.Administrator(false), clock, new SeededRandomSource(9));
        var rebuilt = Organization.FromState(organization.ToState());

        Assert.Equal(second.Id, third.AsT3.Invitation);
        Assert.Equal(second.Id, rebuilt.Invite(Admin, Given.Email(1), Rights.Administrator(false), clock, new SeededRandomSource(10)).AsT3.Invitation);
        Assert.Equal([first.Id, second.Id], organization.Invitations.Select(i => i.Id).OrderBy(id => id == second.Id));
    }
}
