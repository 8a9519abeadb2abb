using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Products.Specifications;
using Infomaniak.Domain.Tests.Billing;

namespace Infomaniak.Domain.Tests.Products.Specifications;

public class ProductSpecsTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    /// <summary>
    /// Four products paid until two days ago (the third on an open invoice, the fourth terminated, the first two renewing
    /// automatically), a fifth paid for 28 more days, and another organization's product paid until two days ago.
    /// </summary>
    private static (BillingScene Scene, ProductState[] States) Catalogue()
    {
        var scene = new BillingScene(products: 4);
        scene.Clock.Advance(TimeSpan.FromDays(-325));
        scene.Products.Add(scene.Order(5m, Currency.Chf));
        scene.Clock.Advance(TimeSpan.FromDays(325));
        var invoiced = scene.Products[2];
        var terminated = scene.Products[3];
        scene.Issue(invoiced);
        terminated.Terminate(scene.Organization, Owner);
        scene.Products[0].SetRenewalPreference(scene.Organization, Owner, RenewalPreference.Automatic(PaymentMethod.PrepaidAccount));
        scene.Products[1].SetRenewalPreference(scene.Organization, Owner, RenewalPreference.Automatic(PaymentMethod.Card));
        scene.Clock.Advance(TimeSpan.FromDays(12));
        return (scene, [.. scene.Products.Select(p => p.ToState()), scene.ForeignProduct.ToState()]);
    }

    [Fact]
    [Trait("Rule", "BIL-4")]
    [Trait("Rule", "ORG-7")]
    public void DueForRenewal_SelectsTheOrganizationsActiveProductsPaidUntilWithinTheWindow_SoonestFirst()
    {
        var (scene, states) = Catalogue();
        var p = scene.Products;

        Assert.Equal(new[] { p[0].Id, p[1].Id, p[2].Id }.OrderBy(id => id.Value), new ProductsDueForRenewalSpec(scene.Organization.Id, scene.Clock, TimeSpan.Zero).Evaluate(states).Select(s => s.Id).OrderBy(id => id.Value));
        Assert.Equal(new[] { p[0].Id, p[1].Id, p[2].Id, p[4].Id }.OrderBy(id => id.Value), new ProductsDueForRenewalSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromDays(30)).Evaluate(states).Select(s => s.Id).OrderBy(id => id.Value));
        Assert.Equal(p[4].Id, new ProductsDueForRenewalSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromDays(30)).Evaluate(states).Last().Id);
        Assert.Equal([scene.ForeignProduct.Id], new ProductsDueForRenewalSpec(scene.Other.Id, scene.Clock, TimeSpan.Zero).Evaluate(states).Select(s => s.Id));
        Assert.All(states, s => Assert.Equal(
            s.OrganizationId == scene.Organization.Id && Product.FromState(s).IsDueForRenewal(scene.Clock, TimeSpan.FromDays(5)),
            new ProductsDueForRenewalSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromDays(5)).IsSatisfiedBy(s)));
    }

    [Fact]
    [Trait("Rule", "BIL-4")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-3")]
    public void NotYetInvoiced_AutomaticRenewal_Active_AndOnAnOpenInvoice_SelectWhatEachPathNeeds()
    {
        var (scene, states) = Catalogue();
        var p = scene.Products;

        Assert.Equal(new[] { p[0].Id, p[1].Id }.OrderBy(id => id.Value), new DueProductsNotYetInvoicedSpec(scene.Organization.Id, scene.Clock, TimeSpan.Zero).Evaluate(states).Select(s => s.Id).OrderBy(id => id.Value));
        Assert.Equal(new[] { p[0].Id, p[1].Id }.OrderBy(id => id.Value), new ProductsDueForAutomaticRenewalSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromDays(60)).Evaluate(states).Select(s => s.Id).OrderBy(id => id.Value));
        Assert.Equal(new[] { p[0].Id, p[1].Id, p[2].Id, p[4].Id }.OrderBy(id => id.Value), new ActiveProductsOfOrganizationSpec(scene.Organization.Id).Evaluate(states).Select(s => s.Id).OrderBy(id => id.Value));
        Assert.Equal([p[2].Id], new ProductsOnOpenInvoiceSpec(scene.Invoices[0].Id).Evaluate(states).Select(s => s.Id));
        Assert.Empty(new DueProductsNotYetInvoicedSpec(scene.Other.Id, scene.Clock, TimeSpan.Zero).Evaluate([p[0].ToState()]));
    }

    [Fact]
    [Trait("Rule", "BIL-4")]
    public void AWindow_IsNeverNegative_AndTimeComesFromTheClock()
    {
        var scene = new BillingScene(products: 0);

        Assert.Throws<ArgumentException>(() => new ProductsDueForRenewalSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentException>(() => new DueProductsNotYetInvoicedSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentException>(() => new ProductsDueForAutomaticRenewalSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentNullException>(() => new ProductsDueForRenewalSpec(scene.Organization.Id, null!, TimeSpan.Zero));
        Assert.Throws<ArgumentNullException>(() => new DueProductsNotYetInvoicedSpec(scene.Organization.Id, null!, TimeSpan.Zero));
        Assert.Throws<ArgumentNullException>(() => new ProductsDueForAutomaticRenewalSpec(scene.Organization.Id, null!, TimeSpan.Zero));
    }
}
