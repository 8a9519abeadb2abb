using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// An organization: the customer space that holds products, users with their rights, legal representatives, a
/// name and a logo. One account may found or belong to many (ORG-3); what one organization holds is unrelated
/// to any other (ORG-7).
/// </summary>
/// <remarks>
/// <para>
/// Invariants (ORG-11, RGT-1), true after every operation and checked by <see cref="FromState"/>: an organization
/// that is not deleted has at least one member and at least one legal representative, and every legal
/// representative is a member with all rights. Hence it always has an administrator: the last administrator is
/// always a legal representative, and the only one (RGT-3).
/// </para>
/// <para>
/// Every command names its actor first; the actor's rights are checked inside with <see cref="Authorize(AccountId, MemberAction)"/>.
/// A refused command returns the refusal, changes nothing and records nothing.
/// </para>
/// </remarks>
public sealed partial class Organization : AggregateRoot<OrganizationId>
{
    /// <summary>How long an invitation can be accepted when no other validity is given: 7 days.</summary>
    public static readonly TimeSpan DefaultInvitationValidity = TimeSpan.FromDays(7);

    /// <summary>The longest an invitation may be made to wait for its invitee: 90 days.</summary>
    public static readonly TimeSpan MaxInvitationValidity = TimeSpan.FromDays(90);

    private readonly Dictionary<AccountId, Member> members = [];
    private readonly Dictionary<InvitationId, Invitation> invitations = [];
    private FrozenSet<ProductId> products = FrozenSet<ProductId>.Empty;

    private Organization(OrganizationId id, long version, OrganizationName name)
        : base(id, version) => Name = name;

    /// <summary>The organization's name.</summary>
    public OrganizationName Name { get; private set; }

    /// <summary>The organization's logo, or null when it has none.</summary>
    public Logo? Logo { get; private set; }

    /// <summary>Whether the organization was deleted (ORG-9); a deleted organization has no member, so every action in it is denied.</summary>
    public bool IsDeleted { get; private set; }

    /// <summary>What the Manager shows for the organization: its logo when set, its name otherwise (ORG-8).</summary>
    public OrganizationLabel DisplayLabel => Logo is { } logo ? new OrganizationLabel.LogoLabel(logo) : new OrganizationLabel.NameLabel(Name);

    /// <summary>The organization's members.</summary>
    public IReadOnlyCollection<Member> Members => [.. members.Values];

    /// <summary>The members who are legal representatives (ORG-10, ORG-11).</summary>
    public IReadOnlyList<AccountId> LegalRepresentatives => [.. members.Values.Where(m => m.IsLegalRepresentative).Select(m => m.Account)];

    /// <summary>The invitations the organization has sent, pending, expired or accepted.</summary>
    public IReadOnlyCollection<Invitation> Invitations => [.. invitations.Values];

    /// <summary>The products the organization holds (ordered and not terminated).</summary>
    public IReadOnlySet<ProductId> Products => products;

    /// <summary>
    /// Creates an organization for an existing account (ORG-3): the founder becomes its first member, with all
    /// rights and billing rights, and its legal representative; its name is the profile's default name (ORG-2).
    /// </summary>
    /// <param name="id">The new organization's id.</param>
    /// <param name="founder">The founding account.</param>
    /// <param name="profile">Whom the organization is for: an individual or a company.</param>
    /// <returns>The new organization, with <see cref="OrganizationCreated"/> pending.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="founder"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static Organization Create(OrganizationId id, AccountId founder, CustomerProfile profile) =>
        Found(id, founder, profile, atFirstOrder: false);

    /// <summary>
    /// Creates the organization that comes with a new account at its first order (ORG-1): the ordering path calls it
    /// with the id of the account it has just registered. The account becomes its first user, as in <see cref="Create"/>.
    /// </summary>
    /// <param name="id">The new organization's id.</param>
    /// <param name="newAccount">The account registered during the order.</param>
    /// <param name="profile">The profile given during the order.</param>
    /// <returns>The new organization, with <see cref="OrganizationCreated"/> (marked as at first order) pending.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="newAccount"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static Organization CreateAtFirstOrder(OrganizationId id, AccountId newAccount, CustomerProfile profile) =>
        Found(id, newAccount, profile, atFirstOrder: true);

    /// <summary>Whether an account is a member of the organization.</summary>
    /// <param name="account">The account.</param>
    /// <returns><see langword="true"/> when it is a member.</returns>
    public bool IsMember(AccountId account) => members.ContainsKey(account);

