using System.Globalization;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// One-click automatic renewal from the prepaid account (PRE-2, PRE-3): choosing it for products, and the renewal run
/// that renews the due ones the available balance covers.
/// </summary>
/// <remarks>
/// <para>
/// <b>A renewal is invoiced.</b> Each product renewed gets its own final invoice (<see cref="Invoicing.Issue"/>: the next
/// number, the product's billing address, BIL-2 and BIL-5), paid at once from the prepaid account by
/// <see cref="PaymentMethod.PrepaidAccount"/>; the ledger's debit points to the renewal
/// (<see cref="LedgerReference.ForRenewal"/>: the product and the day its period was due). One invoice per product keeps
/// every payment whole: a product is renewed in full or not at all, never part of an invoice.
/// </para>
/// <para>
/// <b>Order and coverage.</b> The run takes the products by paid-until date, then by id (<see cref="Guid"/> order): the
/// documented, deterministic order. In that order, each product that can be renewed is renewed when the available balance
/// left covers its invoice's total, and otherwise reported <see cref="NotRenewedReason.InsufficientBalance"/> with the
/// shortfall; the run goes on with the next one, so a cheaper product later in the order may still be renewed. A renewal
/// that costs nothing is left to be renewed by hand (<see cref="NotRenewedReason.NothingToPay"/>).
/// </para>
/// <para>
/// <b>Never twice for one period.</b> A renewal's idempotency key is derived from the product and the day its period was
/// due (<see cref="KeyFor"/>). A renewed product is paid until the end of the period, so it is no longer due; and an
/// account that already holds the key (the product was loaded stale) reports it <see cref="NotRenewedReason.AlreadyRenewed"/>
/// and renews nothing. An account loaded by its head only knows the keys of the entries loaded with it: load the entries
/// with the keys of the products given (<c>LedgerEntriesByKeysSpec</c> over <see cref="KeyFor"/>).
/// </para>
/// <para>
/// What the application saves in one unit of work: the account (its new entries), the billing profile (its next number),
/// each new invoice (<see cref="RenewedProduct.Invoice"/>) and each product.
/// </para>
/// </remarks>
public static class AutomaticRenewal
{
    /// <summary>The payment method automatic renewal from the prepaid account uses.</summary>
    public static PaymentMethod Method => PaymentMethod.PrepaidAccount;

    /// <summary>
    /// Sets one renewal preference on chosen products (PRE-3): automatic renewal on (with its payment method) or off, at any
    /// time. All or nothing: every product is authorized before any changes; a product already so records nothing.
    /// </summary>
    /// <param name="organization">The organization that holds the products.</param>
    /// <param name="actor">A member with the right to manage each product and billing rights.</param>
    /// <param name="products">The products chosen.</param>
    /// <param name="preference">The preference, for example <c>RenewalPreference.Automatic(AutomaticRenewal.Method)</c>.</param>
    /// <returns><see cref="Success"/> (a <see cref="ProductRenewalPreferenceChanged"/> pending on each product that changed), or
    /// the first <see cref="ActionDenied"/> (also for a product of another organization), changing nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument or a product is null.</exception>
    public static OneOf<Success, ActionDenied> Choose(Organization organization, AccountId actor, IReadOnlyCollection<Product> products, RenewalPreference preference)
    {
        Guard.Against.Null(organization);
        ProductFacts.RequireEach(products);
        Guard.Against.Null(preference);
        foreach (var product in products)
        {
            if (product.AuthorizeBillingAction(organization, actor, MemberAction.ManageInvoices, product.Organization).TryPickT1(out var denied, out _))
            {
                return denied;
            }
        }

        foreach (var product in products)
        {
            product.SetRenewalPreference(organization, actor, preference).GetValueOrThrow();
        }

        return new Success();
    }

    /// <summary>The idempotency key of a product's renewal for its current period: <c>renewal-{product}-{yyyyMMdd}</c>, the day its period is due.</summary>
    /// <param name="product">The product.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static IdempotencyKey KeyFor(Product product)
    {
        Guard.Against.Null(product);
        return RenewalKey(product.Id, DueOn(product));
    }

