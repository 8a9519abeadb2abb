using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
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
            AccountPasswords[Family.Munster.Id] = Family.AccountPassword;
            AccountPasswords[Julie.Id] = unified ? Unified : Family.JulieAccountPassword;
            MailboxPasswords[Family.Compta] = Family.ComptaPassword;
            MailboxPasswords[JulieMailbox] = unified ? Unified : Family.JuliePassword;
            foreach (var (channel, index) in new[] { Channel.Ftp, Channel.MySql, Channel.Ssh, Channel.WebDav }.Select((c, i) => (c, i)))
            {
                Products.Add(ProductCredential.Create(
                    TypedId.New<ProductCredentialId>(Family.Random), TypedId.New<ProductId>(Family.Random), channel, $"munster{index}",
                    TestPasswords.Of(Family.AccountPassword), Family.Passwords).AsT0);
            }

            ProductsBefore = [.. Products.Select(product => product.ToState())];
            foreach (var product in Products)
            {
                product.DequeueEvents();
            }
        }

        public const string Unified = "unified-Pa55";

        public Family Family { get; }

        public Account Julie { get; }

        public MailboxId JulieMailbox { get; }

        public Dictionary<AccountId, string> AccountPasswords { get; } = [];

        public Dictionary<MailboxId, string> MailboxPasswords { get; } = [];

        public Dictionary<AccountId, ResetToken> Tokens { get; } = [];

        public List<ProductCredential> Products { get; } = [];

        public ProductCredentialState[] ProductsBefore { get; }

        public Account[] Accounts => [Family.Munster, Julie];

        public Account AccountFor(int who) => who == 1 ? Julie : Family.Munster;

        public AccountId ReaderFor(int who) => who switch { 0 => Family.Munster.Id, 1 => Julie.Id, _ => AccountId.From(Guid.Parse("5d1e5e5e-0000-4000-8000-000000000001")) };

        public MailboxId MailboxFor(int target) => target switch { 0 => Family.Compta, 1 => JulieMailbox, _ => MailboxId.From(Guid.Parse("5d1e5e5e-0000-4000-8000-000000000002")) };

        public Account? LoginAccountOf(MailboxId mailbox) =>
            Family.Service.Find(mailbox).Match<Account?>(found => Accounts.SingleOrDefault(account => account.Login == found.Address), _ => null);

        public (AccountState[] Accounts, string Service, int Events) Snapshot() =>
            ([.. Accounts.Select(account => account.ToState())], Snapshots.Of(Family.Service), Accounts.Sum(account => account.PendingEvents.Count) + Family.Service.PendingEvents.Count);

        /// <summary>Runs one operation; returns whether it was refused, after updating the model on success.</summary>
        public bool Run(Op op)
        {
            var passwords = Family.Passwords;
            var next = TestPasswords.Of(IdentityArbitraries.WorldPasswords[op.Password]);
            switch (op.Kind)
            {
                case OpKind.ChangeAccountPassword:
                {
                    var account = AccountFor(op.Who);
                    var current = TestPasswords.Of(op.Flag ? AccountPasswords[account.Id] : "not-the-password");
                    return PasswordChanges.ChangeAccountPassword(account, current, next, [Family.Service], Family.Rights, passwords).Match(
                        change => Changed(account.Id, change.MailboxAlsoChanged),
                        _ => true,
                        _ => true);
                }

                case OpKind.ChangeMailboxPassword:
                {
                    var mailbox = MailboxFor(op.Target);
                    return PasswordChanges.ChangeMailboxPassword(Family.Service, mailbox, AccountFor(op.Who).Id, next, LoginAccountOf(mailbox), Family.Rights, passwords).Match(
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
                        _ => true);
                }

                case OpKind.AcceptUnification:
                {
                    var account = AccountFor(op.Who);
                    var current = TestPasswords.Of(op.Flag ? AccountPasswords[account.Id] : "not-the-password");
                    var accepted = Unification.Accept(Family.Service, MailboxFor(op.Target), account, current, Family.Rights, passwords);
                    if (accepted.TryPickT0(out var unified, out _))
                    {
                        AccountPasswords[account.Id] = MailboxPasswords[unified.Mailbox];
                        return false;
                    }

                    return true;
                }

                case OpKind.DeclineUnification:
                    return Family.Service.DeclineUnification(MailboxFor(op.Target), ReaderFor(op.Who)).IsT0 is false;
                case OpKind.Attach:
                    return Family.Service.AttachWebmailReader(MailboxFor(op.Target), ReaderFor(op.Who)).IsT0 is false;
                case OpKind.Detach:
                    return Family.Service.DetachWebmailReader(MailboxFor(op.Target), ReaderFor(op.Who)).IsT0 is false;
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
                    Unification.Review(Family.Service, Accounts, Family.Rights);
                    return false;
                case OpKind.RevokeWebmailAccess:
                    Family.Service.RevokeWebmailAccess(ReaderFor(op.Who));
                    return false;
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

                    var token = op.Flag && Tokens.TryGetValue(account.Id, out var issued) ? issued : ResetToken.Parse(new string('Q', ResetToken.TextLength)).AsT0;
                    return PasswordChanges.ResetAccountPassword(account, token, next, Family.Clock, [Family.Service], Family.Rights, passwords).Match(
                        change => Changed(account.Id, change.MailboxAlsoChanged),
                        _ => true,
                        _ => true);
                }

                default:
                {
                    var removed = Family.Service.RemoveMailbox(MailboxFor(op.Target)).IsT0;
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

            foreach (var mailbox in Family.Service.Mailboxes)
            {
                Assert.True(Family.MailboxOpensWith(mailbox.Id, MailboxPasswords[mailbox.Id]), $"{mailbox.Address} does not open with the model's password");
                if (mailbox.UnifiedWith is { } unified)
                {
                    Assert.Equal(AccountPasswords[unified], MailboxPasswords[mailbox.Id]);
                    Assert.Equal([unified], mailbox.WebmailReaders);
                }
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
                    Assert.Equal(before.Service, after.Service);
                    Assert.Equal(before.Events, after.Events);
                }
            }
        });

    [Property(MaxTest = 60)]
    [Trait("Rule", "UNI-3")]
    [Trait("Rule", "UNI-4")]
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
                world.Run(op with { Who = 1, Target = op.Kind == OpKind.ChangeMailboxPassword ? 1 : op.Target });
                Assert.Equal(world.Julie.Id, world.Family.Service.Find(world.JulieMailbox).AsT0.UnifiedWith);
                Assert.True(world.Family.AccountOpensWith(world.Julie, world.AccountPasswords[world.Julie.Id]));
                Assert.True(world.Family.MailboxOpensWith(world.JulieMailbox, world.AccountPasswords[world.Julie.Id]));
            }
        });
}