    /// <summary>
    /// The one authorization decision (RGT-4, ORG-7, RGT-3): may this account do this action here? A non-member may do
    /// nothing; a product action needs the product to be held by this organization and covered by the member's rights;
    /// a billing action needs billing rights; any other organization-wide action needs all rights.
    /// </summary>
    /// <param name="member">The account asking.</param>
    /// <param name="action">What it asks to do.</param>
    /// <returns><see cref="Allowed"/>, or <see cref="ActionDenied"/> naming the reason.</returns>
    /// <exception cref="ArgumentException"><paramref name="action"/> is the default value.</exception>
    public OneOf<Allowed, ActionDenied> Authorize(AccountId member, MemberAction action)
    {
        if (action.Kind == default)
        {
            throw new ArgumentException("The default MemberAction is not an action.", nameof(action));
        }

        if (!members.TryGetValue(member, out var found))
        {
            return new ActionDenied(member, action, DenialReason.NotAMember);
        }

        if (action.Product is { } product)
        {
            return !products.Contains(product) ? new ActionDenied(member, action, DenialReason.ProductNotHeld)
                : !found.Rights.Covers(product) ? new ActionDenied(member, action, DenialReason.ProductNotGranted)
                : new Allowed();
        }

        if (action.IsBillingAction)
        {
            return found.Rights.HasBillingRights ? new Allowed() : new ActionDenied(member, action, DenialReason.BillingRightsRequired);
        }

        return found.Rights.IsAdministrator ? new Allowed() : new ActionDenied(member, action, DenialReason.AdministratorRequired);
    }

    /// <summary>
    /// The authorization decision for something another aggregate keeps for an organization (a billing address book,
    /// an invoice, the prepaid account, an order): denied with <see cref="DenialReason.OwnedByAnotherOrganization"/>
    /// when it belongs to another organization than this one (ORG-7), otherwise <see cref="Authorize(AccountId, MemberAction)"/>.
    /// </summary>
    /// <param name="member">The account asking.</param>
    /// <param name="action">What it asks to do.</param>
    /// <param name="owner">The organization the thing acted on belongs to.</param>
    /// <returns><see cref="Allowed"/>, or <see cref="ActionDenied"/> naming the reason.</returns>
    /// <exception cref="ArgumentException"><paramref name="action"/> is the default value.</exception>
    public OneOf<Allowed, ActionDenied> Authorize(AccountId member, MemberAction action, OrganizationId owner) =>
        owner != Id ? new ActionDenied(member, action, DenialReason.OwnedByAnotherOrganization) : Authorize(member, action);

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
        if (Authorize(actor, MemberAction.ManageUsers).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (inviteeAccount is { } known && members.ContainsKey(known))
        {
            return new AlreadyMember(Id, known);
        }

        if (invitations.Values.FirstOrDefault(i => i.Email == email && i.IsPendingAt(now)) is { } pending)
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

        var invitation = new Invitation(TypedId.New<InvitationId>(random), email, rights, actor, now + lifetime, null);
        invitations.Add(invitation.Id, invitation);
        Record(new InvitationSent(Id, invitation.Id, email, rights, actor, invitation.ExpiresAt));
        return invitation;
    }

    /// <summary>
    /// Cancels a pending invitation (RGT-2), for instance one sent by an administrator who has since left: it can no
    /// longer be accepted, and the address may be invited again at once.
    /// </summary>
    /// <param name="actor">The administrator cancelling.</param>
    /// <param name="invitation">The invitation.</param>
    /// <returns><see cref="Success"/>, or <see cref="ActionDenied"/>, <see cref="InvitationNotFound"/> or <see cref="InvitationAlreadyAccepted"/>.</returns>
    public OneOf<Success, ActionDenied, InvitationNotFound, InvitationAlreadyAccepted> CancelInvitation(AccountId actor, InvitationId invitation)
    {
        if (Authorize(actor, MemberAction.ManageUsers).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!invitations.TryGetValue(invitation, out var found))
        {
            return new InvitationNotFound(Id, invitation);
        }

        if (found.AcceptedBy is not null)
        {
            return new InvitationAlreadyAccepted(invitation);
        }

        invitations.Remove(invitation);
        Record(new InvitationCancelled(Id, invitation, found.Email, actor));
        return new Success();
    }

