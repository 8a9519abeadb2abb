using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations.Specifications;

/// <summary>The members of an organization who have billing rights (RGT-4): who may pay, see invoices and manage the prepaid account.</summary>
public sealed class MembersWithBillingRightsSpec : Specification<MemberState>
{
    /// <summary>Selects the members with billing rights of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public MembersWithBillingRightsSpec(OrganizationId organization) =>
        Query.Where(member => member.OrganizationId == organization && member.HasBillingRights);
}
