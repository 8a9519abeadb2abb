using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// What the Manager shows a signed-in account (ORG-4, ORG-5): the organizations it belongs to and the one it is
/// currently in, whose products alone it sees and acts on.
/// </summary>
/// <remarks>
/// Immutable: switching returns a new context, effective at once. The current organization is always one of
/// <see cref="Organizations"/>, or none when the account belongs to no organization. The context is a snapshot of ids;
/// whatever it shows or opens is decided again on the organization loaded now: <see cref="SwitchTo"/> and
/// <see cref="VisibleProducts"/> take the <see cref="Organization"/> and refuse <see cref="NotAMember"/> once the
/// account no longer belongs to it (removed, left, or the organization deleted), so a stale context opens nothing.
/// </remarks>
public sealed record ManagerContext
{
    private ManagerContext(AccountId account, IReadOnlyList<OrganizationId> organizations, OrganizationId? current)
    {
        Account = account;
        Organizations = organizations.ToList().AsReadOnly();
        Current = current;
    }

    /// <summary>The signed-in account.</summary>
    public AccountId Account { get; }

    /// <summary>The organizations the account belongs to, in the order given.</summary>
    public IReadOnlyList<OrganizationId> Organizations { get; }

    /// <summary>The organization the account is in, or null when it belongs to none.</summary>
    public OrganizationId? Current { get; }

    /// <summary>Whether both contexts are for the same account, list the same organizations in the same order and are in the same one.</summary>
    /// <param name="other">The other context.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ManagerContext? other) =>
        other is not null && Account == other.Account && Current == other.Current && Organizations.SequenceEqual(other.Organizations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Account, Current, Organizations.Count);

    /// <summary>Opens the Manager for an account, in the preferred organization if it belongs to it, else in its first one.</summary>
    /// <param name="account">The signed-in account.</param>
    /// <param name="organizations">The organizations loaded for it (<see cref="Specifications.OrganizationsOfAccountSpec"/>); those it is not a member of are ignored.</param>
    /// <param name="preferred">The organization to open in, for example the last one used; ignored when the account does not belong to it.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="organizations"/> is null.</exception>
    public static ManagerContext Open(AccountId account, IEnumerable<Organization> organizations, OrganizationId? preferred = null)
    {
        Guard.Against.Default(account);
        Guard.Against.Null(organizations);
        List<OrganizationId> ids = [.. organizations.Where(o => o.IsMember(account)).Select(o => o.Id).Distinct()];
        var current = preferred is { } wanted && ids.Contains(wanted) ? wanted : ids.Count > 0 ? ids[0] : (OrganizationId?)null;
        return new ManagerContext(account, ids, current);
    }

    /// <summary>
    /// Switches to another organization, only one the account belongs to now (ORG-4): membership is checked on the
    /// organization as loaded, not on the snapshot. An organization joined since the context was opened is added.
    /// </summary>
    /// <param name="organization">The organization to switch to, as loaded now.</param>
    /// <returns>The context in that organization, or <see cref="NotAMember"/> (then drop it with <see cref="Without"/> if it was listed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public OneOf<ManagerContext, NotAMember> SwitchTo(Organization organization)
    {
        Guard.Against.Null(organization);
        if (!organization.IsMember(Account))
        {
            return new NotAMember(organization.Id, organization.Name, Account);
        }

        IReadOnlyList<OrganizationId> listed = Organizations.Contains(organization.Id) ? Organizations : [.. Organizations, organization.Id];
        return new ManagerContext(Account, listed, organization.Id);
    }

    /// <summary>
    /// The products the account may see in the current organization (ORG-4, RGT-4): all of them for an administrator,
    /// the granted ones it still holds for a member with limited rights; ordered by id.
    /// </summary>
    /// <param name="current">The current organization (<see cref="Current"/>), as loaded now.</param>
    /// <returns>The products, or <see cref="NotAMember"/> when the account no longer belongs to it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="current"/> is not the current organization.</exception>
    public OneOf<IReadOnlyList<ProductId>, NotAMember> VisibleProducts(Organization current)
    {
        Guard.Against.Null(current);
        if (current.Id != Current)
        {
            throw new ArgumentException($"Organization {current.Id} is not the current organization of this context.", nameof(current));
        }

        return current.ProductsVisibleTo(Account) is { } visible
            ? OneOf<IReadOnlyList<ProductId>, NotAMember>.FromT0(visible)
            : new NotAMember(current.Id, current.Name, Account);
    }

    /// <summary>
    /// The context once the account no longer belongs to an organization (it left, was removed, or the organization
    /// was deleted): if it was the current one, the context falls back to another organization of the account, or none.
    /// </summary>
    /// <param name="organization">The organization the account no longer belongs to.</param>
    /// <returns>The new context.</returns>
    public ManagerContext Without(OrganizationId organization)
    {
        List<OrganizationId> remaining = [.. Organizations.Where(o => o != organization)];
        var current = Current == organization ? (remaining.Count > 0 ? remaining[0] : null) : Current;
        return new ManagerContext(Account, remaining, current);
    }

    /// <summary>
    /// The context once the account joined another organization (an invitation accepted, an organization created);
    /// the current organization does not change, unless there was none (rule ORG-4).
    /// </summary>
    /// <param name="joined">The organization joined, which must count the account among its members.</param>
    /// <returns>The new context (the same one when the organization was already listed), or <see cref="NotAMember"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joined"/> is null.</exception>
    public OneOf<ManagerContext, NotAMember> With(Organization joined)
    {
        Guard.Against.Null(joined);
        if (!joined.IsMember(Account))
        {
            return new NotAMember(joined.Id, joined.Name, Account);
        }

        return Organizations.Contains(joined.Id) ? this : new ManagerContext(Account, [.. Organizations, joined.Id], Current ?? joined.Id);
    }
}
