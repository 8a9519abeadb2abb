using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Mail;

public class MailServiceTests
{
    private readonly SeededRandomSource random = new(21);
    private readonly PasswordService passwords = TestPasswords.Service();

    private MailService Open() => MailService.Open(TypedId.New<ProductId>(random), TypedId.New<OrganizationId>(random));

    private MailboxId Add(MailService service, string address, string password = Family.ComptaPassword) =>
        service.AddMailbox(TypedId.New<MailboxId>(random), Family.Address(address), TestPasswords.Of(password), passwords).AsT0.Id;

    [Fact]
    [Trait("Rule", "MAIL-1")]
    public void AMailServiceOfAnOrganization_HostsMailboxes_EachWithItsOwnPassword()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz", Family.ComptaPassword);
        var julie = Add(service, "julie@entreprise-familiale.xyz", Family.JuliePassword);

        Assert.True(service.SignIn(compta, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), passwords).IsT0);
        Assert.True(service.SignIn(julie, Channel.MailApplication, TestPasswords.Of(Family.JuliePassword), passwords).IsT0);
        Assert.True(service.SignIn(julie, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), passwords).IsT3);
        Assert.Equal(2, service.Mailboxes.Count);
        Assert.All(service.Mailboxes, mailbox => Assert.Equal(service.Id, mailbox.Service));
        Assert.IsType<MailboxAdded>(service.PendingEvents[^1]);
    }

    [Fact]
    [Trait("Rule", "MAIL-1")]
    public void AddMailbox_RefusesADuplicateAddress_AndAnUnacceptablePassword()
    {
        var service = Open();
        Add(service, "compta@entreprise-familiale.xyz");
        var before = Snapshots.Of(service);

        var duplicate = service.AddMailbox(TypedId.New<MailboxId>(random), Family.Address("COMPTA@entreprise-familiale.xyz"), TestPasswords.Of(Family.ComptaPassword), passwords);
        var weak = service.AddMailbox(TypedId.New<MailboxId>(random), Family.Address("info@entreprise-familiale.xyz"), TestPasswords.Of("info@entreprise-familiale.xyz"), passwords);

        Assert.True(duplicate.IsT1);
        Assert.Equal(PasswordProblem.ContainsAddress, weak.AsT2.Problem);
        Assert.Equal(before, Snapshots.Of(service));
    }

    [Fact]
    [Trait("Rule", "MAIL-2")]
    public void AMailApplication_SignsInWithTheMailboxAddressAndPassword()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");

        Assert.True(service.SignIn(compta, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), passwords).IsT0);
        Assert.True(service.SignIn(TypedId.New<MailboxId>(random), Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), passwords).IsT1);
    }

    [Theory]
    [Trait("Rule", "MAIL-3")]
    [InlineData(Channel.Webmail)]
    [InlineData(Channel.Manager)]
    public void WebmailAndTheManager_NeverTakeAMailboxPassword(Channel channel)
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");

        var refused = service.SignIn(compta, channel, TestPasswords.Of(Family.ComptaPassword), passwords);

        Assert.Equal(CredentialKind.AccountLogin, refused.AsT2.Expected);
    }

    [Fact]
    [Trait("Rule", "MAIL-3")]
    public void AMailbox_IsReadInWebmailByTheAccountsAttachedToIt()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");
        var munster = TypedId.New<AccountId>(random);
        var accountant = TypedId.New<AccountId>(random);

        Assert.True(service.AttachWebmailReader(compta, munster).IsT0);
        Assert.True(service.AttachWebmailReader(compta, accountant).IsT0);
        Assert.True(service.AttachWebmailReader(compta, munster).IsT2);
        Assert.Equal([munster, accountant], service.Find(compta).AsT0.WebmailReaders.OrderBy(id => id == accountant));
        Assert.True(service.DetachWebmailReader(compta, accountant).IsT0);
        Assert.True(service.DetachWebmailReader(compta, accountant).IsT2);
        Assert.Equal([munster], service.Find(compta).AsT0.WebmailReaders);
    }

    [Fact]
    [Trait("Rule", "MAIL-3")]
    public void RevokeWebmailAccess_RemovesTheAccountFromEveryMailbox()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");
        var info = Add(service, "info@entreprise-familiale.xyz");
        var other = Add(service, "other@entreprise-familiale.xyz");
        var munster = TypedId.New<AccountId>(random);
        var accountant = TypedId.New<AccountId>(random);
        service.AttachWebmailReader(compta, munster);
        service.AttachWebmailReader(info, munster);
        service.AttachWebmailReader(info, accountant);
        service.AttachWebmailReader(other, accountant);
        service.DequeueEvents();

        var revoked = service.RevokeWebmailAccess(munster);

        Assert.Equal([compta, info], revoked);
        Assert.All(service.Mailboxes, mailbox => Assert.DoesNotContain(munster, mailbox.WebmailReaders));
        Assert.Equal([accountant], service.Find(info).AsT0.WebmailReaders);
        Assert.Equal(2, service.PendingEvents.OfType<WebmailReaderDetached>().Count());
        Assert.Empty(service.RevokeWebmailAccess(munster));
        Assert.Equal(2, service.PendingEvents.Count);
    }

    [Fact]
    public void RemoveMailbox_RemovesIt_AndRefusesAnUnknownOne()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");

        Assert.True(service.RemoveMailbox(compta).IsT0);
        Assert.Empty(service.Mailboxes);
        Assert.Equal(compta, service.RemoveMailbox(compta).AsT1.Mailbox);
    }

    [Fact]
    [Trait("Rule", "MAIL-4")]
    public void ChangeMailboxPassword_AsksToReEnterItInMailApplicationsAndWebmail_AndLeavesTheAccountAlone()
    {
        var family = new Family();
        var accountBefore = family.Munster.ToState();

        var change = PasswordChanges.ChangeMailboxPassword(
            family.Service, family.Compta, family.Munster.Id, TestPasswords.Of("compta-Pa55-2"), null, family.Rights, family.Passwords).AsT0;

        Assert.Equal(PasswordOwner.Mailbox, change.Impact.Changed);
        Assert.Equal([Channel.MailApplication], change.Impact.NewPasswordOpens);
        Assert.Equal([ReentryPlace.MailApplications, ReentryPlace.WebmailWhereAdded], change.Impact.ReenterIn);
        Assert.Equal([family.Munster.Id], change.Impact.WebmailReadersToUpdate);
        Assert.False(change.ChangedBoth);
        Assert.Null(change.Proposal);
        Assert.Equal(accountBefore, family.Munster.ToState());
        Assert.True(family.MailboxOpensWith(family.Compta, "compta-Pa55-2"));
        Assert.False(family.MailboxOpensWith(family.Compta, Family.ComptaPassword));
    }

    [Fact]
    [Trait("Rule", "ACC-4")]
    public void ChangeAccountPassword_NamesTheMailboxesWebmailMayAskToConfirm_WhosePasswordsStayTheSame()
    {
        var family = new Family();
        var before = Snapshots.Of(family.Service);

        var change = PasswordChanges.ChangeAccountPassword(
            family.Munster, TestPasswords.Of(Family.AccountPassword), TestPasswords.Of("new-account-Pa55"), [family.Service], family.Rights, family.Passwords).AsT0;

        Assert.Equal([family.Compta], change.Impact.MailboxesWebmailMayAskToConfirm);
        Assert.True(change.Impact.SameOrganizationsAndProducts);
        Assert.Null(change.MailboxAlsoChanged);
        Assert.Equal(before, Snapshots.Of(family.Service));
        Assert.True(family.MailboxOpensWith(family.Compta, Family.ComptaPassword));
    }

    [Fact]
    public void State_RoundTrips_AndBrokenStatesAreRejected()
    {
        var family = new Family();
        var (julie, _) = family.UnifiedJulie();
        var state = family.Service.ToState();

        var again = MailService.FromState(state);

        Assert.Equal(Snapshots.Of(state), Snapshots.Of(again));
        Assert.Empty(again.PendingEvents);
        var julieState = state.Mailboxes.Single(mailbox => mailbox.Id == julie);
        MailServiceState With(MailboxState changed) => state with { Mailboxes = [.. state.Mailboxes.Select(mailbox => mailbox.Id == changed.Id ? changed : mailbox)] };
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(julieState with { WebmailReaders = [.. julieState.WebmailReaders, TypedId.New<AccountId>(random)] })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(julieState with { Address = "not an address" })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(julieState with { UnificationProposedTo = julieState.UnifiedWith })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(state with { Mailboxes = [.. state.Mailboxes, state.Mailboxes[0]] }));
        Assert.Throws<ArgumentException>(() => MailService.FromState(state with { Mailboxes = [.. state.Mailboxes, state.Mailboxes[0] with { Id = TypedId.New<MailboxId>(random) }] }));
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    [Trait("Rule", "MAIL-2")]
    public void AMailboxSignIn_RenewsAHashMadeWithWeakerParameters_KeepingThePassword()
    {
        var weak = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), new SeededRandomSource(1));
        var stronger = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(2_000), new SeededRandomSource(2));
        var service = MailService.Open(TypedId.New<ProductId>(new SeededRandomSource(3)), TypedId.New<OrganizationId>(new SeededRandomSource(4)));
        var mailbox = service.AddMailbox(TypedId.New<MailboxId>(new SeededRandomSource(5)), Family.Address("compta@entreprise-familiale.xyz"), TestPasswords.Of(Family.ComptaPassword), weak).AsT0.Id;
        service.DequeueEvents();

        Assert.True(service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), stronger).IsT0);

        Assert.Equal(new MailboxPasswordRehashed(service.Id, mailbox), Assert.Single(service.PendingEvents));
        Assert.Equal(2_000, service.ToState().Mailboxes[0].PasswordHash.Iterations);
        Assert.True(service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), stronger).IsT0);
        Assert.Single(service.PendingEvents);
        Assert.True(service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of("not-the-Pa55"), stronger).IsT3);
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    public void AResetOfAUnifiedAccount_SaysWhichMailboxChangedWithIt()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        julie.SetRecoveryAddress(Family.Address("julie.recovery@example.ch"), TestPasswords.Of("unified-Pa55"), family.Passwords);
        var token = julie.RequestPasswordReset(family.Clock, family.Random).AsT0.Token;
        julie.DequeueEvents();

        var change = PasswordChanges.ResetAccountPassword(julie, token, TestPasswords.Of("after-reset-Pa55"), family.Clock, [family.Service], family.Rights, family.Passwords).AsT0;

        Assert.Equal(mailbox, change.MailboxAlsoChanged);
        Assert.Equal(new AccountPasswordReset(julie.Id, mailbox), Assert.Single(julie.PendingEvents));
        Assert.True(family.MailboxOpensWith(mailbox, "after-reset-Pa55"));
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    public void AnAccountUnifiedWithTheSameAddressInTwoServices_IsAProgrammerError()
    {
        var family = new Family();
        var (_, julie) = family.UnifiedJulie();
        var twin = MailService.FromState(family.Service.ToState() with { Id = TypedId.New<ProductId>(family.Random) });

        Assert.Throws<ArgumentException>(() =>
            PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("next-Pa55-word"), [family.Service, twin], family.Rights, family.Passwords));
    }
}
