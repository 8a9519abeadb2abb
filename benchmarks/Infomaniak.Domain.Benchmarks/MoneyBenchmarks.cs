using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>Money arithmetic is the inner loop of invoices and the prepaid ledger: it must not allocate.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private readonly Money[] amounts = Enumerable.Range(1, 1_000)
        .Select(i => Money.FromMinorUnits(i * 37, Currency.Chf).GetValueOrThrow())
        .ToArray();

    [Benchmark]
    public decimal SumOneThousandAmounts() => Money.Sum(Currency.Chf, amounts).GetValueOrThrow().Amount;

    [Benchmark]
    public decimal AddOneThousandAmounts()
    {
        var total = Money.Zero(Currency.Chf);
        foreach (var amount in amounts)
        {
            total = total.Add(amount).GetValueOrThrow();
        }

        return total.Amount;
    }

    [Benchmark]
    public bool CreateWithinMinorUnit() => Money.Create(1234.56m, Currency.Chf).IsT0;
}
