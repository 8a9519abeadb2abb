using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

public sealed partial class PrepaidAccount
{
    /// <summary>
    /// Asks to withdraw part of the available balance to a bank or PayPal account (PRE-4): the amount is reserved (no
    /// longer available) until <see cref="CompleteWithdrawal"/> or <see cref="CancelWithdrawal"/>. Withdrawing
    /// <see cref="Available"/> then completing brings the balance to exactly zero once no other withdrawal is pending.
    /// </summary>
    /// <param name="actor">The member withdrawing; needs billing rights.</param>
    /// <param name="organization">The organization that owns the account.</param>
    /// <param name="key">The operation's idempotency key.</param>
    /// <param name="amount">The amount to withdraw; positive, in the account's currency, at most <see cref="Available"/>.</param>
    /// <param name="destination">Where to send it.</param>
    /// <param name="clock">The current time, recorded in the entry.</param>
    /// <param name="random">The source of the withdrawal's id (drawn again in the unlikely case it names a pending withdrawal).</param>
    /// <returns>
    /// The <see cref="WithdrawalReserved"/> entry, naming the new withdrawal (the first one again for a repeated key);
    /// or, in this order, <see cref="ActionDenied"/>, <see cref="IdempotencyKeyReused"/>, <see cref="CurrencyMismatch"/>,
    /// <see cref="AmountNotPositive"/> or <see cref="InsufficientAvailableBalance"/> carrying the shortfall.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/>, <paramref name="destination"/>, <paramref name="clock"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="amount"/> is the default value.</exception>
    public OneOf<WithdrawalReserved, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, InsufficientAvailableBalance> RequestWithdrawal(
        AccountId actor, Organization organization, IdempotencyKey key, Money amount, WithdrawalDestination destination, TimeProvider clock, IRandomSource random)
    {
        RequireArguments(organization, key, clock);
        RequireAmount(amount);
        Guard.Against.Null(destination);
        Guard.Against.Null(random);
        if (Denied(actor, organization) is { } denied)
        {
            return denied;
        }

        if (KeyIndex.TryGetValue(key.Value, out var first))
        {
            return first is WithdrawalReserved reservation && reservation.Amount == amount && reservation.Destination == destination ? reservation : Reused(key, first);
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

        var withdrawal = TypedId.New<WithdrawalId>(random);
        while (pending.ContainsKey(withdrawal))
        {
            withdrawal = TypedId.New<WithdrawalId>(random);
        }

        return Append(new WithdrawalReserved(Id, lastSequence + 1, key, actor, clock.GetUtcNow(), amount, withdrawal, destination));
    }

    /// <summary>Records that a pending withdrawal was sent (PRE-4): its amount leaves the balance and is no longer reserved.</summary>
    /// <param name="actor">The member (or the payout process acting for one) recording it; needs billing rights.</param>
    /// <param name="organization">The organization that owns the account.</param>
    /// <param name="key">The operation's idempotency key.</param>
    /// <param name="withdrawal">The pending withdrawal.</param>
    /// <param name="clock">The current time, recorded in the entry.</param>
    /// <returns>The <see cref="WithdrawalCompleted"/> entry (the first one again for a repeated key); or <see cref="ActionDenied"/>, <see cref="IdempotencyKeyReused"/> or <see cref="NoPendingWithdrawal"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="withdrawal"/> is the default value.</exception>
    public OneOf<WithdrawalCompleted, ActionDenied, IdempotencyKeyReused, NoPendingWithdrawal> CompleteWithdrawal(
        AccountId actor, Organization organization, IdempotencyKey key, WithdrawalId withdrawal, TimeProvider clock)
    {
        RequireArguments(organization, key, clock);
        Guard.Against.Default(withdrawal);
        if (Denied(actor, organization) is { } denied)
        {
            return denied;
        }

        if (KeyIndex.TryGetValue(key.Value, out var first))
        {
            return first is WithdrawalCompleted completed && completed.Withdrawal == withdrawal ? completed : Reused(key, first);
        }

        if (!pending.TryGetValue(withdrawal, out var reservation))
        {
            return new NoPendingWithdrawal(Id, withdrawal);
        }

        return Append(new WithdrawalCompleted(Id, lastSequence + 1, key, actor, clock.GetUtcNow(), reservation.Amount, withdrawal));
    }

    /// <summary>Cancels a pending withdrawal (PRE-4): its amount is available again.</summary>
    /// <param name="actor">The member cancelling; needs billing rights.</param>
    /// <param name="organization">The organization that owns the account.</param>
    /// <param name="key">The operation's idempotency key.</param>
    /// <param name="withdrawal">The pending withdrawal.</param>
    /// <param name="clock">The current time, recorded in the entry.</param>
    /// <returns>The <see cref="WithdrawalCancelled"/> entry (the first one again for a repeated key); or <see cref="ActionDenied"/>, <see cref="IdempotencyKeyReused"/> or <see cref="NoPendingWithdrawal"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="withdrawal"/> is the default value.</exception>
    public OneOf<WithdrawalCancelled, ActionDenied, IdempotencyKeyReused, NoPendingWithdrawal> CancelWithdrawal(
        AccountId actor, Organization organization, IdempotencyKey key, WithdrawalId withdrawal, TimeProvider clock)
    {
        RequireArguments(organization, key, clock);
        Guard.Against.Default(withdrawal);
        if (Denied(actor, organization) is { } denied)
        {
            return denied;
        }

        if (KeyIndex.TryGetValue(key.Value, out var first))
        {
            return first is WithdrawalCancelled cancelled && cancelled.Withdrawal == withdrawal ? cancelled : Reused(key, first);
        }

        if (!pending.TryGetValue(withdrawal, out var reservation))
        {
            return new NoPendingWithdrawal(Id, withdrawal);
        }

        return Append(new WithdrawalCancelled(Id, lastSequence + 1, key, actor, clock.GetUtcNow(), reservation.Amount, withdrawal));
    }
}
