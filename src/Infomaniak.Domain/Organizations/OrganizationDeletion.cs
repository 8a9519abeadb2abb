using Ardalis.GuardClauses;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using OneOf;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// Whether an organization can be deleted (ORG-9): it must hold no product, its prepaid balance must be zero with no
/// withdrawal pending, and no invoice may be left unpaid. Every unmet prerequisite is reported at once, so the person sees the whole checklist.
/// </summary>
/// <remarks>
/// The policy decides on the products, invoices and prepaid account themselves, never on bare ids or amounts: the
/// application loads the organization's products (<c>ActiveProductsOfOrganizationSpec</c>), its unpaid invoices
/// (<c>UnpaidInvoicesSpec</c>) and its prepaid account (<c>PrepaidAccountOfOrganizationSpec</c>; its head is enough: the
/// balance and the pending withdrawals are kept there), and passes them in. It refuses by name facts of another organization, a product the
/// organization's index names that was not given, and an open invoice a given product names that was not given: it
/// never decides on partial facts. <see cref="Check"/> gives the checklist to show before the last step;
/// <c>Delete</c> checks again and deletes in one call, with facts loaded in the same unit of work, so that nothing
/// (a new invoice, a credited balance) slips in between.
/// </remarks>
public static class OrganizationDeletion
{
    /// <summary>Checks whether a member may delete the organization now.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="actor">The member asking; needs all rights.</param>
    /// <param name="prepaidAccounts">The organization's prepaid account, or none when it never opened one (one per organization;
    /// the store's unique index keeps it so). Its balance must be zero and no withdrawal may be pending.</param>
    /// <param name="products">The organization's products: at least every one its product index names.</param>
    /// <param name="unpaidInvoices">The organization's unpaid invoices: at least every open invoice a product given names. Paid and void ones given are not counted.</param>
    /// <param name="sendPaidInvoicesByEmail">Whether the person asks, at this last step, to receive the invoices of paid products by email.</param>
    /// <returns>The approval (listing the memberships that end), <see cref="ActionDenied"/>, <see cref="ProductsOfAnotherOrganization"/>,
    /// <see cref="InvoicesOfAnotherOrganization"/>, <see cref="PrepaidAccountsOfAnotherOrganization"/>, <see cref="ProductsNotGiven"/>, <see cref="InvoicesNotGiven"/>, or
    /// <see cref="DeletionPrerequisitesUnmet"/> naming every unmet prerequisite.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/>, <paramref name="prepaidAccounts"/>, <paramref name="products"/> or <paramref name="unpaidInvoices"/> (or one of their items) is null.</exception>
    public static OneOf<OrganizationDeletionApproval, ActionDenied, ProductsOfAnotherOrganization, InvoicesOfAnotherOrganization, PrepaidAccountsOfAnotherOrganization, ProductsNotGiven, InvoicesNotGiven, DeletionPrerequisitesUnmet> Check(
        Organization organization, AccountId actor, IReadOnlyCollection<PrepaidAccount> prepaidAccounts, IReadOnlyCollection<Product> products, IReadOnlyCollection<Invoice> unpaidInvoices, bool sendPaidInvoicesByEmail)
    {
        Guard.Against.Null(organization);
        ProductFacts.RequireEach(products);
        Guard.Against.Null(unpaidInvoices);
        foreach (var invoice in unpaidInvoices)
        {
            Guard.Against.Null(invoice, nameof(unpaidInvoices));
        }

        Guard.Against.Null(prepaidAccounts);
        foreach (var account in prepaidAccounts)
        {
            Guard.Against.Null(account, nameof(prepaidAccounts));
        }

        if (organization.Authorize(actor, MemberAction.DeleteOrganization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (ProductFacts.OfAnotherOrganization(organization.Id, products) is { } foreignProducts)
        {
            return foreignProducts;
        }

        if (unpaidInvoices.Where(i => i.Organization != organization.Id).Select(i => i.Id).Distinct().ToList() is { Count: > 0 } foreignInvoices)
        {
            return new InvoicesOfAnotherOrganization(organization.Id, foreignInvoices);
        }

        if (prepaidAccounts.Where(a => a.Organization != organization.Id).Select(a => a.Id).Distinct().ToList() is { Count: > 0 } foreignAccounts)
        {
            return new PrepaidAccountsOfAnotherOrganization(organization.Id, foreignAccounts);
        }

        if (ProductFacts.NotGiven(organization, products) is { } missingProducts)
        {
            return missingProducts;
        }

        var givenInvoices = unpaidInvoices.Select(i => i.Id).ToHashSet();
        if (products.Select(p => p.OpenInvoice).OfType<InvoiceId>().Where(i => !givenInvoices.Contains(i)).Distinct().ToList() is { Count: > 0 } missingInvoices)
        {
            return new InvoicesNotGiven(organization.Id, missingInvoices);
        }

        var active = organization.Products.Union(products.Where(p => p.IsActive).Select(p => p.Id)).ToList();
        var unpaid = unpaidInvoices.Where(i => i.IsOpen).Select(i => i.Id).Distinct().ToList();
        var accounts = prepaidAccounts.DistinctBy(a => a.Id).ToList();
        var balances = accounts.Where(a => !a.Balance.IsZero).Select(a => a.Balance).ToList();
        var pending = accounts.SelectMany(a => a.PendingWithdrawals).OrderBy(w => w.Sequence).Select(w => w.Withdrawal).ToList();
        if (active.Count > 0 || balances.Count > 0 || pending.Count > 0 || unpaid.Count > 0)
        {
            return new DeletionPrerequisitesUnmet(organization.Id, active, balances, pending, unpaid);
        }

        return new OrganizationDeletionApproval(
            organization.Id, organization.Version, actor, [.. organization.Members.Select(m => m.Account)], sendPaidInvoicesByEmail);
    }

    /// <summary>Deletes the organization if <see cref="Check"/> approves, ending every membership (ORG-9); no account is deleted.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="actor">The member asking; needs all rights.</param>
    /// <param name="prepaidAccounts">The organization's prepaid account (or none), as loaded now.</param>
    /// <param name="products">The organization's products, as loaded now.</param>
    /// <param name="unpaidInvoices">The organization's unpaid invoices, as loaded now.</param>
    /// <param name="sendPaidInvoicesByEmail">Whether the person asks to receive the invoices of paid products by email.</param>
    /// <returns>The <see cref="OrganizationDeleted"/> event the organization recorded, or the refusal of <see cref="Check"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/>, <paramref name="prepaidAccounts"/>, <paramref name="products"/> or <paramref name="unpaidInvoices"/> (or one of their items) is null.</exception>
    public static OneOf<OrganizationDeleted, ActionDenied, ProductsOfAnotherOrganization, InvoicesOfAnotherOrganization, PrepaidAccountsOfAnotherOrganization, ProductsNotGiven, InvoicesNotGiven, DeletionPrerequisitesUnmet> Delete(
        Organization organization, AccountId actor, IReadOnlyCollection<PrepaidAccount> prepaidAccounts, IReadOnlyCollection<Product> products, IReadOnlyCollection<Invoice> unpaidInvoices, bool sendPaidInvoicesByEmail) =>
        Check(organization, actor, prepaidAccounts, products, unpaidInvoices, sendPaidInvoicesByEmail)
            .Match<OneOf<OrganizationDeleted, ActionDenied, ProductsOfAnotherOrganization, InvoicesOfAnotherOrganization, PrepaidAccountsOfAnotherOrganization, ProductsNotGiven, InvoicesNotGiven, DeletionPrerequisitesUnmet>>(
                approval => organization.Delete(approval).Match(
                    _ => organization.PendingEvents.OfType<OrganizationDeleted>().Last(),
                    stale => throw new InvalidOperationException(stale.Message)),
                denied => denied,
                foreignProducts => foreignProducts,
                foreignInvoices => foreignInvoices,
                foreignAccounts => foreignAccounts,
                missingProducts => missingProducts,
                missingInvoices => missingInvoices,
                unmet => unmet);

    /// <summary>
    /// Deletes the organization as <see cref="Delete(Organization, AccountId, IReadOnlyCollection{PrepaidAccount}, IReadOnlyCollection{Product}, IReadOnlyCollection{Invoice}, bool)"/> does, and
    /// makes sure that nothing it held opens anything any more: every given Mail Service and product credential of this
    /// organization is terminated (each records its event), those of other organizations are left alone.
    /// </summary>
    /// <param name="organization">The organization.</param>
    /// <param name="actor">The member asking; needs all rights.</param>
    /// <param name="prepaidAccounts">The organization's prepaid account (or none), as loaded now.</param>
    /// <param name="products">The organization's products (<c>ActiveProductsOfOrganizationSpec</c>), as loaded now.</param>
    /// <param name="unpaidInvoices">The organization's invoices not yet paid (<c>UnpaidInvoicesSpec</c>), as loaded now.</param>
    /// <param name="sendPaidInvoicesByEmail">Whether the person asks to receive the invoices of paid products by email.</param>
    /// <param name="mailServices">The organization's Mail Services (<c>MailServicesOfOrganizationSpec</c>).</param>
    /// <param name="productCredentials">The credentials of the organization's products.</param>
    /// <returns>The <see cref="OrganizationDeleted"/> event the organization recorded, or the refusal of <see cref="Check"/>; a refusal changes nothing.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static OneOf<OrganizationDeleted, ActionDenied, ProductsOfAnotherOrganization, InvoicesOfAnotherOrganization, PrepaidAccountsOfAnotherOrganization, ProductsNotGiven, InvoicesNotGiven, DeletionPrerequisitesUnmet> Delete(
        Organization organization, AccountId actor, IReadOnlyCollection<PrepaidAccount> prepaidAccounts, IReadOnlyCollection<Product> products, IReadOnlyCollection<Invoice> unpaidInvoices, bool sendPaidInvoicesByEmail,
        IEnumerable<MailService> mailServices, IEnumerable<ProductCredential> productCredentials)
    {
        var services = Guard.Against.Null(mailServices).ToList();
        var credentials = Guard.Against.Null(productCredentials).ToList();
        var result = Delete(organization, actor, prepaidAccounts, products, unpaidInvoices, sendPaidInvoicesByEmail);
        if (result.IsT0)
        {
            services.Where(service => service.Organization == organization.Id).ToList().ForEach(service => service.Terminate(actor));
            credentials.Where(credential => credential.Organization == organization.Id).ToList().ForEach(credential => credential.Terminate(actor));
        }

        return result;
    }
}

/// <summary>
/// The go-ahead to delete an organization, given by <see cref="OrganizationDeletion.Check"/> for one version of it and
/// applied with <see cref="Organization.Delete"/>.
/// </summary>
public sealed record OrganizationDeletionApproval
{
    internal OrganizationDeletionApproval(
        OrganizationId organization, long version, AccountId requestedBy, IReadOnlyList<AccountId> membershipsToEnd, bool sendPaidInvoicesByEmail)
    {
        Organization = organization;
        Version = version;
        RequestedBy = requestedBy;
        MembershipsToEnd = membershipsToEnd;
        SendPaidInvoicesByEmail = sendPaidInvoicesByEmail;
    }

    /// <summary>The organization to delete.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The organization's version when approved; the deletion is refused if it changed since.</summary>
    public long Version { get; }

    /// <summary>The administrator who asked.</summary>
    public AccountId RequestedBy { get; }

    /// <summary>The members whose membership ends; their accounts are not deleted.</summary>
    public IReadOnlyList<AccountId> MembershipsToEnd { get; }

    /// <summary>Whether the invoices of paid products are to be emailed to the person who asked.</summary>
    public bool SendPaidInvoicesByEmail { get; }
}
