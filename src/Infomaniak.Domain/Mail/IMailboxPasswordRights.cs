using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Mail;

/// <summary>
/// Whether an account may change a mailbox's password: condition (c) of unification (rule UNI-1).
/// </summary>
/// <remarks>
/// The answer comes from the organization's rights model (an administrator, or a member granted the Mail
/// Service product); the application implements this interface over it and passes it to
/// <see cref="Unification"/> and <see cref="PasswordChanges"/>.
/// </remarks>
public interface IMailboxPasswordRights
{
    /// <summary>Whether <paramref name="account"/> may change the password of <paramref name="mailbox"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="mailService">The Mail Service product that hosts the mailbox.</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <returns><see langword="true"/> when it may.</returns>
    bool MayChangePassword(AccountId account, ProductId mailService, MailboxId mailbox);
}
