using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Mail;
using OneOf;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// Deleting an account (ACC-8): refused while the account is the last user or the only legal representative of any
/// organization; otherwise its memberships and its Webmail access end, and no organization is deleted with it.
/// </summary>
/// <remarks>
/// The application loads the account's organizations (<see cref="Specifications.OrganizationsOfAccountSpec"/>) and the
/// Mail Services whose mailboxes it reads (<see cref="Mail.Specifications.MailServicesReadByAccountSpec"/>), then
/// either asks first (<see cref="Check"/>, to show what stands in the way) or deletes at once (<see cref="Delete"/>),
/// stores every aggregate it was given, and removes the account's record.
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
        var lastUserOf = memberships.Where(o => o.ResponsibilitiesOf(account).LastUser).Select(o => o.Id).ToList();
        var onlyRepresentativeOf = memberships.Where(o => o.ResponsibilitiesOf(account).OnlyLegalRepresentative).Select(o => o.Id).ToList();
        if (lastUserOf.Count > 0 || onlyRepresentativeOf.Count > 0)
        {
            return new AccountStillResponsible(account, lastUserOf, onlyRepresentativeOf);
        }

        return new AccountDeletionApproval(account, [.. memberships.Select(o => new MembershipToEnd(o.Id, o.Version))]);
    }

    /// <summary>
    /// Deletes an account if <see cref="Check"/> approves: every membership ends (each organization records
    /// <see cref="MemberAccountDeleted"/>) and the account stops reading every mailbox in Webmail (which ends any
    /// unification it had, rule UNI-5). A refusal changes nothing.
    /// </summary>
    /// <param name="account">The account to delete.</param>
    /// <param name="organizationsOfAccount">Every organization it belongs to.</param>
    /// <param name="mailServicesReadByAccount">Every Mail Service holding a mailbox it reads in Webmail.</param>
    /// <returns>What the deletion ended, an event to publish once the account's record is removed; or <see cref="AccountStillResponsible"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    public static OneOf<AccountDeleted, AccountStillResponsible> Delete(
        AccountId account, IEnumerable<Organization> organizationsOfAccount, IEnumerable<MailService> mailServicesReadByAccount)
    {
        var organizations = Guard.Against.Null(organizationsOfAccount).ToList();
        var services = Guard.Against.Null(mailServicesReadByAccount).ToList();
        if (!Check(account, organizations).TryPickT0(out var approval, out var responsible))
        {
            return responsible;
        }

        foreach (var organization in organizations.Where(o => o.IsMember(account)).DistinctBy(o => o.Id))
        {
            organization.EndMembershipOfDeletedAccount(approval).Switch(_ => { }, stale => throw new InvalidOperationException(stale.Message));
        }

        var revoked = services.SelectMany(service => service.RevokeWebmailAccess(account)).ToList();
        return new AccountDeleted(account, [.. approval.Memberships.Select(m => m.Organization)], revoked);
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
