using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Mail;

/// <summary>The Mail Service hosts no mailbox with this id.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The id asked for.</param>
public sealed record UnknownMailbox(ProductId Service, MailboxId Mailbox) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"The Mail Service {Service} has no mailbox {Mailbox}.";
}

/// <summary>The Mail Service already hosts a mailbox with this address.</summary>
/// <param name="Address">The address.</param>
public sealed record AddressAlreadyHosted(EmailAddress Address) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"{Address} is already a mailbox of this Mail Service.";
}

/// <summary>The account already reads this mailbox in Webmail.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
public sealed record AlreadyWebmailReader(MailboxId Mailbox, AccountId Account) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Account} already reads mailbox {Mailbox} in Webmail.";
}

/// <summary>The account does not read this mailbox in Webmail.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
public sealed record NotAWebmailReader(MailboxId Mailbox, AccountId Account) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Account} does not read mailbox {Mailbox} in Webmail.";
}

/// <summary>A condition of unification (rule UNI-1).</summary>
public enum UnificationCondition
{
    /// <summary>(a) An account exists whose login is the mailbox's address.</summary>
    AccountWithMailboxLogin = 1,

    /// <summary>(b) That account is the only one that reads the mailbox in Webmail.</summary>
    OnlyWebmailReader,

    /// <summary>(c) That account has the right to change the mailbox's password.</summary>
    RightToChangeMailboxPassword,
}

/// <summary>Unification is not possible: names every condition of rule UNI-1 that does not hold.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Unmet">Every unmet condition, in the rule's order.</param>
public sealed record UnificationNotPossible(MailboxId Mailbox, IReadOnlyList<UnificationCondition> Unmet) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        "Passwords cannot be unified: " + string.Join("; ", Unmet.Select(condition => condition switch
        {
            UnificationCondition.AccountWithMailboxLogin => "no account has this mailbox's address as its login",
            UnificationCondition.OnlyWebmailReader => "that account is not the only one reading the mailbox in Webmail",
            _ => "that account may not change the mailbox's password",
        })) + ".";
}

/// <summary>No unification was proposed to this account for this mailbox, or the proposal lapsed.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
public sealed record NoUnificationProposed(MailboxId Mailbox, AccountId Account) : Refusal
{
    /// <inheritdoc />
    public override string Message => "Unification was not proposed for this mailbox and account (it is proposed only when the account changes the mailbox's password).";
}

/// <summary>
/// The account may not change this mailbox's password: it is not an administrator of the organization that holds
/// the Mail Service, nor a member granted that product (rule RGT-4).
/// </summary>
/// <param name="Account">The account that asked.</param>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
public sealed record MayNotChangeMailboxPassword(AccountId Account, ProductId Service, MailboxId Mailbox) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Account} may not change the password of mailbox {Mailbox} of Mail Service {Service}.";
}
