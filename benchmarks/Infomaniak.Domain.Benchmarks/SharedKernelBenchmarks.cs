using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>The shared kernel sits on every hot path: parsing addresses at the border and adding money in ledgers.</summary>
[MemoryDiagnoser]
public class SharedKernelBenchmarks
{
    private readonly Money[] amounts = Enumerable.Range(1, 1_000)
        .Select(i => Money.FromMinorUnits(i * 37, Currency.Chf).AsT0)
        .ToArray();

    [Params("famille.munster@la-fibre.xyz", "user@bücher.de", "not-an-address")]
    public string Address { get; set; } = string.Empty;

    [Benchmark]
    public bool ParseEmailAddress() => EmailAddress.Parse(Address).IsT0;

    [Benchmark]
    public decimal SumOneThousandAmounts() => Money.Sum(Currency.Chf, amounts).AsT0.Amount;

    [Benchmark]
    public decimal AddOneThousandAmounts()
    {
        var total = Money.Zero(Currency.Chf);
        foreach (var amount in amounts)
        {
            total = total.Add(amount).AsT0;
        }

        return total.Amount;
    }
}
