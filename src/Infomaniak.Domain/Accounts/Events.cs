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
