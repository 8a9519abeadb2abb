using Ardalis.GuardClauses;
using Infomaniak.Domain.Billing;
using System.Globalization;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// Paying an invoice or a shop order from the prepaid account (PRE-2): the rules across the prepaid account and what it
/// pays. The whole amount or nothing: the ledger records a debit that points to the invoice (which becomes paid by
/// <see cref="PaymentMethod.PrepaidAccount"/> under the rules of <see cref="Invoicing.Pay"/>) or to the order
/// (<see cref="PayOrder"/>).
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

    /// <summary>
    /// Pays a finished order's amount due from the prepaid account (PRE-2, VOU-4), in whole or not at all: the ledger records
    /// a debit that points to the order (<see cref="LedgerReference.ForOrder"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Call it after <see cref="Order.Finish"/> for an order whose payment method is <see cref="PaymentMethod.PrepaidAccount"/>,
    /// and save the account's new entry with the <see cref="PlacedOrder"/> in one unit of work; a refusal means that unit of
    /// work is not saved, and the order stays unfinished. A new customer cannot choose the prepaid account (ORG-1: it has no
    /// organization yet), so the order is always of an existing organization.
    /// </para>
    /// <para>
    /// Idempotency (PRE-5): the key is derived from the order (<see cref="KeyForOrder"/>), so an order is paid at most once:
    /// paying it again returns the first debit and changes nothing. An account loaded by its head only must be loaded with
    /// that key's entry (<c>LedgerEntriesByKeysSpec</c>).
    /// </para>
    /// <para>
    /// An amount due of zero (every line free by vouchers or a discount) takes nothing: the application skips the payment, and
    /// this method refuses it with <see cref="AmountNotPositive"/>, as the ledger records positive amounts only.
    /// </para>
    /// </remarks>
    /// <param name="account">The organization's prepaid account.</param>
    /// <param name="order">The finished order, paid by the prepaid account.</param>
    /// <param name="organization">The organization that owns the account and for which the order was placed.</param>
    /// <param name="actor">The member paying; needs billing rights (RGT-4).</param>
    /// <param name="clock">The current time: when the debit is recorded.</param>
    /// <returns>
    /// The <see cref="PrepaidDebited"/> entry (the first one again when the order was paid already); or, in this order,
    /// <see cref="ActionDenied"/> (also for an account or an order of another organization,
    /// <see cref="DenialReason.OwnedByAnotherOrganization"/>), <see cref="IdempotencyKeyReused"/> (the order's key holds another
    /// entry), <see cref="CurrencyMismatch"/> (the order is in another currency than the account), <see cref="AmountNotPositive"/>
    /// (nothing is due) or <see cref="InsufficientAvailableBalance"/> carrying the shortfall.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="order"/> is not finished, or its payment method is not the prepaid account
    /// (a programmer error: the application routes an order to its payment method's path).</exception>
    public static OneOf<PrepaidDebited, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, InsufficientAvailableBalance> PayOrder(
        PrepaidAccount account, Order order, Organization organization, AccountId actor, TimeProvider clock)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(order);
        Guard.Against.Null(organization);
        Guard.Against.Null(clock);
        if (order.Step != OrderStep.Finished || order.Organization is not { } ordered)
        {
            throw new ArgumentException($"Order {order.Id} is at step {order.Step}: only a finished order is paid.", nameof(order));
        }

        if (order.PaymentMethod != PaymentMethod.PrepaidAccount)
        {
            throw new ArgumentException($"Order {order.Id} is paid by {order.PaymentMethod}, not by the prepaid account.", nameof(order));
        }

        if (organization.Authorize(actor, MemberAction.ManagePrepaidAccount, account.Organization).TryPickT1(out var denied, out _)
            || organization.Authorize(actor, MemberAction.ManagePrepaidAccount, ordered).TryPickT1(out denied, out _))
        {
            return denied;
        }

        var reference = LedgerReference.ForOrder(order.Id);
        var key = KeyForOrder(order.Id);
        var due = order.Totals.AmountDue;
        if (account.EntryWithKey(key) is { } first)
        {
            return first is PrepaidDebited debit && debit.Reference == reference && debit.Amount == due ? debit : account.Reused(key, first);
        }

        if (due.Currency != account.Currency)
        {
            return new CurrencyMismatch(account.Currency, due.Currency);
        }

        if (!due.IsPositive)
        {
            return new AmountNotPositive(due);
        }

        if (account.Uncovered(due) is { } shortfall)
        {
            return shortfall;
        }

        return account.Debit(actor, organization, key, due, reference, clock).GetValueOrThrow();
    }

    /// <summary>The idempotency key of an order's payment from the prepaid account: <c>order-{id}</c>, so an order is paid once.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="order"/> is the default value.</exception>
    public static IdempotencyKey KeyForOrder(OrderId order) =>
        IdempotencyKey.Parse(string.Create(CultureInfo.InvariantCulture, $"order-{Guard.Against.Default(order).Value:N}")).GetValueOrThrow();

    /// <summary>Takes the money and pays the invoice; every rule was checked, so neither step can refuse.</summary>
    internal static PrepaidDebited Settle(
        PrepaidAccount account, Invoice invoice, IReadOnlyList<(InvoiceLine Line, Product Product)> billed, Organization organization, AccountId actor, IdempotencyKey key, LedgerReference reference, TimeProvider clock)
    {
        var debit = account.Debit(actor, organization, key, invoice.Total, reference, clock).GetValueOrThrow();
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