    /// <summary>
    /// Accepts an invitation on behalf of the account whose login is the invited address: the account becomes a member
    /// with the invitation's rights.
    /// </summary>
    /// <param name="invitation">The invitation.</param>
    /// <param name="account">The accepting account.</param>
    /// <param name="accountLogin">That account's login.</param>
    /// <param name="now">The current time.</param>
    /// <returns><see cref="Success"/>, or why the invitation cannot be accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accountLogin"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public InvitationAcceptance AcceptInvitation(InvitationId invitation, AccountId account, EmailAddress accountLogin, DateTimeOffset now)
    {
        Guard.Against.Default(account);
        Guard.Against.Null(accountLogin);
        if (!invitations.TryGetValue(invitation, out var found))
        {
            return new InvitationNotFound(Id, invitation);
        }

        if (found.Email != accountLogin)
        {
            return new InvitationForAnotherAddress(invitation);
        }

        if (found.AcceptedBy is not null)
        {
            return new InvitationAlreadyAccepted(invitation);
        }

        if (now >= found.ExpiresAt)
        {
            return new InvitationExpired(invitation, found.ExpiresAt);
        }

        if (members.ContainsKey(account))
        {
            return new AlreadyMember(Id, account);
        }

        invitations[invitation] = found with { AcceptedBy = account };
        members.Add(account, new Member(account, found.Rights, isLegalRepresentative: false));
        Record(new MemberJoined(Id, account, invitation, found.Rights));
        return new Success();
    }

