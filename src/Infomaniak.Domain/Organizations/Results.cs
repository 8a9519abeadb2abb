using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// The outcome of <see cref="Organization.AcceptInvitation"/>: the account joined (<see cref="Success"/>), or why it could not.
/// </summary>
public sealed class InvitationAcceptance
    : OneOfBase<Success, InvitationNotFound, InvitationForAnotherAddress, InvitationAlreadyAccepted, InvitationExpired, AlreadyMember>
{
    private InvitationAcceptance(OneOf<Success, InvitationNotFound, InvitationForAnotherAddress, InvitationAlreadyAccepted, InvitationExpired, AlreadyMember> input)
        : base(input)
    {
    }

    /// <summary>The account joined.</summary>
    /// <param name="value">The success.</param>
    public static implicit operator InvitationAcceptance(Success value) => new(value);

    /// <summary>No such invitation.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator InvitationAcceptance(InvitationNotFound value) => new(value);

    /// <summary>The invitation is for another address.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator InvitationAcceptance(InvitationForAnotherAddress value) => new(value);

    /// <summary>The invitation was already accepted.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator InvitationAcceptance(InvitationAlreadyAccepted value) => new(value);

    /// <summary>The invitation expired.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator InvitationAcceptance(InvitationExpired value) => new(value);

    /// <summary>The account is already a member.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator InvitationAcceptance(AlreadyMember value) => new(value);
}

/// <summary>
/// The outcome of <see cref="Organization.ChangeRights"/>: the rights changed (<see cref="Success"/>), or why they could not.
/// </summary>
public sealed class RightsChange
    : OneOfBase<Success, ActionDenied, CannotChangeOwnRights, NotAMember, LegalRepresentativeRequiresAllRights, ProductsNotHeld>
{
    private RightsChange(OneOf<Success, ActionDenied, CannotChangeOwnRights, NotAMember, LegalRepresentativeRequiresAllRights, ProductsNotHeld> input)
        : base(input)
    {
    }

    /// <summary>The rights changed.</summary>
    /// <param name="value">The success.</param>
    public static implicit operator RightsChange(Success value) => new(value);

    /// <summary>The actor may not manage users.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator RightsChange(ActionDenied value) => new(value);

    /// <summary>The actor tried to change their own rights.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator RightsChange(CannotChangeOwnRights value) => new(value);

    /// <summary>The account is not a member.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator RightsChange(NotAMember value) => new(value);

    /// <summary>A legal representative would lose all rights.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator RightsChange(LegalRepresentativeRequiresAllRights value) => new(value);

    /// <summary>Products granted that the organization does not hold.</summary>
    /// <param name="value">The refusal.</param>
    public static implicit operator RightsChange(ProductsNotHeld value) => new(value);
}
