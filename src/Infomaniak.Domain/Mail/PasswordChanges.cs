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
/// <para>
/// A change first checks everything that can refuse it (the facts it needs, the current password or reset token, the
/// policy); a refused change touches no aggregate. When the mailbox is unified and the conditions still hold, both get the
/// new password and the result says so; when a condition stopped holding, the unification ends first and only the one
/// password changes. A unified mailbox whose password is changed by another account than the unified one (an
/// administrator, say) is unlinked first: nobody but its owner sets an account's password. Product credentials (FTP,
/// MySQL, SSH, WebDAV) are never involved (rule UNI-4).
/// </para>
/// <para>
/// A change that moves an account's password proves the account's current password (ACC-6), whichever side it is made
/// from: <see cref="ChangeMailboxPassword"/> of a unified mailbox by its unified account takes that account's current
/// password, and refuses <see cref="AccountPasswordRequired"/> without it or <see cref="WrongPassword"/> with a wrong one,
/// changing nothing.
/// </para>
/// <para>
/// Each operation refuses by name (<see cref="FactsNotGiven"/>) a call that lacks a fact it needs: the Mail Service of
/// the account's unified mailbox, the unified account of a mailbox, or the organization holding a Mail Service when the
/// rights object does not know it. It never decides on partial facts, and never throws for anything an outside caller passes
/// to <see cref="ChangeAccountPassword"/> or <see cref="ResetAccountPassword"/>.
/// </para>
/// </remarks>
public static class PasswordChanges
{
    /// <summary>Changes an account's password, given its current one (rules ACC-4, ACC-6, UNI-3).</summary>
    /// <param name="account">The account.</param>
    /// <param name="current">The current password.</param>
    /// <param name="next">The new password, checked against the policy.</param>
    /// <param name="mailServicesReadByAccount">The Mail Services holding mailboxes the account reads in Webmail (load them with <c>MailServicesReadByAccountSpec</c>); must include the one of the account's unified mailbox.</param>
    /// <param name="rights">Who may change mailbox passwords; must know the organization holding the unified mailbox's service.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns>What changed, or why nothing did.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<AccountPasswordChange, FactsNotGiven, WrongPassword, UnacceptablePassword> ChangeAccountPassword(
        Account account, Password current, Password next, IEnumerable<MailService> mailServicesReadByAccount, IMailboxPasswordRights rights, PasswordService passwords)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(current);
        Guard.Against.Null(next);
        Guard.Against.Null(rights);
        Guard.Against.Null(passwords);
        var services = Guard.Against.Null(mailServicesReadByAccount).ToList();
        if (!LinkOf(account, services, rights).TryPickT0(out var link, out var missing))
        {
            return missing;
        }

        if (!account.VerifyCurrent(current, passwords).TryPickT0(out _, out var wrong))
        {
            return wrong;
        }

        if (!passwords.HashNew(next, account.Login).TryPickT0(out var hash, out var refused))
        {
            return refused;
        }

        return ApplyToAccount(account, hash, services, link, reset: false);
    }

    /// <summary>Sets an account's password through a reset link (rules ACC-5, ACC-6, UNI-3); the link then stops working.</summary>
    /// <param name="account">The account.</param>
    /// <param name="token">The token from the link.</param>
    /// <param name="next">The new password, checked against the policy.</param>
    /// <param name="clock">The current time, against the link's expiry.</param>
    /// <param name="mailServicesReadByAccount">The Mail Services holding mailboxes the account reads in Webmail; must include the one of the account's unified mailbox.</param>
    /// <param name="rights">Who may change mailbox passwords; must know the organization holding the unified mailbox's service.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns>What changed, or why nothing did (a missing fact, a bad, used or expired token, or an unacceptable password).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<AccountPasswordChange, FactsNotGiven, InvalidResetToken, UnacceptablePassword> ResetAccountPassword(
        Account account, ResetToken token, Password next, TimeProvider clock, IEnumerable<MailService> mailServicesReadByAccount, IMailboxPasswordRights rights, PasswordService passwords)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(token);
        Guard.Against.Null(next);
        Guard.Against.Null(clock);
        Guard.Against.Null(rights);
        Guard.Against.Null(passwords);
        var services = Guard.Against.Null(mailServicesReadByAccount).ToList();
        if (!LinkOf(account, services, rights).TryPickT0(out var link, out var missing))
        {
            return missing;
        }

        if (!account.CheckResetToken(token, clock).TryPickT0(out _, out var invalid))
        {
            return invalid;
        }

        if (!passwords.HashNew(next, account.Login).TryPickT0(out var hash, out var refused))
        {
            return refused;
        }

        return ApplyToAccount(account, hash, services, link, reset: true);
    }

    /// <summary>
    /// Changes a mailbox's password (rules MAIL-4, UNI-2, UNI-3). When the mailbox is unified with the account making the
    /// change and the conditions still hold, the account's password changes too, so that account's current password is
    /// required (ACC-6). When the mailbox is not unified and the account making the change is eligible (rule UNI-1), the
    /// result carries the unification proposal, the only moment one is made.
    /// </summary>
    /// <param name="service">The Mail Service.</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="changedBy">The account making the change.</param>
    /// <param name="next">The new password, checked against the policy.</param>
    /// <param name="accountWithMailboxLogin">The account whose login is the mailbox's address, if any (load it with <c>AccountByLoginSpec</c>); it changes too when unified.</param>
    /// <param name="currentAccountPassword">The current password of <paramref name="accountWithMailboxLogin"/>, needed when the mailbox is unified with it and it makes the change; otherwise ignored.</param>
    /// <param name="rights">Who may change the mailbox's password; must know the organization holding the service.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns>What changed, or why nothing did: an account without the right to change its password (rule RGT-4), an
    /// unknown mailbox, a missing fact (the organization holding the service, or the unified account), a terminated
    /// service, a missing or wrong current account password, or an unacceptable password.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="changedBy"/> is the default value, or <paramref name="accountWithMailboxLogin"/> has another login.</exception>
    public static OneOf<MailboxPasswordChange, MayNotChangeMailboxPassword, UnknownMailbox, FactsNotGiven, ProductAlreadyTerminated, AccountPasswordRequired, WrongPassword, UnacceptablePassword> ChangeMailboxPassword(
        MailService service, MailboxId mailbox, AccountId changedBy, Password next, Account? accountWithMailboxLogin, Password? currentAccountPassword,
        IMailboxPasswordRights rights, PasswordService passwords)
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

        switch (rights.MayChangePassword(changedBy, service.Organization, service.Id, found.Id))
        {
            case MailboxPasswordRight.Unknown:
                return FactsNotGiven.OfOrganizations(service.Organization);
            case MailboxPasswordRight.Denied:
                return new MayNotChangeMailboxPassword(changedBy, service.Id, found.Id, found.Address);
        }

        if (accountWithMailboxLogin is not null && accountWithMailboxLogin.Login != found.Address)
        {
            throw new ArgumentException("The account given does not have the mailbox's address as login.", nameof(accountWithMailboxLogin));
        }

        if (service.IsTerminated)
        {
            return new ProductAlreadyTerminated(service.Id);
        }

        if (found.UnifiedWith is { } unified && accountWithMailboxLogin is null)
        {
            return FactsNotGiven.OfAccounts(unified);
        }

        var account = accountWithMailboxLogin;
        var ends = found.UnifiedWith is { } linked
            ? Unification.StillHolds(found, account, rights) ?? (linked != changedBy ? UnificationEndReason.ChangedByAnotherAccount : null)
            : null;
        var bothChange = found.UnifiedWith is not null && ends is null;
        if (bothChange && currentAccountPassword is null)
        {
            return new AccountPasswordRequired(account!.Id, account.Login, found.Id);
        }

        if (bothChange && !account!.VerifyCurrent(currentAccountPassword!, passwords).TryPickT0(out _, out var wrong))
        {
            return wrong;
        }

        if (!passwords.HashNew(next, found.Address).TryPickT0(out var hash, out var refused))
        {
            return refused;
        }

        var readers = found.WebmailReaders.ToArray();
        if (bothChange)
        {
            service.ChangePassword(found, hash, changedBy, account!.Id);
            account.ApplyNewPassword(hash, found.Id);
            return new MailboxPasswordChange(
                service.Id, found.Id, PasswordChangeImpact.OfMailboxPassword(readers), account.Id, PasswordChangeImpact.OfAccountPassword([]), null, null);
        }

        if (ends is { } reason)
        {
            service.EndUnification(found, reason);
            if (account?.UnifiedWith == new UnifiedMailbox(service.Id, found.Id))
            {
                account.ForgetUnification();
            }
        }

        service.ChangePassword(found, hash, changedBy, null);
        UnificationEligible? proposal = null;
        if (ends is null && account?.Id == changedBy
            && Unification.Evaluate(found, [account], rights).TryPickT0(out var eligible, out _))
        {
            service.Propose(found, changedBy);
            proposal = eligible;
        }

        return new MailboxPasswordChange(service.Id, found.Id, PasswordChangeImpact.OfMailboxPassword(readers), null, null, proposal, ends);
    }

    /// <summary>What the account's recorded unification is, as far as the given facts tell, or which fact is missing.</summary>
    private static OneOf<AccountLink, FactsNotGiven> LinkOf(Account account, List<MailService> services, IMailboxPasswordRights rights)
    {
        if (account.UnifiedWith is not { } unified)
        {
            return new AccountLink(null, null, null);
        }

        if (services.Find(service => service.Id == unified.Service) is not { } service)
        {
            return FactsNotGiven.OfMailServices(unified.Service);
        }

        if (!service.Find(unified.Mailbox).TryPickT0(out var mailbox, out _) || mailbox.UnifiedWith != account.Id)
        {
            return new AccountLink(service, null, null);
        }

        if (rights.MayChangePassword(account.Id, service.Organization, service.Id, mailbox.Id) == MailboxPasswordRight.Unknown)
        {
            return FactsNotGiven.OfOrganizations(service.Organization);
        }

        return new AccountLink(service, mailbox, Unification.StillHolds(mailbox, account, rights));
    }

    private static AccountPasswordChange ApplyToAccount(Account account, PasswordHash hash, List<MailService> services, AccountLink link, bool reset)
    {
        foreach (var (service, orphan) in services
            .SelectMany(service => service.Mailboxes.Where(mailbox => mailbox.UnifiedWith == account.Id && mailbox != link.Mailbox).Select(mailbox => (service, mailbox)))
            .ToList())
        {
            service.EndUnification(orphan, UnificationEndReason.AccountUnifiedElsewhere);
        }

        var unified = link.Ends is null ? link.Mailbox : null;
        if (link.Ends is { } reason)
        {
            link.Service!.EndUnification(link.Mailbox!, reason);
        }

        if (unified is null)
        {
            account.ForgetUnification();
        }

        if (reset)
        {
            account.ApplyResetPassword(hash, unified?.Id);
        }
        else
        {
            account.ApplyNewPassword(hash, unified?.Id);
        }

        if (unified is not null)
        {
            link.Service!.ChangePassword(unified, hash, account.Id, account.Id);
        }

        var read = services.SelectMany(service => service.Mailboxes.Where(mailbox => mailbox.WebmailReaders.Contains(account.Id))).ToList();
        return new AccountPasswordChange(
            account.Id,
            PasswordChangeImpact.OfAccountPassword(read.Where(mailbox => mailbox != unified).Select(mailbox => mailbox.Id)),
            unified?.Id,
            unified is not null ? PasswordChangeImpact.OfMailboxPassword(unified.WebmailReaders) : null,
            link.Ends);
    }

    /// <summary>The account's unified mailbox as the given facts show it: none, stale (<see cref="Mailbox"/> null), or live, with why it must end.</summary>
    private readonly record struct AccountLink(MailService? Service, Mailbox? Mailbox, UnificationEndReason? Ends);
}

/// <summary>What an account password change did (rules ACC-4, UNI-3).</summary>
/// <param name="Account">The account.</param>
/// <param name="Impact">The account side: the Manager and Webmail take the new password, and the mailboxes whose unchanged password Webmail may ask to confirm.</param>
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
