using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations.Specifications;

/// <summary>
/// The organizations an account belongs to, created or invited to (ORG-5), that are not deleted: what the Manager's
/// organization switcher lists and what the Manager lists (<see cref="ManagerContext.Open"/>).
/// </summary>
public sealed class OrganizationsOfAccountSpec : Specification<OrganizationState>
{
    /// <summary>Selects the organizations of one account.</summary>
    /// <param name="account">The account.</param>
    public OrganizationsOfAccountSpec(AccountId account) =>
        Query.Where(organization => !organization.IsDeleted && organization.Members.Any(member => member.AccountId == account));
}

/// <summary>
/// The organizations an account lists as joined (<see cref="Accounts.Account.Organizations"/>), deleted or not, member or
/// not any more: what <see cref="Accounts.AccountDeletion"/> needs, since it refuses by name a call that lacks one of them.
/// </summary>
public sealed class OrganizationsListedByAccountSpec : Specification<OrganizationState>
{
    /// <summary>Selects the organizations the account lists.</summary>
    /// <param name="account">The account.</param>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public OrganizationsListedByAccountSpec(Accounts.Account account)
    {
        var listed = Ardalis.GuardClauses.GuardClauseExtensions.Null(Ardalis.GuardClauses.Guard.Against, account).Organizations.ToList();
        Query.Where(organization => listed.Contains(organization.Id));
    }
}
