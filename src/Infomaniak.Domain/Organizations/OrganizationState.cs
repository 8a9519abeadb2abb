using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// The stored form of an <see cref="Organization"/>: everything it is rebuilt from with
/// <see cref="Organization.FromState"/>, as plain values an ORM or a document store can map.
/// </summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Version">The number of events it has recorded (for optimistic concurrency).</param>
/// <param name="Name">Its name.</param>
/// <param name="IsDeleted">Whether it was deleted (ORG-9); a deleted organization has no member and no invitation.</param>
/// <param name="Members">Its members, their rights and which of them are legal representatives.</param>
/// <param name="Invitations">Its invitations, pending or accepted.</param>
/// <param name="Products">The products it holds.</param>
/// <param name="Logo">Its logo, or null.</param>
public sealed record OrganizationState(
    OrganizationId Id,
    long Version,
    string Name,
    bool IsDeleted,
    IReadOnlyList<MemberState> Members,
    IReadOnlyList<InvitationState> Invitations,
    IReadOnlyList<ProductId> Products,
    LogoState? Logo);

/// <summary>The stored form of one membership: an account in an organization, with its rights.</summary>
/// <param name="OrganizationId">The organization.</param>
/// <param name="AccountId">The member's account.</param>
/// <param name="HasAllRights">Whether the member is an administrator (then <paramref name="GrantedProducts"/> is empty).</param>
/// <param name="HasBillingRights">Whether the member has billing rights.</param>
/// <param name="GrantedProducts">For limited rights, the products granted (never empty); empty for all rights.</param>
/// <param name="IsLegalRepresentative">Whether the member is a legal representative of the organization.</param>
public sealed record MemberState(
    OrganizationId OrganizationId,
    AccountId AccountId,
    bool HasAllRights,
    bool HasBillingRights,
    IReadOnlyList<ProductId> GrantedProducts,
    bool IsLegalRepresentative);

/// <summary>Whether an invitation still waits for its invitee.</summary>
public enum InvitationStatus
{
    /// <summary>Not accepted yet; it may still have expired.</summary>
    Pending = 1,

    /// <summary>Accepted by the account whose login is the invited address.</summary>
    Accepted,
}

/// <summary>The stored form of an invitation to join an organization.</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="Email">The invited address, as typed.</param>
/// <param name="NormalizedEmail">The invited address in lower case, for lookups (<see cref="EmailAddress.Normalized"/>).</param>
/// <param name="HasAllRights">Whether the invitee will be an administrator.</param>
/// <param name="HasBillingRights">Whether the invitee will have billing rights.</param>
/// <param name="GrantedProducts">For limited rights, the products granted; empty for all rights.</param>
/// <param name="InvitedBy">The administrator who sent it.</param>
/// <param name="ExpiresAt">When it expires if not accepted.</param>
/// <param name="Status">Whether it is pending or accepted.</param>
/// <param name="AcceptedBy">The account that accepted it; null while pending.</param>
public sealed record InvitationState(
    InvitationId Id,
    OrganizationId OrganizationId,
    string Email,
    string NormalizedEmail,
    bool HasAllRights,
    bool HasBillingRights,
    IReadOnlyList<ProductId> GrantedProducts,
    AccountId InvitedBy,
    DateTimeOffset ExpiresAt,
    InvitationStatus Status,
    AccountId? AcceptedBy);

/// <summary>The stored form of an organization's logo.</summary>
/// <param name="MediaType">The image format.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
/// <param name="SizeInBytes">The file size in bytes.</param>
public sealed record LogoState(LogoMediaType MediaType, int Width, int Height, long SizeInBytes);

/// <summary>A member of an organization as the organization sees them.</summary>
/// <param name="Account">The member's account.</param>
/// <param name="Rights">The member's rights.</param>
/// <param name="IsLegalRepresentative">Whether the member is a legal representative (then <paramref name="Rights"/> are all rights).</param>
public sealed record Member(AccountId Account, Rights Rights, bool IsLegalRepresentative);

/// <summary>An invitation to join an organization, sent to an email address by an administrator.</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="Email">The invited address; only the account with that login can accept.</param>
/// <param name="Rights">The rights the invitee gets on accepting.</param>
/// <param name="InvitedBy">The administrator who sent it.</param>
/// <param name="ExpiresAt">From this instant on it can no longer be accepted.</param>
/// <param name="AcceptedBy">The account that accepted it; null while not accepted.</param>
public sealed record Invitation(InvitationId Id, EmailAddress Email, Rights Rights, AccountId InvitedBy, DateTimeOffset ExpiresAt, AccountId? AcceptedBy)
{
    /// <summary>Whether the invitation can still be accepted at the given instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns><see langword="true"/> when not accepted and not expired.</returns>
    public bool IsPendingAt(DateTimeOffset now) => AcceptedBy is null && now < ExpiresAt;
}
