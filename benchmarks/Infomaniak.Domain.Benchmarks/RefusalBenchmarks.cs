using System.Net.Mail;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Prepaid;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// A refusal as a returned value against the usual thrown and caught exception: the only legal representative tries to
/// leave (at 10 and 10,000 members), an invalid address, a debit over the balance. Every refusal is returned, so
/// that what a caller pays for it is measured.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class RefusalBenchmarks
{
    private const string NotAnAddress = "marie.boulangerie-du-lac.example";
    private LargeOrganization scene = null!;
    private UsualOrganization usual = null!;
    private PrepaidSetup prepaid = null!;
    private PrepaidAccount account = null!;
    private UsualLedger usualLedger = null!;

    [Params(10, 10_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        scene = new LargeOrganization(Members, Members, new CryptoRandomSource());
        usual = new UsualOrganization(scene);
        prepaid = new PrepaidSetup();
        account = prepaid.OpenFunded(100m);
        usualLedger = new UsualLedger();
        usualLedger.Credit("first", 100m, "card");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("The only legal representative leaves")]
    public object UsualWay_OnlyLegalRepresentativeLeaves()
    {
        try
        {
            usual.Leave(scene.Founder.Value);
            return string.Empty;
        }
        catch (InvalidOperationException refused)
        {
            return refused;
        }
    }

    [Benchmark]
    [BenchmarkCategory("The only legal representative leaves")]
    public object Library_OnlyLegalRepresentativeLeaves() => scene.Organization.Leave(scene.Founder).Value;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("An invalid address")]
    public object UsualWay_InvalidAddress()
    {
        try
        {
            return new MailAddress(NotAnAddress);
        }
        catch (FormatException refused)
        {
            return refused;
        }
    }

    [Benchmark]
    [BenchmarkCategory("An invalid address")]
    public object Library_InvalidAddress() => EmailAddress.Parse(NotAnAddress).Value;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("A debit over the balance")]
    public object UsualWay_DebitOverTheBalance()
    {
        try
        {
            return usualLedger.Debit("pay-too-much", 1_000m, "invoice");
        }
        catch (InvalidOperationException refused)
        {
            return refused;
        }
    }

    [Benchmark]
    [BenchmarkCategory("A debit over the balance")]
    public object Library_DebitOverTheBalance() =>
        account.Pay(prepaid.Owner, prepaid.Organization, prepaid.PayKey, prepaid.Thousand, prepaid.Order, prepaid.Clock).Value;
}
