using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Mail;

/// <summary>The knowledge base's identifiers story, step by step: famille.munster, compta@ and julie@.</summary>
public class FamilyStoryTests
{
    private readonly Family family = new();

    [Fact]
    [Trait("Rule", "ACC-1")]
    [Trait("Rule", "ACC-2")]
    public void Step1_TheFamilyRegistersWithItsIspAddress_AndAPasswordOfItsOwn()
    {
        Assert.Equal("famille.munster@la-fibre.xyz", family.Munster.Login.Value);
        Assert.True(family.Munster.SignIn(Channel.Manager, TestPasswords.Of(Family.AccountPassword), family.Passwords).IsT0);
        Assert.True(family.Munster.SignIn(Channel.Manager, TestPasswords.Of(Family.IspPassword), family.Passwords).IsT2);
    }

    [Fact]
    [Trait("Rule", "MAIL-1")]
    [Trait("Rule", "MAIL-2")]
    [Trait("Rule", "MAIL-3")]
    public void Step2_ComptaIsAcquired_AndOpensMailApplicationsWithItsOwnPassword_WhileWebmailTakesTheAccount()
    {
        Assert.True(family.MailboxOpensWith(family.Compta, Family.ComptaPassword));
        Assert.True(family.Service.SignIn(family.Compta, Channel.Webmail, TestPasswords.Of(Family.ComptaPassword), family.Passwords).IsT2);
        Assert.Contains(family.Munster.Id, family.Service.Find(family.Compta).GetValueOrThrow().WebmailReaders);
        Assert.True(family.Munster.SignIn(Channel.Webmail, TestPasswords.Of(Family.AccountPassword), family.Passwords).IsT0);
    }

    [Fact]
    [Trait("Rule", "ACC-3")]
    public void Step3_TheIspPasswordChanges_AndNothingChangesAtInfomaniak()
    {
        var before = (family.Munster.ToState(), Snapshots.Of(family.Service));

        var impact = PasswordChangeImpact.OfLoginAddressAtItsProvider();

        Assert.Empty(impact.NewPasswordOpens);
        Assert.Equal(before, (family.Munster.ToState(), Snapshots.Of(family.Service)));
        Assert.True(family.AccountOpensWith(family.Munster, Family.AccountPassword));
    }

    [Fact]
    [Trait("Rule", "ACC-4")]
    public void Step4_TheAccountPasswordChanges_TheFamilySignsInWithIt_AndComptaIsToConfirmUnchanged()
    {
        var change = PasswordChanges.ChangeAccountPassword(
            family.Munster, TestPasswords.Of(Family.AccountPassword), TestPasswords.Of("N3w!Munster"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();

        Assert.True(family.AccountOpensWith(family.Munster, "N3w!Munster"));
        Assert.Equal([family.Compta], change.Impact.MailboxesWebmailMayAskToConfirm);
        Assert.True(family.MailboxOpensWith(family.Compta, Family.ComptaPassword));
    }

    [Fact]
    [Trait("Rule", "MAIL-4")]
    public void Step5_ComptasPasswordChanges_AndMustBeReEnteredInMailApplicationsAndWebmail()
    {
        var change = PasswordChanges.ChangeMailboxPassword(
            family.Service, family.Compta, family.Munster.Id, TestPasswords.Of("C0mpta!2026"), null, null, family.Rights, family.Passwords).GetValueOrThrow();

        Assert.Equal([ReentryPlace.MailApplications, ReentryPlace.WebmailWhereAdded], change.Impact.ReenterIn);
        Assert.False(change.ChangedBoth);
        Assert.Null(change.Proposal);
        Assert.True(family.AccountOpensWith(family.Munster, Family.AccountPassword));
    }

    [Fact]
    [Trait("Rule", "UNI-1")]
    [Trait("Rule", "UNI-2")]
    [Trait("Rule", "UNI-3")]
    public void Step6_JulieGetsAMailboxAndAnAccount_IsOfferedUnificationWhenSheChangesItsPassword_AndAccepts()
    {
        var (mailbox, julie) = family.AddJulie();
        Assert.True(Unification.Evaluate(family.Service.Find(mailbox).GetValueOrThrow(), [family.Munster, julie], family.Rights).IsT0);
        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnificationProposedTo);

        var change = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("Julie!2026"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();
        Assert.Equal(julie.Id, change.Proposal?.Account);

        Assert.True(Unification.Accept(family.Service, mailbox, julie, TestPasswords.Of(Family.JulieAccountPassword), family.Rights, family.Passwords).IsT0);
        Assert.True(family.AccountOpensWith(julie, "Julie!2026"));

        var next = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("Julie!2026"), TestPasswords.Of("Julie!2027"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();
        Assert.True(next.ChangedBoth);
        Assert.True(family.MailboxOpensWith(mailbox, "Julie!2027"));
    }

    [Fact]
    [Trait("Rule", "UNI-1")]
    public void Step6_ComptaIsNeverOfferedUnification_SinceNoAccountHasItsAddressAsLogin()
    {
        var change = PasswordChanges.ChangeMailboxPassword(family.Service, family.Compta, family.Munster.Id, TestPasswords.Of("C0mpta!2026"), null, null, family.Rights, family.Passwords).GetValueOrThrow();
        var evaluation = Unification.Evaluate(family.Service.Find(family.Compta).GetValueOrThrow(), [family.Munster], family.Rights);

        Assert.Null(change.Proposal);
        Assert.Equal([UnificationCondition.AccountWithMailboxLogin], evaluation.AsT2.Unmet);
    }

    [Fact]
    [Trait("Rule", "UNI-4")]
    public void Step7_FtpMySqlSshAndWebDavCredentials_StayIndependent()
    {
        var hosting = TypedId.New<ProductId>(family.Random);
        Given.Hold(family.Organization, family.Munster.Id, hosting);
        var ftp = ProductCredential.Create(family.Organization, family.Munster.Id, hosting, Channel.Ftp, "munster", TestPasswords.Of(Family.AccountPassword), family.Passwords, family.Random).GetValueOrThrow();
        var before = ftp.ToState();
        var (_, julie) = family.UnifiedJulie();

        PasswordChanges.ChangeAccountPassword(family.Munster, TestPasswords.Of(Family.AccountPassword), TestPasswords.Of("N3w!Munster"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();
        PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("Julie!2027"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();

        Assert.Equal(before, ftp.ToState());
        Assert.Equal(CredentialKind.ProductCredential, Doors.CredentialFor(ftp.Channel));
    }
}
