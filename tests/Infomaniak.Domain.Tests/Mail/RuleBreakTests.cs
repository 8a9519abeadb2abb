using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Mail;

/// <summary>The identity rule breaks of issue 8, each reproduced as it was found, now refused by name.</summary>
public class RuleBreakTests
{
    [Fact]
    [Trait("Rule", "ACC-6")]
    [Trait("Rule", "UNI-3")]
    public void AUnifiedMailboxChange_WithoutTheAccountsCurrentPassword_IsRefused_AndChangesNothing()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie("unified-Pa55");
        family.Service.DequeueEvents();
        julie.DequeueEvents();
        var before = (julie.ToState(), Snapshots.Of(family.Service));

        var missing = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("taken-over-Pa55"), julie, null, family.Rights, family.Passwords);
        var wrong = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("taken-over-Pa55"), julie, TestPasswords.Of("a-guess-Pa55"), family.Rights, family.Passwords);

        Assert.Equal(new AccountPasswordRequired(julie.Id, julie.Login, mailbox), missing.AsT5);
        Assert.IsType<WrongPassword>(wrong.AsT6);
        Assert.Equal(before, (julie.ToState(), Snapshots.Of(family.Service)));
        Assert.Empty(julie.PendingEvents);
        Assert.True(family.AccountOpensWith(julie, "unified-Pa55"));
        Assert.False(family.AccountOpensWith(julie, "taken-over-Pa55"));

        var proven = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("taken-over-Pa55"), julie, TestPasswords.Of("unified-Pa55"), family.Rights, family.Passwords);
        Assert.True(proven.GetValueOrThrow().ChangedBoth);
        Assert.True(family.AccountOpensWith(julie, "taken-over-Pa55"));
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    [Trait("Rule", "UNI-1")]
    [Trait("Rule", "MAIL-1")]
    public void AnAccountUnifiedWithOneMailbox_IsNotProposedASecondUnification_InAnotherMailService()
    {
        var family = new Family();
        var (first, julie) = family.UnifiedJulie("unified-Pa55");
        var (holder, admin, second) = Given.MailService(50, family.Random);
        var twin = second.AddMailbox(holder, admin, julie.Login, TestPasswords.Of("twin-mailbox-Pa55"), family.Passwords, family.Random).GetValueOrThrow().Id;
        second.AttachWebmailReader(holder, admin, twin, julie.Id).GetValueOrThrow();

        var change = PasswordChanges.ChangeMailboxPassword(second, twin, julie.Id, TestPasswords.Of("twin-new-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();
        var evaluation = Unification.Evaluate(second.Find(twin).GetValueOrThrow(), [julie], family.Rights);

        Assert.Null(change.Proposal);
        Assert.Equal([UnificationCondition.NotUnifiedWithAnotherMailbox], evaluation.AsT2.Unmet);
        Assert.Equal(new UnifiedMailbox(family.Service.Id, first), julie.UnifiedWith);
        var accountChange = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("later-Pa55-word"), [family.Service, second], family.Rights, family.Passwords);
        Assert.Equal(first, accountChange.GetValueOrThrow().MailboxAlsoChanged);
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    [Trait("Rule", "UNI-5")]
    public void AStaleLink_IsForgottenAtTheNextAccountPasswordChange_AndAllowsANewUnification()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie("unified-Pa55");
        family.Service.AttachWebmailReader(family.Organization, family.Munster.Id, mailbox, family.Munster.Id).GetValueOrThrow();
        Assert.Equal(new UnifiedMailbox(family.Service.Id, mailbox), julie.UnifiedWith);

        var change = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("alone-Pa55-word"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();

        Assert.False(change.ChangedBoth);
        Assert.Null(julie.UnifiedWith);
        Assert.Contains(new AccountUnificationEnded(julie.Id, family.Service.Id, mailbox), julie.PendingEvents);
        Assert.True(family.MailboxOpensWith(mailbox, "unified-Pa55"));
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    public void AnAccountPasswordChange_WithoutTheMailServiceOfItsUnifiedMailbox_IsRefusedByName()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie("unified-Pa55");
        julie.DequeueEvents();
        var before = (julie.ToState(), Snapshots.Of(family.Service));

        var change = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("next-Pa55-word"), [], family.Rights, family.Passwords);
        var reset = PasswordChanges.ResetAccountPassword(julie, ResetToken.Parse(new string('Q', ResetToken.TextLength)).GetValueOrThrow(), TestPasswords.Of("next-Pa55-word"), family.Clock, [], family.Rights, family.Passwords);

        Assert.Equal(FactsOf(mailServices: [family.Service.Id]), change.AsT1);
        Assert.Equal(FactsOf(mailServices: [family.Service.Id]), reset.AsT1);
        Assert.Equal(before, (julie.ToState(), Snapshots.Of(family.Service)));
        Assert.Empty(julie.PendingEvents);
        Assert.Equal(julie.Id, family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
    }

    [Fact]
    [Trait("Rule", "UNI-5")]
    [Trait("Rule", "UNI-1")]
    public void ARightsObjectThatDoesNotKnowTheHoldingOrganization_IsRefusedByName_AndEndsNoUnification()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie("unified-Pa55");
        var unrelated = new OrganizationMailboxPasswordRights(Given.OrganizationWith(7, Given.Account(7)));
        var before = (julie.ToState(), Snapshots.Of(family.Service));

        var change = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("next-Pa55-word"), [family.Service], unrelated, family.Passwords);
        var mailboxChange = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("next-Pa55-word"), julie, TestPasswords.Of("unified-Pa55"), unrelated, family.Passwords);
        var review = Unification.Review(family.Service, [julie], unrelated);

        Assert.Equal(FactsOf(organizations: [family.Organization.Id]), change.AsT1);
        Assert.Equal(FactsOf(organizations: [family.Organization.Id]), mailboxChange.AsT3);
        Assert.Equal(FactsOf(organizations: [family.Organization.Id]), review.AsT1);
        Assert.Equal(before, (julie.ToState(), Snapshots.Of(family.Service)));
        Assert.Equal(julie.Id, family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    [Trait("Rule", "MAIL-3")]
    public void EveryMailServiceCommand_IsRefusedToAStranger_AMemberOfAnotherOrganization_AndAMemberWithoutTheService()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        var limited = Given.Person(Given.Account(30), Given.Email(30));
        var hosting = TypedId.New<ProductId>(family.Random);
        Given.Hold(family.Organization, family.Munster.Id, hosting);
        Given.Join(family.Organization, family.Munster.Id, limited, Given.Limited(false, hosting));
        var other = Given.OrganizationWith(31, Given.Account(31), family.Service.Id);
        family.Service.DequeueEvents();
        var before = Snapshots.Of(family.Service);

        foreach (var (holder, actor, reason) in new[]
        {
            (family.Organization, Given.Account(29), DenialReason.NotAMember),
            (family.Organization, limited.Id, DenialReason.ProductNotGranted),
            (other, Given.Account(31), DenialReason.OwnedByAnotherOrganization),
        })
        {
            Assert.Equal(reason, family.Service.AddMailbox(holder, actor, Family.Address("intruder@entreprise-familiale.xyz"), TestPasswords.Of("intruder-Pa55"), family.Passwords, family.Random).AsT1.Reason);
            Assert.Equal(reason, family.Service.RemoveMailbox(holder, actor, mailbox).AsT1.Reason);
            Assert.Equal(reason, family.Service.AttachWebmailReader(holder, actor, mailbox, actor).AsT1.Reason);
            Assert.Equal(reason, family.Service.DetachWebmailReader(holder, actor, mailbox, julie.Id).AsT1.Reason);
            Assert.Equal(reason, family.Service.Close(holder, Given.ProductOf(holder, family.Service.Id), actor).AsT1.Reason);
        }

        Assert.Equal(before, Snapshots.Of(family.Service));
        Assert.Empty(family.Service.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "UNI-5")]
    public void AnAccountAddsAMailboxToItsWebmail_OnlyByProvingTheMailboxsPassword()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie("unified-Pa55");
        var intruder = Given.Person(Given.Account(40));
        var before = Snapshots.Of(family.Service);

        Assert.IsType<WrongPassword>(family.Service.AddToWebmail(mailbox, intruder, TestPasswords.Of("a-guess-Pa55"), family.Passwords).AsT3);
        Assert.Equal(before, Snapshots.Of(family.Service));
        Assert.Equal(julie.Id, family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);

        Assert.True(family.Service.AddToWebmail(mailbox, intruder, TestPasswords.Of("unified-Pa55"), family.Passwords).IsT0);
        Assert.Equal(new WebmailReaderAttached(family.Service.Id, mailbox, intruder.Id, intruder.Id), family.Service.PendingEvents.OfType<WebmailReaderAttached>().Last());
        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
        Assert.IsType<AlreadyWebmailReader>(family.Service.AddToWebmail(mailbox, intruder, TestPasswords.Of("unified-Pa55"), family.Passwords).AsT4);
        Assert.True(family.Service.DetachWebmailReader(family.Organization, intruder.Id, mailbox, intruder.Id).IsT0);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "MAIL-2")]
    public void ATerminatedMailService_OpensNothing_AndTakesNoNewMailboxReaderOrPassword()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie("unified-Pa55");
        var billingless = Given.Person(Given.Account(41));
        Given.Join(family.Organization, family.Munster.Id, billingless, Rights.Administrator(false));

        Assert.Equal(DenialReason.BillingRightsRequired, family.Service.Close(family.Organization, Given.ProductOf(family.Organization, family.Service.Id), billingless.Id).AsT1.Reason);
        Assert.True(family.Service.Close(family.Organization, Given.ProductOf(family.Organization, family.Service.Id), family.Munster.Id).IsT0);

        var terminated = new ProductAlreadyTerminated(family.Service.Id);
        Assert.DoesNotContain(family.Service.Id, family.Organization.Products);
        Assert.True(family.Service.IsTerminated);
        Assert.Equal(terminated, family.Service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of("unified-Pa55"), family.Passwords).AsT3);
        Assert.Equal(terminated, family.Service.SignIn(family.Compta, Channel.MailApplication, TestPasswords.Of(Family.ComptaPassword), family.Passwords).AsT3);
        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
        Assert.Contains(new UnificationEnded(family.Service.Id, mailbox, julie.Id, UnificationEndReason.MailServiceTerminated), family.Service.PendingEvents);
        Assert.Equal(terminated, family.Service.Close(family.Organization, Given.ProductOf(family.Organization, family.Service.Id), family.Munster.Id).AsT2);
        Assert.True(MailService.FromState(family.Service.ToState()).IsTerminated);
        Assert.True(family.AccountOpensWith(julie, "unified-Pa55"));
        Assert.True(PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("after-close-Pa55"), [family.Service], family.Rights, family.Passwords).IsT0);
        Assert.Null(julie.UnifiedWith);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void DeletingTheOrganization_TerminatesItsMailServices_WhichThenOpenNothing()
    {
        var family = new Family();
        var product = family.Service.Id;
        var holder = Given.OrganizationWith(60, Given.Account(60), product);
        var service = MailService.Open(product, holder.Id);
        var mailbox = service.AddMailbox(holder, Given.Account(60), Family.Address("info@closing.example"), TestPasswords.Of("info-Pa55-word"), family.Passwords, family.Random).GetValueOrThrow().Id;
        Given.ProductOf(holder, product).Terminate(holder, Given.Account(60)).GetValueOrThrow();
        Assert.True(service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of("info-Pa55-word"), family.Passwords).IsT0);

        OrganizationDeletion.Delete(holder, Given.Account(60), [], [], [], false, [service, family.Service], []).GetValueOrThrow();

        Assert.True(service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of("info-Pa55-word"), family.Passwords).IsT3);
        Assert.False(family.Service.IsTerminated);
        Assert.Equal(new MailServiceTerminated(product, holder.Id, Given.Account(60)), service.PendingEvents[^1]);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void AServiceItsOrganizationAlreadyStoppedHolding_IsClosedByAnyOfItsMembers()
    {
        var family = new Family();
        Given.ProductOf(family.Organization, family.Service.Id).Terminate(family.Organization, family.Munster.Id).GetValueOrThrow();

        Assert.Equal(DenialReason.NotAMember, family.Service.Close(family.Organization, Given.ProductOf(family.Organization, family.Service.Id), Given.Account(70)).AsT1.Reason);
        Assert.True(family.Service.Close(family.Organization, Given.ProductOf(family.Organization, family.Service.Id), family.Munster.Id).IsT0);
        Assert.True(family.Service.IsTerminated);
    }

    private static FactsNotGiven FactsOf(IReadOnlyList<OrganizationId>? organizations = null, IReadOnlyList<ProductId>? mailServices = null) =>
        new([], organizations ?? [], mailServices ?? []);
}
