using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

public sealed partial class PrepaidAccount
{
    /// <summary>
    /// Compensates an earlier entry that changed the balance (PRE-5): a new entry moves the balance back, never an edit.
    /// A credit is corrected by taking money out, a debit, a completed withdrawal or a correction by putting it back;
    /// each entry is corrected at most once, by at most its amount, and the available balance never goes negative.
    /// </summary>
    /// <remarks>
    /// A correction is a finance operation (a charged-back top-up, a payment reversed): an application offers it in its
    /// back office only, to members acting for the organization's billing.
    /// </remarks>
    /// <param name="actor">The member correcting; needs billing rights.</param>
    /// <param name="organization">The organization that owns the account.</param>
    /// <param name="key">The operation's idempotency key.</param>
    /// <param name="entry">The sequence of the entry to compensate; the account must hold it (and any correction of it).</param>
    /// <param name="amount">The amount to move back; positive, in the account's currency, at most the entry's amount.</param>
    /// <param name="clock">The current time, recorded in the entry.</param>
    /// <returns>
    /// The <see cref="PrepaidCorrected"/> entry (the first one again for a repeated key); or, in this order,
    /// <see cref="ActionDenied"/>, <see cref="IdempotencyKeyReused"/>, <see cref="LedgerEntryNotFound"/>,
    /// <see cref="CurrencyMismatch"/>, <see cref="AmountNotPositive"/>, <see cref="CorrectionNotAllowed"/>,
    /// <see cref="InsufficientAvailableBalance"/> (taking back more than is available) or <see cref="AmountOutOfRange"/>
    /// (putting back beyond the largest amount the library handles).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="amount"/> is the default value.</exception>
    public OneOf<PrepaidCorrected, ActionDenied, IdempotencyKeyReused, LedgerEntryNotFound, CurrencyMismatch, AmountNotPositive, CorrectionNotAllowed, InsufficientAvailableBalance, AmountOutOfRange> Correct(
        AccountId actor, Organization organization, IdempotencyKey key, long entry, Money amount, TimeProvider clock)
    {
        RequireArguments(organization, key, clock);
        RequireAmount(amount);
        if (Denied(actor, organization) is { } denied)
        {
            return denied;
        }

        if (KeyIndex.TryGetValue(key.Value, out var first))
        {
            return first is PrepaidCorrected correction && correction.Corrects == entry && correction.Amount == amount ? correction : Reused(key, first);
        }

        if (Held(entry) is not { } target)
        {
            return new LedgerEntryNotFound(Id, entry, lastSequence);
        }

        if (amount.Currency != Currency)
        {
            return new CurrencyMismatch(Currency, amount.Currency);
        }

        if (!amount.IsPositive)
        {
            return new AmountNotPositive(amount);
        }

        if (ProblemCorrecting(target, amount) is { } problem)
        {
            return new CorrectionNotAllowed(Id, entry, problem);
        }

        var direction = Compensating(target);
        if (direction == CorrectionDirection.TakesFromBalance && Uncovered(amount) is { } shortfall)
        {
            return shortfall;
        }

        if (direction == CorrectionDirection.AddsToBalance && balance + amount.Amount > Money.MaxMagnitude)
        {
            return new AmountOutOfRange(balance + amount.Amount, Currency);
        }

        return Append(new PrepaidCorrected(Id, lastSequence + 1, key, actor, clock.GetUtcNow(), amount, entry, direction));
    }

    private static CorrectionDirection Compensating(LedgerEntry target) =>
        target.BalanceEffect > 0 ? CorrectionDirection.TakesFromBalance : CorrectionDirection.AddsToBalance;

    private CorrectionProblem? ProblemCorrecting(LedgerEntry target, Money amount) =>
        target.BalanceEffect == 0 ? CorrectionProblem.NoBalanceEffect
        : corrected.Contains(target.Sequence) ? CorrectionProblem.AlreadyCorrected
        : amount.Amount > target.Amount.Amount ? CorrectionProblem.ExceedsEntry
        : null;
}
