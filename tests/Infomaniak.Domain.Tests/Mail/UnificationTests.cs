using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Arbitraries.IdentityArbitraries;

namespace Infomaniak.Domain.Tests.Mail;

public class UnificationTests
{
    private static (MailService Service, MailboxId Mailbox, Account[] Accounts, TestRights Rights, PasswordService Passwords) Build(WorldSpec spec)
    {
        var random = new SeededRandomSource(17);
        var passwords = TestPasswords.Service(17);
        var (holder, admin, service) = Given.MailService(60, random);
        var mailbox = service.AddMailbox(holder, admin, Family.Address("julie@entreprise-familiale.xyz"), TestPasswords.Of(Family.JuliePassword), passwords, random).GetValueOrThrow().Id;
        var logins = (spec.HasLoginAccount ? new[] { "julie@entreprise-familiale.xyz" } : [])
            .Concat(Enumerable.Range(0, spec.OtherAccounts).Select(i => $"other{i}@example.ch"));
        var accounts = logins.Select(login => Account.Register(
            Family.Address(login), PersonName.Create("Some", "One").GetValueOrThrow(), TestPasswords.Of("account-Pa55-x"), null, passwords, random).GetValueOrThrow()).ToArray();
        var rights = TestRights.Nobody;
        for (var i = 0; i < accounts.Length; i++)
        {
            if (spec.Reads[i])
            {
                service.AttachWebmailReader(holder, admin, mailbox, accounts[i].Id).GetValueOrThrow();
            }

            if (spec.MayChange[i])
            {
                rights.Grant(accounts[i].Id);
            }
        }

        return (service, mailbox, accounts, rights, passwords);
    }

    private static List<UnificationCondition> ExpectedUnmet(WorldSpec spec, int accountCount)
    {
        if (!spec.HasLoginAccount)
        {
            return [UnificationCondition.AccountWithMailboxLogin];
        }

        var unmet = new List<UnificationCondition>();
        if (!spec.Reads[0] || Enumerable.Range(1, accountCount - 1).Any(i => spec.Reads[i]))
        {
            unmet.Add(UnificationCondition.OnlyWebmailReader);
        }

        if (!spec.MayChange[0])
        {
            unmet.Add(UnificationCondition.RightToChangeMailboxPassword);
        }

        return unmet;
    }

    [Property(MaxTest = 80)]
    [Trait("Rule", "UNI-1")]
    public Property Evaluate_IsEligibleExactlyWhenAllThreeHold_ElseNamesEveryUnmetCondition() =>
        Prop.ForAll(Arb.From(IdentityArbitraries.UnificationWorlds), spec =>
        {
            var (service, mailbox, accounts, rights, _) = Build(spec);
            var expected = ExpectedUnmet(spec, accounts.Length);

            var evaluation = Unification.Evaluate(service.Find(mailbox).GetValueOrThrow(), accounts, rights);

            return evaluation.Match(
                eligible => expected.Count == 0 && eligible.Account == accounts[0].Id && eligible.Mailbox == mailbox,
                _ => false,
                notPossible => expected.SequenceEqual(notPossible.Unmet) && notPossible.Message.Length > 0);
        });

    [Property(MaxTest = 80)]
    [Trait("Rule", "UNI-1")]
    [Trait("Rule", "UNI-2")]
    public Property AMailboxPasswordChange_ProposesUnification_ExactlyWhenAllThreeHold_AndTheEligibleAccountMakesIt() =>
        Prop.ForAll(Arb.From(IdentityArbitraries.UnificationWorlds), spec =>
        {
            var (service, mailbox, accounts, rights, passwords) = Build(spec);
            if (accounts.Length == 0)
            {
                return true;
            }

            var changer = accounts[Math.Min(spec.Changer, accounts.Length - 1)];
            var loginAccount = spec.HasLoginAccount ? accounts[0] : null;
            var allHold = ExpectedUnmet(spec, accounts.Length).Count == 0;

            var result = PasswordChanges.ChangeMailboxPassword(service, mailbox, changer.Id, TestPasswords.Of("new-mailbox-Pa55"), loginAccount, null, rights, passwords);
            if (rights.MayChangePassword(changer.Id, service.Organization, service.Id, mailbox) != MailboxPasswordRight.Allowed)
            {
                return result.IsT1 && !service.PendingEvents.OfType<UnificationProposed>().Any();
            }

            var change = result.GetValueOrThrow();
            var proposedWhenExpected = (change.Proposal is not null) == (allHold && changer == loginAccount);
            var recorded = service.PendingEvents.OfType<UnificationProposed>().Any();
            return proposedWhenExpected && recorded == (change.Proposal is not null)
                && service.Find(mailbox).GetValueOrThrow().UnificationProposedTo == change.Proposal?.Account;
        });

