using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Arbitraries.IdentityArbitraries;

namespace Infomaniak.Domain.Tests.Mail;

/// <summary>
/// Random sequences of every account and mailbox operation over the family's world, checked after each step
/// against a reference model of which password opens what.
/// </summary>
public class IdentityWorldProperties
{
    private sealed class World
    {
        public World(bool unified)
        {
            Family = new Family();
            (JulieMailbox, Julie) = unified ? Family.UnifiedJulie(Unified) : Family.AddJulie();
            var secondProduct = TypedId.New<ProductId>(Family.Random);
            Second = Organization.Create(Family.Munster, new CustomerProfile.Company(OrganizationName.Parse("Second company").GetValueOrThrow()), Family.Random);
            Given.Hold(Second, Family.Munster.Id, secondProduct);
            SecondService = MailService.Open(secondProduct, Second.Id);
            SecondJulie = SecondService.AddMailbox(Second, Family.Munster.Id, Julie.Login, TestPasswords.Of(SecondJuliePassword), Family.Passwords, Family.Random).GetValueOrThrow().Id;
            SecondService.AttachWebmailReader(Second, Family.Munster.Id, SecondJulie, Julie.Id).GetValueOrThrow();
            AccountPasswords[Family.Munster.Id] = Family.AccountPassword;
            AccountPasswords[Julie.Id] = unified ? Unified : Family.JulieAccountPassword;
            MailboxPasswords[Family.Compta] = Family.ComptaPassword;
            MailboxPasswords[JulieMailbox] = unified ? Unified : Family.JuliePassword;
            MailboxPasswords[SecondJulie] = SecondJuliePassword;
            foreach (var (channel, index) in new[] { Channel.Ftp, Channel.MySql, Channel.Ssh, Channel.WebDav }.Select((c, i) => (c, i)))
            {
                var product = TypedId.New<ProductId>(Family.Random);
                Given.Hold(Family.Organization, Family.Munster.Id, product);
                Products.Add(ProductCredential.Create(
                    Family.Organization, Family.Munster.Id, product, channel, $"munster{index}", TestPasswords.Of(Family.AccountPassword), Family.Passwords, Family.Random).GetValueOrThrow());
            }

            ProductsBefore = [.. Products.Select(product => product.ToState())];
            foreach (var product in Products)
            {
                product.DequeueEvents();
            }
        }

        public const string Unified = "unified-Pa55";

        public const string SecondJuliePassword = "second-julie-Pa55";

        public Family Family { get; }

        public Account Julie { get; }

        public MailboxId JulieMailbox { get; }

        /// <summary>A second organization, whose Mail Service hosts julie@ too: the same address in two Mail Services.</summary>
        public Organization Second { get; }

        public MailService SecondService { get; }

        public MailboxId SecondJulie { get; }

        public MailService[] Services => [Family.Service, SecondService];

        public Dictionary<AccountId, string> AccountPasswords { get; } = [];

        public Dictionary<MailboxId, string> MailboxPasswords { get; } = [];

        public Dictionary<AccountId, ResetToken> Tokens { get; } = [];

        public List<ProductCredential> Products { get; } = [];

        public ProductCredentialState[] ProductsBefore { get; }

        public Account[] Accounts => [Family.Munster, Julie];

        public Account AccountFor(int who) => who == 1 ? Julie : Family.Munster;

        public AccountId ReaderFor(int who) => who switch { 0 => Family.Munster.Id, 1 => Julie.Id, _ => AccountId.From(Guid.Parse("5d1e5e5e-0000-4000-8000-000000000001")) };

        public MailboxId MailboxFor(int target) => target switch
        {
            0 => Family.Compta,
            1 => JulieMailbox,
            2 => SecondJulie,
            _ => MailboxId.From(Guid.Parse("5d1e5e5e-0000-4000-8000-000000000002")),
        };

        public (MailService Service, Organization Holder) ServiceFor(int target) => target == 2 ? (SecondService, Second) : (Family.Service, Family.Organization);

        public Account? LoginAccountOf(MailService service, MailboxId mailbox) =>
            service.Find(mailbox).Match<Account?>(found => Accounts.SingleOrDefault(account => account.Login == found.Address), _ => null);

        public (AccountState[] Accounts, string[] Services, int Events) Snapshot() =>
            ([.. Accounts.Select(account => account.ToState())], [.. Services.Select(Snapshots.Of)],
             Accounts.Sum(account => account.PendingEvents.Count) + Services.Sum(service => service.PendingEvents.Count));

