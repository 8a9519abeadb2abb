using Infomaniak.Domain.Billing;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>
/// An organization, stored with its billing profile (one address), two yearly products due for renewal and a prepaid
/// account topped up with 100.00 CHF: what the billing and ledger scenarios start from.
/// </summary>
public sealed class BillingScene
{
    private BillingScene(Organization organization, BillingProfileId profile, long profileVersion, IReadOnlyList<ProductId> products, PrepaidAccountId prepaid)
    {
        Organization = organization;
        Profile = profile;
        ProfileVersion = profileVersion;
        Products = products;
        Prepaid = prepaid;
    }

    public AccountId Owner { get; } = Given.Account(0);

    public ManualTimeProvider Clock { get; } = new(DataSets.BilledAt);

    public TopUpPolicy Policy { get; } = TopUpPolicy.Create([PaymentMethod.Card], DataSets.Chf(0.05m), DataSets.Chf(500m), DataSets.Chf(5_000m)).GetValueOrThrow();

    public Organization Organization { get; }

    public BillingProfileId Profile { get; }

    public long ProfileVersion { get; }

    public IReadOnlyList<ProductId> Products { get; }

    public PrepaidAccountId Prepaid { get; }

    public static async Task<BillingScene> StoreAsync(TestDatabase database)
    {
        var owner = Given.Account(0);
        var random = new SeededRandomSource(17);
        var clock = Given.Clock();
        var organization = Given.Create(1, owner, Given.Company("Boulangerie du Lac"));
        var profile = BillingProfile.Open(organization, owner, InvoiceNumberPrefix.Parse("INV-").GetValueOrThrow(), random).GetValueOrThrow();
        var address = profile.AddAddress(organization, owner, BillingAddress.Create("Compta", ["Rue du Lac 1"], "1003", "Lausanne", "CH").GetValueOrThrow(), random).GetValueOrThrow();
        var products = new[] { 120m, 15.5m }.Select(price =>
        {
            var product = Product.Order(organization, owner, ProductType.WebHosting, RenewalPeriod.Yearly, DataSets.Chf(price), clock, random).GetValueOrThrow();
            product.ChangeBillingAddress(organization, profile, owner, address).GetValueOrThrow();
            return product;
        }).ToList();
        var prepaid = PrepaidAccount.Open(organization, owner, Currency.Chf, random).GetValueOrThrow();
        var policy = TopUpPolicy.Create([PaymentMethod.Card], DataSets.Chf(1m), DataSets.Chf(500m), DataSets.Chf(5_000m)).GetValueOrThrow();
        prepaid.TopUp(owner, organization, IdempotencyKey.Parse("first-top-up").GetValueOrThrow(), DataSets.Chf(100m), PaymentMethod.Card, policy, clock).GetValueOrThrow();

        var store = database.NewStore();
        Assert.True((await store.Organizations.AddAsync(organization)).IsT0);
        Assert.True((await store.BillingProfiles.AddAsync(profile)).IsT0);
        foreach (var product in products)
        {
            Assert.True((await store.Products.AddAsync(product)).IsT0);
        }

        Assert.True((await store.PrepaidAccounts.AddAsync(prepaid)).IsT0);
        return new BillingScene(organization, profile.Id, profile.Version, [.. products.Select(p => p.Id)], prepaid.Id);
    }
}
