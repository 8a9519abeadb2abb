using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// Issuing a final invoice takes the next number from the billing profile, never from a scan of earlier invoices: its
/// cost is the same in an organization that issued 10 invoices and in one that issued 100,000 (BIL-5). The usual way
/// takes the highest number among the organization's invoices and adds one (the list is put back after each call, so
/// that every call sees the same number of earlier invoices).
/// </summary>
[MemoryDiagnoser]
public class BillingBenchmarks
{
    private readonly CryptoRandomSource random = new();
    private readonly TimeProvider clock = TimeProvider.System;
    private Organization organization = null!;
    private BillingProfile billing = null!;
    private ProductState product = null!;
    private AccountId owner;
    private List<long> usualInvoiceNumbers = [];

    [Params(10, 100_000)]
    public int EarlierInvoices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var founder = Founder.Register("marie@boulangerie-du-lac.example", random);
        owner = founder.Id;
        organization = Organization.Create(founder, new CustomerProfile.Company(OrganizationName.Parse("Boulangerie du Lac").GetValueOrThrow()), random);
        billing = BillingProfile.Open(organization, owner, InvoiceNumberPrefix.Parse("BDL-").GetValueOrThrow(), random).GetValueOrThrow();
        var address = billing.AddAddress(organization, owner, BillingAddress.Create("Marie Favre", ["Rue du Lac 1"], "1000", "Lausanne", "CH").GetValueOrThrow(), random).GetValueOrThrow();
        var hosting = Product.Order(organization, owner, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Create(120m, Currency.Chf).GetValueOrThrow(), clock, random).GetValueOrThrow();
        hosting.ChangeBillingAddress(organization, billing, owner, address).GetValueOrThrow();
        for (var i = 0; i < EarlierInvoices; i++)
        {
            var earlier = Invoicing.Issue(billing, organization, owner, [new InvoiceItem(hosting)], clock, random).GetValueOrThrow();
            Invoicing.Void(earlier, organization, owner, VoidReason.IssuedInError, [hosting], clock).GetValueOrThrow();
            billing.DequeueEvents();
            hosting.DequeueEvents();
        }

        product = hosting.ToState();
        usualInvoiceNumbers = [.. Enumerable.Range(1, EarlierInvoices).Select(i => (long)i)];
    }

    [Benchmark(Baseline = true)]
    public long UsualWay_IssueAnInvoice()
    {
        var next = usualInvoiceNumbers.Max() + 1;
        usualInvoiceNumbers.Add(next);
        usualInvoiceNumbers.RemoveAt(usualInvoiceNumbers.Count - 1);
        return next;
    }

    /// <summary>Issues one invoice for one product (loaded from its stored state, as a request would).</summary>
    [Benchmark]
    public long IssueAnInvoice()
    {
        var hosting = Product.FromState(product);
        var invoice = Invoicing.Issue(billing, organization, owner, [new InvoiceItem(hosting)], clock, random).GetValueOrThrow();
        billing.DequeueEvents();
        return invoice.Number.Sequence;
    }
}
