using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Billing;

public class InvoicingTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void Issue_NumbersTheInvoice_CopiesTheAddress_AndBillsEachProductsNextPeriod()
    {
        var scene = new BillingScene(products: 2);
        var (hosting, backup) = (scene.Products[0], scene.Products[1]);
        var vat = TaxRate.Create(8.1m).GetValueOrThrow();

        var invoice = Invoicing.Issue(scene.Billing, scene.Organization, BillingScene.LimitedWithBilling, [new(hosting, vat), new(backup)], scene.Clock, scene.Random).GetValueOrThrow();

        Assert.Equal("INV-000001", invoice.Number.Value);
        Assert.Equal(1L, invoice.Number.Sequence);
        Assert.Equal(2L, scene.Billing.NextInvoiceSequence);
        Assert.Equal(scene.Clock.GetUtcNow(), invoice.IssuedAt);
        Assert.Equal((scene.Organization.Id, scene.Address, StoredBilling.Lausanne, Currency.Chf), (invoice.Organization, invoice.BillingAddressId, invoice.BillingAddress, invoice.Currency));
        Assert.True(invoice.IsOpen);
        Assert.IsType<InvoiceStatus.Open>(invoice.Status);
        var first = invoice.Lines[0];
        Assert.Equal((hosting.Id, ProductType.WebHosting, hosting.PaidUntil, hosting.PaidUntil.AddYears(1)), (first.Product, first.ProductType, first.PeriodStart, first.PeriodEnd));
        Assert.Equal((BillingScene.Chf(120m), (TaxRate?)vat, BillingScene.Chf(9.72m), BillingScene.Chf(129.72m)), (first.Amount, first.TaxRate, first.Tax, first.Total));
        Assert.Equal((BillingScene.Chf(130m), (TaxRate?)null, Money.Zero(Currency.Chf), BillingScene.Chf(130m)), (invoice.Lines[1].Amount, invoice.Lines[1].TaxRate, invoice.Lines[1].Tax, invoice.Lines[1].Total));
        Assert.Equal((BillingScene.Chf(250m), BillingScene.Chf(9.72m), BillingScene.Chf(259.72m)), (invoice.Subtotal, invoice.TaxTotal, invoice.Total));
        Assert.Equal((invoice.Id, invoice.Id), (hosting.OpenInvoice, backup.OpenInvoice));
        var issued = Assert.IsType<InvoiceIssued>(Assert.Single(invoice.PendingEvents));
        Assert.Equal((invoice.Id, scene.Organization.Id, invoice.Number, invoice.Total, BillingScene.LimitedWithBilling), (issued.Invoice, issued.Organization, issued.Number, issued.Total, issued.IssuedBy));
        Assert.Equal([hosting.Id, backup.Id], issued.Products);
        Assert.Equal(new InvoiceNumberAssigned(scene.Billing.Id, scene.Organization.Id, invoice.Id, invoice.Number), Assert.Single(scene.Billing.PendingEvents));
        Assert.Equal(new ProductInvoiced(hosting.Id, scene.Organization.Id, invoice.Id), Assert.Single(hosting.PendingEvents));
        Assert.Empty(scene.Organization.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "BIL-2")]
    public void Issue_ToAnAddressChosenAtRenewal_OrTheOneTheProductsShare()
    {
        var scene = new BillingScene(products: 2);
        var geneva = scene.Billing.AddAddress(scene.Organization, Owner, StoredBilling.Geneva, scene.Random).GetValueOrThrow();
        scene.Products[1].ChangeBillingAddress(scene.Organization, scene.Billing, Owner, geneva).GetValueOrThrow();
        var before = scene.Snapshot();

        Assert.Equal(new NoSingleBillingAddress(scene.Organization.Id, [scene.Address, geneva]).Message, Assert.IsType<NoSingleBillingAddress>(scene.TryIssue(Owner, scene.Products).Value).Message);
        Assert.Equal([scene.Address, geneva], ((NoSingleBillingAddress)scene.TryIssue(Owner, scene.Products).Value).Addresses);
        Assert.Equal(before, scene.Snapshot());

        var chosen = scene.TryIssue(Owner, scene.Products, geneva).GetValueOrThrow();
        Assert.Equal((geneva, StoredBilling.Geneva), (chosen.BillingAddressId, chosen.BillingAddress));
        Assert.Equal(scene.Address, scene.Products[0].BillingAddress);
    }

    [Fact]
    [Trait("Rule", "BIL-2")]
    public void AProductWithoutABillingAddress_IsInvoicedOnlyToAChosenOne()
    {
        var scene = new BillingScene(products: 0);
        var product = scene.Order(50m, Currency.Chf, withAddress: false);
        scene.Dequeue();

        Assert.Equal([(BillingAddressId?)null], Assert.IsType<NoSingleBillingAddress>(scene.TryIssue(Owner, [product]).Value).Addresses);
        Assert.Equal(scene.Address, scene.TryIssue(Owner, [product], scene.Address).GetValueOrThrow().BillingAddressId);
    }

    /// <summary>Each bad input: the setup it needs, returning the attempt, and the refusal expected.</summary>
    public static TheoryData<string, Func<BillingScene, Func<object>>, Type> BadSelections() => new()
    {
        { "no product", scene => () => scene.TryIssue(Owner, []).Value, typeof(EmptySelection) },
        { "a product of another organization", scene => () => scene.TryIssue(Owner, [scene.Products[0], scene.ForeignProduct]).Value, typeof(ProductsOfAnotherOrganization) },
        { "the same product twice", scene => () => scene.TryIssue(Owner, [scene.Products[0], scene.Products[0]]).Value, typeof(ProductsNotBillable) },
        { "a terminated product", scene => Terminated(scene), typeof(ProductsNotBillable) },
        { "a product already invoiced", scene => AlreadyInvoiced(scene), typeof(ProductsNotBillable) },
        { "products in two currencies", scene => With(scene, scene.Order(10m, Currency.Eur), euro => scene.TryIssue(Owner, [scene.Products[0], euro]).Value), typeof(CurrencyMismatch) },
        { "an address of another organization", scene => () => scene.TryIssue(Owner, [scene.Products[0]], scene.OtherAddress).Value, typeof(BillingAddressNotFound) },
        { "an address that does not exist", scene => () => scene.TryIssue(Owner, [scene.Products[0]], BillingAddressId.From(Guid.NewGuid())).Value, typeof(BillingAddressNotFound) },
        { "a total beyond the largest amount", scene => With(scene, scene.Order(Money.MaxMagnitude, Currency.Chf), huge => scene.TryIssue(Owner, [huge, scene.Products[0]]).Value), typeof(AmountOutOfRange) },
        { "the billing profile of another organization", scene => () => Invoicing.Issue(scene.OtherBilling, scene.Organization, Owner, [new(scene.Products[0])], scene.Clock, scene.Random).Value, typeof(ActionDenied) },
    };

    [Theory]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "ORG-7")]
    [MemberData(nameof(BadSelections))]
    public void Issue_RefusesBadInput_ByName_TakingNoNumber_AndChangingNothing(string description, Func<BillingScene, Func<object>> prepare, Type refusal)
    {
        var scene = new BillingScene(products: 2);
        var attempt = prepare(scene);
        scene.Dequeue();
        var next = scene.Billing.NextInvoiceSequence;
        var invoices = scene.Invoices.Count;
        var before = scene.Snapshot();

        var result = attempt();

        Assert.NotEmpty(description);
        Assert.IsType(refusal, result);
        Assert.Equal(next, scene.Billing.NextInvoiceSequence);
        Assert.Equal(invoices, scene.Invoices.Count);
        Assert.Equal(0, scene.PendingEvents());
        Assert.Equal(before, scene.Snapshot());
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void ProductsNotBillable_NamesEveryProductAndWhy()
    {
        var scene = new BillingScene(products: 3);
        var open = scene.Issue(scene.Products[1]);
        scene.Products[2].Terminate(scene.Organization, Owner).GetValueOrThrow();
        scene.Dequeue();

        var refused = Assert.IsType<ProductsNotBillable>(scene.TryIssue(Owner, [scene.Products[0], scene.Products[1], scene.Products[2], scene.Products[0]]).Value);

        Assert.Equal(
            [
                new UnbillableProduct(scene.Products[1].Id, UnbillableReason.AlreadyInvoiced, open.Id),
                new UnbillableProduct(scene.Products[2].Id, UnbillableReason.Terminated, null),
                new UnbillableProduct(scene.Products[0].Id, UnbillableReason.ChosenTwice, null),
            ],
            refused.Products);
        Assert.Equal(scene.Organization.Id, refused.Organization);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "ORG-7")]
    public void AProductTheOrganizationNoLongerHolds_IsNotInvoiced_EvenWhenLoadedActive()
    {
        var scene = new BillingScene(products: 1);
        var stale = Product.FromState(scene.Products[0].ToState());
        scene.Products[0].Terminate(scene.Organization, Owner).GetValueOrThrow();

        var refused = Assert.IsType<ProductsNotBillable>(Invoicing.Issue(scene.Billing, scene.Organization, Owner, [new(stale)], scene.Clock, scene.Random).Value);

        Assert.Equal(UnbillableReason.Terminated, Assert.Single(refused.Products).Reason);
    }

    [Fact]
    [Trait("Rule", "BIL-3")]
    [Trait("Rule", "BIL-5")]
    public void Pay_MovesOpenToPaid_RenewsEachProduct_AndTheInvoiceCanThenBeDownloaded()
    {
        var scene = new BillingScene(products: 2);
        var invoice = scene.Issue([.. scene.Products]);
        var ends = invoice.Lines.Select(l => l.PeriodEnd).ToList();
        Assert.Equal(new InvoiceNotPaid(invoice.Id, InvoiceStatusKind.Open), invoice.Download(scene.Organization, Owner).Value);
        scene.Dequeue();
        scene.Clock.Advance(TimeSpan.FromDays(2));

        Assert.True(Invoicing.Pay(invoice, scene.Organization, BillingScene.LimitedWithBilling, PaymentMethod.Twint, [.. scene.Products, scene.ForeignProduct], scene.Clock).IsT0);

        Assert.Equal(new InvoiceStatus.Paid(scene.Clock.GetUtcNow(), PaymentMethod.Twint), invoice.Status);
        Assert.False(invoice.IsOpen);
        Assert.Equal(ends, scene.Products.Select(p => p.PaidUntil));
        Assert.All(scene.Products, p => Assert.Null(p.OpenInvoice));
        Assert.Equal(new InvoicePaid(invoice.Id, scene.Organization.Id, invoice.Number, invoice.Total, PaymentMethod.Twint, BillingScene.LimitedWithBilling), Assert.Single(invoice.PendingEvents));
        Assert.Equal(new ProductRenewed(scene.Products[0].Id, scene.Organization.Id, invoice.Id, ends[0]), Assert.Single(scene.Products[0].PendingEvents));
        Assert.Empty(scene.ForeignProduct.PendingEvents);

        var document = invoice.Download(scene.Organization, BillingScene.LimitedWithBilling).GetValueOrThrow();
        Assert.Equal((InvoiceDocumentKind.Final, invoice.Id, (InvoiceNumber?)invoice.Number, invoice.IssuedAt), (document.Kind, document.Invoice, document.Number, document.Date));
        Assert.Equal((scene.Organization.Id, StoredBilling.Lausanne, Currency.Chf), (document.Organization, document.BillingAddress, document.Currency));
        Assert.Equal(invoice.Lines, document.Lines);
        Assert.Equal((invoice.Subtotal, invoice.TaxTotal, invoice.Total), (document.Subtotal, document.TaxTotal, document.Total));
        Assert.Equal(invoice.Status, document.Payment);
        Assert.True(document.HasLegalValue);
        Assert.Null(document.Notice);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void Void_MovesOpenToVoid_KeepsTheNumber_AndFreesTheProductsToBeInvoicedAgain()
    {
        var scene = new BillingScene(products: 1);
        var product = scene.Products[0];
        var paidUntil = product.PaidUntil;
        var voided = scene.Issue(product);
        scene.Dequeue();

        Assert.True(Invoicing.Void(voided, scene.Organization, BillingScene.LimitedWithBilling, VoidReason.IssuedInError, [product], scene.Clock).IsT0);

        Assert.Equal(new InvoiceStatus.Void(scene.Clock.GetUtcNow(), VoidReason.IssuedInError), voided.Status);
        Assert.Equal("INV-000001", voided.Number.Value);
        Assert.Null(product.OpenInvoice);
        Assert.Equal(paidUntil, product.PaidUntil);
        Assert.Equal(new InvoiceVoided(voided.Id, scene.Organization.Id, voided.Number, VoidReason.IssuedInError, BillingScene.LimitedWithBilling), Assert.Single(voided.PendingEvents));
        Assert.Equal(new ProductInvoiceVoided(product.Id, scene.Organization.Id, voided.Id), Assert.Single(product.PendingEvents));
        Assert.Equal(new InvoiceNotPaid(voided.Id, InvoiceStatusKind.Void), voided.Download(scene.Organization, Owner).Value);
        Assert.Equal("INV-000002", scene.Issue(product).Number.Value);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void APaidOrVoidInvoice_IsNeverPaidOrVoidedAgain()
    {
        var scene = new BillingScene(products: 2);
        var paid = scene.Issue(scene.Products[0]);
        scene.Pay(paid);
        var voided = scene.Issue(scene.Products[1]);
        Invoicing.Void(voided, scene.Organization, Owner, VoidReason.Duplicate, scene.Products, scene.Clock).GetValueOrThrow();
        scene.Dequeue();
        var before = scene.Snapshot();

        Assert.Equal(new InvoiceNotOpen(paid.Id, InvoiceStatusKind.Paid), Invoicing.Pay(paid, scene.Organization, Owner, PaymentMethod.Card, scene.Products, scene.Clock).Value);
        Assert.Equal(new InvoiceNotOpen(paid.Id, InvoiceStatusKind.Paid), Invoicing.Void(paid, scene.Organization, Owner, VoidReason.Waived, scene.Products, scene.Clock).Value);
        Assert.Equal(new InvoiceNotOpen(voided.Id, InvoiceStatusKind.Void), Invoicing.Pay(voided, scene.Organization, Owner, PaymentMethod.Card, scene.Products, scene.Clock).Value);
        Assert.Equal(new InvoiceNotOpen(voided.Id, InvoiceStatusKind.Void), Invoicing.Void(voided, scene.Organization, Owner, VoidReason.Waived, [], scene.Clock).Value);
        Assert.Equal(before, scene.Snapshot());
        Assert.Equal(0, scene.PendingEvents());
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-2")]
    public void PayingOrVoiding_WithoutTheInvoicesProducts_IsRefusedByName_AndAStaleProductIsAProgrammerError()
    {
        var scene = new BillingScene(products: 2);
        var invoice = scene.Issue([.. scene.Products]);
        var stale = Product.FromState(scene.Products[0].ToState() with { OpenInvoiceId = null });
        scene.Dequeue();
        var before = scene.Snapshot();

        Assert.Equal([scene.Products[1].Id], Assert.IsType<ProductsNotGiven>(Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Card, [scene.Products[0]], scene.Clock).Value).Products);
        Assert.Equal([scene.Products[0].Id, scene.Products[1].Id], Assert.IsType<ProductsNotGiven>(Invoicing.Void(invoice, scene.Organization, Owner, VoidReason.Waived, [scene.ForeignProduct], scene.Clock).Value).Products);
        var staleMessage = $"Product {stale.Id} does not have invoice {invoice.Id} open: it was loaded stale.";
        Assert.StartsWith(staleMessage, Assert.Throws<ArgumentException>(() => Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Card, [stale, scene.Products[1]], scene.Clock)).Message, StringComparison.Ordinal);
        Assert.StartsWith(staleMessage, Assert.Throws<ArgumentException>(() => Invoicing.Void(invoice, scene.Organization, Owner, VoidReason.Waived, [stale, scene.Products[1]], scene.Clock)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Card, [scene.Products[0], null!], scene.Clock));
        Assert.Equal("method", Assert.Throws<ArgumentException>(() => Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.PrepaidAccount, scene.Products, scene.Clock)).ParamName);
        Assert.Equal(before, scene.Snapshot());
        Assert.Equal(0, scene.PendingEvents());
        Assert.True(Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Card, [scene.Products[1], scene.Products[0], scene.Products[1]], scene.Clock).IsT0);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public void EveryInvoiceCommand_ByAStrangerAForeignMemberOrAMemberWithoutBillingRights_IsDenied_AndChangesNothing()
    {
        var scene = new BillingScene(products: 2);
        var paid = scene.Issue(scene.Products[0]);
        scene.Pay(paid);
        var open = scene.Issue(scene.Products[1]);
        scene.Dequeue();
        var before = scene.Snapshot();
        var items = new InvoiceItem[] { new(scene.Products[1]) };

        foreach (var (actor, reason) in BillingScene.NoBillingRights)
        {
            object[] results =
            [
                Invoicing.Issue(scene.Billing, scene.Organization, actor, items, scene.Clock, scene.Random).Value,
                Invoicing.ProForma(scene.Billing, scene.Organization, actor, items, scene.Clock, scene.Random).Value,
                Invoicing.Pay(open, scene.Organization, actor, PaymentMethod.Card, scene.Products, scene.Clock).Value,
                Invoicing.Void(open, scene.Organization, actor, VoidReason.Waived, scene.Products, scene.Clock).Value,
                paid.Download(scene.Organization, actor).Value,
            ];
            Assert.All(results, result => Assert.Equal(reason, Assert.IsType<ActionDenied>(result).Reason));
        }

        object[] foreign =
        [
            Invoicing.Pay(open, scene.Other, BillingScene.OtherOwner, PaymentMethod.Card, scene.Products, scene.Clock).Value,
            Invoicing.Void(open, scene.Other, BillingScene.OtherOwner, VoidReason.Waived, scene.Products, scene.Clock).Value,
            paid.Download(scene.Other, BillingScene.OtherOwner).Value,
            Invoicing.Issue(scene.Billing, scene.Other, BillingScene.OtherOwner, [new(scene.ForeignProduct)], scene.Clock, scene.Random).Value,
        ];
        Assert.All(foreign, result => Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(result).Reason));
        Assert.Equal(before, scene.Snapshot());
        Assert.Equal(0, scene.PendingEvents());
    }

    [Fact]
    [Trait("Rule", "BIL-4")]
    public void AProForma_IsAvailableAtOnce_WithoutNumberOrLegalValue_AndChangesNothing()
    {
        var scene = new BillingScene(products: 2);
        var open = scene.Issue(scene.Products[1]);
        scene.Dequeue();
        var before = scene.Snapshot();
        var vat = TaxRate.Create(8.1m).GetValueOrThrow();

        var proForma = Invoicing.ProForma(scene.Billing, scene.Organization, BillingScene.LimitedWithBilling, [new(scene.Products[0], vat), new(scene.Products[1])], scene.Clock, scene.Random).GetValueOrThrow();
        var again = Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(scene.Products[0], vat), new(scene.Products[1])], scene.Clock, scene.Random).GetValueOrThrow();

        Assert.Equal(before, scene.Snapshot());
        Assert.Equal(0, scene.PendingEvents());
        Assert.NotEqual(proForma.Id, again.Id);
        Assert.NotEqual(open.Id, proForma.Id);
        Assert.False(proForma.HasLegalValue);
        Assert.Equal((scene.Organization.Id, StoredBilling.Lausanne, Currency.Chf, scene.Clock.GetUtcNow()), (proForma.Organization, proForma.BillingAddress, proForma.Currency, proForma.GeneratedAt));
        Assert.Equal(BillingScene.Chf(259.72m), proForma.Total);
        Assert.Equal(2, proForma.Lines.Count);
        var document = proForma.Document;
        Assert.Equal((InvoiceDocumentKind.ProForma, proForma.Id, (InvoiceNumber?)null, false), (document.Kind, document.Invoice, document.Number, document.HasLegalValue));
        Assert.Equal(InvoiceDocument.ProFormaNotice, document.Notice);
        Assert.Equal("Pro forma invoice: it has no legal, tax or accounting value.", document.Notice);
        Assert.Null(document.Payment);
        Assert.Equal((BillingScene.Chf(250m), BillingScene.Chf(9.72m), BillingScene.Chf(259.72m)), (document.Subtotal, document.TaxTotal, document.Total));
    }

    [Fact]
    [Trait("Rule", "BIL-4")]
    public void AProForma_RefusesWhatAnInvoiceRefuses_ExceptAProductAlreadyInvoiced()
    {
        var scene = new BillingScene(products: 1);
        scene.Issue(scene.Products[0]);
        var terminated = scene.Order(10m, Currency.Chf);
        terminated.Terminate(scene.Organization, Owner).GetValueOrThrow();

        Assert.IsType<EmptySelection>(Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [], scene.Clock, scene.Random).Value);
        Assert.IsType<ProductsOfAnotherOrganization>(Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(scene.ForeignProduct)], scene.Clock, scene.Random).Value);
        Assert.Equal(UnbillableReason.Terminated, Assert.Single(Assert.IsType<ProductsNotBillable>(Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(terminated)], scene.Clock, scene.Random).Value).Products).Reason);
        Assert.IsType<CurrencyMismatch>(Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(scene.Products[0]), new(scene.Order(1m, Currency.Eur))], scene.Clock, scene.Random).Value);
        Assert.IsType<BillingAddressNotFound>(Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(scene.Products[0])], scene.Clock, scene.Random, scene.OtherAddress).Value);
        Assert.IsType<NoSingleBillingAddress>(Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(scene.Order(1m, Currency.Chf, withAddress: false))], scene.Clock, scene.Random).Value);
        Assert.IsType<AmountOutOfRange>(Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(scene.Order(Money.MaxMagnitude, Currency.Chf), TaxRate.Create(1m).GetValueOrThrow())], scene.Clock, scene.Random).Value);
        Assert.True(Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(scene.Products[0])], scene.Clock, scene.Random).IsT0);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void AProgrammerError_Throws()
    {
        var scene = new BillingScene(products: 1);
        var product = scene.Products[0];
        var invoice = scene.Issue(product);
        var items = new InvoiceItem[] { new(product) };

        Assert.Throws<ArgumentNullException>(() => Invoicing.Issue(null!, scene.Organization, Owner, items, scene.Clock, scene.Random));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Issue(scene.Billing, null!, Owner, items, scene.Clock, scene.Random));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Issue(scene.Billing, scene.Organization, Owner, null!, scene.Clock, scene.Random));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Issue(scene.Billing, scene.Organization, Owner, [null!], scene.Clock, scene.Random));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Issue(scene.Billing, scene.Organization, Owner, [new(null!)], scene.Clock, scene.Random));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Issue(scene.Billing, scene.Organization, Owner, items, null!, scene.Random));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Issue(scene.Billing, scene.Organization, Owner, items, scene.Clock, null!));
        Assert.Throws<ArgumentNullException>(() => Invoicing.ProForma(scene.Billing, scene.Organization, Owner, items, null!, scene.Random));
        Assert.Throws<ArgumentNullException>(() => Invoicing.ProForma(scene.Billing, scene.Organization, Owner, items, scene.Clock, null!));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Pay(null!, scene.Organization, Owner, PaymentMethod.Card, [product], scene.Clock));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Pay(invoice, null!, Owner, PaymentMethod.Card, [product], scene.Clock));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Card, null!, scene.Clock));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Card, [product], null!));
        Assert.Throws<ArgumentException>(() => Invoicing.Pay(invoice, scene.Organization, Owner, default, [product], scene.Clock));
        Assert.Throws<ArgumentNullException>(() => Invoicing.Void(invoice, scene.Organization, Owner, VoidReason.Waived, [product], null!));
        Assert.ThrowsAny<ArgumentException>(() => Invoicing.Void(invoice, scene.Organization, Owner, (VoidReason)0, [product], scene.Clock));
        Assert.Throws<ArgumentNullException>(() => invoice.Download(null!, Owner));
        Assert.True(invoice.IsOpen);
        Assert.Equal(invoice.Id, product.OpenInvoice);
    }

    private static Func<object> With(BillingScene scene, Product product, Func<Product, object> attempt)
    {
        scene.Products.Add(product);
        return () => attempt(product);
    }

    private static Func<object> Terminated(BillingScene scene)
    {
        var product = scene.Order(10m, Currency.Chf);
        product.Terminate(scene.Organization, Owner).GetValueOrThrow();
        return With(scene, product, terminated => scene.TryIssue(Owner, [scene.Products[0], terminated]).Value);
    }

    private static Func<object> AlreadyInvoiced(BillingScene scene)
    {
        scene.Issue(scene.Products[1]);
        return () => scene.TryIssue(Owner, [scene.Products[0], scene.Products[1]]).Value;
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void AnInvoiceOfExactlyTheLargestAmount_IsIssuedAndStored_AndOneCentMoreIsRefused()
    {
        var scene = new BillingScene(products: 0);
        var largest = scene.Order(Money.MaxMagnitude, Currency.Chf);
        var invoice = scene.Issue(largest);

        Assert.Equal(Money.MaxMagnitude, invoice.Total.Amount);
        Assert.Equal(invoice.ToState(), Invoice.FromState(invoice.ToState()).ToState());
        var tooLarge = Assert.IsType<AmountOutOfRange>(Invoicing.Issue(
            scene.Billing, scene.Organization, Owner, [new(scene.Order(Money.MaxMagnitude - 0.01m, Currency.Chf)), new(scene.Order(0.02m, Currency.Chf))], scene.Clock, scene.Random, scene.Address).Value);
        Assert.Equal(Money.MaxMagnitude + 0.01m, tooLarge.Amount);
    }
}
