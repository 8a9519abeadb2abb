using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Products.Specifications;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Billing;

/// <summary>
/// The knowledge base's accounting pages, step by step: Accounting > To be paid lists the due products; selected ones
/// give a pro forma invoice at once; paying issues the final invoice, which Accounting > Invoice history then prints.
/// </summary>
public class BillingStoryTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    [Fact]
    [Trait("Rule", "BIL-4")]
    [Trait("Rule", "BIL-2")]
    public void Step1_ToBePaid_ListsTheDueProducts_AndARenewalChoosesOneOfTheAddresses()
    {
        var scene = new BillingScene(products: 2);
        var accounting = scene.Billing.AddAddress(scene.Organization, Owner, StoredBilling.Geneva, scene.Random).GetValueOrThrow();

        var toBePaid = new DueProductsNotYetInvoicedSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromDays(30)).Evaluate(scene.Products.Select(p => p.ToState()));
        Assert.Equal(scene.Products.Select(p => p.Id), toBePaid.Select(p => p.Id));
        Assert.True(scene.Products[1].ChangeBillingAddress(scene.Organization, scene.Billing, Owner, accounting).IsT0);
        Assert.Equal([scene.Address, accounting], scene.Products.Select(p => p.BillingAddress));
    }

    [Fact]
    [Trait("Rule", "BIL-4")]
    public void Step2_SelectedProducts_GiveAProFormaInvoice_DownloadableAtOnce_WithNoLegalValue()
    {
        var scene = new BillingScene(products: 2);

        var proForma = Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(scene.Products[0])], scene.Clock, scene.Random).GetValueOrThrow();

        Assert.Null(proForma.Document.Number);
        Assert.Equal(InvoiceDocument.ProFormaNotice, proForma.Document.Notice);
        Assert.Equal(BillingScene.Chf(120m), proForma.Document.Total);
        Assert.Equal(1L, scene.Billing.NextInvoiceSequence);
    }

    [Fact]
    [Trait("Rule", "BIL-3")]
    [Trait("Rule", "BIL-5")]
    public void Step3_AFinalInvoice_IsPrintedOnlyOncePaid()
    {
        var scene = new BillingScene(products: 2);
        var invoice = scene.Issue([.. scene.Products]);

        Assert.IsType<InvoiceNotPaid>(invoice.Download(scene.Organization, Owner).Value);
        Assert.True(Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Card, scene.Products, scene.Clock).IsT0);

        Assert.All(scene.Products, p => Assert.False(p.IsDueForRenewal(scene.Clock, TimeSpan.FromDays(30))));
        Assert.Empty(new DueProductsNotYetInvoicedSpec(scene.Organization.Id, scene.Clock, TimeSpan.FromDays(30)).Evaluate(scene.Products.Select(p => p.ToState())));
    }

    [Fact]
    [Trait("Rule", "BIL-3")]
    [Trait("Rule", "BIL-5")]
    public void Step4_TheInvoiceHistory_DownloadsThePaidInvoice_WithItsNumberAndAddress()
    {
        var scene = new BillingScene(products: 1);
        var invoice = scene.Issue(scene.Products[0]);
        scene.Pay(invoice);

        var document = invoice.Download(scene.Organization, Owner).GetValueOrThrow();

        Assert.Equal("INV-000001", document.Number?.Value);
        Assert.Equal(StoredBilling.Lausanne, document.BillingAddress);
        Assert.Equal(PaymentMethod.Card, document.Payment?.Method);
        Assert.True(document.HasLegalValue);
    }
}
