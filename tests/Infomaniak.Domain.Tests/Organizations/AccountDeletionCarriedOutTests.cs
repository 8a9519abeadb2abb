using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>ACC-8 end to end: the account's memberships and its Webmail access end together, or nothing happens.</summary>
public class AccountDeletionCarriedOutTests
{
    [Fact]
    [Trait("Rule", "ACC-8")]
    [Trait("Rule", "UNI-5")]
    public void Delete_EndsEveryMembership_AndEveryWebmailAccess_AndAnyUnification()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        var organization = Given.OrganizationWith(1, family.Munster.Id);
        Given.JoinAccount(organization, family.Munster.Id, julie.Id, julie.Login, Rights.Administrator(false));
        var other = Given.OrganizationWith(2, family.Munster.Id, Given.Product(9));
        Given.JoinAccount(other, family.Munster.Id, julie.Id, julie.Login, Given.Limited(false, Given.Product(9)));
        family.Service.DequeueEvents();

        var deleted = AccountDeletion.Delete(julie.Id, [organization, other], [family.Service]).AsT0;

        Assert.Equal(julie.Id, deleted.Account);
        Assert.Equal([organization.Id, other.Id], deleted.MembershipsEnded);
        Assert.Equal([mailbox], deleted.WebmailAccessRevoked);
        Assert.False(organization.IsMember(julie.Id) || other.IsMember(julie.Id));
        Assert.Empty(family.Service.Find(mailbox).AsT0.WebmailReaders);
        Assert.Null(family.Service.Find(mailbox).AsT0.UnifiedWith);
        Assert.Contains(new MemberAccountDeleted(organization.Id, julie.Id), organization.PendingEvents);
        Assert.Contains(family.Service.PendingEvents, e => e is UnificationEnded);
        Assert.True(organization.IsMember(family.Munster.Id));
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Delete_IsRefused_WhileTheAccountIsResponsible_AndChangesNothing()
    {
        var family = new Family();
        var organization = Given.OrganizationWith(1, family.Munster.Id);
        family.Service.DequeueEvents();
        var before = (Given.Snapshot(organization), Snapshots.Of(family.Service));

        var refused = AccountDeletion.Delete(family.Munster.Id, [organization], [family.Service]).AsT1;

        Assert.Equal([organization.Id], refused.LastUserOf);
        Assert.Equal([organization.Id], refused.OnlyLegalRepresentativeOf);
        Assert.Equal(before, (Given.Snapshot(organization), Snapshots.Of(family.Service)));
        Assert.Empty(organization.PendingEvents);
        Assert.Empty(family.Service.PendingEvents);
        Assert.Contains(family.Munster.Id, family.Service.Find(family.Compta).AsT0.WebmailReaders);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Delete_OfAnAccountInNoOrganization_StillEndsItsWebmailAccess()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();

        var deleted = AccountDeletion.Delete(julie.Id, [], [family.Service]).AsT0;

        Assert.Empty(deleted.MembershipsEnded);
        Assert.Equal([mailbox], deleted.WebmailAccessRevoked);
    }

    [Fact]
    [Trait("Rule", "ACC-8")]
    public void Delete_GuardsItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => AccountDeletion.Delete(Given.Account(1), null!, []));
        Assert.Throws<ArgumentNullException>(() => AccountDeletion.Delete(Given.Account(1), [], null!));
        Assert.Throws<ArgumentException>(() => AccountDeletion.Delete(default, [], []));
    }
}
