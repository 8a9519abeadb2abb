using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>The right to change a mailbox's password comes from the organization holding the Mail Service.</summary>
public class MailboxPasswordRightsTests
{
    private static readonly ProductId MailService = Given.Product(1);
    private static readonly ProductId Hosting = Given.Product(2);
    private static readonly MailboxId AnyMailbox = MailboxId.From(Guid.Parse("6a000000-0000-4000-8000-000000000001"));

    private static Organization Organization()
    {
        var organization = Given.OrganizationWith(1, Given.Account(1), MailService, Hosting);
        Given.Join(organization, Given.Account(1), 2, Given.Limited(false, MailService));
        Given.Join(organization, Given.Account(1), 3, Given.Limited(true, Hosting));
        Given.Join(organization, Given.Account(1), 4, Rights.Administrator(false));
        return organization;
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [Trait("Rule", "RGT-1")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "UNI-1")]
    public void Administrators_AndMembersGrantedTheMailService_MayChangeItsPasswords(int account, bool may) =>
        Assert.Equal(may ? MailboxPasswordRight.Allowed : MailboxPasswordRight.Denied, new OrganizationMailboxPasswordRights(Organization()).MayChangePassword(Given.Account(account), Given.Organization(1), MailService, AnyMailbox));

    [Fact]
    [Trait("Rule", "ORG-7")]
    public void AMailServiceTheOrganizationDoesNotHold_IsNeverAuthorized() =>
        Assert.Equal(MailboxPasswordRight.Denied, new OrganizationMailboxPasswordRights(Organization()).MayChangePassword(Given.Account(1), Given.Organization(1), Given.Product(3), AnyMailbox));

    [Fact]
    [Trait("Rule", "UNI-1")]
    [Trait("Rule", "UNI-5")]
    public void AMailServiceOfAnOrganizationNotGiven_IsUnknown_NeverDenied() =>
        Assert.Equal(MailboxPasswordRight.Unknown, new OrganizationMailboxPasswordRights(Organization()).MayChangePassword(Given.Account(1), Given.Organization(2), MailService, AnyMailbox));

    [Fact]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "MAIL-4")]
    public void AMailboxPasswordChange_ByAnAccountWithoutTheRight_IsRefused_AndChangesNothing()
    {
        var family = new Family();
        var stranger = Given.Account(42);
        var before = Snapshots.Of(family.Service);

        var refused = PasswordChanges.ChangeMailboxPassword(family.Service, family.Compta, stranger, TestPasswords.Of("n3w-Compta-pw"), null, null, family.Rights, family.Passwords);

        Assert.Equal(new MayNotChangeMailboxPassword(stranger, family.Service.Id, family.Compta, Family.Address("compta@entreprise-familiale.xyz")), refused.AsT1);
        Assert.Equal(before, Snapshots.Of(family.Service));
        Assert.True(family.MailboxOpensWith(family.Compta, Family.ComptaPassword));
    }

    [Fact]
    [Trait("Rule", "UNI-1")]
    [Trait("Rule", "UNI-5")]
    [Trait("Rule", "RGT-2")]
    public void Unification_FollowsTheOrganizationsRights_AndEndsWhenTheGrantIsWithdrawn()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        var organization = family.Organization;
        Given.Hold(organization, family.Munster.Id, Hosting);
        Given.Join(organization, family.Munster.Id, julie, Given.Limited(false, family.Service.Id));
        var rights = new OrganizationMailboxPasswordRights(organization);

        var change = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("julie-mailbox-Pa55"), julie, null, rights, family.Passwords).GetValueOrThrow();
        Assert.NotNull(change.Proposal);
        Assert.True(Unification.Accept(family.Service, mailbox, julie, TestPasswords.Of(Family.JulieAccountPassword), rights, family.Passwords).IsT0);

        Assert.True(organization.ChangeRights(family.Munster.Id, julie.Id, Given.Limited(false, Hosting)).IsT0);
        Unification.Review(family.Service, [julie], rights).GetValueOrThrow();
        Assert.Null(julie.UnifiedWith);

        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
        Assert.True(family.MailboxOpensWith(mailbox, "julie-mailbox-Pa55"));
        Assert.True(family.AccountOpensWith(julie, "julie-mailbox-Pa55"));
    }

    [Fact]
    [Trait("Rule", "ORG-3")]
    [Trait("Rule", "ORG-7")]
    [Trait("Rule", "UNI-1")]
    public void RightsOverSeveralOrganizations_AskTheOrganizationThatHoldsEachMailService()
    {
        var first = Given.OrganizationWith(1, Given.Account(1), MailService);
        var second = Given.OrganizationWith(2, Given.Account(2), Given.Product(3));
        Given.Join(second, Given.Account(2), 1, Given.Limited(false, Given.Product(3)));
        var rights = new OrganizationMailboxPasswordRights([first, second]);

        Assert.Equal(MailboxPasswordRight.Allowed, rights.MayChangePassword(Given.Account(1), first.Id, MailService, AnyMailbox));
        Assert.Equal(MailboxPasswordRight.Allowed, rights.MayChangePassword(Given.Account(1), second.Id, Given.Product(3), AnyMailbox));
        Assert.Equal(MailboxPasswordRight.Denied, rights.MayChangePassword(Given.Account(2), first.Id, MailService, AnyMailbox));
        Assert.Equal(MailboxPasswordRight.Denied, rights.MayChangePassword(Given.Account(1), second.Id, MailService, AnyMailbox));
        Assert.Equal(MailboxPasswordRight.Denied, rights.MayChangePassword(Given.Account(1), first.Id, Given.Product(4), AnyMailbox));
        Assert.Equal(MailboxPasswordRight.Unknown, rights.MayChangePassword(Given.Account(1), Given.Organization(7), MailService, AnyMailbox));
        Assert.Throws<ArgumentNullException>(() => new OrganizationMailboxPasswordRights([first, null!]));
    }
}
