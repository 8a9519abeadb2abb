using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// A renewal run (PRE-3) over an organization's due products, loaded from their stored states as a scheduler would: each
/// product renewed costs one invoice issued and paid and one ledger entry, so the run grows with the products given,
/// not with the ledger's length.
/// </summary>
[MemoryDiagnoser]
public class AutomaticRenewalBenchmarks
{
    private readonly CryptoRandomSource random = new();
    private readonly TimeProvider clock = TimeProvider.System;
    private Organization organization = null!;
    private BillingProfile billing = null!;
    private PrepaidAccountState account = null!;
    private ProductState[] products = [];
    private AccountId owner;

    [Params(10, 100)]
    public int DueProducts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var founder = Founder.Register("marie@boulangerie-du-lac.example", random);
        owner = founder.Id;
        organization = Organization.Create(founder, new CustomerProfile.Company(OrganizationName.Parse("Boulangerie du Lac").GetValueOrThrow()), random);
        billing = BillingProfile.Open(organization, owner, InvoiceNumberPrefix.Parse("BDL-").GetValueOrThrow(), random).GetValueOrThrow();
        var address = billing.AddAddress(organization, owner, BillingAddress.Create("Marie Favre", ["Rue du Lac 1"], "1000", "Lausanne", "CH").GetValueOrThrow(), random).GetValueOrThrow();
        var ordered = new List<ProductState>();
        for (var i = 0; i < DueProducts; i++)
        {
            var product = Product.Order(organization, owner, ProductType.DomainName, RenewalPeriod.Yearly, Money.Create(15m, Currency.Chf).GetValueOrThrow(), clock, random).GetValueOrThrow();
            product.ChangeBillingAddress(organization, billing, owner, address).GetValueOrThrow();
            product.SetRenewalPreference(organization, owner, RenewalPreference.Automatic(AutomaticRenewal.Method)).GetValueOrThrow();
            ordered.Add(product.ToState() with { PaidUntil = clock.GetUtcNow().AddDays(-1) });
        }

        products = [.. ordered];
        var prepaid = PrepaidAccount.Open(organization, owner, Currency.Chf, random).GetValueOrThrow();
        var policy = TopUpPolicy.Create([PaymentMethod.Card], Money.Create(1m, Currency.Chf).GetValueOrThrow(), Money.Create(100_000m, Currency.Chf).GetValueOrThrow(), Money.Create(100_000m, Currency.Chf).GetValueOrThrow()).GetValueOrThrow();
        prepaid.TopUp(owner, organization, IdempotencyKey.Parse("top-up").GetValueOrThrow(), Money.Create(100_000m, Currency.Chf).GetValueOrThrow(), PaymentMethod.Card, policy, clock).GetValueOrThrow();
        prepaid.DequeueEvents();
        account = prepaid.ToState();
        organization.DequeueEvents();
        billing.DequeueEvents();
    }

    /// <summary>Loads the account and the due products and renews every one of them.</summary>
    [Benchmark]
    public int RenewDueProducts()
    {
        var prepaid = PrepaidAccount.FromState(account);
        var due = Array.ConvertAll(products, Product.FromState);
        var run = AutomaticRenewal.Run(prepaid, billing, organization, owner, due, TimeSpan.Zero, null, clock, random).GetValueOrThrow();
        billing.DequeueEvents();
        return run.Renewed.Count;
    }
}
