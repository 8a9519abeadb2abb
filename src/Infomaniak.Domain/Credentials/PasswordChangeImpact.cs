using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Credentials;

/// <summary>Whose password changed.</summary>
public enum PasswordOwner
{
    /// <summary>The login address's own mailbox, at the provider that hosts it (an ISP, say), outside Infomaniak.</summary>
    LoginAddressAtItsProvider = 1,

    /// <summary>The Infomaniak account.</summary>
    Account,

    /// <summary>A mailbox hosted in a Mail Service.</summary>
    Mailbox,
}

/// <summary>A place where a person typed a password earlier and must type the new one.</summary>
public enum ReentryPlace
{
    /// <summary>The mail applications configured with the mailbox's address and password.</summary>
    MailApplications = 1,

    /// <summary>Webmail, for the accounts that added the mailbox there.</summary>
    WebmailWhereAdded,
}

/// <summary>
/// What a password change affects: the doors that now take the new password, where the person must type it
/// again, and what stays as it was (rules ACC-3, ACC-4, MAIL-4).
/// </summary>
/// <remarks>
/// Made only by the operations that change passwords and by <see cref="OfLoginAddressAtItsProvider"/>. A password change
/// never changes which organizations and products the person sees (rule ACC-4): no operation that changes a password
/// takes an organization.
/// </remarks>
public sealed record PasswordChangeImpact
{
    private PasswordChangeImpact(PasswordOwner changed, IReadOnlyList<ReentryPlace> reenterIn, IReadOnlyList<MailboxId> mailboxesToConfirm, IReadOnlyList<AccountId> webmailReaders)
    {
        Changed = changed;
        NewPasswordOpens = changed switch
        {
            PasswordOwner.Account => Doors.OpenedBy(CredentialKind.AccountLogin),
            PasswordOwner.Mailbox => Doors.OpenedBy(CredentialKind.MailboxAddress),
            _ => [],
        };
        ReenterIn = reenterIn;
        MailboxesWebmailMayAskToConfirm = mailboxesToConfirm;
        WebmailReadersToUpdate = webmailReaders;
    }

    /// <summary>Whose password changed.</summary>
    public PasswordOwner Changed { get; }

    /// <summary>The doors that now take the new password (the Manager and Webmail for an account, mail applications for a mailbox, none for the login address at its provider).</summary>
    public IReadOnlyList<Channel> NewPasswordOpens { get; }

    /// <summary>Where the person must type the new password again.</summary>
    public IReadOnlyList<ReentryPlace> ReenterIn { get; }

    /// <summary>After an account password change, the mailboxes read in Webmail whose password, unchanged, Webmail may ask to confirm.</summary>
    public IReadOnlyList<MailboxId> MailboxesWebmailMayAskToConfirm { get; }

    /// <summary>After a mailbox password change, the accounts that read the mailbox in Webmail and must enter its new password there.</summary>
    public IReadOnlyList<AccountId> WebmailReadersToUpdate { get; }

    /// <summary>
    /// The impact of changing the login address's password at its own provider: none on Infomaniak, since the
    /// account's password was chosen at registration and is unrelated to it (rules ACC-1, ACC-3).
    /// </summary>
    /// <returns>An impact that opens no door and asks for nothing.</returns>
    public static PasswordChangeImpact OfLoginAddressAtItsProvider() => new(PasswordOwner.LoginAddressAtItsProvider, [], [], []);

    internal static PasswordChangeImpact OfAccountPassword(IEnumerable<MailboxId> mailboxesReadInWebmail) =>
        new(PasswordOwner.Account, [], Guard.Against.Null(mailboxesReadInWebmail).Distinct().ToArray(), []);

    internal static PasswordChangeImpact OfMailboxPassword(IEnumerable<AccountId> webmailReaders) =>
        new(PasswordOwner.Mailbox, [ReentryPlace.MailApplications, ReentryPlace.WebmailWhereAdded], [], Guard.Against.Null(webmailReaders).Distinct().ToArray());
}