    /// <summary>
    /// Runs automatic renewal for an organization (PRE-3): renews, in the documented order, every due product set to renew
    /// automatically from the prepaid account that the available balance covers, and reports every other product given
    /// with the reason it was not renewed. Never pays in part; never renews a product twice for one period.
    /// </summary>
    /// <param name="account">The organization's prepaid account.</param>
    /// <param name="billing">The organization's billing profile: renewal invoices take its next numbers.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="actor">The member on whose authority the run renews (the one who turned automatic renewal on, say); needs billing rights.</param>
    /// <param name="products">The products to consider (load them with <c>ProductsDueForAutomaticRenewalSpec</c>); a product given twice is taken once.</param>
    /// <param name="window">How far ahead of its paid-until date a product is due: zero for products whose period has ended.</param>
    /// <param name="taxRate">The tax rate of each renewal invoice's line, or null for none.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="random">The source of the invoices' ids.</param>
    /// <returns>The <see cref="RenewalRun"/> report, or <see cref="ActionDenied"/> (also for an account or a billing profile of
    /// another organization), changing nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument or a product is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative.</exception>
    public static OneOf<RenewalRun, ActionDenied> Run(
        PrepaidAccount account,
        BillingProfile billing,
        Organization organization,
        AccountId actor,
        IReadOnlyCollection<Product> products,
        TimeSpan window,
        TaxRate? taxRate,
        TimeProvider clock,
        IRandomSource random)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(billing);
        Guard.Against.Null(organization);
        ProductFacts.RequireEach(products);
        Guard.Against.Negative(window);
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        if (PrepaidPayments.Denied(account, billing.Organization, organization, actor) is { } denied)
        {
            return denied;
        }

        var renewed = new List<RenewedProduct>();
        var notRenewed = new List<ProductNotRenewed>();
        var debited = 0m;
        foreach (var product in products.DistinctBy(p => p.Id).OrderBy(p => p.PaidUntil).ThenBy(p => p.Id.Value))
        {
            var outcome = Renew(account, billing, organization, actor, product, window, taxRate, clock, random);
            if (outcome.TryPickT0(out var done, out var skipped))
            {
                renewed.Add(done);
                debited += done.Debit.Amount.Amount;
            }
            else
            {
                notRenewed.Add(skipped);
            }
        }

        return new RenewalRun(organization.Id, clock.GetUtcNow(), renewed, notRenewed, Money.Create(debited, account.Currency).GetValueOrThrow());
    }

    private static OneOf<RenewedProduct, ProductNotRenewed> Renew(
        PrepaidAccount account, BillingProfile billing, Organization organization, AccountId actor, Product product, TimeSpan window, TaxRate? taxRate, TimeProvider clock, IRandomSource random)
    {
        if (Ineligible(account, organization, product, window, clock) is { } reason)
        {
            return new ProductNotRenewed(product.Id, reason, null, product.OpenInvoice);
        }

        InvoiceItem[] items = [new(product, taxRate)];
        if (!Invoicing.Compose(billing, organization, actor, items, null, final: true).TryPickT0(out var content, out var refusal))
        {
            return new ProductNotRenewed(product.Id, refusal.Value is AmountOutOfRange ? NotRenewedReason.TotalOutOfRange : NotRenewedReason.NoBillingAddress, null, null);
        }

        if (!content.Total.IsPositive)
        {
            return new ProductNotRenewed(product.Id, NotRenewedReason.NothingToPay, null, null);
        }

        if (account.Uncovered(content.Total) is { } shortfall)
        {
            return new ProductNotRenewed(product.Id, NotRenewedReason.InsufficientBalance, shortfall.Shortfall, null);
        }

        var reference = LedgerReference.ForRenewal(product.Id, DueOn(product));
        var key = KeyFor(product);
        var invoice = Invoicing.Issue(billing, organization, actor, items, clock, random).GetValueOrThrow();
        var billed = Invoicing.Close(invoice, organization, actor, [product]).GetValueOrThrow();
        var debit = PrepaidPayments.Settle(account, invoice, billed, organization, actor, key, reference, clock);
        return new RenewedProduct(product.Id, invoice, debit, product.PaidUntil);
    }

    private static NotRenewedReason? Ineligible(PrepaidAccount account, Organization organization, Product product, TimeSpan window, TimeProvider clock)
    {
        if (product.Organization != organization.Id)
        {
            return NotRenewedReason.OtherOrganization;
        }

        if (!product.IsActive || !organization.Products.Contains(product.Id))
        {
            return NotRenewedReason.Terminated;
        }

        if (!product.Renewal.IsAutomatic)
        {
            return NotRenewedReason.AutomaticRenewalOff;
        }

        if (product.Renewal.PaymentMethod != Method)
        {
            return NotRenewedReason.OtherPaymentMethod;
        }

        if (!product.IsDueForRenewal(clock, window))
        {
            return NotRenewedReason.NotDue;
        }

        if (account.EntryWithKey(KeyFor(product)) is not null)
        {
            return NotRenewedReason.AlreadyRenewed;
        }

        if (product.Price.Currency != account.Currency)
        {
            return NotRenewedReason.OtherCurrency;
        }

        return product.OpenInvoice is null ? null : NotRenewedReason.AlreadyInvoiced;
    }

    private static DateOnly DueOn(Product product) => DateOnly.FromDateTime(product.PaidUntil.UtcDateTime);

    private static IdempotencyKey RenewalKey(ProductId product, DateOnly dueOn) =>
        IdempotencyKey.Parse(string.Create(CultureInfo.InvariantCulture, $"renewal-{product.Value:N}-{dueOn:yyyyMMdd}")).GetValueOrThrow();
}

