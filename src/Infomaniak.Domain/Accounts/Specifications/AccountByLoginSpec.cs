using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Accounts.Specifications;

/// <summary>
/// The stored account whose login is an address, ignoring case: who signs in, and condition (a) of unification
/// (the account whose login is a mailbox's address).
/// </summary>
/// <remarks>Compares <see cref="AccountState.LoginNormalized"/> with a string, which any ORM translates.</remarks>
public sealed class AccountByLoginSpec : Specification<AccountState>, ISingleResultSpecification<AccountState>
{
    /// <summary>Selects the account with this login.</summary>
    /// <param name="login">The login.</param>
    /// <exception cref="ArgumentNullException"><paramref name="login"/> is null.</exception>
    public AccountByLoginSpec(EmailAddress login)
    {
        var normalized = Guard.Against.Null(login).Normalized;
        Query.Where(account => account.LoginNormalized == normalized);
    }
}

/// <summary>The stored accounts whose logins are among some addresses (the addresses of a Mail Service's mailboxes, for <c>Unification.Review</c>).</summary>
public sealed class AccountsByLoginsSpec : Specification<AccountState>
{
    /// <summary>Selects the accounts with these logins.</summary>
    /// <param name="logins">The logins.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logins"/> is null.</exception>
    public AccountsByLoginsSpec(IEnumerable<EmailAddress> logins)
    {
        var normalized = Guard.Against.Null(logins).Select(login => login.Normalized).Distinct().ToList();
        Query.Where(account => normalized.Contains(account.LoginNormalized));
    }
}
