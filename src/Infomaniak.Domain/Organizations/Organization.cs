using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Accounts;
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
/// Invariants (ORG-11, RGT-1, RGT-5), true after every operation and checked by <see cref="FromState"/>: an organization
/// that is not deleted has at least one member, at least one legal representative and at least one administrator with
/// billing rights, and every legal representative is a member with all rights. Hence it always has an administrator:
/// the last administrator is always a legal representative, and the only one (RGT-3).
/// </para>
/// <para>
/// Every command names its actor first; the actor's rights are checked inside with <see cref="Authorize(AccountId, MemberAction)"/>.
/// A refused command returns the refusal, changes nothing and records nothing. The class is split by concern:
/// membership (<c>Organization.Membership.cs</c>), invitations, legal representatives, name and logo, and the state seam.
/// </para>
/// </remarks>
public sealed partial class Organization : AggregateRoot<OrganizationId>
{
    private readonly Dictionary<AccountId, Member> members = [];
    private readonly HashSet<ProductId> products = [];
    private readonly ReadOnlySetView<ProductId> productsView;
    private readonly List<AccountId> legalRepresentatives = [];
    private readonly ReadOnlyCollection<AccountId> legalRepresentativesView;
    private int billingAdministratorCount;

    private Organization(OrganizationId id, long version, OrganizationName name)
        : base(id, version)
    {
        Name = name;
        productsView = new(products);
        legalRepresentativesView = legalRepresentatives.AsReadOnly();
    }

    /// <summary>Whether the organization was deleted (ORG-9); a deleted organization has no member, so every action in it is denied.</summary>
    public bool IsDeleted { get; private set; }

    /// <summary>The organization's members: a read-only view over the organization's own index, not a copy.</summary>
    public IReadOnlyCollection<Member> Members => members.Values;

    /// <summary>The products the organization holds (ordered and not terminated): a read-only view, not a copy.</summary>
    public IReadOnlySet<ProductId> Products => productsView;

    /// <summary>
    /// Creates an organization for an existing account (ORG-3): the founder becomes its first member, with all
    /// rights and billing rights, and its legal representative; its name is the profile's default name (ORG-2). The
    /// account records that it joined (<see cref="AccountJoinedOrganization"/>): store both.
    /// </summary>
    /// <param name="founder">The founding account.</param>
    /// <param name="profile">Whom the organization is for: an individual or a company.</param>
    /// <param name="random">The source of the new organization's id.</param>
    /// <returns>The new organization, with <see cref="OrganizationCreated"/> pending.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Organization Create(Account founder, CustomerProfile profile, IRandomSource random) =>
        Found(founder, profile, random, atFirstOrder: false);

    /// <summary>
    /// Creates the organization that comes with a new account at its first order (ORG-1): the ordering path calls it
    /// with the account it has just registered. The account becomes its first user, as in <see cref="Create"/>.
    /// </summary>
    /// <param name="newAccount">The account registered during the order.</param>
    /// <param name="profile">The profile given during the order.</param>
    /// <param name="random">The source of the new organization's id.</param>
    /// <returns>The new organization, with <see cref="OrganizationCreated"/> (marked as at first order) pending.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Organization CreateAtFirstOrder(Account newAccount, CustomerProfile profile, IRandomSource random) =>
        Found(newAccount, profile, random, atFirstOrder: true);

    /// <summary>Whether an account is a member of the organization.</summary>
    /// <param name="account">The account.</param>
    /// <returns><see langword="true"/> when it is a member.</returns>
    public bool IsMember(AccountId account) => members.ContainsKey(account);

    /// <summary>
    /// The one authorization decision (RGT-4, ORG-7, RGT-3): may this account do this action here? A non-member may do
    /// nothing; a product action needs the product to be held by this organization and covered by the member's rights,
    /// and terminating a product also needs billing rights (it ends what the organization pays for); a billing action
    /// needs billing rights; any other organization-wide action needs all rights.
    /// </summary>
    /// <param name="member">The account asking.</param>
    /// <param name="action">What it asks to do.</param>
    /// <returns><see cref="Allowed"/>, or <see cref="ActionDenied"/> naming the organization, the account and the reason.</returns>
    /// <exception cref="ArgumentException"><paramref name="action"/> is the default value.</exception>
    public OneOf<Allowed, ActionDenied> Authorize(AccountId member, MemberAction action) =>
        DenialFor(member, action, out var found) is { } reason ? new ActionDenied(Id, Name, member, found?.Login, action, reason) : new Allowed();

    /// <summary>
    /// The same decision as <see cref="Authorize(AccountId, MemberAction)"/>, as a plain yes or no that never allocates:
    /// for a caller that only needs the answer, such as a page showing or hiding a button per product.
    /// </summary>
    /// <param name="member">The account asking.</param>
    /// <param name="action">What it asks to do.</param>
    /// <returns><see langword="true"/> exactly when <see cref="Authorize(AccountId, MemberAction)"/> gives <see cref="Allowed"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="action"/> is the default value.</exception>
    public bool IsAllowed(AccountId member, MemberAction action) => DenialFor(member, action, out _) is null;

