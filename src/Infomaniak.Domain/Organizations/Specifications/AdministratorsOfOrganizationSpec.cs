using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations.Specifications;

/// <summary>The administrators of an organization: its members with all rights (RGT-1, RGT-3).</summary>
public sealed class AdministratorsOfOrganizationSpec : Specification<MemberState>
{
    /// <summary>Selects the administrators of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public AdministratorsOfOrganizationSpec(OrganizationId organization) =>
        Query.Where(member => member.OrganizationId == organization && member.HasAllRights);
}
