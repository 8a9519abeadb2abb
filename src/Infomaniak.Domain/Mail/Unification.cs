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
/// Proposals are made only by <see cref="PasswordChanges.ChangeMailboxPassword"/> (rule UNI-2).
/// </para>
/// </remarks>
public static class Unification
{
    /// <summary>Evaluates the three conditions of rule UNI-1 for a mailbox.</summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="accounts">Accounts that may have the mailbox's address as login (load them with <c>AccountByLoginSpec</c>); others are ignored.</param>
    /// <param name="rights">Who may change the mailbox's password.</param>
    /// <returns>
    /// <see cref="UnificationEligible"/> naming the account, or <see cref="UnificationNotPossible"/> naming every unmet
    /// condition. Conditions (b) and (c) are about the account of (a): without one, only (a) is named.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two given accounts share the mailbox's address as login (logins are unique).</exception>
    public static OneOf<UnificationEligible, UnificationNotPossible> Evaluate(Mailbox mailbox, IEnumerable<Account> accounts, IMailboxPasswordRights rights)
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

        var account = candidates[0].Id;
        var unmet = new List<UnificationCondition>();
        if (!mailbox.IsReadSolelyBy(account))
        {
            unmet.Add(UnificationCondition.OnlyWebmailReader);
        }

        if (!rights.MayChangePassword(account, mailbox.Service, mailbox.Id))
        {
            unmet.Add(UnificationCondition.RightToChangeMailboxPassword);
        }

        return unmet.Count == 0
            ? new UnificationEligible(mailbox.Service, mailbox.Id, account)
            : new UnificationNotPossible(mailbox.Id, unmet);
    }

    /// <summary>
    /// Accepts the unification proposed to an account when it changed the mailbox's password (rule UNI-2): the
    /// account's password becomes the mailbox's, and from then on a change of either changes both (rule UNI-3).
    /// </summary>
    /// <param name="service">The Mail Service.</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="account">The account the proposal was made to.</param>
    /// <param name="currentAccountPassword">The account's current password, since accepting changes it.</param>
    /// <param name="rights">Who may change the mailbox's password; the conditions are checked again.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns><see cref="UnificationAccepted"/>, or why not; a refusal changes neither aggregate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AcceptUnificationResult Accept(
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

        if (!Evaluate(found, [account], rights).TryPickT0(out _, out var notPossible))
        {
            return notPossible;
        }

        account.ApplyNewPassword(found.PasswordHash, found.Id);
        service.Unify(found, account.Id);
        return new UnificationAccepted(service.Id, found.Id, account.Id);
    }

    /// <summary>
    /// Ends every unification of a service whose conditions no longer hold (rule UNI-5), for instance after an
    /// account lost the right to change a mailbox's password. Both passwords keep their current values.
    /// </summary>
    /// <param name="service">The Mail Service.</param>
    /// <param name="accounts">The accounts whose login is an address of the service (load them with <c>AccountsByLoginsSpec</c>); the account with the address of every unified mailbox must be among them.</param>
    /// <param name="rights">Who may change the mailboxes' passwords.</param>
    /// <returns>The mailboxes whose unification ended; empty when all still hold.</returns>
    /// <remarks>Call it after every change of rights in the organization that holds the service (<c>ChangeRights</c>,
    /// <c>RemoveMember</c>, <c>Leave</c>): the service cannot see those changes itself.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No account given has the login of a unified mailbox's address.</exception>
    public static IReadOnlyList<MailboxId> Review(MailService service, IEnumerable<Account> accounts, IMailboxPasswordRights rights)
    {
        Guard.Against.Null(service);
        Guard.Against.Null(rights);
        var known = Guard.Against.Null(accounts).ToList();
        var ended = new List<MailboxId>();
        foreach (var mailbox in service.Mailboxes.Where(mailbox => mailbox.UnifiedWith is not null).ToList())
        {
            if (!known.Exists(account => account.Login == mailbox.Address))
            {
                throw new ArgumentException($"The account whose login is the address of unified mailbox {mailbox.Id} was not given.", nameof(accounts));
            }

            if (StillHolds(mailbox, known, rights) is { } reason)
            {
                service.EndUnification(mailbox, reason);
                ended.Add(mailbox.Id);
            }
        }

        return ended;
    }

    /// <summary>Why a unified mailbox's link must end now, or null when its conditions still hold.</summary>
    internal static UnificationEndReason? StillHolds(Mailbox mailbox, IEnumerable<Account> accounts, IMailboxPasswordRights rights) =>
        !accounts.Any(account => account.Id == mailbox.UnifiedWith && account.Login == mailbox.Address)
            ? UnificationEndReason.AccountGone
            : Evaluate(mailbox, accounts, rights).Match<UnificationEndReason?>(
                _ => null,
                notPossible => notPossible.Unmet[0] switch
                {
                    UnificationCondition.AccountWithMailboxLogin => UnificationEndReason.AccountGone,
                    UnificationCondition.OnlyWebmailReader => UnificationEndReason.AnotherWebmailReader,
                    _ => UnificationEndReason.RightWithdrawn,
                });
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

/// <summary>The outcome of <see cref="Unification.Accept"/>.</summary>
public sealed class AcceptUnificationResult : OneOfBase<UnificationAccepted, UnknownMailbox, NoUnificationProposed, WrongPassword, UnificationNotPossible>
{
    private AcceptUnificationResult(OneOf<UnificationAccepted, UnknownMailbox, NoUnificationProposed, WrongPassword, UnificationNotPossible> input)
        : base(input)
    {
    }

    /// <summary>Unification was accepted.</summary>
    /// <param name="value">The acceptance.</param>
    public static implicit operator AcceptUnificationResult(UnificationAccepted value) => new(value);

    /// <summary>The mailbox does not exist.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator AcceptUnificationResult(UnknownMailbox value) => new(value);

    /// <summary>No proposal is pending for this account.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator AcceptUnificationResult(NoUnificationProposed value) => new(value);

    /// <summary>The account's current password was wrong.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator AcceptUnificationResult(WrongPassword value) => new(value);

    /// <summary>The conditions no longer hold.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator AcceptUnificationResult(UnificationNotPossible value) => new(value);
}
