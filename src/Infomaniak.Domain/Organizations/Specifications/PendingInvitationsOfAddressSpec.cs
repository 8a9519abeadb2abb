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
    private readonly string normalized;
    private readonly DateTimeOffset now;

    /// <summary>Selects the pending invitations of one address.</summary>
    /// <param name="email">The invited address (compared by its normalized form).</param>
    /// <param name="clock">The current time; invitations expiring at or before it are left out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> or <paramref name="clock"/> is null.</exception>
    public PendingInvitationsOfAddressSpec(EmailAddress email, TimeProvider clock)
    {
        var normalized = Guard.Against.Null(email).Normalized;
        var now = Guard.Against.Null(clock).GetUtcNow();
        this.normalized = normalized;
        this.now = now;
        Query.Where(invitation => invitation.NormalizedEmail == normalized && invitation.ExpiresAt > now);
    }

    /// <summary>The pending invitations among <paramref name="entities"/>, in their order, without compiling the criterion.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<InvitationState> Evaluate(IEnumerable<InvitationState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy);

    /// <summary>Whether the criterion selects this row, as plain code.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(InvitationState entity) =>
        string.Equals(Guard.Against.Null(entity).NormalizedEmail, normalized, StringComparison.Ordinal) && entity.ExpiresAt > now;
}
