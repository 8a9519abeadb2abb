using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// The organizations' side of deleting an account (ACC-8): refused while the account is the last user or the only
/// legal representative of any organization; otherwise the approval lists the memberships to end.
/// </summary>
/// <remarks>
/// The application loads the account's organizations (<see cref="Specifications.OrganizationsOfAccountSpec"/>) and
/// passes them in; each is then told with <see cref="Organization.EndMembershipOfDeletedAccount"/>. Other capabilities
/// (Webmail access, the account itself) act on the same approval: it names the account and is open to new facts.
/// </remarks>
public static class AccountDeletion
{
    /// <summary>Checks whether an account may be deleted as far as its organizations are concerned.</summary>
    /// <param name="account">The account to delete.</param>
    /// <param name="organizationsOfAccount">The organizations it belongs to; others are ignored.</param>
    /// <returns>The approval, or <see cref="AccountStillResponsible"/> naming the organizations that hold it back.</returns>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="organizationsOfAccount"/> is null.</exception>
    public static OneOf<AccountDeletionApproval, AccountStillResponsible> Check(AccountId account, IEnumerable<Organization> organizationsOfAccount)
    {
        Guard.Against.Default(account);
        Guard.Against.Null(organizationsOfAccount);
        var memberships = organizationsOfAccount.Where(o => o.IsMember(account)).DistinctBy(o => o.Id).ToList();
        var lastUserOf = memberships.Where(o => o.Members.Count == 1).Select(o => o.Id).ToList();
        var onlyRepresentativeOf = memberships
            .Where(o => o.LegalRepresentatives is [var only] && only == account)
            .Select(o => o.Id)
            .ToList();
        if (lastUserOf.Count > 0 || onlyRepresentativeOf.Count > 0)
        {
            return new AccountStillResponsible(account, lastUserOf, onlyRepresentativeOf);
        }

        return new AccountDeletionApproval(account, [.. memberships.Select(o => new MembershipToEnd(o.Id, o.Version))]);
    }
}

/// <summary>One membership an account deletion ends: the organization and the version it was checked at.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Version">Its version when the deletion was approved.</param>
public sealed record MembershipToEnd(OrganizationId Organization, long Version);

/// <summary>
/// The organizations' go-ahead to delete an account (ACC-8), given by <see cref="AccountDeletion.Check"/>: the
/// memberships to end, each applied with <see cref="Organization.EndMembershipOfDeletedAccount"/>.
/// </summary>
public sealed record AccountDeletionApproval
{
    internal AccountDeletionApproval(AccountId account, IReadOnlyList<MembershipToEnd> memberships)
    {
        Account = account;
        Memberships = memberships;
    }

    /// <summary>The account to delete.</summary>
    public AccountId Account { get; }

    /// <summary>The memberships that end, one per organization the account belongs to.</summary>
    public IReadOnlyList<MembershipToEnd> Memberships { get; }
}
