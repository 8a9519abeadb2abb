using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Ordering;

/// <summary>
/// Who drives an order, the actor of every order command: a person signed in to an account and one of its
/// organizations, or a new customer without an account (ORG-1).
/// </summary>
/// <remarks>
/// A closed choice of two cases made by <see cref="SignedIn"/> and <see cref="NewCustomer"/>. A signed-in shopper's
/// commands are authorized by the organization's one decision (<see cref="Organization.Authorize(AccountId, MemberAction, OrganizationId)"/>);
/// a new customer's order is driven by whoever holds its id, which the application keeps in the shopper's session.
/// </remarks>
public abstract record Shopper
{
    private Shopper()
    {
    }

    /// <summary>The new customer, without an account: the order's finishing will create one (ORG-1).</summary>
    public static Shopper NewCustomer { get; } = new Newcomer();

    /// <summary>A person signed in to an account, ordering for one of its organizations.</summary>
    /// <param name="organization">The organization the order is for: the one the person works in.</param>
    /// <param name="account">The signed-in account.</param>
    /// <returns>The shopper.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public static Shopper SignedIn(Organization organization, AccountId account) =>
        new Member(Guard.Against.Null(organization), Guard.Against.Default(account));

    /// <summary>A person signed in to an account and an organization.</summary>
    public sealed record Member : Shopper
    {
        internal Member(Organization organization, AccountId account)
        {
            Organization = organization;
            Account = account;
        }

        /// <summary>The organization the order is for.</summary>
        public Organization Organization { get; }

        /// <summary>The signed-in account.</summary>
        public AccountId Account { get; }
    }

    /// <summary>A new customer without an account.</summary>
    public sealed record Newcomer : Shopper
    {
        internal Newcomer()
        {
        }
    }
}
