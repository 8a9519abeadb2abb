using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Mail;

/// <summary>A Mail Service product was opened for an organization.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Organization">The organization that holds it.</param>
public sealed record MailServiceOpened(ProductId Service, OrganizationId Organization) : IDomainEvent;

/// <summary>A mailbox was added to a Mail Service.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Address">Its address.</param>
/// <param name="AddedBy">The member who added it.</param>
public sealed record MailboxAdded(ProductId Service, MailboxId Mailbox, EmailAddress Address, AccountId AddedBy) : IDomainEvent;

/// <summary>A mailbox was removed from its Mail Service.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="RemovedBy">The member who removed it.</param>
public sealed record MailboxRemoved(ProductId Service, MailboxId Mailbox, AccountId RemovedBy) : IDomainEvent;

/// <summary>An account now reads a mailbox in Webmail.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
/// <param name="AttachedBy">Who attached it: a member with rights on the Mail Service, or the account itself having proved the mailbox's password.</param>
public sealed record WebmailReaderAttached(ProductId Service, MailboxId Mailbox, AccountId Account, AccountId AttachedBy) : IDomainEvent;

/// <summary>An account no longer reads a mailbox in Webmail.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
/// <param name="DetachedBy">Who detached it: the account itself, or a member with rights on the Mail Service.</param>
public sealed record WebmailReaderDetached(ProductId Service, MailboxId Mailbox, AccountId Account, AccountId DetachedBy) : IDomainEvent;

/// <summary>A mailbox's password changed, alone or together with its unified account's.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="ChangedBy">The account that changed it (itself for a unified change made from the account's side).</param>
/// <param name="UnifiedAccount">The unified account whose password changed with it, if the change was unified.</param>
public sealed record MailboxPasswordChanged(ProductId Service, MailboxId Mailbox, AccountId ChangedBy, AccountId? UnifiedAccount) : IDomainEvent;

/// <summary>Unification of a mailbox's password with an account's was proposed to that account (rule UNI-2).</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
public sealed record UnificationProposed(ProductId Service, MailboxId Mailbox, AccountId Account) : IDomainEvent;

/// <summary>The person declined unification.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
public sealed record UnificationDeclined(ProductId Service, MailboxId Mailbox, AccountId Account) : IDomainEvent;

/// <summary>A mailbox's password and an account's are now unified: changing either changes both (rule UNI-3).</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
public sealed record PasswordsUnified(ProductId Service, MailboxId Mailbox, AccountId Account) : IDomainEvent;

/// <summary>Why a unification ended (rule UNI-5).</summary>
public enum UnificationEndReason
{
    /// <summary>A second account was attached to the mailbox in Webmail.</summary>
    AnotherWebmailReader = 1,

    /// <summary>The unified account no longer reads the mailbox in Webmail (detached, or its access revoked).</summary>
    NoLongerWebmailReader,

    /// <summary>The mailbox was removed.</summary>
    MailboxRemoved,

    /// <summary>The unified account lost the right to change the mailbox's password.</summary>
    RightWithdrawn,

    /// <summary>No account has the mailbox's address as login any more.</summary>
    AccountGone,

    /// <summary>Another account changed the mailbox's password: it may not set the unified account's password.</summary>
    ChangedByAnotherAccount,

    /// <summary>The account does not record this mailbox as its unified one (it is unified with another): an account is unified with at most one mailbox (UNI-3).</summary>
    AccountUnifiedElsewhere,

    /// <summary>The Mail Service was terminated.</summary>
    MailServiceTerminated,
}

/// <summary>A unification ended; both passwords keep their current value and change independently from now on.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account it was unified with.</param>
/// <param name="Reason">Which condition stopped holding.</param>
public sealed record UnificationEnded(ProductId Service, MailboxId Mailbox, AccountId Account, UnificationEndReason Reason) : IDomainEvent;

/// <summary>
/// A mailbox's password hash was renewed with the current, stronger parameters when its password was typed in a
/// mail application (rule ACC-6). The password itself did not change.
/// </summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
public sealed record MailboxPasswordRehashed(ProductId Service, MailboxId Mailbox) : IDomainEvent;

/// <summary>A Mail Service product was terminated: its mailboxes open nothing any more and its unifications ended.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Organization">The organization that held it.</param>
/// <param name="TerminatedBy">The member who terminated it (or deleted the organization).</param>
public sealed record MailServiceTerminated(ProductId Service, OrganizationId Organization, AccountId TerminatedBy) : IDomainEvent;
