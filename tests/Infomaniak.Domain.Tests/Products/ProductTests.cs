using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Billing;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Products;

public class ProductTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    [Fact]
    [Trait("Rule", "ORG-7")]
    [Trait("Rule", "RGT-4")]
    public void Order_CreatesTheProduct_PaidForItsFirstPeriod_AndAddsItToTheOrganizationsIndex()
    {
        var clock = Given.Clock();
        var organization = Given.OrganizationWith(1, Owner);
        var price = BillingScene.Chf(89.50m);

        var product = Product.Order(organization, Owner, ProductType.SwissBackup, RenewalPeriod.Monthly, price, clock, new SeededRandomSource(1)).GetValueOrThrow();

        Assert.Equal((organization.Id, ProductType.SwissBackup, RenewalPeriod.Monthly, price), (product.Organization, product.Type, product.RenewalPeriod, product.Price));
        Assert.Equal(Given.Start.AddMonths(1), product.PaidUntil);
        Assert.True(product.IsActive);
        Assert.Null(product.BillingAddress);
        Assert.Null(product.OpenInvoice);
        Assert.Equal(RenewalPreference.None, product.Renewal);
        Assert.Equal([product.Id], organization.Products);
        Assert.Equal(new ProductOrdered(product.Id, organization.Id, ProductType.SwissBackup, RenewalPeriod.Monthly, price, product.PaidUntil, Owner), Assert.Single(product.PendingEvents));
        Assert.Equal(new OrganizationProductAdded(organization.Id, product.Id, Owner), Assert.Single(organization.PendingEvents));
        Assert.True(organization.Authorize(Owner, MemberAction.ManageProduct(product.Id)).IsT0);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void Order_NeedsAllRights_AndAPriceOfZeroOrMore_AndChangesNothingWhenRefused()
    {
        var scene = new BillingScene(products: 1);
        var before = scene.Snapshot();

        var denied = Product.Order(scene.Organization, BillingScene.LimitedWithBilling, ProductType.WebHosting, RenewalPeriod.Yearly, BillingScene.Chf(1m), scene.Clock, scene.Random);
        var stranger = Product.Order(scene.Organization, BillingScene.Stranger, ProductType.WebHosting, RenewalPeriod.Yearly, BillingScene.Chf(1m), scene.Clock, scene.Random);
        var negative = Product.Order(scene.Organization, Owner, ProductType.WebHosting, RenewalPeriod.Yearly, BillingScene.Chf(-0.05m), scene.Clock, scene.Random);

        Assert.Equal(DenialReason.AdministratorRequired, Assert.IsType<ActionDenied>(denied.Value).Reason);
        Assert.Equal(DenialReason.NotAMember, Assert.IsType<ActionDenied>(stranger.Value).Reason);
        Assert.Equal(new NegativePrice(BillingScene.Chf(-0.05m)), negative.Value);
        Assert.Equal(before, scene.Snapshot());
        Assert.Equal(0, scene.PendingEvents());
        Assert.True(Product.Order(scene.Organization, BillingScene.AdministratorWithoutBilling, ProductType.DomainName, RenewalPeriod.Yearly, Money.Zero(Currency.Chf), scene.Clock, scene.Random).IsT0);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public void Terminate_RemovesTheProductFromTheIndex_NeedsBillingRights_AndHappensOnce()
    {
        var scene = new BillingScene(products: 2);
        var product = scene.Products[0];

        foreach (var (actor, reason) in BillingScene.NoBillingRights)
        {
            Assert.Equal(reason, Assert.IsType<ActionDenied>(product.Terminate(scene.Organization, actor).Value).Reason);
        }

        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(scene.ForeignProduct.Terminate(scene.Organization, Owner).Value).Reason);
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(product.Terminate(scene.Other, BillingScene.OtherOwner).Value).Reason);
        Assert.Equal(0, scene.PendingEvents());

        Assert.True(product.Terminate(scene.Organization, BillingScene.LimitedWithBilling).IsT0);

        Assert.Equal(ProductStatus.Terminated, product.Status);
        Assert.False(product.IsActive);
        Assert.DoesNotContain(product.Id, scene.Organization.Products);
        Assert.Equal(new ProductTerminated(product.Id, scene.Organization.Id, BillingScene.LimitedWithBilling), Assert.Single(product.PendingEvents));
        Assert.Equal(new OrganizationProductTerminated(scene.Organization.Id, product.Id, BillingScene.LimitedWithBilling), Assert.Single(scene.Organization.PendingEvents));
        Assert.Equal(DenialReason.ProductNotHeld, Assert.IsType<ActionDenied>(product.Terminate(scene.Organization, Owner).Value).Reason);
        Assert.Equal(DenialReason.ProductNotHeld, scene.Organization.Authorize(BillingScene.LimitedWithBilling, MemberAction.ViewProduct(product.Id)).AsT1.Reason);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Terminate_OfAProductTheIndexStillNames_AfterItWasTerminated_IsAnInconsistentLoad()
    {
        var organization = Given.OrganizationWith(1, Owner, Given.Product(1));
        var terminated = Product.FromState(Given.ProductOf(organization, Given.Product(1)).ToState() with { Status = ProductStatus.Terminated });

        var thrown = Assert.Throws<ArgumentException>(() => terminated.Terminate(organization, Owner));

        Assert.Equal($"Organization {organization.Id} holds product {Given.Product(1)}, which is terminated: the two were not saved together. (Parameter 'organization')", thrown.Message);
        Assert.Equal([Given.Product(1)], organization.Products);
        Assert.Empty(organization.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "BIL-2")]
    [Trait("Rule", "RGT-4")]
    public void ChangeBillingAddress_ToAnotherOfTheOrganizationsAddresses_ForItsFutureInvoices()
    {
        var scene = new BillingScene(products: 1);
        var product = scene.Products[0];
        var second = scene.Billing.AddAddress(scene.Organization, Owner, StoredBilling.Geneva, scene.Random).GetValueOrThrow();
        scene.Dequeue();

        Assert.True(product.ChangeBillingAddress(scene.Organization, scene.Billing, BillingScene.LimitedWithBilling, second).IsT0);
        Assert.True(product.ChangeBillingAddress(scene.Organization, scene.Billing, BillingScene.LimitedWithBilling, second).IsT0);

        Assert.Equal(second, product.BillingAddress);
        Assert.Equal(new ProductBillingAddressChanged(product.Id, scene.Organization.Id, second, BillingScene.LimitedWithBilling), Assert.Single(product.PendingEvents));
    }

    [Fact]
    [Trait("Rule", "BIL-2")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public void ChangeBillingAddress_ToAForeignOrMissingAddress_OrWithoutBillingRights_IsRefused_AndChangesNothing()
    {
        var scene = new BillingScene(products: 1);
        var product = scene.Products[0];
        var before = scene.Snapshot();

        Assert.Equal(new BillingAddressNotFound(scene.Organization.Id, scene.OtherAddress), product.ChangeBillingAddress(scene.Organization, scene.Billing, Owner, scene.OtherAddress).Value);
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(product.ChangeBillingAddress(scene.Organization, scene.OtherBilling, Owner, scene.OtherAddress).Value).Reason);
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(scene.ForeignProduct.ChangeBillingAddress(scene.Organization, scene.Billing, Owner, scene.Address).Value).Reason);
        foreach (var (actor, reason) in BillingScene.NoBillingRights)
        {
            Assert.Equal(reason, Assert.IsType<ActionDenied>(product.ChangeBillingAddress(scene.Organization, scene.Billing, actor, scene.Address).Value).Reason);
        }

        Assert.Equal(before, scene.Snapshot());
        Assert.Equal(0, scene.PendingEvents());
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "RGT-4")]
    public void RenewalPreference_CanBeChangedAtAnyTime_ByAMemberWithBillingRights()
    {
        var scene = new BillingScene(products: 1);
        var product = scene.Products[0];
        var automatic = RenewalPreference.Automatic(PaymentMethod.PrepaidAccount);

        foreach (var (actor, reason) in BillingScene.NoBillingRights)
        {
            Assert.Equal(reason, Assert.IsType<ActionDenied>(product.SetRenewalPreference(scene.Organization, actor, automatic).Value).Reason);
        }

        Assert.Equal(0, scene.PendingEvents());
        Assert.True(product.SetRenewalPreference(scene.Organization, BillingScene.LimitedWithBilling, automatic).IsT0);
        Assert.True(product.SetRenewalPreference(scene.Organization, Owner, RenewalPreference.Automatic(PaymentMethod.PrepaidAccount)).IsT0);
        Assert.True(product.SetRenewalPreference(scene.Organization, Owner, RenewalPreference.Manual(PaymentMethod.Twint)).IsT0);

        Assert.Equal(RenewalPreference.Manual(PaymentMethod.Twint), product.Renewal);
        Assert.False(product.Renewal.IsAutomatic);
        Assert.Equal(
            [new ProductRenewalPreferenceChanged(product.Id, scene.Organization.Id, automatic, BillingScene.LimitedWithBilling), new ProductRenewalPreferenceChanged(product.Id, scene.Organization.Id, RenewalPreference.Manual(PaymentMethod.Twint), Owner)],
            product.PendingEvents);
        Assert.True(automatic.IsAutomatic);
        Assert.Equal(PaymentMethod.PrepaidAccount, automatic.PaymentMethod);
    }

    [Fact]
    [Trait("Rule", "BIL-4")]
    public void IsDueForRenewal_WhenActiveAndPaidUntilFallsWithinTheWindow()
    {
        var scene = new BillingScene(products: 1);
        var product = scene.Products[0];

        Assert.False(product.IsDueForRenewal(scene.Clock, TimeSpan.FromDays(9)));
        Assert.True(product.IsDueForRenewal(scene.Clock, TimeSpan.FromDays(10)));
        scene.Clock.Advance(TimeSpan.FromDays(10));
        Assert.True(product.IsDueForRenewal(scene.Clock, TimeSpan.Zero));
        product.Terminate(scene.Organization, Owner).GetValueOrThrow();
        Assert.False(product.IsDueForRenewal(scene.Clock, TimeSpan.FromDays(400)));
        Assert.Throws<ArgumentException>(() => product.IsDueForRenewal(scene.Clock, TimeSpan.FromTicks(-1)));
    }

    [Fact]
    [Trait("Rule", "ORG-7")]
    public void ProductTypes_AreWellKnown_OrAnApplicationsOwnCode()
    {
        Assert.Equal(["domain-name", "mail-service", "swiss-backup", "web-hosting"], ProductType.WellKnown.Select(t => t.Code));
        Assert.Equal(ProductType.WebHosting, ProductType.Parse(" Web-Hosting ").GetValueOrThrow());
        Assert.Equal("kdrive", ProductType.Parse("kDrive").GetValueOrThrow().ToString());
        Assert.Equal("k2", ProductType.Parse("k2").GetValueOrThrow().Code);
        Assert.Equal(string.Empty, default(ProductType).ToString());
        Assert.True(default(ProductType).IsDefault);
        Assert.False(ProductType.MailService.IsDefault);
        foreach (var bad in new[] { null, "", "k", "2fa", "web-", "web hosting", "web_hosting", "hébergement", new string('a', 41) })
        {
            Assert.IsType<InvalidProductType>(ProductType.Parse(bad).Value);
        }

        Assert.Equal(40, ProductType.Parse(new string('a', 40)).GetValueOrThrow().Code.Length);
        Assert.Equal("'bad\uFFFD' is not a product type code: 2 to 40 letters, digits and inner hyphens, starting with a letter.", ProductType.Parse("bad\u202E").AsT1.Message);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void RenewalPeriods_LastOneToOneHundredTwentyMonths()
    {
        Assert.Equal(12, RenewalPeriod.Yearly.Months);
        Assert.Equal(1, RenewalPeriod.Monthly.Months);
        Assert.Equal(120, RenewalPeriod.FromMonths(120).GetValueOrThrow().Months);
        Assert.Equal(RenewalPeriod.Monthly, RenewalPeriod.FromMonths(1).GetValueOrThrow());
        Assert.Equal(new InvalidRenewalPeriod(0), RenewalPeriod.FromMonths(0).Value);
        Assert.Equal(new InvalidRenewalPeriod(-1), RenewalPeriod.FromMonths(-1).Value);
        Assert.Equal("A renewal period lasts 1 to 120 months, not 0.", RenewalPeriod.FromMonths(0).AsT1.Message);
        Assert.Equal(new InvalidRenewalPeriod(121), RenewalPeriod.FromMonths(121).Value);
        Assert.Equal("A renewal period lasts 1 to 120 months, not 121.", RenewalPeriod.FromMonths(121).AsT1.Message);
        Assert.Equal("1 month", RenewalPeriod.Monthly.ToString());
        Assert.Equal("12 months", RenewalPeriod.Yearly.ToString());
        Assert.True(default(RenewalPeriod).IsDefault);
        Assert.Equal(new DateTimeOffset(2027, 2, 28, 0, 0, 0, TimeSpan.Zero), RenewalPeriod.Monthly.EndOfPeriodFrom(new DateTimeOffset(2027, 1, 31, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    [Trait("Rule", "ORG-7")]
    public void AProgrammerError_Throws()
    {
        var organization = Given.OrganizationWith(1, Owner);
        var clock = Given.Clock();
        var random = new SeededRandomSource(1);
        var price = BillingScene.Chf(1m);
        var product = Product.Order(organization, Owner, ProductType.WebHosting, RenewalPeriod.Yearly, price, clock, random).GetValueOrThrow();

        Assert.Throws<ArgumentNullException>(() => Product.Order(null!, Owner, ProductType.WebHosting, RenewalPeriod.Yearly, price, clock, random));
        Assert.Throws<ArgumentNullException>(() => Product.Order(organization, Owner, ProductType.WebHosting, RenewalPeriod.Yearly, price, null!, random));
        Assert.Throws<ArgumentNullException>(() => Product.Order(organization, Owner, ProductType.WebHosting, RenewalPeriod.Yearly, price, clock, null!));
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => Product.Order(organization, BillingScene.Stranger, ProductType.WebHosting, RenewalPeriod.Yearly, price, null!, random)).ParamName);
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => Product.Order(organization, BillingScene.Stranger, ProductType.WebHosting, RenewalPeriod.Yearly, price, clock, null!)).ParamName);
        Assert.Equal(
            "A product type is required; the default value is not one. (Parameter 'type')",
            Assert.Throws<ArgumentException>(() => Product.Order(organization, Owner, default, RenewalPeriod.Yearly, price, clock, random)).Message);
        Assert.Equal(
            "A renewal period is required; the default value is not one. (Parameter 'period')",
            Assert.Throws<ArgumentException>(() => Product.Order(organization, Owner, ProductType.WebHosting, default, price, clock, random)).Message);
        Assert.Equal(
            "A price needs a currency; the default value has none. (Parameter 'price')",
            Assert.Throws<ArgumentException>(() => Product.Order(organization, Owner, ProductType.WebHosting, RenewalPeriod.Yearly, default, clock, random)).Message);
        Assert.Throws<ArgumentNullException>(() => product.Terminate(null!, Owner));
        Assert.Throws<ArgumentNullException>(() => product.ChangeBillingAddress(organization, null!, Owner, BillingAddressId.From(Guid.NewGuid())));
        Assert.Equal("organization", Assert.Throws<ArgumentNullException>(() => product.ChangeBillingAddress(null!, new BillingScene(products: 0).Billing, Owner, BillingAddressId.From(Guid.NewGuid()))).ParamName);
        Assert.Equal("organization", Assert.Throws<ArgumentNullException>(() => product.SetRenewalPreference(null!, Owner, RenewalPreference.Manual(PaymentMethod.Twint))).ParamName);
        Assert.Throws<ArgumentNullException>(() => product.SetRenewalPreference(organization, Owner, null!));
        Assert.Throws<ArgumentException>(() => RenewalPreference.Automatic(default));
        Assert.Throws<ArgumentException>(() => RenewalPreference.Manual(default));
        Assert.Throws<ArgumentNullException>(() => product.IsDueForRenewal(null!, TimeSpan.Zero));
        Assert.Single(organization.Products);
    }

    [Fact]
    [Trait("Rule", "ORG-7")]
    public void FromState_RebuildsTheProduct_AndRejectsStatesThatBreakAnInvariant()
    {
        var scene = new BillingScene(products: 1);
        var product = scene.Products[0];
        product.SetRenewalPreference(scene.Organization, Owner, RenewalPreference.Manual(PaymentMethod.Twint)).GetValueOrThrow();
        var state = product.ToState();

        Assert.Equal(state, Product.FromState(state).ToState());
        Assert.Equal(RenewalPreference.None, Product.FromState(state with { PaymentMethod = null }).Renewal);
        Assert.Equal(RenewalPreference.Automatic(PaymentMethod.Twint), Product.FromState(state with { AutomaticRenewal = true }).Renewal);
        Assert.Equal(product.Version, Product.FromState(state).PersistedVersion);
        Assert.Throws<ArgumentNullException>(() => Product.FromState(null!));
        foreach (var (corrupt, problem) in new (ProductState State, string Problem)[]
        {
            (state with { Id = default }, "(Parameter 'id')"),
            (state with { OrganizationId = default }, "(Parameter 'organization')"),
            (state with { Version = -1 }, "(Parameter 'version')"),
            (state with { Type = "not a type" }, "Invalid product state: 'not a type' is not a product type code"),
            (state with { Type = "Web-Hosting" }, "Invalid product state: The type is not stored in its canonical form."),
            (state with { Type = " web-hosting" }, "Invalid product state: The type is not stored in its canonical form."),
            (state with { RenewalMonths = 0 }, "Invalid product state: A renewal period lasts 1 to 120 months, not 0."),
            (state with { RenewalMonths = 121 }, "Invalid product state: A renewal period lasts 1 to 120 months, not 121."),
            (state with { Price = default }, "Invalid product state: The price is negative or has no currency."),
            (state with { Price = BillingScene.Chf(-1m) }, "Invalid product state: The price is negative or has no currency."),
            (state with { Status = (ProductStatus)7 }, "Invalid product state: The status is not a product status."),
            (state with { PaymentMethod = "???" }, "Invalid product state: '???' is not a payment method code"),
            (state with { PaymentMethod = "TWINT" }, "Invalid product state: The payment method is not stored in its canonical form."),
            (state with { AutomaticRenewal = true, PaymentMethod = null }, "Invalid product state: Automatic renewal has no payment method."),
        })
        {
            var thrown = Assert.ThrowsAny<ArgumentException>(() => Product.FromState(corrupt));
            Assert.Contains(problem, thrown.Message, StringComparison.Ordinal);
            if (problem.StartsWith("Invalid product state: ", StringComparison.Ordinal))
            {
                Assert.Equal("state", thrown.ParamName);
            }
        }
    }
}
