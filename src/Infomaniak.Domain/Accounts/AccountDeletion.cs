using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using OneOf;

namespace Infomaniak.Domain.Accounts;

/// <summary>
/// Deleting an account (ACC-8, RGT-5): refused while the account is the last user, the only legal representative or the
/// last administrator with billing rights of any organization; otherwise its memberships and its Webmail access end, and
/// no organization is deleted with it.
/// </summary>
/// <remarks>
/// The account lists the organizations it joined (<see cref="Account.Organizations"/>); the application loads them all
/// (<see cref="Organizations.Specifications.OrganizationsListedByAccountSpec"/>), and the Mail Services whose mailboxes
/// the account reads (<see cref="Mail.Specifications.MailServicesReadByAccountSpec"/>), which include the one of its
/// unified mailbox. A call missing one of them is refused by name (<see cref="FactsNotGiven"/>). It then either asks
/// first (<see cref="Check"/>, to show what stands in the way) or deletes at once (<see cref="Delete"/>), stores every
/// aggregate it was given with its pending events (the account's <see cref="AccountDeleted"/> among them), and removes
/// the account's record.
/// </remarks>
public static class AccountDeletion
{
    /// <summary>Checks whether an account may be deleted as far as its organizations are concerned.</summary>
    /// <param name="account">The account to delete.</param>
    /// <param name="organizationsOfAccount">Every organization the account lists; others where it is no member are ignored.</param>
    /// <returns>The approval, <see cref="FactsNotGiven"/> naming the organizations the account lists that were not given, or
    /// <see cref="AccountStillResponsible"/> naming the organizations that hold it back.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<AccountDeletionApproval, FactsNotGiven, AccountStillResponsible> Check(Account account, IEnumerable<Organization> organizationsOfAccount)
    {
        Guard.Against.Null(account);
        var given = Guard.Against.Null(organizationsOfAccount).DistinctBy(o => o.Id).ToList();
        var ids = given.Select(o => o.Id).ToHashSet();
        var missing = account.Organizations.Where(id => !ids.Contains(id)).OrderBy(id => id.Value).ToArray();
        if (missing.Length > 0)
        {
            return FactsNotGiven.OfOrganizations(missing);
        }

        var memberships = given.Where(o => o.IsMember(account.Id)).ToList();
        var held = memberships.Select(o => (Organization: o, Held: o.ResponsibilitiesOf(account.Id))).Where(entry => entry.Held.Any).ToList();
        if (held.Count > 0)
        {
            return new AccountStillResponsible(
                account.Id,
                account.Login,
                [.. held.Where(e => e.Held.LastUser).Select(e => Reference(e.Organization))],
                [.. held.Where(e => e.Held.OnlyLegalRepresentative).Select(e => Reference(e.Organization))],
                [.. held.Where(e => e.Held.LastBillingAdministrator).Select(e => Reference(e.Organization))]);
        }

        return new AccountDeletionApproval(account.Id, [.. memberships.Select(o => new MembershipToEnd(o.Id, o.Version))]);
    }

    /// <summary>
    /// Deletes an account if <see cref="Check"/> approves: every membership ends (each organization records
    /// <see cref="MemberAccountDeleted"/>), the account stops reading every mailbox in Webmail (which ends any unification
    /// it had, rule UNI-5), and the account records <see cref="AccountDeleted"/>. A refusal changes nothing.
    /// </summary>
    /// <param name="account">The account to delete.</param>
    /// <param name="organizationsOfAccount">Every organization the account lists.</param>
    /// <param name="mailServicesReadByAccount">Every Mail Service holding a mailbox it reads in Webmail, the one of its unified mailbox included.</param>
    /// <returns>The <see cref="AccountDeleted"/> event the account recorded (store the account's pending events, then remove its
    /// record); <see cref="FactsNotGiven"/>; or <see cref="AccountStillResponsible"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OneOf<AccountDeleted, FactsNotGiven, AccountStillResponsible> Delete(
        Account account, IEnumerable<Organization> organizationsOfAccount, IEnumerable<MailService> mailServicesReadByAccount)
    {
        Guard.Against.Null(account);
        var organizations = Guard.Against.Null(organizationsOfAccount).ToList();
        var services = Guard.Against.Null(mailServicesReadByAccount).DistinctBy(s => s.Id).ToList();
        if (account.UnifiedWith is { } unified && !services.Exists(service => service.Id == unified.Service))
        {
            return FactsNotGiven.OfMailServices(unified.Service);
        }

        if (!Check(account, organizations).TryPickT0(out var approval, out var refused))
        {
            return refused.Match<OneOf<AccountDeleted, FactsNotGiven, AccountStillResponsible>>(missing => missing, responsible => responsible);
        }

        foreach (var organization in organizations.Where(o => o.IsMember(account.Id)).DistinctBy(o => o.Id))
        {
            organization.EndMembershipOfDeletedAccount(approval).Switch(_ => { }, stale => throw new InvalidOperationException(stale.Message));
        }

        var revoked = services.SelectMany(service => service.RevokeWebmailAccess(account.Id)).ToList();
        return account.RecordDeletion([.. approval.Memberships.Select(m => m.Organization)], revoked);
    }

    private static OrganizationReference Reference(Organization organization) => new(organization.Id, organization.Name);
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
