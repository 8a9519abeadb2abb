using Ardalis.GuardClauses;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using OneOf;

namespace Infomaniak.Domain.Mail;

/// <summary>
/// When an account's password and a mailbox's are unified (rules UNI-1, UNI-2, UNI-5): the one evaluation of
/// the three conditions, accepting a proposal, and reviewing unifications after rights changed.
/// </summary>
/// <remarks>
/// <para>
/// The link lives on the mailbox (<see cref="Mailbox.UnifiedWith"/>), since two of the three conditions are
/// facts of the Mail Service (its Webmail readers, the mailbox's existence) that the service keeps itself. The
/// third, the right to change the mailbox's password, comes from the organization's rights model through
/// <see cref="IMailboxPasswordRights"/> and is re-checked at every unified change and by <see cref="Review"/>.
/// </para>
/// <para>
/// The account records its unified mailbox too (<see cref="Account.UnifiedWith"/>), which makes "an account is unified
/// with at most one mailbox" hold by construction: <see cref="Evaluate"/> names an unmet condition for an account
/// already unified elsewhere, and a password change needs only the Mail Service the account names.
/// </para>
/// <para>
/// Proposals are made only by <see cref="PasswordChanges.ChangeMailboxPassword"/> (rule UNI-2).
/// </para>
/// </remarks>
public static class Unification
{
    /// <summary>
    /// Evaluates the three conditions of rule UNI-1 for a mailbox, and that the account is not already unified with
    /// another mailbox (an account is unified with at most one, UNI-3).
    /// </summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="accounts">Accounts that may have the mailbox's address as login (load them with <c>AccountByLoginSpec</c>); others are ignored.</param>
    /// <param name="rights">Who may change the mailbox's password.</param>
    /// <returns>
    /// <see cref="UnificationEligible"/> naming the account; <see cref="FactsNotGiven"/> when the rights object does not know
    /// the organization holding the Mail Service; or <see cref="UnificationNotPossible"/> naming every unmet condition.
    /// The conditions after (a) are about the account of (a): without one, only (a) is named.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two given accounts share the mailbox's address as login (logins are unique).</exception>
    public static OneOf<UnificationEligible, FactsNotGiven, UnificationNotPossible> Evaluate(Mailbox mailbox, IEnumerable<Account> accounts, IMailboxPasswordRights rights)
    {
        Guard.Against.Null(mailbox);
        Guard.Against.Null(accounts);
        Guard.Against.Null(rights);
        var candidates = accounts.Where(account => account.Login == mailbox.Address).Take(2).ToList();
        if (candidates.Count > 1)
        {
            throw new ArgumentException("Two accounts cannot share a login.", nameof(accounts));
        }

        if (candidates.Count == 0)
        {
            return new UnificationNotPossible(mailbox.Id, [UnificationCondition.AccountWithMailboxLogin]);
        }

        var account = candidates[0];
        var right = rights.MayChangePassword(account.Id, mailbox.Organization, mailbox.Service, mailbox.Id);
        if (right == MailboxPasswordRight.Unknown)
        {
            return FactsNotGiven.OfOrganizations(mailbox.Organization);
        }

        var unmet = new List<UnificationCondition>();
        if (!mailbox.IsReadSolelyBy(account.Id))
        {
            unmet.Add(UnificationCondition.OnlyWebmailReader);
        }

        if (right != MailboxPasswordRight.Allowed)
        {
            unmet.Add(UnificationCondition.RightToChangeMailboxPassword);
        }

        if (account.UnifiedWith is { } linked && linked != new UnifiedMailbox(mailbox.Service, mailbox.Id))
        {
            unmet.Add(UnificationCondition.NotUnifiedWithAnotherMailbox);
        }

        return unmet.Count == 0
            ? new UnificationEligible(mailbox.Service, mailbox.Id, account.Id)
            : new UnificationNotPossible(mailbox.Id, unmet);
    }

