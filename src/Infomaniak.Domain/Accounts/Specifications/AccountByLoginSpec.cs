using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Accounts.Specifications;

/// <summary>
/// The stored account whose login is an address, ignoring case: who signs in, and condition (a) of unification
/// (the account whose login is a mailbox's address).
/// </summary>
/// <remarks>
/// Compares <see cref="AccountState.LoginNormalized"/> with a string, which any ORM translates; in memory
/// (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the same criterion runs as plain code, without compiling the expression.
/// </remarks>
public sealed class AccountByLoginSpec : Specification<AccountState>, ISingleResultSpecification<AccountState>
{
    private readonly string normalized;

    /// <summary>Selects the account with this login.</summary>
    /// <param name="login">The login.</param>
    /// <exception cref="ArgumentNullException"><paramref name="login"/> is null.</exception>
    public AccountByLoginSpec(EmailAddress login)
    {
        var normalized = Guard.Against.Null(login).Normalized;
        this.normalized = normalized;
        Query.Where(account => account.LoginNormalized == normalized);
    }

    /// <summary>The accounts among <paramref name="entities"/> with this login, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<AccountState> Evaluate(IEnumerable<AccountState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether the account's login is this one, ignoring case.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(AccountState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(AccountState account) => string.Equals(account.LoginNormalized, normalized, StringComparison.Ordinal);
}

/// <summary>The stored accounts whose logins are among some addresses (the addresses of a Mail Service's mailboxes, for <c>Unification.Review</c>).</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion is one set lookup per row, without compiling the expression.</remarks>
public sealed class AccountsByLoginsSpec : Specification<AccountState>
{
    private readonly HashSet<string> logins;

    /// <summary>Selects the accounts with these logins.</summary>
    /// <param name="logins">The logins.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logins"/> is null.</exception>
    public AccountsByLoginsSpec(IEnumerable<EmailAddress> logins)
    {
        var normalized = Guard.Against.Null(logins).Select(login => login.Normalized).Distinct().ToList();
        this.logins = new HashSet<string>(normalized, StringComparer.Ordinal);
        Query.Where(account => normalized.Contains(account.LoginNormalized));
    }

    /// <summary>The accounts among <paramref name="entities"/> with one of the logins, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<AccountState> Evaluate(IEnumerable<AccountState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether the account's login is one of the logins, ignoring case.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(AccountState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(AccountState account) => logins.Contains(account.LoginNormalized);
}
