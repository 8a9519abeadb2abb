using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations;

/// <content>The persistence seam: <see cref="ToState"/> and <see cref="FromState"/>, which checks every invariant.</content>
public sealed partial class Organization
{
    /// <summary>Exports the organization's state for storage.</summary>
    /// <returns>A state <see cref="FromState"/> rebuilds an equal organization from.</returns>
    public OrganizationState ToState() => new()
    {
        Id = Id,
        Version = Version,
        Name = Name.Value,
        IsDeleted = IsDeleted,
        Members = [.. members.Values.OrderBy(m => m.Account.Value).Select(m => new MemberState
        {
            OrganizationId = Id,
            AccountId = m.Account,
            Login = m.Login.Value,
            HasAllRights = m.Rights.IsAdministrator,
            HasBillingRights = m.Rights.HasBillingRights,
            GrantedProducts = Granted(m.Rights),
            IsLegalRepresentative = m.IsLegalRepresentative,
        })],
        Invitations = [.. invitations.Values.OrderBy(i => i.Id.Value).Select(i => new InvitationState
        {
            Id = i.Id,
            OrganizationId = Id,
            Email = i.Email.Value,
            NormalizedEmail = i.Email.Normalized,
            HasAllRights = i.Rights.IsAdministrator,
            HasBillingRights = i.Rights.HasBillingRights,
            GrantedProducts = Granted(i.Rights),
            InvitedBy = i.InvitedBy,
            ExpiresAt = i.ExpiresAt,
        })],
        Products = [.. products.OrderBy(p => p.Value)],
        Logo = Logo is { } logo ? new LogoState { MediaType = logo.MediaType, Width = logo.Width, Height = logo.Height, SizeInBytes = logo.SizeInBytes } : null,
    };

    /// <summary>Rebuilds an organization from a stored state, with no pending events.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The organization.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or one of its lists is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: an invalid name, logo, login or address, a default id,
    /// rights that cannot exist, a duplicate member, no member, no legal representative or no administrator with billing
    /// rights in an organization that is not deleted, a legal representative without all rights, or a row of another organization.</exception>
    public static Organization FromState(OrganizationState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.Members);
        Guard.Against.Null(state.Invitations);
        Guard.Against.Null(state.Products);
        var name = OrganizationName.Parse(state.Name).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        var organization = new Organization(state.Id, state.Version, name) { IsDeleted = state.IsDeleted };
        foreach (var product in state.Products)
        {
            Require(product != default && organization.products.Add(product), $"Product {product} is the default id or held twice.");
        }

        foreach (var member in state.Members)
        {
            Guard.Against.Null(member);
            Require(member.OrganizationId == state.Id, $"Member {member.AccountId} belongs to organization {member.OrganizationId}.");
            Require(member.AccountId != default, "A member has the default account id.");
            Require(!organization.members.ContainsKey(member.AccountId), $"Member {member.AccountId} appears twice.");
            var login = EmailAddress.Parse(member.Login).Match(valid => valid, invalid => throw Invalid(invalid.Message));
            var rights = RightsFrom(member.HasAllRights, member.HasBillingRights, member.GrantedProducts);
            Require(!member.IsLegalRepresentative || rights.IsAdministrator, $"Legal representative {member.AccountId} lacks all rights.");
            organization.PutMember(new Member(member.AccountId, login, rights, member.IsLegalRepresentative));
        }

        foreach (var invitation in state.Invitations)
        {
            Guard.Against.Null(invitation);
            Require(invitation.OrganizationId == state.Id, $"Invitation {invitation.Id} belongs to organization {invitation.OrganizationId}.");
            Require(invitation.Id != default && invitation.InvitedBy != default, "An invitation has a default id.");
            Require(!organization.invitations.ContainsKey(invitation.Id), $"Invitation {invitation.Id} appears twice.");
            var email = EmailAddress.Parse(invitation.Email).Match(valid => valid, invalid => throw Invalid(invalid.Message));
            Require(email.Normalized == invitation.NormalizedEmail, $"Invitation {invitation.Id} has a normalized address that does not match its address.");
            var rights = RightsFrom(invitation.HasAllRights, invitation.HasBillingRights, invitation.GrantedProducts);
            organization.AddInvitation(new Invitation(invitation.Id, email, rights, invitation.InvitedBy, invitation.ExpiresAt));
        }

        if (state.Logo is { } logo)
        {
            organization.Logo = Logo.Create(Logo.MimeTypeOf(logo.MediaType), logo.Width, logo.Height, logo.SizeInBytes)
                .Match(valid => valid, a => throw Invalid(a.Message), b => throw Invalid(b.Message), c => throw Invalid(c.Message), d => throw Invalid(d.Message));
        }

        if (state.IsDeleted)
        {
            Require(organization.members.Count == 0, "A deleted organization has members.");
            Require(organization.invitations.Count == 0, "A deleted organization has invitations.");
            Require(organization.products.Count == 0, "A deleted organization has products.");
        }
        else
        {
            Require(organization.legalRepresentatives.Count > 0, "An organization has at least one member, and at least one of them is a legal representative.");
            Require(organization.billingAdministratorCount > 0, "An organization has at least one administrator with billing rights (RGT-5).");
        }

        return organization;
    }

    private static List<ProductId> Granted(Rights rights) => rights is Rights.Limited limited ? [.. limited.Products.OrderBy(p => p.Value)] : [];

    private static Rights RightsFrom(bool allRights, bool billing, IReadOnlyList<ProductId> granted)
    {
        Guard.Against.Null(granted);
        if (allRights)
        {
            Require(granted.Count == 0, "All rights grant no product list.");
            return Rights.Administrator(billing);
        }

        return Rights.LimitedTo(granted, billing).Match(valid => valid, none => throw Invalid(none.Message));
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    private static ArgumentException Invalid(string message) => new($"Invalid organization state: {message}", "state");
}
