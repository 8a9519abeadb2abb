using Ardalis.Specification;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.EntityFrameworkCore.Mapping;
using Infomaniak.Domain.EntityFrameworkCore.Specifications;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// The stores of every aggregate over an application's <see cref="DbContext"/> (whose model called
/// <see cref="ModelBuilderExtensions.ApplyInfomaniakDomain"/>): make one per unit of work, like the context.
/// </summary>
/// <example>
/// <code>
/// var store = new DomainStore(db, TimeProvider.System, new CryptoRandomSource());
/// await store.Organizations.AddAsync(organization);
/// var loaded = await store.Organizations.FindAsync(organization.Id);
/// loaded!.SetLogo(founder, logo).GetValueOrThrow();
/// var saved = await store.Organizations.SaveAsync(loaded); // Saved, or ConcurrencyConflict
/// </code>
/// </example>
public sealed class DomainStore
{
    private readonly DbContext context;

    /// <summary>Creates the stores.</summary>
    /// <param name="context">The application's context.</param>
    /// <param name="clock">Stamps outbox messages.</param>
    /// <param name="random">Draws outbox message ids; pass a <see cref="CryptoRandomSource"/> in production.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DomainStore(DbContext context, TimeProvider clock, IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(random);
        this.context = context;
        Accounts = new(context, AggregateMappings.Accounts, clock, random);
        MailServices = new(context, AggregateMappings.MailServices, clock, random);
        Organizations = new(context, AggregateMappings.Organizations, clock, random);
        ProductCredentials = new(context, AggregateMappings.ProductCredentials, clock, random);
        Products = new(context, AggregateMappings.Products, clock, random);
        BillingProfiles = new(context, AggregateMappings.BillingProfiles, clock, random);
        Invoices = new(context, AggregateMappings.Invoices, clock, random);
        PrepaidAccounts = new(context, AggregateMappings.PrepaidAccounts, clock, random);
        Orders = new(context, AggregateMappings.Orders, clock, random);
        Vouchers = new(context, AggregateMappings.Vouchers, clock, random);
        PromotionCodes = new(context, AggregateMappings.PromotionCodes, clock, random);
    }

    /// <summary>User accounts, with their last reset link, their unified mailbox and the organizations they belong to.</summary>
    public AggregateStore<Account, AccountId, AccountState> Accounts { get; }

    /// <summary>Mail Services, with their mailboxes and Webmail readers.</summary>
    public AggregateStore<MailService, ProductId, MailServiceState> MailServices { get; }

    /// <summary>Organizations, with their members, invitations, products and logo.</summary>
    public AggregateStore<Organization, OrganizationId, OrganizationState> Organizations { get; }

    /// <summary>Product credentials (FTP, MySQL, SSH, WebDAV).</summary>
    public AggregateStore<ProductCredential, ProductCredentialId, ProductCredentialState> ProductCredentials { get; }

    /// <summary>Products an organization holds or held, with their price, renewal and open invoice.</summary>
    public AggregateStore<Product, ProductId, ProductState> Products { get; }

    /// <summary>
    /// Billing profiles, with their billing addresses. A profile's <c>Version</c> guards the gapless invoice sequence:
    /// save the profile an invoice took its number from, then add the invoice, in one transaction.
    /// </summary>
    public AggregateStore<BillingProfile, BillingProfileId, BillingProfileState> BillingProfiles { get; }

    /// <summary>Invoices, with their lines; the sequence is unique per organization.</summary>
    public AggregateStore<Invoice, InvoiceId, InvoiceState> Invoices { get; }

    /// <summary>
    /// Prepaid accounts: the head and its pending withdrawals, loaded with the whole ledger (<see cref="PrepaidAccount.FromState"/>
    /// replays it); a save updates the head and inserts the new ledger entries, never an old one.
    /// </summary>
    public AggregateStore<PrepaidAccount, PrepaidAccountId, PrepaidAccountState> PrepaidAccounts { get; }

    /// <summary>Orders of the shop, with their lines, at every step from the first line to finished or abandoned.</summary>
    public AggregateStore<Order, OrderId, OrderState> Orders { get; }

    /// <summary>Free vouchers, granted, confirmed and redeemed (VOU-1, VOU-4).</summary>
    public AggregateStore<Voucher, VoucherId, VoucherState> Vouchers { get; }

    /// <summary>
    /// Promotion codes, unique by their upper-case text. A code's <c>Version</c> guards its redemption count: of two
    /// checkouts that finished orders with the same code from the same version, the second save gets
    /// <see cref="ConcurrencyConflict"/> and retries from a fresh load, where the limits are checked again (VOU-4).
    /// </summary>
    public AggregateStore<PromotionCode, PromotionCodeId, PromotionCodeState> PromotionCodes { get; }

    /// <summary>
    /// Runs a specification over stored rows that are not aggregates, such as an organization's members
    /// (<see cref="MemberState"/>, <c>AdministratorsOfOrganizationSpec</c>) or invitations (<see cref="InvitationState"/>).
    /// </summary>
    /// <typeparam name="TRow">A mapped state or child row type.</typeparam>
    /// <param name="specification">The specification.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The rows, untracked, in the specification's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    public async Task<IReadOnlyList<TRow>> ListAsync<TRow>(ISpecification<TRow> specification, CancellationToken cancellationToken = default)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        return await context.Set<TRow>().AsNoTracking().WithSpecification(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
