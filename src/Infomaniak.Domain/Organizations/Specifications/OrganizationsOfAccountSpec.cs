using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations.Specifications;

/// <summary>
/// The organizations an account belongs to, created or invited to (ORG-5), that are not deleted: what the Manager's
/// organization switcher lists and what the Manager lists (<see cref="ManagerContext.Open"/>).
/// </summary>
/// <remarks>
/// A database translates the criterion; in memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the same
/// criterion runs as plain code, without compiling the expression nor allocating a delegate per organization.
/// </remarks>
public sealed class OrganizationsOfAccountSpec : Specification<OrganizationState>
{
    private readonly AccountId account;

    /// <summary>Selects the organizations of one account.</summary>
    /// <param name="account">The account.</param>
    public OrganizationsOfAccountSpec(AccountId account)
    {
        this.account = account;
        Query.Where(organization => !organization.IsDeleted && organization.Members.Any(member => member.AccountId == account));
    }

    /// <summary>The organizations among <paramref name="entities"/> that the criterion selects, in their order.</summary>
    /// <param name="entities">The organizations to filter.</param>
    /// <returns>The selected organizations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<OrganizationState> Evaluate(IEnumerable<OrganizationState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy);

    /// <summary>Whether the organization is not deleted and the account is one of its members.</summary>
    /// <param name="entity">The organization.</param>
    /// <returns><see langword="true"/> when the criterion selects it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(OrganizationState entity)
    {
        if (Guard.Against.Null(entity).IsDeleted)
        {
            return false;
        }

        var members = entity.Members;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].AccountId == account)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The organizations an account lists as joined (<see cref="Accounts.Account.Organizations"/>), deleted or not, member or
/// not any more: what <see cref="Accounts.AccountDeletion"/> needs, since it refuses by name a call that lacks one of them.
/// </summary>
/// <remarks>
/// A database translates the criterion (an <c>IN</c> list); in memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>)
/// the same criterion is one set lookup per organization, without compiling the expression.
/// </remarks>
public sealed class OrganizationsListedByAccountSpec : Specification<OrganizationState>
{
    private readonly HashSet<OrganizationId> listed;

    /// <summary>Selects the organizations the account lists.</summary>
    /// <param name="account">The account.</param>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public OrganizationsListedByAccountSpec(Accounts.Account account)
    {
        var organizations = Guard.Against.Null(account).Organizations.ToList();
        listed = [.. organizations];
        Query.Where(organization => organizations.Contains(organization.Id));
    }

    /// <summary>The organizations among <paramref name="entities"/> that the account lists, in their order.</summary>
    /// <param name="entities">The organizations to filter.</param>
    /// <returns>The selected organizations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<OrganizationState> Evaluate(IEnumerable<OrganizationState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy);

    /// <summary>Whether the account lists the organization, deleted or not.</summary>
    /// <param name="entity">The organization.</param>
    /// <returns><see langword="true"/> when the criterion selects it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(OrganizationState entity) => listed.Contains(Guard.Against.Null(entity).Id);
}
