using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

public sealed partial class PrepaidAccount
{
    /// <summary>
    /// Pays an amount for a reference (an invoice, a product renewal) from the available balance, in whole or not at
    /// all (PRE-2): the ledger records a debit that points to what it paid.
    /// </summary>
    /// <param name="actor">The member paying; needs billing rights.</param>
    /// <param name="organization">The organization that owns the account.</param>
    /// <param name="key">The operation's idempotency key; a key derived from the reference (<c>invoice-{id}</c>) makes paying the same thing twice a replay.</param>
    /// <param name="amount">The amount to pay; positive, in the account's currency.</param>
    /// <param name="reference">What is paid.</param>
    /// <param name="clock">The current time, recorded in the entry.</param>
    /// <returns>
    /// The <see cref="PrepaidDebited"/> entry (the first one again for a repeated key); or, in this order,
    /// <see cref="ActionDenied"/>, <see cref="IdempotencyKeyReused"/>, <see cref="CurrencyMismatch"/>,
    /// <see cref="AmountNotPositive"/> or <see cref="InsufficientAvailableBalance"/> carrying the shortfall.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/>, <paramref name="reference"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="amount"/> is the default value.</exception>
    public OneOf<PrepaidDebited, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, InsufficientAvailableBalance> Pay(
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