/// <summary>Why a renewal run did not renew a product (PRE-3).</summary>
public enum NotRenewedReason
{
    /// <summary>The product belongs to another organization.</summary>
    OtherOrganization = 1,

    /// <summary>The product was terminated: the organization no longer holds it.</summary>
    Terminated,

    /// <summary>The product renews by hand.</summary>
    AutomaticRenewalOff,

    /// <summary>The product renews automatically with another payment method than the prepaid account.</summary>
    OtherPaymentMethod,

    /// <summary>The product is paid beyond the run's window: not due yet.</summary>
    NotDue,

    /// <summary>The prepaid account already paid this product's renewal for this period (the product was loaded stale).</summary>
    AlreadyRenewed,

    /// <summary>The product is priced in another currency than the prepaid account's.</summary>
    OtherCurrency,

    /// <summary>The product's next period is already on an open invoice (<see cref="ProductNotRenewed.OpenInvoice"/>): pay that one.</summary>
    AlreadyInvoiced,

    /// <summary>The product has no billing address, or one the organization no longer has: choose one (BIL-2).</summary>
    NoBillingAddress,

    /// <summary>The renewal's total with tax is beyond the largest amount the library handles.</summary>
    TotalOutOfRange,

    /// <summary>The available balance left does not cover the renewal's total (<see cref="ProductNotRenewed.Shortfall"/>).</summary>
    InsufficientBalance,

    /// <summary>The renewal costs nothing: the ledger records positive amounts only, and without an entry nothing would keep a
    /// second run from renewing the same period again. Renew it by hand (<see cref="Invoicing.Pay"/>).</summary>
    NothingToPay,
}

/// <summary>A product a renewal run renewed.</summary>
/// <param name="Product">The product.</param>
/// <param name="Invoice">Its renewal invoice, new and paid: the application saves it.</param>
/// <param name="Debit">The ledger's debit that paid it, pointing to the renewal.</param>
/// <param name="PaidUntil">The product's new paid-until date.</param>
public sealed record RenewedProduct(ProductId Product, Invoice Invoice, PrepaidDebited Debit, DateTimeOffset PaidUntil);

/// <summary>A product a renewal run did not renew, and why.</summary>
/// <param name="Product">The product.</param>
/// <param name="Reason">Why it was not renewed.</param>
/// <param name="Shortfall">For <see cref="NotRenewedReason.InsufficientBalance"/>, what the available balance lacked; otherwise null.</param>
/// <param name="OpenInvoice">The open invoice that bills the product's next period, if any.</param>
public sealed record ProductNotRenewed(ProductId Product, NotRenewedReason Reason, Money? Shortfall, InvoiceId? OpenInvoice);

/// <summary>What a renewal run did (PRE-3): the products renewed and those not renewed, each in the run's order.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="RanAt">When the run ran.</param>
/// <param name="Renewed">The products renewed, in the order they were renewed.</param>
/// <param name="NotRenewed">The products not renewed, with the reason.</param>
/// <param name="Debited">The total debited from the prepaid account: the sum of the renewed products' debits.</param>
public sealed record RenewalRun(OrganizationId Organization, DateTimeOffset RanAt, IReadOnlyList<RenewedProduct> Renewed, IReadOnlyList<ProductNotRenewed> NotRenewed, Money Debited);
