using Ardalis.GuardClauses;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// Paying an invoice from the prepaid account (PRE-2): the rule across the prepaid account, the invoice and the products
/// it bills. The whole amount or nothing: the ledger records a debit that points to the invoice, and the invoice becomes
/// paid by <see cref="PaymentMethod.PrepaidAccount"/> under the rules of <see cref="Invoicing.Pay"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every fact is checked before anything changes, so both aggregates change or neither does; the application saves the
/// account (its new entry), the invoice and its products in one unit of work. This is the only way to mark an invoice
/// paid by the prepaid account: <see cref="Invoicing.Pay"/> refuses that method, since it would take no money.
/// </para>
/// <para>
/// Idempotency (PRE-5): the same key for the same invoice returns the first debit again and changes nothing; the same
/// key for anything else is refused with <see cref="IdempotencyKeyReused"/>. A paid invoice is never paid again, whatever
/// the key: a new key for it is refused with <see cref="InvoiceNotOpen"/>.
/// </para>
/// </remarks>
public static class PrepaidPayments
{
    /// <summary>Pays an open invoice in full from the prepaid account (PRE-2).</summary>
    /// <param name="account">The organization's prepaid account.</param>
    /// <param name="invoice">The invoice to pay: open, of the same organization and currency.</param>
    /// <param name="organization">The organization that owns the account and the invoice.</param>
    /// <param name="actor">The member paying; needs billing rights (RGT-4).</param>
    /// <param name="products">The invoice's products (load them with <c>ProductsOnOpenInvoiceSpec</c>); others given are ignored.</param>
    /// <param name="key">The operation's idempotency key.</param>
    /// <param name="clock">The current time: when the debit is recorded and the invoice paid.</param>
    /// <returns>
    /// The <see cref="PrepaidDebited"/> entry (the first one again for a repeated key), with <see cref="InvoicePaid"/> pending on
    /// the invoice and a <see cref="ProductRenewed"/> on each product; or, in this order, <see cref="ActionDenied"/> (also for an
    /// account or an invoice of another organization, <see cref="DenialReason.OwnedByAnotherOrganization"/>),
    /// <see cref="IdempotencyKeyReused"/>, <see cref="InvoiceNotOpen"/> (paid or void already), <see cref="CurrencyMismatch"/>
    /// (the invoice is in another currency than the account), <see cref="AmountNotPositive"/> (an invoice of zero is not paid
    /// from the ledger), <see cref="ProductsNotGiven"/> or <see cref="InsufficientAvailableBalance"/> carrying the shortfall.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument or a product is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is the default value; a product given does not have this
    /// invoice open (loaded stale); or the ledger holds this payment while the invoice is still open (the two were not saved together).</exception>
    public static OneOf<PrepaidDebited, ActionDenied, IdempotencyKeyReused, InvoiceNotOpen, CurrencyMismatch, AmountNotPositive, ProductsNotGiven, InsufficientAvailableBalance> PayInvoice(
        PrepaidAccount account, Invoice invoice, Organization organization, AccountId actor, IReadOnlyCollection<Product> products, IdempotencyKey key, TimeProvider clock)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(invoice);
        Guard.Against.Null(organization);
        ProductFacts.RequireEach(products);
        Guard.Against.Null(clock);
        RequireKey(key);
        if (Denied(account, invoice.Organization, organization, actor) is { } denied)
        {
            return denied;
        }

        var reference = LedgerReference.ForInvoice(invoice.Id);
        if (account.EntryWithKey(key) is { } first)
        {
            return first is PrepaidDebited debit && debit.Reference == reference && debit.Amount == invoice.Total
                ? Replayed(debit, invoice)
                : account.Reused(key, first);
        }

        if (!invoice.IsOpen)
        {
            return new InvoiceNotOpen(invoice.Id, invoice.Status.Kind);
        }

        if (invoice.Currency != account.Currency)
        {
            return new CurrencyMismatch(account.Currency, invoice.Currency);
        }

        if (!invoice.Total.IsPositive)
        {
            return new AmountNotPositive(invoice.Total);
        }

        if (!Invoicing.Close(invoice, organization, actor, products).TryPickT0(out var billed, out var closeRefusal))
        {
            return closeRefusal.Match<OneOf<PrepaidDebited, ActionDenied, IdempotencyKeyReused, InvoiceNotOpen, CurrencyMismatch, AmountNotPositive, ProductsNotGiven, InsufficientAvailableBalance>>(
                denied => denied, notOpen => notOpen, missing => missing);
        }

        if (account.Uncovered(invoice.Total) is { } shortfall)
        {
            return shortfall;
        }

        return Settle(account, invoice, billed, organization, actor, key, reference, clock);
    }

    /// <summary>Takes the money and pays the invoice; every rule was checked, so neither step can refuse.</summary>
    internal static PrepaidDebited Settle(
        PrepaidAccount account, Invoice invoice, IReadOnlyList<(InvoiceLine Line, Product Product)> billed, Organization organization, AccountId actor, IdempotencyKey key, LedgerReference reference, TimeProvider clock)
    {
        var debit = account.Pay(actor, organization, key, invoice.Total, reference, clock).GetValueOrThrow();
        Invoicing.Settle(invoice, billed, actor, PaymentMethod.PrepaidAccount, clock);
        return debit;
    }

    /// <summary>The actor's billing rights over the account and over what is paid, both of the organization given.</summary>
    internal static ActionDenied? Denied(PrepaidAccount account, OrganizationId billedOrganization, Organization organization, AccountId actor) =>
        organization.Authorize(actor, MemberAction.ManagePrepaidAccount, account.Organization).TryPickT1(out var denied, out _)
        || organization.Authorize(actor, MemberAction.ManageInvoices, billedOrganization).TryPickT1(out denied, out _)
            ? denied
            : null;

    internal static void RequireKey(IdempotencyKey key)
    {
        if (key.IsDefault)
        {
            throw new ArgumentException("An idempotency key is required; the default value is not one.", nameof(key));
        }
    }

    private static PrepaidDebited Replayed(PrepaidDebited debit, Invoice invoice) =>
        invoice.Status is InvoiceStatus.Paid { Method: var method } && method == PaymentMethod.PrepaidAccount
            ? debit
            : throw new ArgumentException(
                $"The prepaid ledger holds the payment of invoice {invoice.Id}, which is {invoice.Status.Kind}: the account and the invoice were not saved together.", nameof(invoice));
}
