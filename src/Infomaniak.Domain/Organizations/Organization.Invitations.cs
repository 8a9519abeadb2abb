using Ardalis.GuardClauses;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Organizations;

/// <content>
/// Invitations (RGT-2): sent to an address, accepted by the account with that login, cancelled by an administrator.
/// </content>
/// <remarks>
/// The state keeps only invitations that were not accepted: accepting one removes it (<see cref="MemberJoined"/> keeps its
/// trace), and <see cref="Invite"/> and <see cref="AcceptInvitation"/>, the two commands that know the time, drop every
/// invitation that expired more than <see cref="ExpiredInvitationRetention"/> ago. Invitations are only added by
/// <see cref="Invite"/>, so the state holds at most the invitations sent in the last
/// <see cref="MaxInvitationValidity"/> plus <see cref="ExpiredInvitationRetention"/>. The newest invitation of each
/// address is indexed, so checking for a pending one costs no scan.
/// </remarks>
public sealed partial class Organization
{
    /// <summary>How long an invitation can be accepted when no other validity is given: 7 days.</summary>
    public static readonly TimeSpan DefaultInvitationValidity = TimeSpan.FromDays(7);

    /// <summary>The longest an invitation may be made to wait for its invitee: 90 days.</summary>
    public static readonly TimeSpan MaxInvitationValidity = TimeSpan.FromDays(90);

    /// <summary>
    /// How long an expired invitation stays in the state, so that its invitee is told it expired rather than that it
    /// does not exist: 30 days; after that, the next <see cref="Invite"/> or <see cref="AcceptInvitation"/> drops it.
    /// </summary>
    public static readonly TimeSpan ExpiredInvitationRetention = TimeSpan.FromDays(30);

    private readonly Dictionary<InvitationId, Invitation> invitations = [];
    private readonly Dictionary<EmailAddress, InvitationId> newestByAddress = [];
    private readonly SortedSet<(DateTimeOffset ExpiresAt, Guid Id)> byExpiry = [];

    /// <summary>The invitations not accepted yet, pending or expired less than <see cref="ExpiredInvitationRetention"/> ago: a read-only view.</summary>
    public IReadOnlyCollection<Invitation> Invitations => invitations.Values;

    /// <summary>
    /// Invites an email address to join with the given rights (RGT-2): the invitation waits for the account with that
    /// login, until it expires.
    /// </summary>
    /// <param name="actor">The administrator inviting.</param>
    /// <param name="email">The address invited.</param>
    /// <param name="rights">The rights the invitee will get; limited rights must name products the organization holds.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="random">The source of the invitation's id.</param>
    /// <param name="validity">How long it can be accepted; <see cref="DefaultInvitationValidity"/> when null.</param>
    /// <param name="inviteeAccount">The account whose login is <paramref name="email"/>, when the application knows one: an invitation to a member is refused.</param>
    /// <returns>The pending invitation, or <see cref="ActionDenied"/> (not an administrator, or granting billing rights
    /// without having them), <see cref="AlreadyMember"/>, <see cref="InvitationAlreadyPending"/> or <see cref="ProductsNotHeld"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="email"/>, <paramref name="rights"/>, <paramref name="clock"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="validity"/> is not positive or exceeds <see cref="MaxInvitationValidity"/>.</exception>
    public OneOf<Invitation, ActionDenied, AlreadyMember, InvitationAlreadyPending, ProductsNotHeld> Invite(
        AccountId actor, EmailAddress email, Rights rights, TimeProvider clock, IRandomSource random, TimeSpan? validity = null, AccountId? inviteeAccount = null)
    {
        Guard.Against.Null(email);
        Guard.Against.Null(rights);
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        var lifetime = Guard.Against.OutOfRange(validity ?? DefaultInvitationValidity, nameof(validity), TimeSpan.FromTicks(1), MaxInvitationValidity);
        var now = clock.GetUtcNow();
        if (Denied(actor, MemberAction.ManageUsers, out var denied))
        {
            return denied;
        }

        if (inviteeAccount is { } known && members.TryGetValue(known, out var member))
        {
            return new AlreadyMember(Id, Name, known, member.Login);
        }

        if (PendingFor(email, now) is { } pending)
        {
            return new InvitationAlreadyPending(Id, pending.Id, email);
        }

        if (BillingGrantDenied(actor, rights) is { } billing)
        {
            return billing;
        }

        if (NotHeld(rights) is { } notHeld)
        {
            return notHeld;
        }

        PruneExpired(now);
        var invitation = new Invitation(TypedId.New<InvitationId>(random), email, rights, actor, now + lifetime);
        AddInvitation(invitation);
        Record(new InvitationSent(Id, invitation.Id, email, rights, actor, invitation.ExpiresAt));
        return invitation;
    }