    [Fact]
    [Trait("Rule", "UNI-2")]
    public void NoOtherOperation_ProposesUnification()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        family.Service.DetachWebmailReader(family.Organization, family.Munster.Id, mailbox, julie.Id).GetValueOrThrow();
        family.Service.AttachWebmailReader(family.Organization, family.Munster.Id, mailbox, julie.Id).GetValueOrThrow();
        PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of(Family.JulieAccountPassword), TestPasswords.Of("julie-new-Pa55"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();
        Unification.Review(family.Service, [julie], family.Rights).GetValueOrThrow();

        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnificationProposedTo);
        Assert.Empty(family.Service.PendingEvents.OfType<UnificationProposed>());
        Assert.True(Unification.Accept(family.Service, mailbox, julie, TestPasswords.Of("julie-new-Pa55"), family.Rights, family.Passwords).IsT3);
    }

    [Fact]
    [Trait("Rule", "UNI-2")]
    public void TheProposal_CanBeDeclined_AndThenNotAccepted()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        var change = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("julie-mbx-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();
        Assert.Equal(new UnificationEligible(family.Service.Id, mailbox, julie.Id), change.Proposal);

        Assert.True(family.Service.DeclineUnification(mailbox, julie.Id).IsT0);

        Assert.True(family.Service.DeclineUnification(mailbox, julie.Id).IsT2);
        Assert.True(Unification.Accept(family.Service, mailbox, julie, TestPasswords.Of(Family.JulieAccountPassword), family.Rights, family.Passwords).IsT3);
        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
    }

    [Fact]
    [Trait("Rule", "UNI-2")]
    [Trait("Rule", "ACC-6")]
    public void Accept_NeedsTheAccountsCurrentPassword_AndStillHoldingConditions()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("julie-mbx-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();
        var before = (julie.ToState(), Snapshots.Of(family.Service));

        Assert.True(Unification.Accept(family.Service, mailbox, julie, TestPasswords.Of("wrong-Pa55-word"), family.Rights, family.Passwords).IsT4);
        family.Rights.Withdraw(julie.Id);
        var notPossible = Unification.Accept(family.Service, mailbox, julie, TestPasswords.Of(Family.JulieAccountPassword), family.Rights, family.Passwords).AsT5;

        Assert.Equal([UnificationCondition.RightToChangeMailboxPassword], notPossible.Unmet);
        Assert.Equal(before, (julie.ToState(), Snapshots.Of(family.Service)));
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    public void OnceUnified_ChangingEitherChangesBoth_AndTheResultSaysSo()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        Assert.True(family.AccountOpensWith(julie, "unified-Pa55"));

        var byAccount = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("second-Pa55"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();
        Assert.True(byAccount.ChangedBoth);
        Assert.Equal(mailbox, byAccount.MailboxAlsoChanged);
        Assert.Equal([Channel.MailApplication], byAccount.MailboxImpact!.NewPasswordOpens);
        Assert.True(family.MailboxOpensWith(mailbox, "second-Pa55"));

        var byMailbox = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("third-Pa55"), julie, TestPasswords.Of("second-Pa55"), family.Rights, family.Passwords).GetValueOrThrow();
        Assert.True(byMailbox.ChangedBoth);
        Assert.Equal(julie.Id, byMailbox.AccountAlsoChanged);
        Assert.Null(byMailbox.Proposal);
        Assert.True(family.AccountOpensWith(julie, "third-Pa55"));
        Assert.Equal(new MailboxPasswordChanged(family.Service.Id, mailbox, julie.Id, julie.Id), family.Service.PendingEvents[^1]);
        Assert.Equal(new AccountPasswordChanged(julie.Id, mailbox), julie.PendingEvents[^1]);
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    public void NotUnified_EachPasswordChangesAlone()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();

        PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of(Family.JulieAccountPassword), TestPasswords.Of("second-Pa55"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();

        Assert.True(family.MailboxOpensWith(mailbox, Family.JuliePassword));
    }

    public static TheoryData<string> Endings => ["second reader", "detached", "revoked", "removed", "right withdrawn", "reviewed"];

    [Theory]
    [Trait("Rule", "UNI-5")]
    [MemberData(nameof(Endings))]
    public void Unification_EndsWhenAConditionStopsHolding_AndBothKeepTheirValues(string ending)
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        family.Service.DequeueEvents();

        UnificationEndReason expected;
        switch (ending)
        {
            case "second reader":
                family.Service.AttachWebmailReader(family.Organization, family.Munster.Id, mailbox, family.Munster.Id).GetValueOrThrow();
                expected = UnificationEndReason.AnotherWebmailReader;
                break;
            case "detached":
                family.Service.DetachWebmailReader(family.Organization, family.Munster.Id, mailbox, julie.Id).GetValueOrThrow();
                expected = UnificationEndReason.NoLongerWebmailReader;
                break;
            case "revoked":
                Assert.Equal([mailbox], AccountDeletion.Delete(julie, [], [family.Service]).GetValueOrThrow().WebmailAccessRevoked);
                expected = UnificationEndReason.NoLongerWebmailReader;
                break;
            case "removed":
                family.Service.RemoveMailbox(family.Organization, family.Munster.Id, mailbox).GetValueOrThrow();
                expected = UnificationEndReason.MailboxRemoved;
                break;
            case "right withdrawn":
                family.Rights.Withdraw(julie.Id);
                var change = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("unified-Pa55"), TestPasswords.Of("alone-Pa55"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();
                Assert.False(change.ChangedBoth);
                Assert.Equal(UnificationEndReason.RightWithdrawn, change.UnificationEnded);
                expected = UnificationEndReason.RightWithdrawn;
                break;
            default:
                family.Rights.Withdraw(julie.Id);
                Assert.Equal([mailbox], Unification.Review(family.Service, [julie], family.Rights).GetValueOrThrow());
                expected = UnificationEndReason.RightWithdrawn;
                break;
        }

        Assert.Equal(new UnificationEnded(family.Service.Id, mailbox, julie.Id, expected), family.Service.PendingEvents.OfType<UnificationEnded>().Single());
        var accountPassword = ending == "right withdrawn" ? "alone-Pa55" : "unified-Pa55";
        Assert.True(family.AccountOpensWith(julie, accountPassword));
        if (family.Service.Find(mailbox).TryPickT0(out var still, out _))
        {
            Assert.Null(still.UnifiedWith);
            Assert.True(family.MailboxOpensWith(mailbox, "unified-Pa55"));
            _ = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("mailbox-alone-Pa55"), julie, null, family.Rights, family.Passwords);
            Assert.True(family.AccountOpensWith(julie, accountPassword));
        }
    }

    [Fact]
    [Trait("Rule", "UNI-5")]
    public void Review_KeepsUnificationsWhoseConditionsStillHold()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();

        Assert.Empty(Unification.Review(family.Service, [julie, family.Munster], family.Rights).GetValueOrThrow());
        Assert.Equal(julie.Id, family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
    }

    [Fact]
    [Trait("Rule", "UNI-5")]
    public void Review_WithoutAUnifiedAccount_IsRefusedByName_AndEndsNothing()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();

        Assert.Equal([julie.Id], Unification.Review(family.Service, [family.Munster], family.Rights).AsT1.Accounts);
        family.Rights.Forget(family.Organization.Id);
        Assert.Equal([family.Organization.Id], Unification.Review(family.Service, [julie], family.Rights).AsT1.Organizations);
        Assert.Equal(julie.Id, family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    [Trait("Rule", "ACC-6")]
    public void AUnifiedMailbox_ChangedByAnotherAccount_IsUnlinkedFirst_SoNobodyElseSetsTheAccountsPassword()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie("unified-Pa55");

        var change = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, family.Munster.Id, TestPasswords.Of("set-by-admin-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();

        Assert.Equal(UnificationEndReason.ChangedByAnotherAccount, change.UnificationEnded);
        Assert.False(change.ChangedBoth);
        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
        Assert.True(family.MailboxOpensWith(mailbox, "set-by-admin-Pa55"));
        Assert.True(family.AccountOpensWith(julie, "unified-Pa55"));
        Assert.False(family.AccountOpensWith(julie, "set-by-admin-Pa55"));
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    public void ChangingAUnifiedMailbox_WithoutGivingItsAccount_IsRefusedByName()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();

        Assert.Equal([julie.Id], PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("x-Pa55-word"), null, null, family.Rights, family.Passwords).AsT3.Accounts);
        Assert.Throws<ArgumentException>(() => PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("x-Pa55-word"), family.Munster, null, family.Rights, family.Passwords));
    }

    [Fact]
    [Trait("Rule", "UNI-1")]
    public void Evaluate_RefusesTwoAccountsSharingTheMailboxLogin_AndIgnoresAccountsWithOtherLogins()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        var twin = Account.Register(
            Family.Address("JULIE@entreprise-familiale.xyz"), PersonName.Create("Julie", "Twin").GetValueOrThrow(),
            TestPasswords.Of("twin-Pa55-word"), null, family.Passwords, family.Random).GetValueOrThrow();
        var found = family.Service.Find(mailbox).GetValueOrThrow();

        Assert.Throws<ArgumentException>(() => Unification.Evaluate(found, [julie, twin], family.Rights));
        Assert.Equal(new UnificationEligible(family.Service.Id, mailbox, julie.Id), Unification.Evaluate(found, [family.Munster, julie], family.Rights).GetValueOrThrow());
        Assert.Equal([UnificationCondition.AccountWithMailboxLogin], Unification.Evaluate(found, [family.Munster], family.Rights).AsT2.Unmet);
    }

    [Fact]
    [Trait("Rule", "UNI-5")]
    public void Review_EndsAUnification_WhenTheMailboxLoginNowBelongsToAnotherAccount()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        var successor = Account.Register(
            Family.Address("julie@entreprise-familiale.xyz"), PersonName.Create("Julie", "Successor").GetValueOrThrow(),
            TestPasswords.Of("successor-Pa55"), null, family.Passwords, family.Random).GetValueOrThrow();
        family.Rights.Grant(successor.Id);
        family.Service.DequeueEvents();

        Assert.Equal([mailbox], Unification.Review(family.Service, [successor], family.Rights).GetValueOrThrow());

        var ended = Assert.IsType<UnificationEnded>(Assert.Single(family.Service.PendingEvents));
        Assert.Equal((family.Service.Id, mailbox, julie.Id, UnificationEndReason.AccountGone), (ended.Service, ended.Mailbox, ended.Account, ended.Reason));
        Assert.True(family.AccountOpensWith(julie, "unified-Pa55"));
        Assert.True(family.MailboxOpensWith(mailbox, "unified-Pa55"));
        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnifiedWith);
        Assert.Empty(Unification.Review(family.Service, [successor], family.Rights).GetValueOrThrow());
    }

    [Fact]
    [Trait("Rule", "UNI-5")]
    public void ChangingAUnifiedMailbox_AfterTheRightWasWithdrawn_EndsTheUnification_AndChangesOnlyTheMailbox()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();
        family.Rights.Withdraw(julie.Id);
        family.Service.DequeueEvents();

        var change = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, family.Munster.Id, TestPasswords.Of("munster-set-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();

        Assert.Equal(UnificationEndReason.RightWithdrawn, change.UnificationEnded);
        Assert.False(change.ChangedBoth);
        Assert.Null(change.AccountImpact);
        Assert.Null(change.Proposal);
        Assert.Equal(
            [new UnificationEnded(family.Service.Id, mailbox, julie.Id, UnificationEndReason.RightWithdrawn), new MailboxPasswordChanged(family.Service.Id, mailbox, family.Munster.Id, null)],
            family.Service.PendingEvents);
        Assert.True(family.AccountOpensWith(julie, "unified-Pa55"));
        Assert.True(family.MailboxOpensWith(mailbox, "munster-set-Pa55"));
    }

    [Fact]
    [Trait("Rule", "UNI-3")]
    public void AUnifiedChange_ReportsBothImpacts()
    {
        var family = new Family();
        var (mailbox, julie) = family.UnifiedJulie();

        var byMailbox = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("third-Pa55"), julie, TestPasswords.Of("unified-Pa55"), family.Rights, family.Passwords).GetValueOrThrow();

        Assert.Equal((family.Service.Id, mailbox), (byMailbox.Service, byMailbox.Mailbox));
        Assert.Equal([julie.Id], byMailbox.Impact.WebmailReadersToUpdate);
        Assert.Equal(PasswordOwner.Account, byMailbox.AccountImpact!.Changed);
        Assert.Empty(byMailbox.AccountImpact.MailboxesWebmailMayAskToConfirm);
        Assert.Null(byMailbox.UnificationEnded);

        var byAccount = PasswordChanges.ChangeAccountPassword(julie, TestPasswords.Of("third-Pa55"), TestPasswords.Of("fourth-Pa55"), [family.Service], family.Rights, family.Passwords).GetValueOrThrow();

        Assert.Empty(byAccount.Impact.MailboxesWebmailMayAskToConfirm);
        Assert.Equal([julie.Id], byAccount.MailboxImpact!.WebmailReadersToUpdate);
        Assert.Null(byAccount.UnificationEnded);
        Assert.Equal(new MailboxPasswordChanged(family.Service.Id, mailbox, julie.Id, julie.Id), family.Service.PendingEvents[^1]);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "UNI-1")]
    public void ChangeMailboxPassword_WithoutTheRight_IsRefused_ChangingNothing()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        family.Rights.Withdraw(julie.Id);
        var before = (julie.ToState(), Snapshots.Of(family.Service));

        var refused = PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("julie-mbx-Pa55"), julie, null, family.Rights, family.Passwords);

        Assert.Equal(new MayNotChangeMailboxPassword(julie.Id, family.Service.Id, mailbox, julie.Login), refused.AsT1);
        Assert.Equal(before, (julie.ToState(), Snapshots.Of(family.Service)));
        var unknown = TypedId.New<MailboxId>(family.Random);
        Assert.Equal(new UnknownMailbox(family.Service.Id, unknown), PasswordChanges.ChangeMailboxPassword(family.Service, unknown, julie.Id, TestPasswords.Of("julie-mbx-Pa55"), julie, null, family.Rights, family.Passwords).AsT2);
        Assert.Equal(PasswordProblem.ContainsAddress, PasswordChanges.ChangeMailboxPassword(family.Service, family.Compta, family.Munster.Id, TestPasswords.Of("compta@entreprise-familiale.xyz!"), null, null, family.Rights, family.Passwords).AsT7.Problem);
        Assert.Throws<ArgumentException>(() => PasswordChanges.ChangeMailboxPassword(family.Service, family.Compta, family.Munster.Id, TestPasswords.Of("compta-Pa55-2"), julie, null, family.Rights, family.Passwords));
    }

    [Fact]
    [Trait("Rule", "UNI-2")]
    public void Accept_ForAnUnknownMailbox_OrAnotherAccount_IsRefused()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        PasswordChanges.ChangeMailboxPassword(family.Service, mailbox, julie.Id, TestPasswords.Of("julie-mbx-Pa55"), julie, null, family.Rights, family.Passwords).GetValueOrThrow();
        var unknown = TypedId.New<MailboxId>(family.Random);

        Assert.Equal(new UnknownMailbox(family.Service.Id, unknown), Unification.Accept(family.Service, unknown, julie, TestPasswords.Of(Family.JulieAccountPassword), family.Rights, family.Passwords).AsT1);
        Assert.Equal(new NoUnificationProposed(mailbox, family.Munster.Id), Unification.Accept(family.Service, mailbox, family.Munster, TestPasswords.Of(Family.AccountPassword), family.Rights, family.Passwords).AsT3);
        Assert.Equal(new NoUnificationProposed(mailbox, family.Munster.Id), family.Service.DeclineUnification(mailbox, family.Munster.Id).AsT2);
        family.Service.DequeueEvents();

        Assert.Equal(new UnificationAccepted(family.Service.Id, mailbox, julie.Id), Unification.Accept(family.Service, mailbox, julie, TestPasswords.Of(Family.JulieAccountPassword), family.Rights, family.Passwords).GetValueOrThrow());
        Assert.Equal(new PasswordsUnified(family.Service.Id, mailbox, julie.Id), Assert.Single(family.Service.PendingEvents));
        Assert.Equal(new AccountPasswordChanged(julie.Id, mailbox), julie.PendingEvents[^1]);
        Assert.Null(family.Service.Find(mailbox).GetValueOrThrow().UnificationProposedTo);
    }

    [Fact]
    public void Guards_HoldEvenWhenARefusalWouldComeFirst()
    {
        var family = new Family();
        var (mailbox, julie) = family.AddJulie();
        var found = family.Service.Find(mailbox).GetValueOrThrow();
        var current = TestPasswords.Of(Family.JulieAccountPassword);
        var next = TestPasswords.Of("julie-new-Pa55");
        var unknown = TypedId.New<MailboxId>(family.Random);
        var token = ResetToken.Parse(new string('A', ResetToken.TextLength)).GetValueOrThrow();

        Assert.Throws<ArgumentNullException>(() => Unification.Evaluate(null!, [julie], family.Rights));
        Assert.Throws<ArgumentNullException>(() => Unification.Evaluate(found, null!, family.Rights));
        Assert.Throws<ArgumentNullException>(() => Unification.Evaluate(found, [julie], null!));
        Assert.Throws<ArgumentNullException>(() => Unification.Accept(null!, mailbox, julie, current, family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => Unification.Accept(family.Service, unknown, null!, current, family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => Unification.Accept(family.Service, unknown, julie, null!, family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => Unification.Accept(family.Service, unknown, julie, current, null!, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => Unification.Accept(family.Service, unknown, julie, current, family.Rights, null!));
        Assert.Throws<ArgumentNullException>(() => Unification.Review(null!, [julie], family.Rights));
        Assert.Throws<ArgumentNullException>(() => Unification.Review(family.Service, [julie], null!));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeAccountPassword(null!, current, next, [], family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeAccountPassword(julie, null!, next, [], family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeAccountPassword(julie, current, next, [], family.Rights, null!));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeAccountPassword(julie, current, null!, [], family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeAccountPassword(julie, current, next, [], null!, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ResetAccountPassword(null!, token, next, family.Clock, [], family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ResetAccountPassword(julie, null!, next, family.Clock, [], family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ResetAccountPassword(julie, token, next, null!, [], family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeMailboxPassword(null!, mailbox, julie.Id, next, julie, null, family.Rights, family.Passwords));
        Assert.Throws<ArgumentException>(() => PasswordChanges.ChangeMailboxPassword(family.Service, unknown, default, next, julie, null, family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeMailboxPassword(family.Service, unknown, julie.Id, null!, julie, null, family.Rights, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeMailboxPassword(family.Service, unknown, julie.Id, next, julie, null, null!, family.Passwords));
        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ChangeMailboxPassword(family.Service, unknown, julie.Id, next, julie, null, family.Rights, null!));
        Assert.True(family.AccountOpensWith(julie, Family.JulieAccountPassword));
    }
}
