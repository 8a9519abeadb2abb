using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations.Specifications;

/// <summary>
/// The organizations an account belongs to, created or invited to (ORG-5), that are not deleted: what the Manager's
/// organization switcher lists and what <see cref="AccountDeletion.Check"/> needs.
/// </summary>
public sealed class OrganizationsOfAccountSpec : Specification<OrganizationState>
{
    /// <summary>Selects the organizations of one account.</summary>
    /// <param name="account">The account.</param>
    public OrganizationsOfAccountSpec(AccountId account) =>
        Query.Where(organization => !organization.IsDeleted && organization.Members.Any(member => member.AccountId == account));
}
