using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>Rules the first review of the organizations slice found unguarded: billing grants, deletion in one call, stored states.</summary>
public class GrantsDeletionAndStateTests
{
    private static readonly ProductId Site = Given.Product(1);

    private static Organization WithAdministratorWithoutBilling()
    {
        var organization = Given.OrganizationWith(1, Given.Account(0), Site);
        Given.Join(organization, Given.Account(0), 1, Rights.Administrator(false));
        Given.Join(organization, Given.Account(0), 2, Given.Limited(false, Site));
        return organization;
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "RGT-3")]
    public void AnAdministratorWithoutBillingRights_CannotGrantThem_ByInvitationOrRightsChange()
    {
        var organization = WithAdministratorWithoutBilling();
        var before = Given.Snapshot(organization);

        var invited = organization.Invite(Given.Account(1), Given.Email(5), Given.Limited(true, Site), Given.Clock(), new SeededRandomSource(5));
        var changed = organization.ChangeRights(Given.Account(1), Given.Account(2), Given.Limited(true, Site));

        Assert.Equal(DenialReason.BillingRightsRequired, invited.AsT1.Reason);
        Assert.Equal(DenialReason.BillingRightsRequired, changed.AsT1 is ActionDenied denied ? denied.Reason : default);
        Assert.Equal(before, Given.Snapshot(organization));
        Assert.Empty(organization.PendingEvents);
        Assert.True(organization.ChangeRights(Given.Account(1), Given.Account(2), Rights.Administrator(false)).IsT0);
        Assert.True(organization.ChangeRights(Given.Account(0), Given.Account(2), Given.Limited(true, Site)).IsT0);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Delete_ChecksAndDeletesInOneCall()
    {
        var organization = Given.OrganizationWith(1, Given.Account(0), Site);
        Given.Join(organization, Given.Account(0), 1, Rights.Administrator(false));

        var unpaid = StoredBilling.OpenInvoice(organization.Id, Given.Invoice(1), Site);
        var unmet = OrganizationDeletion.Delete(organization, Given.Account(0), [], Given.ProductsOf(organization), [unpaid], false).AsT7;
        Assert.Equal([Site], unmet.ActiveProducts);
        Assert.False(organization.IsDeleted);

        var site = Given.ProductOf(organization, Site);
        site.Terminate(organization, Given.Account(0)).GetValueOrThrow();
        Assert.Equal(DenialReason.NotAMember, OrganizationDeletion.Delete(organization, Given.Account(7), [], [site], [], false).AsT1.Reason);
        var deleted = OrganizationDeletion.Delete(organization, Given.Account(0), [], [site], [], true);

        Assert.True(organization.IsDeleted);
        Assert.Equal(organization.Id, deleted.GetValueOrThrow().Organization);
        Assert.True(deleted.GetValueOrThrow().PaidInvoicesByEmailRequested);
        Assert.Empty(organization.Members);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "ORG-11")]
    public void AStoredDeletedOrganization_HoldingProducts_IsRejected()
    {
        var state = Given.OrganizationWith(1, Given.Account(0)).ToState() with { IsDeleted = true, Members = [], Products = [Site] };

        Assert.Throws<ArgumentException>(() => Organization.FromState(state));
        Assert.True(Organization.FromState(state with { Products = [] }).IsDeleted);
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void AcceptingAnInvitation_ForTheDefaultAccount_IsAProgrammerError()
    {
        var organization = Given.OrganizationWith(1, Given.Account(0));
        var invitation = organization.Invite(Given.Account(0), Given.Email(3), Rights.Administrator(false), Given.Clock(), new SeededRandomSource(3)).GetValueOrThrow();

        Assert.Throws<ArgumentException>(() => organization.AcceptInvitation(invitation.Id, Given.Person(default, Given.Email(3)), new ManualTimeProvider(Given.Start)));
    }

    [Fact]
    [Trait("Rule", "ORG-8")]
    public void RenamingToTheSameName_OrRemovingNoLogo_RecordsNothing()
    {
        var organization = Given.OrganizationWith(1, Given.Account(0));

        Assert.True(organization.Rename(Given.Account(0), organization.Name).IsT0);
        Assert.True(organization.RemoveLogo(Given.Account(0)).IsT0);

        Assert.Empty(organization.PendingEvents);
        Assert.Equal(0, organization.Version - organization.PersistedVersion);
    }
}
