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
/// <remarks>Made only by the organization, so a legal representative always has all rights.</remarks>
public sealed record Member
{
    internal Member(AccountId account, Rights rights, bool isLegalRepresentative)
    {
        Account = account;
        Rights = rights;
        IsLegalRepresentative = isLegalRepresentative;
    }

    /// <summary>The member's account.</summary>
    public AccountId Account { get; }

    /// <summary>The member's rights.</summary>
    public Rights Rights { get; internal init; }

    /// <summary>Whether the member is a legal representative (then <see cref="Rights"/> are all rights).</summary>
    public bool IsLegalRepresentative { get; internal init; }
}

/// <summary>An invitation to join an organization, sent to an email address by an administrator.</summary>
/// <remarks>Made only by <see cref="Organization.Invite"/> (or rebuilt from storage).</remarks>
public sealed record Invitation
{
    internal Invitation(InvitationId id, EmailAddress email, Rights rights, AccountId invitedBy, DateTimeOffset expiresAt, AccountId? acceptedBy)
    {
        Id = id;
        Email = email;
        Rights = rights;
        InvitedBy = invitedBy;
        ExpiresAt = expiresAt;
        AcceptedBy = acceptedBy;
    }

    /// <summary>The invitation's id.</summary>
    public InvitationId Id { get; }

    /// <summary>The invited address; only the account with that login can accept.</summary>
    public EmailAddress Email { get; }

    /// <summary>The rights the invitee gets on accepting.</summary>
    public Rights Rights { get; }

    /// <summary>The administrator who sent it.</summary>
    public AccountId InvitedBy { get; }

    /// <summary>From this instant on it can no longer be accepted.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The account that accepted it; null while not accepted.</summary>
    public AccountId? AcceptedBy { get; internal init; }

    /// <summary>Whether the invitation can still be accepted at the given instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns><see langword="true"/> when not accepted and not expired.</returns>
    public bool IsPendingAt(DateTimeOffset now) => AcceptedBy is null && now < ExpiresAt;
}
