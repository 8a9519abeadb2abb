using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations;

/// <summary>An organization was created with its founder as first member, administrator and legal representative (ORG-1, ORG-2, ORG-3).</summary>
/// <param name="Organization">The new organization.</param>
/// <param name="Founder">The founding account.</param>
/// <param name="Name">Its default name.</param>
/// <param name="AtFirstOrder">Whether it was created with the account at a first order (ORG-1).</param>
public sealed record OrganizationCreated(OrganizationId Organization, AccountId Founder, OrganizationName Name, bool AtFirstOrder) : IDomainEvent;

/// <summary>An administrator invited an email address to join the organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Invitation">The invitation.</param>
/// <param name="Email">The invited address.</param>
/// <param name="Rights">The rights the invitee will have.</param>
/// <param name="InvitedBy">The administrator.</param>
/// <param name="ExpiresAt">When the invitation expires.</param>
public sealed record InvitationSent(
    OrganizationId Organization, InvitationId Invitation, EmailAddress Email, Rights Rights, AccountId InvitedBy, DateTimeOffset ExpiresAt) : IDomainEvent;

/// <summary>An account accepted an invitation and became a member.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The new member.</param>
/// <param name="Invitation">The invitation accepted.</param>
/// <param name="Rights">The member's rights.</param>
public sealed record MemberJoined(OrganizationId Organization, AccountId Member, InvitationId Invitation, Rights Rights) : IDomainEvent;

/// <summary>An administrator changed a member's rights.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The member.</param>
/// <param name="Rights">The new rights.</param>
/// <param name="ChangedBy">The administrator.</param>
public sealed record MemberRightsChanged(OrganizationId Organization, AccountId Member, Rights Rights, AccountId ChangedBy) : IDomainEvent;

/// <summary>An administrator removed a member from the organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The removed member.</param>
/// <param name="RemovedBy">The administrator.</param>
public sealed record MemberRemoved(OrganizationId Organization, AccountId Member, AccountId RemovedBy) : IDomainEvent;

/// <summary>A member left the organization (ORG-6).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The member who left.</param>
public sealed record MemberLeft(OrganizationId Organization, AccountId Member) : IDomainEvent;

/// <summary>A member's membership ended because their account is being deleted (ACC-8).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Member">The account being deleted.</param>
public sealed record MemberAccountDeleted(OrganizationId Organization, AccountId Member) : IDomainEvent;

/// <summary>An administrator appointed a member with all rights as an additional legal representative (ORG-10).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Representative">The new legal representative.</param>
/// <param name="AppointedBy">The administrator.</param>
public sealed record LegalRepresentativeAppointed(OrganizationId Organization, AccountId Representative, AccountId AppointedBy) : IDomainEvent;

/// <summary>An administrator dismissed one of several legal representatives; they stay a member.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Representative">The former legal representative.</param>
/// <param name="DismissedBy">The administrator.</param>
public sealed record LegalRepresentativeDismissed(OrganizationId Organization, AccountId Representative, AccountId DismissedBy) : IDomainEvent;

/// <summary>An administrator replaced a legal representative with another member with all rights (ORG-10).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Previous">The former legal representative, who stays a member.</param>
/// <param name="Successor">The new legal representative.</param>
/// <param name="ReplacedBy">The administrator.</param>
public sealed record LegalRepresentativeReplaced(OrganizationId Organization, AccountId Previous, AccountId Successor, AccountId ReplacedBy) : IDomainEvent;

/// <summary>An administrator renamed the organization.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Name">The new name.</param>
/// <param name="RenamedBy">The administrator.</param>
public sealed record OrganizationRenamed(OrganizationId Organization, OrganizationName Name, AccountId RenamedBy) : IDomainEvent;

/// <summary>An administrator set the organization's logo (ORG-8).</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Logo">The logo.</param>
/// <param name="SetBy">The administrator.</param>
public sealed record OrganizationLogoSet(OrganizationId Organization, Logo Logo, AccountId SetBy) : IDomainEvent;

/// <summary>An administrator removed the organization's logo; its name is shown again.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="RemovedBy">The administrator.</param>
public sealed record OrganizationLogoRemoved(OrganizationId Organization, AccountId RemovedBy) : IDomainEvent;

/// <summary>The organization now holds a product it ordered.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Product">The product.</param>
/// <param name="OrderedBy">The administrator who ordered it.</param>
public sealed record OrganizationProductAdded(OrganizationId Organization, ProductId Product, AccountId OrderedBy) : IDomainEvent;

/// <summary>A product of the organization was terminated; it no longer holds it.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Product">The product.</param>
/// <param name="TerminatedBy">The member who terminated it.</param>
public sealed record OrganizationProductTerminated(OrganizationId Organization, ProductId Product, AccountId TerminatedBy) : IDomainEvent;

/// <summary>The organization was deleted (ORG-9): every membership ended; no account was deleted.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="DeletedBy">The administrator who deleted it.</param>
/// <param name="EndedMemberships">The accounts that were its members.</param>
/// <param name="PaidInvoicesByEmailRequested">Whether the invoices of paid products are to be emailed to the administrator.</param>
public sealed record OrganizationDeleted(
    OrganizationId Organization, AccountId DeletedBy, IReadOnlyList<AccountId> EndedMemberships, bool PaidInvoicesByEmailRequested) : IDomainEvent
{
    /// <summary>Whether both events carry the same values, lists compared item by item.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(OrganizationDeleted? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>An administrator cancelled a pending invitation (RGT-2): it can no longer be accepted.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Invitation">The invitation.</param>
/// <param name="Email">The address that was invited.</param>
/// <param name="CancelledBy">The administrator.</param>
public sealed record InvitationCancelled(OrganizationId Organization, InvitationId Invitation, EmailAddress Email, AccountId CancelledBy) : IDomainEvent;
