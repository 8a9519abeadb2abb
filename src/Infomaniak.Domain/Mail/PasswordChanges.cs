using Ardalis.GuardClauses;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using OneOf;

namespace Infomaniak.Domain.Mail;

/// <summary>
/// The ways a person changes an account's or a mailbox's password, because either may be unified with the other
/// (rules ACC-4, ACC-5, ACC-6, MAIL-4, UNI-2, UNI-3, UNI-5). Each returns what the change affects. (Accepting
/// unification, <see cref="Unification.Accept"/>, also gives the account the mailbox's password; a sign-in may renew
/// a hash without changing the password.)
/// </summary>
/// <remarks>
/// A change first checks everything that can refuse it (current password or reset token, the policy); a refused
/// change touches neither aggregate. When the mailbox is unified and the conditions still hold, both get the new
/// password and the result says so; when a condition stopped holding, the unification ends first and only the
/// one password changes. A unified mailbox whose password is changed by another account than the unified one (an
/// administrator, say) is unlinked first: nobody but its owner sets an account's password. Product credentials (FTP,
/// MySQL, SSH, WebDAV) are never involved (rule UNI-4).
/// </remarks>
public static class PasswordChanges
{
    /// <summary>Changes an account's password, given its current one (rules ACC-4, ACC-6, UNI-3).</summary>
    /// <param name="account">The account.</param>
    /// <param name="current">The current password.</param>
    /// <param name="next">The new password, checked against the policy.</param>
    /// <param name="mailServicesReadByAccount">The Mail Services holding mailboxes the account reads in Webmail (load them with <c>MailServicesReadByAccountSpec</c>); a unified mailbox is always among them.</param>
    /// <param name="rights">Who may change mailbox passwords.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns>What changed, or why nothing did.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<AccountPasswordChange, WrongPassword, UnacceptablePassword> ChangeAccountPassword(
        Account account, Password current, Password next, IEnumerable<MailService> mailServicesReadByAccount, IMailboxPasswordRights rights, PasswordService passwords)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(current);
        Guard.Against.Null(passwords);
        if (!account.VerifyCurrent(current, passwords).TryPickT0(out _, out var wrong))
        {
            return wrong;
        }

        return ApplyToAccount(account, next, mailServicesReadByAccount, rights, passwords, reset: false)
            .Match<OneOf<AccountPasswordChange, WrongPassword, UnacceptablePassword>>(change => change, refused => refused);
    }

    /// <summary>Sets an account's password through a reset link (rules ACC-5, ACC-6, UNI-3); the link then stops working.</summary>
    /// <param name="account">The account.</param>
    /// <param name="token">The token from the link.</param>
    /// <param name="next">The new password, checked against the policy.</param>
    /// <param name="clock">The current time, against the link's expiry.</param>
    /// <param name="mailServicesReadByAccount">The Mail Services holding mailboxes the account reads in Webmail.</param>
    /// <param name="rights">Who may change mailbox passwords.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns>What changed, or why nothing did (a bad, used or expired token, or an unacceptable password).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<AccountPasswordChange, InvalidResetToken, UnacceptablePassword> ResetAccountPassword(
        Account account, ResetToken token, Password next, TimeProvider clock, IEnumerable<MailService> mailServicesReadByAccount, IMailboxPasswordRights rights, PasswordService passwords)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(token);
        Guard.Against.Null(clock);
        Guard.Against.Null(passwords);
        if (!account.CheckResetToken(token, clock).TryPickT0(out _, out var invalid))
        {
            return invalid;
        }

        return ApplyToAccount(account, next, mailServicesReadByAccount, rights, passwords, reset: true)
            .Match<OneOf<AccountPasswordChange, InvalidResetToken, UnacceptablePassword>>(change => change, refused => refused);
    }

    /// <summary>
    /// Changes a mailbox's password (rules MAIL-4, UNI-2, UNI-3). When the mailbox is not unified and the account
    /// making the change is eligible (rule UNI-1), the result carries the unification proposal, the only moment one
    /// is made.
    /// </summary>
    /// <param name="service">The Mail Service.</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="changedBy">The account making the change.</param>
    /// <param name="next">The new password, checked against the policy.</param>
    /// <param name="accountWithMailboxLogin">The account whose login is the mailbox's address, if any (load it with <c>AccountByLoginSpec</c>); it changes too when unified.</param>
    /// <param name="rights">Who may change the mailbox's password.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns>What changed, or why nothing did: an unknown mailbox, an account without the right to change its password (rule RGT-4), or an unacceptable password.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="changedBy"/> is the default value, <paramref name="accountWithMailboxLogin"/> has another login, or the mailbox is unified and that account is not given.</exception>
    public static OneOf<MailboxPasswordChange, UnknownMailbox, MayNotChangeMailboxPassword, UnacceptablePassword> ChangeMailboxPassword(
        MailService service, MailboxId mailbox, AccountId changedBy, Password next, Account? accountWithMailboxLogin, IMailboxPasswordRights rights, PasswordService passwords)
    {
        Guard.Against.Null(service);
        Guard.Against.Default(changedBy);
        Guard.Against.Null(next);
        Guard.Against.Null(rights);
        Guard.Against.Null(passwords);
        if (!service.Find(mailbox).TryPickT0(out var found, out var unknown))
        {
            return unknown;
        }

        if (!rights.MayChangePassword(changedBy, service.Id, found.Id))
        {
            return new MayNotChangeMailboxPassword(changedBy, service.Id, found.Id);
        }

        if (accountWithMailboxLogin is not null && accountWithMailboxLogin.Login != found.Address)
        {
            throw new ArgumentException("The account given does not have the mailbox's address as login.", nameof(accountWithMailboxLogin));
        }

        if (found.UnifiedWith is { } unified && accountWithMailboxLogin?.Id != unified)
        {
            throw new ArgumentException("The mailbox is unified: the unified account must be given.", nameof(accountWithMailboxLogin));
        }

        if (!passwords.HashNew(next, found.Address).TryPickT0(out var hash, out var refused))
        {
            return refused;
        }

        Account[] candidates = accountWithMailboxLogin is null ? [] : [accountWithMailboxLogin];
        UnificationEndReason? ended = null;
        if (found.UnifiedWith is { } linked
            && (Unification.StillHolds(found, candidates, rights) ?? (linked != changedBy ? UnificationEndReason.ChangedByAnotherAccount : null)) is { } reason)
        {
            service.EndUnification(found, reason);
            ended = reason;
        }

        var readers = found.WebmailReaders.ToArray();
        if (found.UnifiedWith is { } stillUnified)
        {
            service.ChangePassword(found, hash, stillUnified);
            accountWithMailboxLogin!.ApplyNewPassword(hash, found.Id);
            return new MailboxPasswordChange(
                service.Id, found.Id, PasswordChangeImpact.OfMailboxPassword(readers), stillUnified, PasswordChangeImpact.OfAccountPassword([]), null, null);
        }

        service.ChangePassword(found, hash, null);
        UnificationEligible? proposal = null;
        if (ended is null && accountWithMailboxLogin?.Id == changedBy
            && Unification.Evaluate(found, candidates, rights).TryPickT0(out var eligible, out _))
        {
            service.Propose(found, changedBy);
            proposal = eligible;
        }

        return new MailboxPasswordChange(service.Id, found.Id, PasswordChangeImpact.OfMailboxPassword(readers), null, null, proposal, ended);
    }

    private static OneOf<AccountPasswordChange, UnacceptablePassword> ApplyToAccount(
        Account account, Password next, IEnumerable<MailService> mailServicesReadByAccount, IMailboxPasswordRights rights, PasswordService passwords, bool reset)
    {
        Guard.Against.Null(next);
        Guard.Against.Null(rights);
        var services = Guard.Against.Null(mailServicesReadByAccount).ToList();
        if (!passwords.HashNew(next, account.Login).TryPickT0(out var hash, out var refused))
        {
            return refused;
        }

        var read = services.SelectMany(service => service.Mailboxes.Where(mailbox => mailbox.WebmailReaders.Contains(account.Id)).Select(mailbox => (service, mailbox))).ToList();
        if (read.Count(pair => pair.mailbox.UnifiedWith == account.Id) > 1)
        {
            throw new ArgumentException("The account is unified with more than one mailbox: the same address is hosted by two Mail Services.", nameof(mailServicesReadByAccount));
        }

        UnificationEndReason? ended = null;
        (MailService Service, Mailbox Mailbox)? unified = null;
        foreach (var (service, mailbox) in read.Where(pair => pair.mailbox.UnifiedWith == account.Id))
        {
            if (Unification.StillHolds(mailbox, [account], rights) is { } reason)
            {
                service.EndUnification(mailbox, reason);
                ended = reason;
            }
            else
            {
                unified = (service, mailbox);
            }
        }

        if (reset)
        {
            account.ApplyResetPassword(hash, unified?.Mailbox.Id);
        }
        else
        {
            account.ApplyNewPassword(hash, unified?.Mailbox.Id);
        }

        unified?.Service.ChangePassword(unified.Value.Mailbox, hash, account.Id);
        var toConfirm = read.Where(pair => pair.mailbox.Id != unified?.Mailbox.Id).Select(pair => pair.mailbox.Id);
        return new AccountPasswordChange(
            account.Id,
            PasswordChangeImpact.OfAccountPassword(toConfirm),
            unified?.Mailbox.Id,
            unified is { } both ? PasswordChangeImpact.OfMailboxPassword(both.Mailbox.WebmailReaders) : null,
            ended);
    }
}

