using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using OneOf;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// What the ledger's target "a refusal allocates nothing" would cost the operations that succeed. A top-up returns a
/// nine-case union; its refusals are records on the heap, so the union holds nine references (80 B). With its six
/// ledger refusals as structs carrying the same facts, a refusal allocates nothing, but the union holds every case
/// inline (about 340 B), and every result, accepted ones included, is built, zeroed and copied at that size. The same
/// checks (the top-up policy's) return each shape; only the shape differs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RefusalShapeBenchmarks
{
    private PrepaidCredited credit = null!;
    private TopUpPolicy policy = null!;
    private Money oneFranc;
    private Money overTheMaximum;

    [GlobalSetup]
    public void Setup()
    {
        var setup = new PrepaidSetup();
        credit = (PrepaidCredited)setup.OpenFunded(100m).Entries[0];
        policy = setup.Policy;
        oneFranc = setup.OneFranc;
        overTheMaximum = Money.Create(20_000m, Currency.Chf).GetValueOrThrow();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Accepted")]
    public long Records_Accepted() => Match(Records(oneFranc));

    [Benchmark]
    [BenchmarkCategory("Accepted")]
    public long Structs_Accepted() => Match(Structs(oneFranc));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Refused (above the maximum)")]
    public long Records_Refused() => Match(Records(overTheMaximum));

    [Benchmark]
    [BenchmarkCategory("Refused (above the maximum)")]
    public long Structs_Refused() => Match(Structs(overTheMaximum));

    private static long Match(OneOf<PrepaidCredited, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, PaymentMethodNotAccepted, TopUpBelowMinimum, TopUpAboveMaximum, BalanceLimitExceeded> result) =>
        result.Match(entry => entry.Sequence, _ => -1, _ => -2, _ => -3, _ => -4, _ => -5, _ => -6, refusal => (long)refusal.Maximum.Amount, _ => -8);

    private static long Match(OneOf<PrepaidCredited, ActionDenied, KeyReused, CurrencyMismatch, NotPositive, MethodNotAccepted, BelowMinimum, AboveMaximum, LimitExceeded> result) =>
        result.Match(entry => entry.Sequence, _ => -1, _ => -2, _ => -3, _ => -4, _ => -5, _ => -6, refusal => (long)refusal.Maximum.Amount, _ => -8);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private OneOf<PrepaidCredited, ActionDenied, IdempotencyKeyReused, CurrencyMismatch, AmountNotPositive, PaymentMethodNotAccepted, TopUpBelowMinimum, TopUpAboveMaximum, BalanceLimitExceeded> Records(Money amount) =>
        LimitHit(amount) switch
        {
            Limit.Currency => new CurrencyMismatch(policy.Currency, amount.Currency),
            Limit.Positive => new AmountNotPositive(amount),
            Limit.Method => new PaymentMethodNotAccepted(PaymentMethod.Card, policy.AcceptedMethods),
            Limit.Minimum => new TopUpBelowMinimum(amount, policy.MinimumPerTopUp),
            Limit.Maximum => new TopUpAboveMaximum(amount, policy.MaximumPerTopUp),
            Limit.Balance => new BalanceLimitExceeded(credit.Amount, amount, policy.MaximumBalance),
            _ => credit,
        };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private OneOf<PrepaidCredited, ActionDenied, KeyReused, CurrencyMismatch, NotPositive, MethodNotAccepted, BelowMinimum, AboveMaximum, LimitExceeded> Structs(Money amount) =>
        LimitHit(amount) switch
        {
            Limit.Currency => new CurrencyMismatch(policy.Currency, amount.Currency),
            Limit.Positive => new NotPositive(amount),
            Limit.Method => new MethodNotAccepted(PaymentMethod.Card, policy.AcceptedMethods),
            Limit.Minimum => new BelowMinimum(amount, policy.MinimumPerTopUp),
            Limit.Maximum => new AboveMaximum(amount, policy.MaximumPerTopUp),
            Limit.Balance => new LimitExceeded(credit.Amount, amount, policy.MaximumBalance),
            _ => credit,
        };

    // The top-up's checks, in its order, written once so that both shapes make exactly the same ones.
    private Limit LimitHit(Money amount) =>
        amount.Currency != policy.Currency ? Limit.Currency
        : !amount.IsPositive ? Limit.Positive
        : !policy.Accepts(PaymentMethod.Card) ? Limit.Method
        : amount.Amount < policy.MinimumPerTopUp.Amount ? Limit.Minimum
        : amount.Amount > policy.MaximumPerTopUp.Amount ? Limit.Maximum
        : credit.Amount.Amount + amount.Amount > policy.MaximumBalance.Amount ? Limit.Balance
        : Limit.None;

    private enum Limit
    {
        None,
        Currency,
        Positive,
        Method,
        Minimum,
        Maximum,
        Balance,
    }

    private readonly record struct KeyReused(PrepaidAccountId Account, IdempotencyKey Key, long FirstSequence, LedgerEntryKind FirstKind);

    private readonly record struct NotPositive(Money Amount);

    private readonly record struct MethodNotAccepted(PaymentMethod Method, IReadOnlyList<PaymentMethod> Accepted);

    private readonly record struct BelowMinimum(Money Amount, Money Minimum);

    private readonly record struct AboveMaximum(Money Amount, Money Maximum);

    private readonly record struct LimitExceeded(Money Balance, Money Amount, Money MaximumBalance);
}