    /// <summary>
    /// Changes another member's rights (RGT-2, RGT-3). Nobody changes their own rights, and a legal representative keeps
    /// all rights (which also keeps the last administrator, always a legal representative, from being demoted).
    /// </summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="member">The member whose rights change.</param>
    /// <param name="rights">The new rights; limited rights must name products the organization holds.</param>
    /// <returns><see cref="Success"/>, or why the rights cannot change (<see cref="ActionDenied"/> also when granting billing rights without having them, RGT-4).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rights"/> is null.</exception>
    public RightsChange ChangeRights(AccountId actor, AccountId member, Rights rights)
    {
        Guard.Against.Null(rights);
        if (Authorize(actor, MemberAction.ManageUsers).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (actor == member)
        {
            return new CannotChangeOwnRights(actor);
        }

        if (!members.TryGetValue(member, out var found))
        {
            return new NotAMember(Id, member);
        }

        if (found.IsLegalRepresentative && !rights.IsAdministrator)
        {
            return new LegalRepresentativeRequiresAllRights(Id, member);
        }

        if (BillingGrantDenied(actor, rights) is { } billing)
        {
            return billing;
        }

        if (NotHeld(rights) is { } notHeld)
        {
            return notHeld;
        }

        members[member] = found with { Rights = rights };
        Record(new MemberRightsChanged(Id, member, rights, actor));
        return new Success();
    }

    /// <summary>
    /// Removes another member from the organization (RGT-2). The only legal representative cannot be removed (RGT-3);
    /// a member removes themselves by leaving (<see cref="Leave"/>).
    /// </summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="member">The member to remove.</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/>, <see cref="CannotRemoveSelf"/>, <see cref="NotAMember"/> or <see cref="OnlyLegalRepresentative"/>.</returns>
    public OneOf<Success, ActionDenied, CannotRemoveSelf, NotAMember, OnlyLegalRepresentative> RemoveMember(AccountId actor, AccountId member)
    {
        if (Authorize(actor, MemberAction.ManageUsers).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (actor == member)
        {
            return new CannotRemoveSelf(actor);
        }

        if (!members.TryGetValue(member, out var found))
        {
            return new NotAMember(Id, member);
        }

        if (found.IsLegalRepresentative && LegalRepresentativeCount() == 1)
        {
            return new OnlyLegalRepresentative(Id, member);
        }

        members.Remove(member);
        Record(new MemberRemoved(Id, member, actor));
        return new Success();
    }

    /// <summary>
    /// The member leaves the organization (ORG-6), unless they are its last user or its only legal representative;
    /// the refusal says which, or both.
    /// </summary>
    /// <param name="member">The member leaving.</param>
    /// <returns><see cref="Success"/>, <see cref="NotAMember"/> or <see cref="CannotLeave"/>.</returns>
    public OneOf<Success, NotAMember, CannotLeave> Leave(AccountId member)
    {
        if (!members.TryGetValue(member, out var found))
        {
            return new NotAMember(Id, member);
        }

        var (lastUser, onlyRepresentative) = ResponsibilitiesOf(found);
        if (lastUser || onlyRepresentative)
        {
            return new CannotLeave(Id, member, lastUser, onlyRepresentative);
        }

        members.Remove(member);
        Record(new MemberLeft(Id, member));
        return new Success();
    }

    /// <summary>Appoints a member with all rights as an additional legal representative (ORG-10, ORG-11).</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="member">The member to appoint.</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/>, <see cref="NotAMember"/>, <see cref="LegalRepresentativeRequiresAllRights"/> or <see cref="AlreadyLegalRepresentative"/>.</returns>
    public OneOf<Success, ActionDenied, NotAMember, LegalRepresentativeRequiresAllRights, AlreadyLegalRepresentative> AppointLegalRepresentative(
        AccountId actor, AccountId member)
    {
        if (Authorize(actor, MemberAction.ManageUsers).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!members.TryGetValue(member, out var found))
        {
            return new NotAMember(Id, member);
        }

        if (!found.Rights.IsAdministrator)
        {
            return new LegalRepresentativeRequiresAllRights(Id, member);
        }

        if (found.IsLegalRepresentative)
        {
            return new AlreadyLegalRepresentative(Id, member);
        }

        members[member] = found with { IsLegalRepresentative = true };
        Record(new LegalRepresentativeAppointed(Id, member, actor));
        return new Success();
    }

    /// <summary>Dismisses one of several legal representatives, who stays a member (ORG-11: the only one cannot be dismissed).</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="representative">The legal representative to dismiss.</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/>, <see cref="NotAMember"/>, <see cref="NotALegalRepresentative"/> or <see cref="OnlyLegalRepresentative"/>.</returns>
    public OneOf<Success, ActionDenied, NotAMember, NotALegalRepresentative, OnlyLegalRepresentative> DismissLegalRepresentative(
        AccountId actor, AccountId representative)
    {
        if (Authorize(actor, MemberAction.ManageUsers).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!members.TryGetValue(representative, out var found))
        {
            return new NotAMember(Id, representative);
        }

        if (!found.IsLegalRepresentative)
        {
            return new NotALegalRepresentative(Id, representative);
        }

        if (LegalRepresentativeCount() == 1)
        {
            return new OnlyLegalRepresentative(Id, representative);
        }

        members[representative] = found with { IsLegalRepresentative = false };
        Record(new LegalRepresentativeDismissed(Id, representative, actor));
        return new Success();
    }

    /// <summary>
    /// Replaces a legal representative with another member with all rights, at once (ORG-10); the former one stays a member.
    /// </summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="current">The legal representative to replace.</param>
    /// <param name="successor">The member who takes over.</param>
    /// <returns><see cref="Success"/>, or <see cref="ActionDenied"/>, <see cref="NotAMember"/> (for either), <see cref="NotALegalRepresentative"/>,
    /// <see cref="LegalRepresentativeRequiresAllRights"/> or <see cref="AlreadyLegalRepresentative"/>.</returns>
    public OneOf<Success, ActionDenied, NotAMember, NotALegalRepresentative, LegalRepresentativeRequiresAllRights, AlreadyLegalRepresentative> ReplaceLegalRepresentative(
        AccountId actor, AccountId current, AccountId successor)
    {
        if (Authorize(actor, MemberAction.ManageUsers).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!members.TryGetValue(current, out var previous))
        {
            return new NotAMember(Id, current);
        }

        if (!previous.IsLegalRepresentative)
        {
            return new NotALegalRepresentative(Id, current);
        }

        if (!members.TryGetValue(successor, out var next))
        {
            return new NotAMember(Id, successor);
        }

        if (!next.Rights.IsAdministrator)
        {
            return new LegalRepresentativeRequiresAllRights(Id, successor);
        }

        if (next.IsLegalRepresentative)
        {
            return new AlreadyLegalRepresentative(Id, successor);
        }

        members[current] = previous with { IsLegalRepresentative = false };
        members[successor] = next with { IsLegalRepresentative = true };
        Record(new LegalRepresentativeReplaced(Id, current, successor, actor));
        return new Success();
    }

    /// <summary>Renames the organization; the same name again is no change and records nothing.</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="name">The new name.</param>
    /// <returns><see cref="Success"/> or <see cref="ActionDenied"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public OneOf<Success, ActionDenied> Rename(AccountId actor, OrganizationName name)
    {
        Guard.Against.Null(name);
        if (Authorize(actor, MemberAction.ManageNameAndLogo).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (name != Name)
        {
            Name = name;
            Record(new OrganizationRenamed(Id, name, actor));
        }

        return new Success();
    }

    /// <summary>Sets the logo shown instead of the name (ORG-8); a <see cref="Organizations.Logo"/> is always horizontal and within its size limit.</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="logo">The logo.</param>
    /// <returns><see cref="Success"/> or <see cref="ActionDenied"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logo"/> is null.</exception>
    public OneOf<Success, ActionDenied> SetLogo(AccountId actor, Logo logo)
    {
        Guard.Against.Null(logo);
        if (Authorize(actor, MemberAction.ManageNameAndLogo).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        Logo = logo;
        Record(new OrganizationLogoSet(Id, logo, actor));
        return new Success();
    }

    /// <summary>Removes the logo, so the name is shown again; with no logo set it records nothing.</summary>
    /// <param name="actor">The administrator.</param>
    /// <returns><see cref="Success"/> or <see cref="ActionDenied"/>.</returns>
    public OneOf<Success, ActionDenied> RemoveLogo(AccountId actor)
    {
        if (Authorize(actor, MemberAction.ManageNameAndLogo).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (Logo is not null)
        {
            Logo = null;
            Record(new OrganizationLogoRemoved(Id, actor));
        }

        return new Success();
    }

    /// <summary>
    /// Deletes the organization as approved by <see cref="OrganizationDeletion.Check"/> (ORG-9): every membership and
    /// invitation ends; no account is deleted.
    /// </summary>
    /// <param name="approval">The approval, given for this organization at its current version.</param>
    /// <returns><see cref="Success"/>, or <see cref="StaleApproval"/> when the organization changed since.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="approval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="approval"/> is for another organization.</exception>
    public OneOf<Success, StaleApproval> Delete(OrganizationDeletionApproval approval)
    {
        Guard.Against.Null(approval);
        if (approval.Organization != Id)
        {
            throw new ArgumentException($"The approval is for organization {approval.Organization}, not {Id}.", nameof(approval));
        }

        if (approval.Version != Version)
        {
            return new StaleApproval(Id, approval.Version, Version);
        }

        members.Clear();
        invitations.Clear();
        IsDeleted = true;
        Record(new OrganizationDeleted(Id, approval.RequestedBy, approval.MembershipsToEnd, approval.SendPaidInvoicesByEmail));
        return new Success();
    }

    /// <summary>Ends the membership of an account being deleted, as approved by <see cref="AccountDeletion.Check"/> (ACC-8).</summary>
    /// <param name="approval">The approval, which lists this organization at its current version.</param>
    /// <returns><see cref="Success"/>, or <see cref="StaleApproval"/> when the organization changed since.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="approval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="approval"/> does not list this organization.</exception>
    public OneOf<Success, StaleApproval> EndMembershipOfDeletedAccount(AccountDeletionApproval approval)
    {
        Guard.Against.Null(approval);
        var entry = approval.Memberships.FirstOrDefault(m => m.Organization == Id)
            ?? throw new ArgumentException($"The approval does not list organization {Id}.", nameof(approval));
        if (entry.Version != Version)
        {
            return new StaleApproval(Id, entry.Version, Version);
        }

        members.Remove(approval.Account);
        Record(new MemberAccountDeleted(Id, approval.Account));
        return new Success();
    }

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
            Status = i.AcceptedBy is null ? InvitationStatus.Pending : InvitationStatus.Accepted,
            AcceptedBy = i.AcceptedBy,
        })],
        Products = [.. products.OrderBy(p => p.Value)],
        Logo = Logo is { } logo ? new LogoState { MediaType = logo.MediaType, Width = logo.Width, Height = logo.Height, SizeInBytes = logo.SizeInBytes } : null,
    };

    /// <summary>Rebuilds an organization from a stored state, with no pending events.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The organization.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or one of its lists is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: an invalid name, logo or address, a default id,
    /// rights that cannot exist, a duplicate member, no member or no legal representative in an organization that is not
    /// deleted, a legal representative without all rights, or a row of another organization.</exception>
    public static Organization FromState(OrganizationState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.Members);
        Guard.Against.Null(state.Invitations);
        Guard.Against.Null(state.Products);
        var name = OrganizationName.Parse(state.Name).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        var organization = new Organization(state.Id, state.Version, name) { IsDeleted = state.IsDeleted };
        var products = new HashSet<ProductId>();
        foreach (var product in state.Products)
        {
            Require(product != default && products.Add(product), $"Product {product} is the default id or held twice.");
        }

        organization.products = products.ToFrozenSet();

        foreach (var member in state.Members)
        {
            Guard.Against.Null(member);
            Require(member.OrganizationId == state.Id, $"Member {member.AccountId} belongs to organization {member.OrganizationId}.");
            Require(member.AccountId != default, "A member has the default account id.");
            var rights = RightsFrom(member.HasAllRights, member.HasBillingRights, member.GrantedProducts);
            Require(!member.IsLegalRepresentative || rights.IsAdministrator, $"Legal representative {member.AccountId} lacks all rights.");
            Require(organization.members.TryAdd(member.AccountId, new Member(member.AccountId, rights, member.IsLegalRepresentative)), $"Member {member.AccountId} appears twice.");
        }

        foreach (var invitation in state.Invitations)
        {
            Guard.Against.Null(invitation);
            Require(invitation.OrganizationId == state.Id, $"Invitation {invitation.Id} belongs to organization {invitation.OrganizationId}.");
            Require(invitation.Id != default && invitation.InvitedBy != default, "An invitation has a default id.");
            var email = EmailAddress.Parse(invitation.Email).Match(valid => valid, invalid => throw Invalid(invalid.Message));
            Require(email.Normalized == invitation.NormalizedEmail, $"Invitation {invitation.Id} has a normalized address that does not match its address.");
            Require((invitation.Status == InvitationStatus.Accepted) == invitation.AcceptedBy is not null && Enum.IsDefined(invitation.Status), $"Invitation {invitation.Id} has an inconsistent status.");
            var rights = RightsFrom(invitation.HasAllRights, invitation.HasBillingRights, invitation.GrantedProducts);
            Require(
                organization.invitations.TryAdd(invitation.Id, new Invitation(invitation.Id, email, rights, invitation.InvitedBy, invitation.ExpiresAt, invitation.AcceptedBy)),
                $"Invitation {invitation.Id} appears twice.");
        }

        if (state.Logo is { } logo)
        {
            organization.Logo = Logo.Create(Logo.MimeTypeOf(logo.MediaType), logo.Width, logo.Height, logo.SizeInBytes)
                .Match(valid => valid, a => throw Invalid(a.Message), b => throw Invalid(b.Message), c => throw Invalid(c.Message), d => throw Invalid(d.Message));
        }

        if (state.IsDeleted)
        {
            Require(organization.members.Count == 0 && organization.invitations.Count == 0 && organization.products.Count == 0, "A deleted organization has members, invitations or products.");
        }
        else
        {
            Require(organization.LegalRepresentativeCount() > 0, "An organization has at least one member, and at least one of them is a legal representative.");
        }

        return organization;
    }

