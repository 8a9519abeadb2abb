using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Billing;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>ORG-9 decided on the products and invoices themselves: facts of another organization, or too few facts, are refused by name.</summary>
public class OrganizationDeletionFactsTests
{
    private static readonly AccountId Owner = BillingScene.Owner;
    private static readonly Money Zero = Money.Zero(Currency.Chf);

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "ORG-7")]
    public void ProductsOrInvoicesOfAnotherOrganization_AreRefusedByName()
    {
        var scene = new BillingScene(products: 1);
        var foreignInvoice = Invoicing.Issue(scene.OtherBilling, scene.Other, BillingScene.OtherOwner, [new(scene.ForeignProduct)], scene.Clock, scene.Random).GetValueOrThrow();

        var products = OrganizationDeletion.Check(scene.Organization, Owner, [], [.. scene.Products, scene.ForeignProduct], [], false);
        var invoices = OrganizationDeletion.Check(scene.Organization, Owner, [], scene.Products, [foreignInvoice, foreignInvoice], false);

        var foreignProducts = Assert.IsType<ProductsOfAnotherOrganization>(products.Value);
        Assert.Equal((scene.Organization.Id, scene.ForeignProduct.Id), (foreignProducts.Organization, Assert.Single(foreignProducts.Products)));
        var foreignInvoices = Assert.IsType<InvoicesOfAnotherOrganization>(invoices.Value);
        Assert.Equal((scene.Organization.Id, foreignInvoice.Id), (foreignInvoices.Organization, Assert.Single(foreignInvoices.Invoices)));
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void AProductTheIndexNames_OrAnOpenInvoiceAProductNames_MustBeGiven()
    {
        var scene = new BillingScene(products: 2);
        var invoice = scene.Issue(scene.Products[0]);

        var missingProduct = OrganizationDeletion.Check(scene.Organization, Owner, [], [scene.Products[0]], [invoice], false);
        var missingInvoice = OrganizationDeletion.Check(scene.Organization, Owner, [], scene.Products, [], false);

        var products = Assert.IsType<ProductsNotGiven>(missingProduct.Value);
        Assert.Equal((scene.Organization.Id, scene.Products[1].Id), (products.Organization, Assert.Single(products.Products)));
        var invoices = Assert.IsType<InvoicesNotGiven>(missingInvoice.Value);
        Assert.Equal((scene.Organization.Id, invoice.Id), (invoices.Organization, Assert.Single(invoices.Invoices)));
        Assert.IsType<DeletionPrerequisitesUnmet>(OrganizationDeletion.Delete(scene.Organization, Owner, [], scene.Products, [invoice], false).Value);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "BIL-5")]
    public void AnOrganization_EmptiesItself_ByTerminatingItsProducts_AndPayingOrVoidingItsInvoices()
    {
        var scene = new BillingScene(products: 2);
        var paid = scene.Issue(scene.Products[0]);
        var open = scene.Issue(scene.Products[1]);
        scene.Pay(paid);
        scene.Products.ForEach(p => p.Terminate(scene.Organization, Owner).GetValueOrThrow());

        var unmet = Assert.IsType<DeletionPrerequisitesUnmet>(OrganizationDeletion.Check(scene.Organization, Owner, [], scene.Products, [paid, open], false).Value);
        Assert.Empty(unmet.ActiveProducts);
        Assert.Equal([open.Id], unmet.UnpaidInvoices);

        Invoicing.Void(open, scene.Organization, Owner, VoidReason.ProductTerminated, scene.Products, scene.Clock).GetValueOrThrow();
        var deleted = OrganizationDeletion.Delete(scene.Organization, Owner, [], scene.Products, [paid, open], sendPaidInvoicesByEmail: true);

        Assert.True(Assert.IsType<OrganizationDeleted>(deleted.Value).PaidInvoicesByEmailRequested);
        Assert.True(scene.Organization.IsDeleted);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void AProductLoadedActive_ButNoLongerInTheIndex_StillCountsAsHeld()
    {
        var organization = Given.OrganizationWith(1, Owner, Given.Product(1));
        var stale = Given.ProductOf(organization, Given.Product(1));
        var current = Given.ProductOf(organization, Given.Product(1));
        current.Terminate(organization, Owner).GetValueOrThrow();

        var unmet = Assert.IsType<DeletionPrerequisitesUnmet>(OrganizationDeletion.Check(organization, Owner, [], [stale], [], false).Value);

        Assert.Equal([Given.Product(1)], unmet.ActiveProducts);
        Assert.True(OrganizationDeletion.Check(organization, Owner, [], [current], [], false).IsT0);
    }
}
