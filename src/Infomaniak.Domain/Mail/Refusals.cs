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
/// <param name="Service">The Mail Service.</param>
/// <param name="Address">The address.</param>
public sealed record AddressAlreadyHosted(ProductId Service, EmailAddress Address) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"{Address} is already a mailbox of this Mail Service.";
}

/// <summary>The account already reads this mailbox in Webmail.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="MailboxAddress">The mailbox's address.</param>
/// <param name="Account">The account.</param>
public sealed record AlreadyWebmailReader(MailboxId Mailbox, EmailAddress MailboxAddress, AccountId Account) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Account} already reads {MailboxAddress} in Webmail.";
}

/// <summary>The account does not read this mailbox in Webmail.</summary>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="MailboxAddress">The mailbox's address.</param>
/// <param name="Account">The account.</param>
public sealed record NotAWebmailReader(MailboxId Mailbox, EmailAddress MailboxAddress, AccountId Account) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Account} does not read {MailboxAddress} in Webmail.";
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

    /// <summary>That account is not already unified with another mailbox: an account is unified with at most one (UNI-3).</summary>
    NotUnifiedWithAnotherMailbox,
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
            UnificationCondition.RightToChangeMailboxPassword => "that account may not change the mailbox's password",
            _ => "that account is already unified with another mailbox",
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
/// <param name="MailboxAddress">The mailbox's address.</param>
public sealed record MayNotChangeMailboxPassword(AccountId Account, ProductId Service, MailboxId Mailbox, EmailAddress MailboxAddress) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Account {Account} may not change the password of {MailboxAddress}.";
}

/// <summary>
/// The mailbox is unified with the account making the change, so the change would also set the account's password (rule
/// UNI-3): the account's current password must be given (rule ACC-6), as for any change of the account's password.
/// </summary>
/// <param name="Account">The unified account.</param>
/// <param name="Login">Its login.</param>
/// <param name="Mailbox">The mailbox.</param>
public sealed record AccountPasswordRequired(AccountId Account, EmailAddress Login, MailboxId Mailbox) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"This mailbox's password is unified with the account {Login}: give that account's current password to change both.";
}