    private static Organization Found(OrganizationId id, AccountId founder, CustomerProfile profile, bool atFirstOrder)
    {
        Guard.Against.Default(founder);
        Guard.Against.Null(profile);
        var name = profile.DefaultOrganizationName;
        var organization = new Organization(id, 0, name);
        organization.members.Add(founder, new Member(founder, Rights.Administrator(withBillingRights: true), isLegalRepresentative: true));
        organization.Record(new OrganizationCreated(id, founder, name, atFirstOrder));
        return organization;
    }

    /// <summary>What holds a member back from leaving, or its account from being deleted (ORG-6, ACC-8).</summary>
    internal (bool LastUser, bool OnlyLegalRepresentative) ResponsibilitiesOf(AccountId account) =>
        members.TryGetValue(account, out var found) ? ResponsibilitiesOf(found) : (false, false);

    private (bool LastUser, bool OnlyLegalRepresentative) ResponsibilitiesOf(Member member) =>
        (members.Count == 1, member.IsLegalRepresentative && LegalRepresentativeCount() == 1);

    private int LegalRepresentativeCount() => members.Values.Count(m => m.IsLegalRepresentative);

    private ProductsNotHeld? NotHeld(Rights rights) =>
        rights is Rights.Limited limited && limited.Products.Where(p => !products.Contains(p)).ToList() is { Count: > 0 } missing
            ? new ProductsNotHeld(Id, missing)
            : null;

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

    /// <summary>Only an administrator with billing rights grants billing rights (RGT-4); the actor is a known administrator.</summary>
    private ActionDenied? BillingGrantDenied(AccountId actor, Rights rights) =>
        rights.HasBillingRights && !members[actor].Rights.HasBillingRights
            ? new ActionDenied(actor, MemberAction.ManageUsers, DenialReason.BillingRightsRequired)
            : null;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    private static ArgumentException Invalid(string message) => new($"Invalid organization state: {message}", "state");
}
