using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Mail;

public class MailServiceTests
{
    private readonly SeededRandomSource random = new(21);
    private readonly PasswordService passwords = TestPasswords.Service();

    private readonly AccountId admin = Given.Account(90);
    private readonly Organization holder = Given.OrganizationWith(90, Given.Account(90));

    private MailService Open()
    {
        var product = TypedId.New<ProductId>(random);
        Given.Hold(holder, admin, product);
        return MailService.Open(product, holder.Id);
    }

    private MailboxId Add(MailService service, string address, string password = Family.ComptaPassword) =>
        service.AddMailbox(holder, admin, Family.Address(address), TestPasswords.Of(password), passwords, random).GetValueOrThrow().Id;

    [Fact]
    [Trait("Rule", "MAIL-1")]
    public void AMailServiceOfAnOrganization_HostsMailboxes_EachWithItsOwnPassword()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz", Family.ComptaPassword);
        var julie = Add(service, "julie@entreprise-familiale.xyz", Family.JuliePassword);

        Assert.True(service.SignIn(compta, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), passwords).IsT0);
        Assert.True(service.SignIn(julie, Channel.MailApplication, TestPasswords.Of(Family.JuliePassword), passwords).IsT0);
        Assert.True(service.SignIn(julie, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), passwords).IsT4);
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

        var duplicate = service.AddMailbox(holder, admin, Family.Address("COMPTA@entreprise-familiale.xyz"), TestPasswords.Of(Family.ComptaPassword), passwords, random);
        var weak = service.AddMailbox(holder, admin, Family.Address("info@entreprise-familiale.xyz"), TestPasswords.Of("info@entreprise-familiale.xyz"), passwords, random);

        Assert.True(duplicate.IsT3);
        Assert.Equal(PasswordProblem.ContainsAddress, weak.AsT4.Problem);
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

        Assert.True(service.AttachWebmailReader(holder, admin, compta, munster).IsT0);
        Assert.True(service.AttachWebmailReader(holder, admin, compta, accountant).IsT0);
        Assert.True(service.AttachWebmailReader(holder, admin, compta, munster).IsT4);
        Assert.Equal([munster, accountant], service.Find(compta).GetValueOrThrow().WebmailReaders.OrderBy(id => id == accountant));
        Assert.True(service.DetachWebmailReader(holder, admin, compta, accountant).IsT0);
        Assert.True(service.DetachWebmailReader(holder, admin, compta, accountant).IsT3);
        Assert.Equal([munster], service.Find(compta).GetValueOrThrow().WebmailReaders);
    }

    [Fact]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "ACC-8")]
    public void DeletingAnAccount_RemovesItFromEveryMailbox()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");
        var info = Add(service, "info@entreprise-familiale.xyz");
        var other = Add(service, "other@entreprise-familiale.xyz");
        var munster = Given.Person(Given.Account(91));
        var accountant = TypedId.New<AccountId>(random);
        service.AttachWebmailReader(holder, admin, compta, munster.Id).GetValueOrThrow();
        service.AttachWebmailReader(holder, admin, info, munster.Id).GetValueOrThrow();
        service.AttachWebmailReader(holder, admin, info, accountant).GetValueOrThrow();
        service.AttachWebmailReader(holder, admin, other, accountant).GetValueOrThrow();
        service.DequeueEvents();

        var revoked = Infomaniak.Domain.Accounts.AccountDeletion.Delete(munster, [], [service]).GetValueOrThrow().WebmailAccessRevoked;

        Assert.Equal([compta, info], revoked);
        Assert.All(service.Mailboxes, mailbox => Assert.DoesNotContain(munster.Id, mailbox.WebmailReaders));
        Assert.Equal([accountant], service.Find(info).GetValueOrThrow().WebmailReaders);
        Assert.Equal(2, service.PendingEvents.OfType<WebmailReaderDetached>().Count());
        Assert.Equal(2, service.PendingEvents.Count);
    }

    [Fact]
    public void RemoveMailbox_RemovesIt_AndRefusesAnUnknownOne()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");

        Assert.True(service.RemoveMailbox(holder, admin, compta).IsT0);
        Assert.Empty(service.Mailboxes);
        Assert.Equal(compta, service.RemoveMailbox(holder, admin, compta).AsT2.Mailbox);
    }

    [Fact]
    [Trait("Rule", "MAIL-4")]
    public void ChangeMailboxPassword_AsksToReEnterItInMailApplicationsAndWebmail_AndLeavesTheAccountAlone()
    {
        var family = new Family();
        var accountBefore = family.Munster.ToState();

        var change = PasswordChanges.ChangeMailboxPassword(
            family.Service, family.Compta, family.Munster.Id, TestPasswords.Of("compta-Pa55-2"), null, null, family.Rights, family.Passwords).GetValueOrThrow();

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
            family.Munster, TestPasswords.Of(Family.AccountPassword), TestPasswords.Of("new-account-Pa55"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();

        Assert.Equal([family.Compta], change.Impact.MailboxesWebmailMayAskToConfirm);
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
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(julieState with { WebmailReaders = [.. julieState.WebmailReaders, Reader(julieState, TypedId.New<AccountId>(random))] })));
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
        var service = Open();
        var mailbox = service.AddMailbox(holder, admin, Family.Address("compta@entreprise-familiale.xyz"), TestPasswords.Of(Family.ComptaPassword), weak, new SeededRandomSource(5)).GetValueOrThrow().Id;
        service.DequeueEvents();

        Assert.True(service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), stronger).IsT0);

        Assert.Equal(new MailboxPasswordRehashed(service.Id, mailbox), Assert.Single(service.PendingEvents));
        Assert.Equal(2_000, service.ToState().Mailboxes[0].PasswordHash.Iterations);
        Assert.True(service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), stronger).IsT0);
        Assert.Single(service.PendingEvents);
        Assert.True(service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of("not-the-Pa55"), stronger).IsT4);
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    public void AResetOfAUnifiedAccount_SaysWhichMailboxChangedWithIt()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        julie.SetRecoveryAddress(Family.Address("julie.recovery@example.ch"), TestPasswords.Of("unified-Pa55"), family.Passwords).GetValueOrThrow();
        var token = julie.RequestPasswordReset(family.Clock, family.Random).GetValueOrThrow().Token;
        julie.DequeueEvents();

        var change = PasswordChanges.ResetAccountPassword(julie, token, TestPasswords.Of("after-reset-Pa55"), family.Clock, [family.Service], family.Rights, family.Passwords).GetValueOrThrow();

        Assert.Equal(mailbox, change.MailboxAlsoChanged);
        Assert.Equal(new AccountPasswordReset(julie.Id, mailbox), Assert.Single(julie.PendingEvents));
        Assert.True(family.MailboxOpensWith(mailbox, "after-reset-Pa55"));
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    [Trait("Rule", "UNI-3")]
    [Trait("Rule", "MAIL-1")]
    public void AnAccountClaimedByTwoMailboxesInStoredData_NeverThrows_AndKeepsOnlyTheMailboxItRecords()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        var twinId = TypedId.New<ProductId>(family.Random);
        var state = family.Service.ToState();
        var twin = MailService.FromState(state with { Id = twinId, Mailboxes = [.. state.Mailboxes.Select(m => m with { Service = twinId })] });

        var change = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("next-Pa55-word"), [family.Service, twin], family.Rights, family.Passwords)
            .GetValueOrThrow();

        Assert.Equal(mailbox, change.MailboxAlsoChanged);
        Assert.Null(twin.Find(mailbox).GetValueOrThrow().UnifiedWith);
        Assert.Equal(UnificationEndReason.AccountUnifiedElsewhere, twin.PendingEvents.OfType<UnificationEnded>().Single().Reason);
        Assert.True(family.MailboxOpensWith(mailbox, "next-Pa55-word"));
    }

    [Theory]
    [Trait("Rule", "UNI-4")]
    [InlineData(Channel.Ftp, CredentialKind.ProductCredential)]
    [InlineData(Channel.WebDav, CredentialKind.ProductCredential)]
    public void AMailboxPassword_OpensNoProductDoor(Channel channel, CredentialKind expected)
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");

        Assert.Equal(new WrongDoor(channel, expected), service.SignIn(compta, channel, TestPasswords.Of(Family.ComptaPassword), passwords).AsT2);
    }

    [Fact]
    [Trait("Rule", "MAIL-1")]
    public void OpenAndAddMailbox_RecordWhatHappened_AndAReusedIdIsAProgrammerError()
    {
        var organization = holder.Id;
        var product = TypedId.New<ProductId>(random);
        Given.Hold(holder, admin, product);
        var service = MailService.Open(product, organization);
        var id = MailboxId.From(Guid.Parse("5b000000-0000-4000-8000-000000000001"));
        var address = Family.Address("compta@entreprise-familiale.xyz");

        var mailbox = service.AddMailbox(holder, admin, address, TestPasswords.Of(Family.ComptaPassword), passwords, Given.Ids(id.Value)).GetValueOrThrow();

        Assert.Equal(organization, service.Organization);
        Assert.Equal([new MailServiceOpened(service.Id, organization), new MailboxAdded(service.Id, id, address, admin)], service.PendingEvents);
        Assert.Equal((id, address), (mailbox.Id, mailbox.Address));
        Assert.Same(mailbox, service.Find(id).GetValueOrThrow());
        var empty = Open();
        Assert.Equal(new UnknownMailbox(empty.Id, id), empty.Find(id).AsT1);
        Assert.Throws<ArgumentException>(() => MailService.Open(TypedId.New<ProductId>(random), default));
    }

    [Fact]
    [Trait("Rule", "MAIL-3")]
    public void AttachDetachAndRemove_RecordWhichMailboxAndAccount_AndRefusalsNameThem()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");
        var munster = TypedId.New<AccountId>(random);
        var stranger = TypedId.New<AccountId>(random);
        var unknown = TypedId.New<MailboxId>(random);
        service.DequeueEvents();

        service.AttachWebmailReader(holder, admin, compta, munster).GetValueOrThrow();
        service.DetachWebmailReader(holder, admin, compta, munster).GetValueOrThrow();
        service.RemoveMailbox(holder, admin, compta).GetValueOrThrow();

        Assert.Equal(
            [new WebmailReaderAttached(service.Id, compta, munster, admin), new WebmailReaderDetached(service.Id, compta, munster, admin), new MailboxRemoved(service.Id, compta, admin)],
            service.PendingEvents);
        var other = Add(service, "info@entreprise-familiale.xyz");
        service.AttachWebmailReader(holder, admin, other, munster).GetValueOrThrow();
        Assert.Equal(new AlreadyWebmailReader(other, Family.Address("info@entreprise-familiale.xyz"), munster), service.AttachWebmailReader(holder, admin, other, munster).AsT4);
        Assert.Equal(new NotAWebmailReader(other, Family.Address("info@entreprise-familiale.xyz"), stranger), service.DetachWebmailReader(holder, admin, other, stranger).AsT3);
        Assert.Equal(new UnknownMailbox(service.Id, unknown), service.AttachWebmailReader(holder, admin, unknown, munster).AsT2);
        Assert.Equal(new UnknownMailbox(service.Id, unknown), service.DetachWebmailReader(holder, admin, unknown, munster).AsT2);
        Assert.Equal(new UnknownMailbox(service.Id, unknown), service.DeclineUnification(unknown, munster).AsT1);
        Assert.Throws<ArgumentException>(() => service.AttachWebmailReader(holder, admin, other, default));
        Assert.Throws<ArgumentException>(() => service.DetachWebmailReader(holder, admin, other, default));
    }

    [Fact]
    [Trait("Rule", "UNI-2")]
    public void APendingProposal_LapsesWhenAReaderIsAttachedOrDetached_OrThePasswordChangesAgain()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        void Propose() => PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("julie-mbx-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();
        AccountId? Proposed() => family.Service.Find(mailbox).GetValueOrThrow().UnificationProposedTo;

        Propose();
        Assert.Equal(julie.Id, Proposed());
        family.Service.AttachWebmailReader(family.Organization, family.Munster.Id, mailbox, family.Munster.Id).GetValueOrThrow();
        Assert.Null(Proposed());
        family.Service.DetachWebmailReader(family.Organization, family.Munster.Id, mailbox, family.Munster.Id).GetValueOrThrow();

        Propose();
        family.Service.DetachWebmailReader(family.Organization, family.Munster.Id, mailbox, julie.Id).GetValueOrThrow();
        Assert.Null(Proposed());
        family.Service.AttachWebmailReader(family.Organization, family.Munster.Id, mailbox, julie.Id).GetValueOrThrow();

        Propose();
        PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, family.Munster.Id, TestPasswords.Of("munster-set-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();
        Assert.Null(Proposed());
        Assert.True(Unification.Accept(family.Service, mailbox, julie, TestPasswords.Of(Family.JulieAccountPassword), family.Rights, family.Passwords).IsT3);
    }

    [Fact]
    public void FromState_KeepsTheVersionAndReaders_AndRejectsEachBrokenInvariant()
    {
        var family = new Family();
        var (julie, julieAccount) = family.UnifiedJulie();
        var (proposedMailbox, proposedAccount) = (family.Service.AddMailbox(family.Organization, family.Munster.Id, Family.Address("paul@entreprise-familiale.xyz"), TestPasswords.Of("paul-Pa55-word"), passwords, random).GetValueOrThrow().Id, TypedId.New<AccountId>(random));
        family.Service.AttachWebmailReader(family.Organization, family.Munster.Id, proposedMailbox, proposedAccount).GetValueOrThrow();
        var state = family.Service.ToState();
        var again = MailService.FromState(state);

        Assert.Equal(state.Version, again.Version);
        Assert.Equal(state.Organization, again.Organization);
        Assert.Equal(julieAccount.Id, again.Find(julie).GetValueOrThrow().UnifiedWith);
        Assert.Equal([family.Munster.Id], again.Find(family.Compta).GetValueOrThrow().WebmailReaders);
        Assert.True(again.SignIn(julie, Channel.MailApplication, TestPasswords.Of("unified-Pa55"), family.Passwords).IsT0);

        var julieState = state.Mailboxes.Single(mailbox => mailbox.Id == julie);
        var paulState = state.Mailboxes.Single(mailbox => mailbox.Id == proposedMailbox);
        MailServiceState With(MailboxState changed) => state with { Mailboxes = [.. state.Mailboxes.Select(mailbox => mailbox.Id == changed.Id ? changed : mailbox)] };
        Assert.Equal(proposedAccount, MailService.FromState(With(paulState with { UnificationProposedTo = proposedAccount })).Find(proposedMailbox).GetValueOrThrow().UnificationProposedTo);
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(paulState with { UnificationProposedTo = TypedId.New<AccountId>(random) })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(paulState with { UnifiedWith = TypedId.New<AccountId>(random) })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(paulState with { WebmailReaders = [Reader(paulState, proposedAccount), Reader(paulState, proposedAccount)] })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(paulState with { WebmailReaders = [Reader(paulState, proposedAccount), Reader(paulState, default)] })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(julieState with { WebmailReaders = [] })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(julieState with { WebmailReaders = [.. julieState.WebmailReaders.Select(reader => reader with { MailboxId = paulState.Id })] })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(With(julieState with { AddressNormalized = "other@entreprise-familiale.xyz" })));
        Assert.Throws<ArgumentException>(() => MailService.FromState(state with { Mailboxes = [julieState with { Id = default }] }));
        Assert.Throws<ArgumentException>(() => MailService.FromState(state with { Organization = default }));
        Assert.Throws<ArgumentNullException>(() => MailService.FromState(With(julieState with { PasswordHash = null! })));
        Assert.Throws<ArgumentNullException>(() => MailService.FromState(With(julieState with { WebmailReaders = null! })));
        Assert.Throws<ArgumentNullException>(() => MailService.FromState(state with { Mailboxes = null! }));
        Assert.Throws<ArgumentNullException>(() => MailService.FromState(null!));
        Assert.Equal(state.Mailboxes.Select(mailbox => mailbox.Id), again.Mailboxes.Select(mailbox => mailbox.Id));
    }

    [Fact]
    [Trait("Rule", "UNI-2")]
    public void Decline_RecordsWhoDeclinedWhichMailbox()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("julie-mbx-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();
        family.Service.DequeueEvents();

        family.Service.DeclineUnification(mailbox, julie.Id).GetValueOrThrow();

        Assert.Equal(new UnificationDeclined(family.Service.Id, mailbox, julie.Id), Assert.Single(family.Service.PendingEvents));
    }

    [Fact]
    public void Guards_HoldEvenWhenARefusalWouldComeFirst()
    {
        var service = Open();
        var compta = Add(service, "compta@entreprise-familiale.xyz");
        var password = TestPasswords.Of(Family.ComptaPassword);
        var state = service.ToState();

        Assert.Throws<ArgumentNullException>(() => service.SignIn(TypedId.New<MailboxId>(random), Channel.MailApplication, null!, passwords));
        Assert.Throws<ArgumentNullException>(() => service.SignIn(TypedId.New<MailboxId>(random), Channel.Webmail, password, null!));
        Assert.Throws<ArgumentNullException>(() => service.AddMailbox(holder, admin, Family.Address("compta@entreprise-familiale.xyz"), password, passwords, null!));
        Assert.Throws<ArgumentNullException>(() => service.AddMailbox(holder, admin, null!, password, passwords, random));
        Assert.Throws<ArgumentNullException>(() => service.AddMailbox(holder, admin, Family.Address("compta@entreprise-familiale.xyz"), null!, passwords, random));
        Assert.Throws<ArgumentNullException>(() => service.AddMailbox(holder, admin, Family.Address("compta@entreprise-familiale.xyz"), password, null!, random));
        Assert.Throws<ArgumentNullException>(() => MailService.FromState(state with { Mailboxes = [null!] }));
        Assert.Single(service.Mailboxes, mailbox => mailbox.Id == compta);
    }

    private static WebmailReaderState Reader(MailboxState mailbox, AccountId account) => new() { MailboxId = mailbox.Id, AccountId = account };
}
