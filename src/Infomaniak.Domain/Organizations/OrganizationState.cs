using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// The stored form of an <see cref="Organization"/>: everything it is rebuilt from with
/// <see cref="Organization.FromState"/>, as plain values an ORM or a document store can map.
/// </summary>
public sealed record OrganizationState
{
    /// <summary>The organization's id.</summary>
    public required OrganizationId Id { get; init; }

    /// <summary>The number of events it has recorded (the optimistic concurrency token).</summary>
    public required long Version { get; init; }

    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether it was deleted (ORG-9); a deleted organization has no member, no invitation and no product.</summary>
    public required bool IsDeleted { get; init; }

    /// <summary>Its members, their rights and which of them are legal representatives, ordered by account id.</summary>
    public required IReadOnlyList<MemberState> Members { get; init; }

    /// <summary>Its invitations not accepted yet, pending or recently expired, ordered by id.</summary>
    public required IReadOnlyList<InvitationState> Invitations { get; init; }

    /// <summary>The products it holds, ordered by id.</summary>
    public required IReadOnlyList<ProductId> Products { get; init; }

    /// <summary>Its logo, or null.</summary>
    public required LogoState? Logo { get; init; }

    /// <summary>Whether both states hold the same values, lists compared item by item.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(OrganizationState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored form of one membership: an account in an organization, with its rights.</summary>
public sealed record MemberState
{
    /// <summary>The organization.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>The member's account.</summary>
    public required AccountId AccountId { get; init; }

    /// <summary>The account's login as typed, which the organization names the member by in its refusals.</summary>
    public required string Login { get; init; }

    /// <summary>Whether the member is an administrator (then <see cref="GrantedProducts"/> is empty).</summary>
    public required bool HasAllRights { get; init; }

    /// <summary>Whether the member has billing rights.</summary>
    public required bool HasBillingRights { get; init; }

    /// <summary>For limited rights, the products granted (never empty), ordered by id; empty for all rights.</summary>
    public required IReadOnlyList<ProductId> GrantedProducts { get; init; }

    /// <summary>Whether the member is a legal representative of the organization.</summary>
    public required bool IsLegalRepresentative { get; init; }

    /// <summary>Whether both states hold the same values, granted products compared one by one.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(MemberState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored form of an invitation to join an organization that was not accepted yet (accepted ones leave the state).</summary>
public sealed record InvitationState
{
    /// <summary>The invitation's id.</summary>
    public required InvitationId Id { get; init; }

    /// <summary>The organization.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>The invited address, as typed.</summary>
    public required string Email { get; init; }

    /// <summary>The invited address's canonical form, for lookups (<see cref="EmailAddress.Normalized"/>).</summary>
    public required string NormalizedEmail { get; init; }

    /// <summary>Whether the invitee will be an administrator.</summary>
    public required bool HasAllRights { get; init; }

    /// <summary>Whether the invitee will have billing rights.</summary>
    public required bool HasBillingRights { get; init; }

    /// <summary>For limited rights, the products granted, ordered by id; empty for all rights.</summary>
    public required IReadOnlyList<ProductId> GrantedProducts { get; init; }

    /// <summary>The administrator who sent it.</summary>
    public required AccountId InvitedBy { get; init; }

    /// <summary>When it expires if not accepted.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Whether both states hold the same values, granted products compared one by one.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(InvitationState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored form of an organization's logo.</summary>
public sealed record LogoState
{
    /// <summary>The image format.</summary>
    public required LogoMediaType MediaType { get; init; }

    /// <summary>The width in pixels.</summary>
    public required int Width { get; init; }

    /// <summary>The height in pixels.</summary>
    public required int Height { get; init; }

    /// <summary>The file size in bytes.</summary>
    public required long SizeInBytes { get; init; }
}

/// <summary>A member of an organization as the organization sees them.</summary>
/// <remarks>Made only by the organization, so a legal representative always has all rights.</remarks>
public sealed record Member
{
    internal Member(AccountId account, EmailAddress login, Rights rights, bool isLegalRepresentative)
    {
        Account = account;
        Login = login;
        Rights = rights;
        IsLegalRepresentative = isLegalRepresentative;
    }

    /// <summary>The member's account.</summary>
    public AccountId Account { get; }

    /// <summary>The account's login, as it was when the member joined (logins do not change).</summary>
    public EmailAddress Login { get; }

    /// <summary>The member's rights.</summary>
    public Rights Rights { get; internal init; }

    /// <summary>Whether the member is a legal representative (then <see cref="Rights"/> are all rights).</summary>
    public bool IsLegalRepresentative { get; internal init; }

    /// <summary>Whether the member is an administrator with billing rights, of whom an organization keeps at least one (RGT-5).</summary>
    internal bool IsBillingAdministrator => Rights.IsAdministrator && Rights.HasBillingRights;
}

/// <summary>An invitation to join an organization, sent to an email address by an administrator.</summary>
/// <remarks>Made only by <see cref="Organization.Invite"/> (or rebuilt from storage).</remarks>
public sealed record Invitation
{
    internal Invitation(InvitationId id, EmailAddress email, Rights rights, AccountId invitedBy, DateTimeOffset expiresAt)
    {
        Id = id;
        Email = email;
        Rights = rights;
        InvitedBy = invitedBy;
        ExpiresAt = expiresAt;
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

    /// <summary>Whether the invitation can still be accepted at the given instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns><see langword="true"/> when not expired (an accepted invitation is no longer held).</returns>
    public bool IsPendingAt(DateTimeOffset now) => now < ExpiresAt;
}
