using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

public sealed partial class PrepaidAccount
{
    /// <summary>
    /// Pays an amount for a shop order from the available balance, in whole or not at all (PRE-2): the ledger records a
    /// debit that points to the order. Prefer <see cref="PrepaidPayments.PayOrder"/>, which checks the order itself.
    /// </summary>
    /// <remarks>
    /// A debit for an invoice or a renewal must change what it pays in the same step, so this method throws for those
    /// references (as <see cref="Billing.Invoicing.Pay"/> throws for <see cref="PaymentMethod.PrepaidAccount"/>): pay an
    /// invoice with <see cref="PrepaidPayments.PayInvoice"/> (which marks it paid), and renew a product with
    /// <see cref="AutomaticRenewal.Run"/>, or by hand by issuing its renewal invoice and paying that one with
    /// <see cref="PrepaidPayments.PayInvoice"/> (a renewal from the prepaid account is always invoiced).
    /// </remarks>
    /// <param name="actor">The member paying; needs billing rights.</param>
    /// <param name="organization">The organization that owns the account.</param>
    /// <param name="key">The operation's idempotency key; a key derived from the reference (<c>order-{id}</c>) makes paying the same thing twice a replay.</param>
    /// <param name="amount">The amount to pay; positive, in the account's currency.</param>
    /// <param name="reference">What is paid: an order (<see cref="LedgerReference.ForOrder"/>).</param>
    /// <param name="clock">The current time, recorded in the entry.</param>
    /// <returns>
    /// The <see cref="PrepaidDebited"/> entry (the first one again for a repeated key); or, in this order,
    /// <see cref="ActionDenied"/>, <see cref="IdempotencyKeyReused"/>, <see cref="CurrencyMismatch"/>,
    /// <see cref="AmountNotPositive"/> or <see cref="InsufficientAvailableBalance"/> carrying the shortfall.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/>, <paramref name="reference"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="amount"/> is the default value; or
    /// <paramref name="reference"/> is an invoice or a renewal, which only their policies may debit.</exception>
    public OneOf<PrepaidDebited, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, InsufficientAvailableBalance> Pay(
        AccountId actor, Organization organization, IdempotencyKey key, Money amount, LedgerReference reference, TimeProvider clock)
    {
        Guard.Against.Null(reference);
        return reference switch
        {
            LedgerReference.InvoicePayment => throw new ArgumentException(
                $"A debit for an invoice is made by {nameof(PrepaidPayments)}.{nameof(PrepaidPayments.PayInvoice)}, which also marks the invoice paid.", nameof(reference)),
            LedgerReference.ProductRenewal => throw new ArgumentException(
                $"A debit for a renewal is made by {nameof(AutomaticRenewal)}.{nameof(AutomaticRenewal.Run)}, which also renews the product; to renew by hand, issue the renewal invoice and pay it with {nameof(PrepaidPayments)}.{nameof(PrepaidPayments.PayInvoice)}.",
                nameof(reference)),
            _ => Debit(actor, organization, key, amount, reference, clock),
        };
    }

    /// <summary>The debit itself, for any reference: <see cref="Pay"/> and the payment policies, which change what they pay in the same step.</summary>
    internal OneOf<PrepaidDebited, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, InsufficientAvailableBalance> Debit(
        AccountId actor, Organization organization, IdempotencyKey key, Money amount, LedgerReference reference, TimeProvider clock)
    {
        RequireArguments(organization, key, clock);
        RequireAmount(amount);
        Guard.Against.Null(reference);
        if (Denied(actor, organization) is { } denied)
        {
            return denied;
        }

        if (KeyIndex.TryGetValue(key.Value, out var first))
        {
            return first is PrepaidDebited debit && debit.Amount == amount && debit.Reference == reference ? debit : Reused(key, first);
        }

        if (amount.Currency != Currency)
        {
            return new CurrencyMismatch(Currency, amount.Currency);
        }

        if (!amount.IsPositive)
        {
            return new AmountNotPositive(amount);
        }

        if (Uncovered(amount) is { } shortfall)
        {
            return shortfall;
        }

        return Append(new PrepaidDebited(Id, lastSequence + 1, key, actor, clock.GetUtcNow(), amount, reference));
    }
}