    /// <summary>
    /// Accepts the unification proposed to an account when it changed the mailbox's password (rule UNI-2): the
    /// account's password becomes the mailbox's, the account records the mailbox as its unified one, and from then on a
    /// change of either changes both (rule UNI-3).
    /// </summary>
    /// <param name="service">The Mail Service.</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="account">The account the proposal was made to.</param>
    /// <param name="currentAccountPassword">The account's current password, since accepting changes it.</param>
    /// <param name="rights">Who may change the mailbox's password; the conditions are checked again.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns><see cref="UnificationAccepted"/>, or why not; a refusal changes neither aggregate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<UnificationAccepted, UnknownMailbox, FactsNotGiven, NoUnificationProposed, WrongPassword, UnificationNotPossible> Accept(
        MailService service, MailboxId mailbox, Account account, Password currentAccountPassword, IMailboxPasswordRights rights, PasswordService passwords)
    {
        Guard.Against.Null(service);
        Guard.Against.Null(account);
        Guard.Against.Null(currentAccountPassword);
        Guard.Against.Null(rights);
        Guard.Against.Null(passwords);
        if (!service.Find(mailbox).TryPickT0(out var found, out var unknown))
        {
            return unknown;
        }

        if (found.UnificationProposedTo != account.Id)
        {
            return new NoUnificationProposed(mailbox, account.Id);
        }

        if (!account.VerifyCurrent(currentAccountPassword, passwords).TryPickT0(out _, out var wrong))
        {
            return wrong;
        }

        if (!Evaluate(found, [account], rights).TryPickT0(out _, out var refused))
        {
            return refused.Match<OneOf<UnificationAccepted, UnknownMailbox, FactsNotGiven, NoUnificationProposed, WrongPassword, UnificationNotPossible>>(
                missing => missing, notPossible => notPossible);
        }

        account.Unify(new UnifiedMailbox(service.Id, found.Id), found.PasswordHash);
        service.Unify(found, account.Id);
        return new UnificationAccepted(service.Id, found.Id, account.Id);
    }

    /// <summary>
    /// Ends every unification of a service whose conditions no longer hold (rule UNI-5), for instance after an
    /// account lost the right to change a mailbox's password. Both passwords keep their current values; the accounts
    /// given forget a unification that ended, now or earlier.
    /// </summary>
    /// <param name="service">The Mail Service.</param>
    /// <param name="accounts">The accounts unified with mailboxes of the service (or whose login is their address; load them with <c>AccountsByLoginsSpec</c>).</param>
    /// <param name="rights">Who may change the mailboxes' passwords; must know the organization holding the service.</param>
    /// <returns>The mailboxes whose unification ended (empty when all still hold); or <see cref="FactsNotGiven"/> naming the
    /// accounts or the organization missing, and then nothing changed.</returns>
    /// <remarks>Call it after every change of rights in the organization that holds the service (<c>ChangeRights</c>,
    /// <c>RemoveMember</c>, <c>Leave</c>): the service cannot see those changes itself.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<IReadOnlyList<MailboxId>, FactsNotGiven> Review(MailService service, IEnumerable<Account> accounts, IMailboxPasswordRights rights)
    {
        Guard.Against.Null(service);
        Guard.Against.Null(rights);
        var known = Guard.Against.Null(accounts).ToList();
        var unified = service.Mailboxes
            .Where(mailbox => mailbox.UnifiedWith is not null)
            .Select(mailbox => (Mailbox: mailbox, Account: known.Find(account => account.Login == mailbox.Address) ?? known.Find(account => account.Id == mailbox.UnifiedWith)))
            .ToList();
        var missing = unified.Where(entry => entry.Account is null).Select(entry => entry.Mailbox.UnifiedWith!.Value).Distinct().ToArray();
        if (missing.Length > 0)
        {
            return FactsNotGiven.OfAccounts(missing);
        }

        if (unified.Exists(entry => rights.MayChangePassword(entry.Account!.Id, service.Organization, service.Id, entry.Mailbox.Id) == MailboxPasswordRight.Unknown))
        {
            return FactsNotGiven.OfOrganizations(service.Organization);
        }

        var ended = new List<MailboxId>();
        foreach (var (mailbox, account) in unified)
        {
            if (StillHolds(mailbox, account, rights) is { } reason)
            {
                service.EndUnification(mailbox, reason);
                ended.Add(mailbox.Id);
            }
        }

        foreach (var account in known.Where(account => account.UnifiedWith is { } link && link.Service == service.Id))
        {
            if (!service.Find(account.UnifiedWith!.Mailbox).TryPickT0(out var mailbox, out _) || mailbox.UnifiedWith != account.Id)
            {
                account.ForgetUnification();
            }
        }

        return ended;
    }

    /// <summary>
    /// Why a unified mailbox's link must end now, or null when its conditions still hold. The rights object must know the
    /// organization holding the service (an unknown answer never ends a unification).
    /// </summary>
    internal static UnificationEndReason? StillHolds(Mailbox mailbox, Account? account, IMailboxPasswordRights rights)
    {
        if (account is null || account.Id != mailbox.UnifiedWith || account.Login != mailbox.Address)
        {
            return UnificationEndReason.AccountGone;
        }

        if (account.UnifiedWith != new UnifiedMailbox(mailbox.Service, mailbox.Id))
        {
            return UnificationEndReason.AccountUnifiedElsewhere;
        }

        return Evaluate(mailbox, [account], rights).Match<UnificationEndReason?>(
            _ => null,
            _ => null,
            notPossible => notPossible.Unmet[0] switch
            {
                UnificationCondition.AccountWithMailboxLogin => UnificationEndReason.AccountGone,
                UnificationCondition.OnlyWebmailReader => UnificationEndReason.AnotherWebmailReader,
                UnificationCondition.RightToChangeMailboxPassword => UnificationEndReason.RightWithdrawn,
                _ => UnificationEndReason.AccountUnifiedElsewhere,
            });
    }
}

/// <summary>All three conditions of rule UNI-1 hold: unification may be proposed to this account.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account whose login is the mailbox's address.</param>
public sealed record UnificationEligible(ProductId Service, MailboxId Mailbox, AccountId Account);

/// <summary>The person accepted unification: the account's and the mailbox's passwords are now one.</summary>
/// <param name="Service">The Mail Service.</param>
/// <param name="Mailbox">The mailbox.</param>
/// <param name="Account">The account.</param>
public sealed record UnificationAccepted(ProductId Service, MailboxId Mailbox, AccountId Account);
