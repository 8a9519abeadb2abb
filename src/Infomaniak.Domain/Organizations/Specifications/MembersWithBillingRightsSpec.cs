using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations.Specifications;

/// <summary>The members of an organization who have billing rights (RGT-4): who may pay, see invoices and manage the prepaid account.</summary>
public sealed class MembersWithBillingRightsSpec : Specification<MemberState>
{
    private readonly OrganizationId organization;

    /// <summary>Selects the members with billing rights of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public MembersWithBillingRightsSpec(OrganizationId organization)
    {
        this.organization = organization;
        Query.Where(member => member.OrganizationId == organization && member.HasBillingRights);
    }

    /// <summary>The members with billing rights among <paramref name="entities"/>, in their order, without compiling the criterion.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<MemberState> Evaluate(IEnumerable<MemberState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy);

    /// <summary>Whether the criterion selects this row, as plain code.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(MemberState entity) =>
        Guard.Against.Null(entity).OrganizationId == organization && entity.HasBillingRights;
}
