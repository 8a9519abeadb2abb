using System.Net.Mail;
using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// Every login, recovery address and mailbox crosses the border through this parser; the baseline is the usual way,
/// <see cref="MailAddress"/> with a lower-cased copy for lookups (and a thrown <see cref="FormatException"/> when invalid).
/// </summary>
[MemoryDiagnoser]
public class EmailAddressBenchmarks
{
    [Params("famille.munster@la-fibre.xyz", "Famille.Munster@La-Fibre.xyz", "user@bücher.de", "not-an-address")]
    public string Address { get; set; } = string.Empty;

    [Benchmark(Baseline = true)]
    public object UsualWay_MailAddress()
    {
        try
        {
            var address = new MailAddress(Address);
            return address.Address.ToLowerInvariant();
        }
        catch (FormatException refused)
        {
            return refused;
        }
    }

    [Benchmark]
    public object Parse() => EmailAddress.Parse(Address).Value;
}
