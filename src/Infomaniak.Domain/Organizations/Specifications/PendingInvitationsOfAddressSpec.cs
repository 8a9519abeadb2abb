using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations.Specifications;

/// <summary>
/// The invitations, in every organization, that an address may still accept now: not expired (accepted ones are no
/// longer stored). What an account is shown when it signs in with that login.
/// </summary>
public sealed class PendingInvitationsOfAddressSpec : Specification<InvitationState>
{
    /// <summary>Selects the pending invitations of one address.</summary>
    /// <param name="email">The invited address (compared by its normalized form).</param>
    /// <param name="clock">The current time; invitations expiring at or before it are left out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> or <paramref name="clock"/> is null.</exception>
    public PendingInvitationsOfAddressSpec(EmailAddress email, TimeProvider clock)
    {
        var normalized = Guard.Against.Null(email).Normalized;
        var now = Guard.Against.Null(clock).GetUtcNow();
        Query.Where(invitation => invitation.NormalizedEmail == normalized && invitation.ExpiresAt > now);
    }
}
