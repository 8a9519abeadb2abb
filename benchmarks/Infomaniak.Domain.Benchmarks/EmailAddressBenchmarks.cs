using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>Every login, recovery address and mailbox crosses the border through this parser.</summary>
[MemoryDiagnoser]
public class EmailAddressBenchmarks
{
    [Params("famille.munster@la-fibre.xyz", "user@bücher.de", "not-an-address")]
    public string Address { get; set; } = string.Empty;

    [Benchmark]
    public bool Parse() => EmailAddress.Parse(Address).IsT0;
}
