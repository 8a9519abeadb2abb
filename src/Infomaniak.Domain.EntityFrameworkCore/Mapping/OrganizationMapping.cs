using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Organizations: a row each with their held products and logo, their members (keyed by organization and account,
/// indexed by account) and their invitations (keyed by organization and id, indexed by normalized address), deleted
/// with their organization.
/// </summary>
internal sealed class OrganizationMapping : AggregateMapping<Organization, OrganizationId, OrganizationState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var organization = Root(model, options, "Organizations");
        organization.Property(o => o.Name).HasMaxLength(OrganizationName.MaxLength);
        organization.ComplexProperty(o => o.Logo, logo => ValueTypes.Apply(logo, options.Table("Organizations")));
        organization.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        organization.Navigation(o => o.Members).AutoInclude();
        organization.HasMany(o => o.Invitations).WithOne().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        organization.Navigation(o => o.Invitations).AutoInclude();

        var member = Child<MemberState>(model, options, "OrganizationMembers");
        member.HasKey(m => new { m.OrganizationId, m.AccountId });
        member.HasIndex(m => m.AccountId);
        member.Property(m => m.Login).HasMaxLength(EmailAddress.MaxLength);

        var invitation = Child<InvitationState>(model, options, "OrganizationInvitations");
        invitation.HasKey(i => new { i.OrganizationId, i.Id });
        invitation.Property(i => i.Email).HasMaxLength(EmailAddress.MaxLength);
        invitation.Property(i => i.NormalizedEmail).HasMaxLength(ValueTypes.NormalizedAddressLength);
        invitation.HasIndex(i => i.NormalizedEmail);
    }

    public override OrganizationState ToState(Organization aggregate) => aggregate.ToState();

    public override Organization FromState(OrganizationState state) => Organization.FromState(state);
}
