using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

public sealed partial class PrepaidAccount
{
    /// <summary>Credits the account with a top-up paid by an accepted method, within the policy's limits (PRE-1).</summary>
    /// <param name="actor">The member topping up; needs billing rights.</param>
    /// <param name="organization">The organization that owns the account.</param>
    /// <param name="key">The operation's idempotency key.</param>
    /// <param name="amount">The amount credited; positive, in the account's currency.</param>
    /// <param name="method">How it was paid.</param>
    /// <param name="policy">The limits, in the account's currency.</param>
    /// <param name="clock">The current time, recorded in the entry.</param>
    /// <returns>
    /// The <see cref="PrepaidCredited"/> entry (the first one again for a repeated key); or, in this order,
    /// <see cref="ActionDenied"/>, <see cref="IdempotencyKeyReused"/>, <see cref="CurrencyMismatch"/>,
    /// <see cref="AmountNotPositive"/>, <see cref="PaymentMethodNotAccepted"/>, <see cref="TopUpBelowMinimum"/>,
    /// <see cref="TopUpAboveMaximum"/> or <see cref="BalanceLimitExceeded"/>, each carrying the limit it hit.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/>, <paramref name="policy"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/>, <paramref name="amount"/> or <paramref name="method"/> is the default value, or the policy is in another currency than the account.</exception>
    public OneOf<PrepaidCredited, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, PaymentMethodNotAccepted, TopUpBelowMinimum, TopUpAboveMaximum, BalanceLimitExceeded> TopUp(
        AccountId actor, Organization organization, IdempotencyKey key, Money amount, PaymentMethod method, TopUpPolicy policy, TimeProvider clock)
    {
        RequireArguments(organization, key, clock);
        RequireAmount(amount);
        Guard.Against.Null(policy);
        if (method.IsDefault)
        {
            throw new ArgumentException("A payment method is required; the default value is not one.", nameof(method));
        }

        if (policy.Currency != Currency)
        {
            throw new ArgumentException($"The policy's limits are in {policy.Currency}; the account is in {Currency}.", nameof(policy));
        }

        if (Denied(actor, organization) is { } denied)
        {
            return denied;
        }

        if (KeyIndex.TryGetValue(key.Value, out var first))
        {
            return first is PrepaidCredited credit && credit.Amount == amount && credit.Method == method ? credit : Reused(key, first);
        }

        if (amount.Currency != Currency)
        {
            return new CurrencyMismatch(Currency, amount.Currency);
        }

        if (!amount.IsPositive)
        {
            return new AmountNotPositive(amount);
        }

        if (!policy.Accepts(method))
        {
            return new PaymentMethodNotAccepted(method, policy.AcceptedMethods);
        }

        if (amount.Amount < policy.MinimumPerTopUp.Amount)
        {
            return new TopUpBelowMinimum(amount, policy.MinimumPerTopUp);
        }

        if (amount.Amount > policy.MaximumPerTopUp.Amount)
        {
            return new TopUpAboveMaximum(amount, policy.MaximumPerTopUp);
        }

        if (balance + amount.Amount > policy.MaximumBalance.Amount)
        {
            return new BalanceLimitExceeded(Balance, amount, policy.MaximumBalance);
        }

        return Append(new PrepaidCredited(Id, lastSequence + 1, key, actor, clock.GetUtcNow(), amount, method));
    }
}