        /// <summary>Runs one operation; returns whether it was refused, after updating the model on success.</summary>
        public bool Run(Op op)
        {
            var passwords = Family.Passwords;
            var next = TestPasswords.Of(IdentityArbitraries.WorldPasswords[op.Password]);
            var (service, holder) = ServiceFor(op.Target);
            switch (op.Kind)
            {
                case OpKind.ChangeAccountPassword:
                {
                    var account = AccountFor(op.Who);
                    var current = TestPasswords.Of(op.Flag ? AccountPasswords[account.Id] : "not-the-password");
                    return PasswordChanges.ChangeAccountPassword(account, current, next, Services, Family.Rights, passwords).Match(
                        change => Changed(account.Id, change.MailboxAlsoChanged),
                        _ => throw new InvalidOperationException("Every fact was given."),
                        _ => true,
                        _ => true);
                }

                case OpKind.ChangeMailboxPassword:
                {
                    var mailbox = MailboxFor(op.Target);
                    var loginAccount = LoginAccountOf(service, mailbox);
                    var current = loginAccount is null ? null
                        : op.Flag ? TestPasswords.Of(AccountPasswords[loginAccount.Id])
                        : op.Who == 2 ? TestPasswords.Of("not-the-password")
                        : null;
                    return PasswordChanges.ChangeMailboxPassword(service, mailbox, AccountFor(op.Who).Id, next, loginAccount, current, Family.Rights, passwords).Match(
                        change =>
                        {
                            MailboxPasswords[mailbox] = IdentityArbitraries.WorldPasswords[op.Password];
                            if (change.AccountAlsoChanged is { } account)
                            {
                                AccountPasswords[account] = IdentityArbitraries.WorldPasswords[op.Password];
                            }

                            return false;
                        },
                        _ => true,
                        _ => true,
                        missing => throw new InvalidOperationException(missing.Message),
                        _ => true,
                        _ => true,
                        _ => true,
                        _ => true);
                }

                case OpKind.AcceptUnification:
                {
                    var account = AccountFor(op.Who);
                    var current = TestPasswords.Of(op.Flag ? AccountPasswords[account.Id] : "not-the-password");
                    var accepted = Unification.Accept(service, MailboxFor(op.Target), account, current, Family.Rights, passwords);
                    if (accepted.TryPickT0(out var unified, out _))
                    {
                        AccountPasswords[account.Id] = MailboxPasswords[unified.Mailbox];
                        return false;
                    }

                    return true;
                }

                case OpKind.DeclineUnification:
                    return service.DeclineUnification(MailboxFor(op.Target), ReaderFor(op.Who)).IsT0 is false;
                case OpKind.Attach:
                    return service.AttachWebmailReader(holder, Family.Munster.Id, MailboxFor(op.Target), ReaderFor(op.Who)).IsT0 is false;
                case OpKind.Detach:
                    return service.DetachWebmailReader(holder, ReaderFor(op.Who), MailboxFor(op.Target), ReaderFor(op.Who)).IsT0 is false;
                case OpKind.ToggleJulieRight:
                    if (op.Flag)
                    {
                        Family.Rights.Grant(Julie.Id);
                    }
                    else
                    {
                        Family.Rights.Withdraw(Julie.Id);
                    }

                    return false;
                case OpKind.Review:
                    Unification.Review(service, Accounts, Family.Rights).GetValueOrThrow();
                    return false;
                case OpKind.AddToWebmail:
                {
                    var mailbox = MailboxFor(op.Target);
                    var typed = op.Flag && MailboxPasswords.TryGetValue(mailbox, out var known) ? known : "not-the-password";
                    return service.AddToWebmail(mailbox, AccountFor(op.Who), TestPasswords.Of(typed), passwords).IsT0 is false;
                }

                case OpKind.SetRecoveryAddress:
                {
                    var account = AccountFor(op.Who);
                    var address = op.Flag ? Family.Address($"recovery{op.Target}@example.ch") : account.Login;
                    return account.SetRecoveryAddress(address, TestPasswords.Of(AccountPasswords[account.Id]), Family.Passwords).IsT0 is false;
                }

                case OpKind.RequestReset:
                {
                    var account = AccountFor(op.Who);
                    return account.RequestPasswordReset(Family.Clock, Family.Random).Match(
                        issued =>
                        {
                            Tokens[account.Id] = issued.Token;
                            return false;
                        },
                        _ => true);
                }

                case OpKind.Reset:
                {
                    var account = AccountFor(op.Who);
                    if (op.Target == 2)
                    {
                        Family.Clock.Advance(TimeSpan.FromMinutes(61));
                    }

                    var token = op.Flag && Tokens.TryGetValue(account.Id, out var issued) ? issued : ResetToken.Parse(new string('Q', ResetToken.TextLength)).GetValueOrThrow();
                    return PasswordChanges.ResetAccountPassword(account, token, next, Family.Clock, Services, Family.Rights, passwords).Match(
                        change => Changed(account.Id, change.MailboxAlsoChanged),
                        _ => throw new InvalidOperationException("Every fact was given."),
                        _ => true,
                        _ => true);
                }

                default:
                {
                    var removed = service.RemoveMailbox(holder, Family.Munster.Id, MailboxFor(op.Target)).IsT0;
                    MailboxPasswords.Remove(MailboxFor(op.Target));
                    return !removed;
                }
            }

            bool Changed(AccountId account, MailboxId? alsoChanged)
            {
                AccountPasswords[account] = IdentityArbitraries.WorldPasswords[op.Password];
                if (alsoChanged is { } mailbox)
                {
                    MailboxPasswords[mailbox] = IdentityArbitraries.WorldPasswords[op.Password];
                }

                return false;
            }
        }

