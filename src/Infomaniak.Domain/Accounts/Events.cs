using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Accounts;

/// <summary>A person registered an account.</summary>
/// <param name="Account">The new account.</param>
/// <param name="Login">Its login, an address hosted anywhere.</param>
/// <param name="Name">The person's name.</param>
/// <param name="RecoveryAddress">The recovery address given at registration, if any.</param>
public sealed record AccountRegistered(AccountId Account, EmailAddress Login, PersonName Name, EmailAddress? RecoveryAddress) : IDomainEvent;

/// <summary>An account's password changed, by its owner or because it is unified with a mailbox whose password changed.</summary>
/// <param name="Account">The account.</param>
/// <param name="UnifiedMailbox">The unified mailbox whose password changed with it, if the change was unified.</param>
public sealed record AccountPasswordChanged(AccountId Account, MailboxId? UnifiedMailbox) : IDomainEvent;

/// <summary>An account's password was set anew through a reset link.</summary>
/// <param name="Account">The account.</param>
/// <param name="UnifiedMailbox">The unified mailbox whose password changed with it, if the account is unified.</param>
public sealed record AccountPasswordReset(AccountId Account, MailboxId? UnifiedMailbox) : IDomainEvent;

/// <summary>An account's password hash was renewed with the current, stronger parameters; the password is the same.</summary>
/// <param name="Account">The account.</param>
public sealed record AccountPasswordRehashed(AccountId Account) : IDomainEvent;

/// <summary>An account's recovery address was set or changed.</summary>
/// <param name="Account">The account.</param>
/// <param name="RecoveryAddress">The new recovery address.</param>
public sealed record RecoveryAddressSet(AccountId Account, EmailAddress RecoveryAddress) : IDomainEvent;

/// <summary>A password reset link was issued, to be sent to the recovery address.</summary>
/// <param name="Account">The account.</param>
/// <param name="SentTo">The recovery address the link goes to.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record PasswordResetRequested(AccountId Account, EmailAddress SentTo, DateTimeOffset ExpiresAt) : IDomainEvent;

/// <summary>An account founded an organization or joined one by accepting an invitation (ORG-3, ORG-5).</summary>
/// <param name="Account">The account.</param>
/// <param name="Organization">The organization.</param>
public sealed record AccountJoinedOrganization(AccountId Account, OrganizationId Organization) : IDomainEvent;

/// <summary>
/// An account no longer records a unified mailbox (rule UNI-5): the unification ended, or had ended at the mailbox and the
/// account learned it. Both passwords keep their values.
/// </summary>
/// <param name="Account">The account.</param>
/// <param name="Service">The Mail Service of the mailbox it was unified with.</param>
/// <param name="Mailbox">The mailbox.</param>
public sealed record AccountUnificationEnded(AccountId Account, ProductId Service, MailboxId Mailbox) : IDomainEvent;

/// <summary>
/// An account was deleted (ACC-8): its memberships ended and it no longer reads any mailbox in Webmail. No organization
/// and no other account was deleted with it. Recorded by the account itself, so it takes the outbox path of every event.
/// </summary>
/// <param name="Account">The deleted account.</param>
/// <param name="Login">Its login, free again.</param>
/// <param name="MembershipsEnded">The organizations it no longer belongs to.</param>
/// <param name="WebmailAccessRevoked">The mailboxes it no longer reads in Webmail.</param>
public sealed record AccountDeleted(AccountId Account, EmailAddress Login, IReadOnlyList<OrganizationId> MembershipsEnded, IReadOnlyList<MailboxId> WebmailAccessRevoked) : IDomainEvent
{
    /// <summary>Whether both events carry the same values, lists compared item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(AccountDeleted? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}
