using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Mail;

namespace Infomaniak.Domain.Tests.Mail;

/// <summary>Every identity refusal explains itself with the facts it carries, so a caller can show it as is.</summary>
public class IdentityRefusalMessageTests
{
    private static readonly AccountId Account = AccountId.From(Guid.Parse("7a000000-0000-4000-8000-000000000001"));
    private static readonly ProductId Service = ProductId.From(Guid.Parse("7a000000-0000-4000-8000-000000000002"));
    private static readonly MailboxId Mailbox = MailboxId.From(Guid.Parse("7a000000-0000-4000-8000-000000000003"));
    private static readonly EmailAddress Address = EmailAddress.Parse("julie@entreprise-familiale.xyz").GetValueOrThrow();

    public static TheoryData<Refusal, string[]> Refusals => new()
    {
        { new WrongPassword(), ["password", "not correct"] },
        { new RecoveryAddressIsLogin(Address), [Address.Value, "login"] },
        { new NoRecoveryAddress(Account), ["no recovery address"] },
        { new InvalidResetToken(ResetTokenProblem.NotRequested), ["No password reset was requested"] },
        { new InvalidResetToken(ResetTokenProblem.Expired), ["expired"] },
        { new InvalidResetToken(ResetTokenProblem.AlreadyUsed), ["already used"] },
        { new InvalidResetToken(ResetTokenProblem.DoesNotMatch), ["not valid"] },
        { new MalformedResetToken(43), ["43"] },
        { new UnknownMailbox(Service, Mailbox), [Service.ToString(), Mailbox.ToString()] },
        { new AddressAlreadyHosted(Service, Address), [Address.Value] },
        { new AlreadyWebmailReader(Mailbox, Address, Account), [Account.ToString(), Address.Value, "already reads"] },
        { new NotAWebmailReader(Mailbox, Address, Account), [Account.ToString(), Address.Value, "does not read"] },
        { new AccountPasswordRequired(Account, Address, Mailbox), [Address.Value, "current password"] },
        { new NoUnificationProposed(Mailbox, Account), ["not proposed"] },
        { new MayNotChangeMailboxPassword(Account, Service, Mailbox, Address), [Account.ToString(), Address.Value] },
        {
            new UnificationNotPossible(Mailbox, [UnificationCondition.AccountWithMailboxLogin, UnificationCondition.OnlyWebmailReader, UnificationCondition.RightToChangeMailboxPassword, UnificationCondition.NotUnifiedWithAnotherMailbox]),
            ["Passwords cannot be unified: ", "no account has this mailbox's address", "not the only one", "may not change the mailbox's password", "already unified with another mailbox", "."]
        },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    [Trait("Rule", "ACC-5")]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "UNI-1")]
    public void EveryRefusal_ExplainsItself_WithItsFacts(Refusal refusal, string[] expected)
    {
        Assert.All(expected, fact => Assert.Contains(fact, refusal.Message, StringComparison.Ordinal));
        Assert.Equal(refusal.GetType().Name, refusal.Code);
    }
}
