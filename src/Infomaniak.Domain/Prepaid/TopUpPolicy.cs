using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// The limits within which a prepaid account is credited (PRE-1): the payment methods accepted, the smallest and the
/// largest top-up, and the largest balance an account may reach.
/// </summary>
/// <remarks>
/// <para>
/// The application decides the limits (per currency, per customer segment, ...) and passes the policy to
/// <see cref="PrepaidAccount.TopUp"/>; the library enforces them and names the limit a refused top-up hit. A policy is
/// not stored with the account: a retried top-up returns its first outcome even if the policy changed since.
/// </para>
/// <para>
/// Made only by <see cref="Create"/>, so every policy accepts at least one method, has its three limits in one
/// currency, and <c>0 &lt; minimum &lt;= maximum per top-up &lt;= maximum balance</c>. Two policies are equal when they
/// accept the same methods (in any order) with the same limits.
/// </para>
/// </remarks>
public sealed record TopUpPolicy
{
    private readonly FrozenSet<PaymentMethod> accepted;

    private TopUpPolicy(FrozenSet<PaymentMethod> accepted, IReadOnlyList<PaymentMethod> ordered, Money minimum, Money maximum, Money maximumBalance)
    {
        this.accepted = accepted;
        AcceptedMethods = ordered;
        MinimumPerTopUp = minimum;
        MaximumPerTopUp = maximum;
        MaximumBalance = maximumBalance;
    }

    /// <summary>The payment methods accepted, ordered by code; never empty.</summary>
    public IReadOnlyList<PaymentMethod> AcceptedMethods { get; }

    /// <summary>The smallest amount one top-up may credit.</summary>
    public Money MinimumPerTopUp { get; }

    /// <summary>The largest amount one top-up may credit.</summary>
    public Money MaximumPerTopUp { get; }

    /// <summary>The largest balance a top-up may bring the account to.</summary>
    public Money MaximumBalance { get; }

    /// <summary>The currency of the limits, which must be the account's.</summary>
    public Currency Currency => MinimumPerTopUp.Currency;

    /// <summary>Makes a policy.</summary>
    /// <param name="acceptedMethods">The methods accepted; at least one, duplicates ignored.</param>
    /// <param name="minimumPerTopUp">The smallest top-up; positive.</param>
    /// <param name="maximumPerTopUp">The largest top-up; at least the minimum.</param>
    /// <param name="maximumBalance">The largest balance; at least the largest top-up.</param>
    /// <returns>The policy, or <see cref="InvalidTopUpPolicy"/> naming the first problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="acceptedMethods"/> is null.</exception>
    /// <exception cref="ArgumentException">A method or an amount is the default value.</exception>
    public static OneOf<TopUpPolicy, InvalidTopUpPolicy> Create(
        IEnumerable<PaymentMethod> acceptedMethods, Money minimumPerTopUp, Money maximumPerTopUp, Money maximumBalance)
    {
        Guard.Against.Null(acceptedMethods);
        var methods = acceptedMethods.ToFrozenSet();
        if (methods.Any(method => method.IsDefault))
        {
            throw new ArgumentException("A payment method must not be the default value.", nameof(acceptedMethods));
        }

        if (minimumPerTopUp.Currency.IsDefault || maximumPerTopUp.Currency.IsDefault || maximumBalance.Currency.IsDefault)
        {
            throw new ArgumentException("The limits must be amounts in a currency.", nameof(minimumPerTopUp));
        }

        var problem =
            methods.Count == 0 ? TopUpPolicyProblem.NoPaymentMethod
            : minimumPerTopUp.Currency != maximumPerTopUp.Currency || minimumPerTopUp.Currency != maximumBalance.Currency ? TopUpPolicyProblem.CurrenciesDiffer
            : !minimumPerTopUp.IsPositive ? TopUpPolicyProblem.MinimumNotPositive
            : minimumPerTopUp.Amount > maximumPerTopUp.Amount ? TopUpPolicyProblem.MinimumAboveMaximum
            : maximumPerTopUp.Amount > maximumBalance.Amount ? TopUpPolicyProblem.MaximumAboveBalanceLimit
            : (TopUpPolicyProblem?)null;
        if (problem is { } found)
        {
            return new InvalidTopUpPolicy(found);
        }

        return new TopUpPolicy(methods, [.. methods.OrderBy(method => method.Code, StringComparer.Ordinal)], minimumPerTopUp, maximumPerTopUp, maximumBalance);
    }

    /// <summary>Whether a payment method is accepted.</summary>
    /// <param name="method">The method.</param>
    /// <returns><see langword="true"/> when the policy lists it.</returns>
    public bool Accepts(PaymentMethod method) => accepted.Contains(method);

    /// <summary>Whether both policies accept the same methods with the same limits.</summary>
    /// <param name="other">The other policy.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(TopUpPolicy? other) =>
        other is not null && accepted.SetEquals(other.accepted) && MinimumPerTopUp == other.MinimumPerTopUp
        && MaximumPerTopUp == other.MaximumPerTopUp && MaximumBalance == other.MaximumBalance;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(accepted.Count, MinimumPerTopUp, MaximumPerTopUp, MaximumBalance);

    /// <summary>A short description (<c>card, twint; 10.00 CHF to 5000.00 CHF per top-up; balance up to 20000.00 CHF</c>).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{string.Join(", ", AcceptedMethods)}; {MinimumPerTopUp} to {MaximumPerTopUp} per top-up; balance up to {MaximumBalance}";
}

/// <summary>What is wrong with the limits given for a <see cref="TopUpPolicy"/>.</summary>
public enum TopUpPolicyProblem
{
    /// <summary>No payment method is accepted.</summary>
    NoPaymentMethod = 1,

    /// <summary>The limits are not all in one currency.</summary>
    CurrenciesDiffer,

    /// <summary>The minimum top-up is zero or negative.</summary>
    MinimumNotPositive,

    /// <summary>The minimum top-up is above the maximum top-up.</summary>
    MinimumAboveMaximum,

    /// <summary>The maximum top-up is above the maximum balance.</summary>
    MaximumAboveBalanceLimit,
}

/// <summary>The limits given cannot make a <see cref="TopUpPolicy"/>.</summary>
/// <param name="Problem">What is wrong with them.</param>
public sealed record InvalidTopUpPolicy(TopUpPolicyProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        TopUpPolicyProblem.NoPaymentMethod => "A top-up policy accepts at least one payment method.",
        TopUpPolicyProblem.CurrenciesDiffer => "A top-up policy's limits are all in one currency.",
        TopUpPolicyProblem.MinimumNotPositive => "A top-up policy's minimum top-up is above zero.",
        TopUpPolicyProblem.MinimumAboveMaximum => "A top-up policy's minimum top-up is at most its maximum top-up.",
        _ => "A top-up policy's maximum top-up is at most its maximum balance.",
    };
}