    /// <summary>
    /// The authorization decision for something another aggregate keeps for an organization (a billing address book,
    /// an invoice, the prepaid account, an order, a Mail Service): denied with <see cref="DenialReason.OwnedByAnotherOrganization"/>
    /// when it belongs to another organization than this one (ORG-7), otherwise <see cref="Authorize(AccountId, MemberAction)"/>.
    /// </summary>
    /// <param name="member">The account asking.</param>
    /// <param name="action">What it asks to do.</param>
    /// <param name="owner">The organization the thing acted on belongs to.</param>
    /// <returns><see cref="Allowed"/>, or <see cref="ActionDenied"/> naming the reason.</returns>
    /// <exception cref="ArgumentException"><paramref name="action"/> is the default value.</exception>
    public OneOf<Allowed, ActionDenied> Authorize(AccountId member, MemberAction action, OrganizationId owner) =>
        owner != Id ? Deny(member, action, DenialReason.OwnedByAnotherOrganization) : Authorize(member, action);

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
        legalRepresentatives.Clear();
        billingAdministratorCount = 0;
        ClearInvitations();
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

        DropMember(approval.Account);
        Record(new MemberAccountDeleted(Id, approval.Account));
        return new Success();
    }

    /// <summary>The products a member sees and acts on here (RGT-4): every product for an administrator, the granted ones held otherwise.</summary>
    internal IReadOnlyList<ProductId>? ProductsVisibleTo(AccountId account) =>
        members.TryGetValue(account, out var member) ? [.. products.Where(member.Rights.Covers).OrderBy(product => product.Value)] : null;

    /// <summary>The login of a member, or null for an account that is not one.</summary>
    internal EmailAddress? LoginOf(AccountId account) => members.TryGetValue(account, out var member) ? member.Login : null;

    private static Organization Found(Account founder, CustomerProfile profile, IRandomSource random, bool atFirstOrder)
    {
        Guard.Against.Null(founder);
        Guard.Against.Null(profile);
        Guard.Against.Null(random);
        var name = profile.DefaultOrganizationName;
        var organization = new Organization(TypedId.New<OrganizationId>(random), 0, name);
        organization.PutMember(new Member(founder.Id, founder.Login, Rights.Administrator(withBillingRights: true), isLegalRepresentative: true));
        organization.Record(new OrganizationCreated(organization.Id, founder.Id, name, atFirstOrder));
        founder.JoinOrganization(organization.Id);
        return organization;
    }

    /// <summary>The one authorization preamble of every command: true (with the refusal) when the actor may not.</summary>
    private bool Denied(AccountId actor, MemberAction action, [NotNullWhen(true)] out ActionDenied? denied)
    {
        denied = Authorize(actor, action).TryPickT1(out var refusal, out _) ? refusal : null;
        return denied is not null;
    }

    /// <summary>
    /// Why the decision is a denial, or null when allowed: one lookup in the member index, and for a product action one in
    /// the product index and one in the member's grants; no allocation. The member found (null for a stranger) is handed
    /// back, so that a denial names its login without looking it up again.
    /// </summary>
    private DenialReason? DenialFor(AccountId member, MemberAction action, out Member? found)
    {
        if (action.Kind == default)
        {
            throw new ArgumentException("The default MemberAction is not an action.", nameof(action));
        }

        if (!members.TryGetValue(member, out found))
        {
            return DenialReason.NotAMember;
        }

        var rights = found.Rights;
        if (action.Product is { } product)
        {
            return !products.Contains(product) ? DenialReason.ProductNotHeld
                : !rights.Covers(product) ? DenialReason.ProductNotGranted
                : action.IsBillingAction && !rights.HasBillingRights ? DenialReason.BillingRightsRequired
                : null;
        }

        if (action.IsBillingAction)
        {
            return rights.HasBillingRights ? null : DenialReason.BillingRightsRequired;
        }

        return rights.IsAdministrator ? null : DenialReason.AdministratorRequired;
    }

    private ActionDenied Deny(AccountId actor, MemberAction action, DenialReason reason) =>
        new(Id, Name, actor, LoginOf(actor), action, reason);

    private ProductsNotHeld? NotHeld(Rights rights) =>
        rights is Rights.Limited limited && !products.IsSupersetOf(limited.Products)
            ? new ProductsNotHeld(Id, [.. limited.Products.Where(p => !products.Contains(p))])
            : null;

    /// <summary>Only an administrator with billing rights grants billing rights (RGT-4); the actor is a known administrator.</summary>
    private ActionDenied? BillingGrantDenied(AccountId actor, Rights rights) =>
        rights.HasBillingRights && !members[actor].Rights.HasBillingRights
            ? Deny(actor, MemberAction.ManageUsers, DenialReason.BillingRightsRequired)
            : null;
}