        public void CheckInvariants()
        {
            foreach (var account in Accounts)
            {
                Assert.True(Family.AccountOpensWith(account, AccountPasswords[account.Id]), $"{account.Login} does not open with the model's password");
            }

            foreach (var service in Services)
            {
                foreach (var mailbox in service.Mailboxes)
                {
                    Assert.True(service.SignIn(mailbox.Id, Channel.MailApplication, TestPasswords.Of(MailboxPasswords[mailbox.Id]), Family.Passwords).IsT0, $"{mailbox.Address} does not open with the model's password");
                    if (mailbox.UnifiedWith is { } unified)
                    {
                        Assert.Equal(AccountPasswords[unified], MailboxPasswords[mailbox.Id]);
                        Assert.Equal([unified], mailbox.WebmailReaders);
                        Assert.Equal(new UnifiedMailbox(service.Id, mailbox.Id), Accounts.Single(account => account.Id == unified).UnifiedWith);
                    }
                }
            }

            foreach (var account in Accounts)
            {
                Assert.True(Services.Sum(service => service.Mailboxes.Count(mailbox => mailbox.UnifiedWith == account.Id)) <= 1, $"{account.Login} is unified with more than one mailbox");
            }

            Assert.Equal(ProductsBefore, Products.Select(product => product.ToState()));
            Assert.All(Products, product => Assert.Empty(product.PendingEvents));
        }
    }

    [Property(MaxTest = 60)]
    [Trait("Rule", "ACC-6")]
    [Trait("Rule", "UNI-5")]
    public Property NoRefusedOperation_ChangesStateOrRecordsAnEvent() =>
        Prop.ForAll(Arb.From(IdentityArbitraries.WorldOperations), Arb.From(Gen.Elements(true, false)), (ops, unified) =>
        {
            var world = new World(unified);
            foreach (var op in ops)
            {
                var before = world.Snapshot();
                if (world.Run(op))
                {
                    var after = world.Snapshot();
                    Assert.Equal(before.Accounts, after.Accounts);
                    Assert.Equal(before.Services, after.Services);
                    Assert.Equal(before.Events, after.Events);
                }
            }
        });

    [Property(MaxTest = 60)]
    [Trait("Rule", "UNI-3")]
    [Trait("Rule", "UNI-4")]
    [Trait("Rule", "MAIL-1")]
    [Trait("Rule", "MAIL-4")]
    [Trait("Rule", "ACC-4")]
    public Property AnySequence_KeepsEveryCredentialAsTheModelSays_UnifiedPairsEqual_AndProductCredentialsUntouched() =>
        Prop.ForAll(Arb.From(IdentityArbitraries.WorldOperations), Arb.From(Gen.Elements(true, false)), (ops, unified) =>
        {
            var world = new World(unified);
            world.CheckInvariants();
            foreach (var op in ops)
            {
                world.Run(op);
                world.CheckInvariants();
            }
        });

    [Property(MaxTest = 40)]
    [Trait("Rule", "UNI-3")]
    public Property WhileUnified_AnySequenceOfChanges_KeepsBothPasswordsEqual() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(IdentityArbitraries.WorldOperation.Where(op => op.Kind is OpKind.ChangeAccountPassword or OpKind.ChangeMailboxPassword or OpKind.Reset or OpKind.RequestReset), n))), ops =>
        {
            var world = new World(unified: true);
            foreach (var op in ops)
            {
                world.Run(op with { Who = 1, Target = op.Kind == OpKind.ChangeMailboxPassword ? 1 : op.Target % 2, Flag = op.Kind == OpKind.ChangeMailboxPassword || op.Flag });
                Assert.Equal(world.Julie.Id, world.Family.Service.Find(world.JulieMailbox).GetValueOrThrow().UnifiedWith);
                Assert.True(world.Family.AccountOpensWith(world.Julie, world.AccountPasswords[world.Julie.Id]));
                Assert.True(world.Family.MailboxOpensWith(world.JulieMailbox, world.AccountPasswords[world.Julie.Id]));
            }
        });
}