/// <summary>What an account password change did (rules ACC-4, UNI-3).</summary>
/// <param name="Account">The account.</param>
/// <param name="Impact">The account side: the Manager and Webmail take the new password, same organizations and products, and the mailboxes whose unchanged password Webmail may ask to confirm.</param>
/// <param name="MailboxAlsoChanged">The unified mailbox whose password changed too, if any: tell the person.</param>
/// <param name="MailboxImpact">What the unified mailbox's change affects, when there is one.</param>
/// <param name="UnificationEnded">Why a unification ended before the change, if one did; then only the account changed.</param>
public sealed record AccountPasswordChange(
    AccountId Account, PasswordChangeImpact Impact, MailboxId? MailboxAlsoChanged, PasswordChangeImpact? MailboxImpact, UnificationEndReason? UnificationEnded)
{
    /// <summary>Whether both passwords changed because they are unified.</summary>
    public bool ChangedBoth => MailboxAlsoChanged is not null;
}

/// <summary>What a mailbox password change did (rules MAIL-4, UNI-2, UNI-3).</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Impact">The mailbox side: mail applications take the new password; re-enter it there and in Webmail where the mailbox was added.</param>
/// <param name="AccountAlsoChanged">The unified account whose password changed too, if any: tell the person.</param>
/// <param name="AccountImpact">What the unified account's change affects, when there is one.</param>
/// <param name="Proposal">The unification proposal, when the account making the change is eligible (rule UNI-2).</param>
/// <param name="UnificationEnded">Why a unification ended before the change, if one did; then only the mailbox changed.</param>
public sealed record MailboxPasswordChange(
    ProductId Service, MailboxId Mailbox, PasswordChangeImpact Impact, AccountId? AccountAlsoChanged, PasswordChangeImpact? AccountImpact,
    UnificationEligible? Proposal, UnificationEndReason? UnificationEnded)
{
    /// <summary>Whether both passwords changed because they are unified.</summary>
    public bool ChangedBoth => AccountAlsoChanged is not null;
}