    /// <summary>
    /// Cancels a pending invitation (RGT-2), for instance one sent by an administrator who has since left: it can no
    /// longer be accepted, and the address may be invited again at once.
    /// </summary>
    /// <param name="actor">The administrator cancelling.</param>
    /// <param name="invitation">The invitation.</param>
    /// <returns><see cref="Success"/>, or <see cref="ActionDenied"/> or <see cref="InvitationNotFound"/> (also for an invitation already accepted).</returns>
    public OneOf<Success, ActionDenied, InvitationNotFound> CancelInvitation(AccountId actor, InvitationId invitation)
    {
        if (Denied(actor, MemberAction.ManageUsers, out var denied))
        {
            return denied;
        }

        if (!invitations.TryGetValue(invitation, out var found))
        {
            return new InvitationNotFound(Id, invitation);
        }

        RemoveInvitation(found);
        Record(new InvitationCancelled(Id, invitation, found.Email, actor));
        return new Success();
    }

    /// <summary>
    /// Accepts an invitation on behalf of the account whose login is the invited address: the account becomes a member
    /// with the invitation's rights, the invitation leaves the state, and the account records that it joined
    /// (<see cref="AccountJoinedOrganization"/>): store both.
    /// </summary>
    /// <param name="invitation">The invitation.</param>
    /// <param name="account">The accepting account, which acts for itself.</param>
    /// <param name="clock">The current time, against the invitation's expiry.</param>
    /// <returns><see cref="Success"/>, or why the invitation cannot be accepted (<see cref="InvitationNotFound"/> also for one already accepted).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> or <paramref name="clock"/> is null.</exception>
    public OneOf<Success, InvitationNotFound, InvitationForAnotherAddress, InvitationExpired, AlreadyMember> AcceptInvitation(
        InvitationId invitation, Account account, TimeProvider clock)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(clock);
        var now = clock.GetUtcNow();
        if (!invitations.TryGetValue(invitation, out var found))
        {
            return new InvitationNotFound(Id, invitation);
        }

        if (found.Email != account.Login)
        {
            return new InvitationForAnotherAddress(invitation);
        }

        if (now >= found.ExpiresAt)
        {
            return new InvitationExpired(invitation, found.ExpiresAt);
        }

        if (members.TryGetValue(account.Id, out var member))
        {
            return new AlreadyMember(Id, Name, account.Id, member.Login);
        }

        RemoveInvitation(found);
        PruneExpired(now);
        PutMember(new Member(account.Id, account.Login, found.Rights, isLegalRepresentative: false));
        Record(new MemberJoined(Id, account.Id, invitation, found.Rights));
        account.JoinOrganization(Id);
        return new Success();
    }

    private Invitation? PendingFor(EmailAddress email, DateTimeOffset now) =>
        newestByAddress.TryGetValue(email, out var newest) && invitations[newest] is var candidate && candidate.IsPendingAt(now) ? candidate : null;

    private void AddInvitation(Invitation invitation)
    {
        invitations.Add(invitation.Id, invitation);
        byExpiry.Add((invitation.ExpiresAt, invitation.Id.Value));
        if (!newestByAddress.TryGetValue(invitation.Email, out var newest) || invitations[newest].ExpiresAt < invitation.ExpiresAt)
        {
            newestByAddress[invitation.Email] = invitation.Id;
        }
    }

    private void RemoveInvitation(Invitation invitation)
    {
        invitations.Remove(invitation.Id);
        byExpiry.Remove((invitation.ExpiresAt, invitation.Id.Value));
        if (newestByAddress.TryGetValue(invitation.Email, out var newest) && newest == invitation.Id)
        {
            newestByAddress.Remove(invitation.Email);
        }
    }

    /// <summary>Drops the invitations that expired more than <see cref="ExpiredInvitationRetention"/> before <paramref name="now"/>, oldest first.</summary>
    private void PruneExpired(DateTimeOffset now)
    {
        while (byExpiry.Count > 0 && byExpiry.Min is var (expiresAt, id) && expiresAt + ExpiredInvitationRetention <= now)
        {
            RemoveInvitation(invitations[InvitationId.From(id)]);
        }
    }

    private void ClearInvitations()
    {
        invitations.Clear();
        newestByAddress.Clear();
        byExpiry.Clear();
    }
}
