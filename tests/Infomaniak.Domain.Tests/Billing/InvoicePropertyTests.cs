using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Billing;

/// <summary>The rules of final and pro forma invoices, over generated inputs.</summary>
public class InvoicePropertyTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    /// <summary>A generated invoice: each line's price and optional tax rate, in one currency.</summary>
    public sealed record Lines((decimal Price, TaxRate? Rate)[] Items, Currency Currency)
    {
        public override string ToString() => $"{Currency}: {string.Join(", ", Items.Select(i => $"{i.Price}{(i.Rate is { } r ? $" +{r}" : string.Empty)}"))}";
    }

    public static Arbitrary<Lines> GeneratedLines() => Arb.From(
        from count in Gen.Choose(1, 6)
        from currency in Gen.Elements(Currency.Chf, Currency.Eur, Currency.Jpy, Currency.Bhd)
        from items in Gen.ArrayOf(
            from price in BillingArbitraries.PriceGen
            from rate in BillingArbitraries.TaxRateGen
            select (decimal.Round(price, currency.MinorUnits, MidpointRounding.ToZero), rate),
            count)
        select new Lines(items, currency));

    public static Arbitrary<(int ProFormas, int Issues)> Counts() => Arb.From(
        from proFormas in Gen.Choose(0, 5)
        from issues in Gen.Choose(1, 3)
        select (proFormas, issues));

    /// <summary>How an invoice ends (0 open, 1 paid, 2 void), and who asks for it.</summary>
    public static Arbitrary<(int Outcome, int Actor)> Downloads() => Arb.From(
        from outcome in Gen.Choose(0, 2)
        from actor in Gen.Choose(0, 5)
        select (outcome, actor));

    public static Arbitrary<bool[]> Attempts() => Arb.From(Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(true, false), n)));

    public static Arbitrary<BillingAddress[]> LaterAddresses() => Arb.From(Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(BillingArbitraries.AddressGen, n)));

    [Property(Arbitrary = [typeof(InvoicePropertyTests)], MaxTest = 200)]
    [Trait("Rule", "BIL-5")]
    public bool Totals_AreTheSumsOfTheLines_InTheInvoiceCurrency(Lines lines)
    {
        var scene = new BillingScene(products: 0);
        var items = lines.Items.Select(i => new InvoiceItem(scene.Order(i.Price, lines.Currency), i.Rate)).ToList();

        var invoice = Invoicing.Issue(scene.Billing, scene.Organization, Owner, items, scene.Clock, scene.Random).GetValueOrThrow();

        var taxes = lines.Items.Select(i => i.Rate is { } rate ? decimal.Round(i.Price * rate.Percent / 100m, lines.Currency.MinorUnits, MidpointRounding.AwayFromZero) : 0m).ToList();
        return invoice.Currency == lines.Currency
            && invoice.Lines.All(l => l.Amount.Currency == lines.Currency && l.Tax.Currency == lines.Currency && l.Total.Currency == lines.Currency)
            && invoice.Lines.Select(l => l.Amount.Amount).SequenceEqual(lines.Items.Select(i => i.Price))
            && invoice.Lines.Select(l => l.Tax.Amount).SequenceEqual(taxes)
            && invoice.Lines.All(l => l.Total.Amount == l.Amount.Amount + l.Tax.Amount)
            && invoice.Subtotal.Amount == lines.Items.Sum(i => i.Price)
            && invoice.TaxTotal.Amount == taxes.Sum()
            && invoice.Total.Amount == invoice.Subtotal.Amount + invoice.TaxTotal.Amount;
    }

    [Property(Arbitrary = [typeof(InvoicePropertyTests)], MaxTest = 100)]
    [Trait("Rule", "BIL-4")]
    [Trait("Rule", "BIL-5")]
    public bool AProForma_NeverConsumesANumber((int ProFormas, int Issues) counts)
    {
        var scene = new BillingScene(products: counts.Issues);
        var numbers = new List<long>();
        foreach (var product in scene.Products)
        {
            for (var i = 0; i < counts.ProFormas; i++)
            {
                Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [.. scene.Products.Select(p => new InvoiceItem(p))], scene.Clock, scene.Random).GetValueOrThrow();
            }

            numbers.Add(scene.Issue(product).Number.Sequence);
        }

        return numbers.SequenceEqual(Enumerable.Range(1, counts.Issues).Select(n => (long)n)) && scene.Billing.NextInvoiceSequence == counts.Issues + 1;
    }

    [Property(Arbitrary = [typeof(InvoicePropertyTests)], MaxTest = 100)]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "BIL-2")]
    public bool AnIssuedInvoice_KeepsItsAddressAndTotals_WhateverHappensToTheOrganizationsAddresses(BillingAddress[] later)
    {
        var scene = new BillingScene(products: 1);
        var product = scene.Products[0];
        var invoice = scene.Issue(product);
        var issued = invoice.ToState();
        var proForma = Invoicing.ProForma(scene.Billing, scene.Organization, Owner, [new(product)], scene.Clock, scene.Random).GetValueOrThrow();

        foreach (var address in later)
        {
            var id = scene.Billing.AddAddress(scene.Organization, Owner, address, scene.Random).GetValueOrThrow();
            product.ChangeBillingAddress(scene.Organization, scene.Billing, Owner, id).GetValueOrThrow();
        }

        scene.Billing.RemoveAddress(scene.Organization, Owner, scene.Address, scene.Products).GetValueOrThrow();
        scene.Pay(invoice);

        var document = invoice.Download(scene.Organization, Owner).GetValueOrThrow();
        return invoice.ToState() with { Status = InvoiceStatusKind.Open, ClosedAt = null, PaymentMethod = null, Version = issued.Version } == issued
            && document.BillingAddress == StoredBilling.Lausanne
            && proForma.BillingAddress == StoredBilling.Lausanne
            && document.Total == issued.Total
            && !scene.Billing.Addresses.ContainsKey(invoice.BillingAddressId);
    }

    [Property(Arbitrary = [typeof(InvoicePropertyTests)], MaxTest = 100)]
    [Trait("Rule", "BIL-5")]
    public bool AnInvoice_MovesOnlyFromOpen_ToPaidOrVoid_Once(bool[] payNotVoid)
    {
        var scene = new BillingScene(products: 1);
        var invoice = scene.Issue(scene.Products[0]);
        scene.Dequeue();
        var kinds = new List<InvoiceStatusKind> { invoice.Status.Kind };
        foreach (var pay in payNotVoid)
        {
            var succeeded = pay
                ? Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Twint, scene.Products, scene.Clock).IsT0
                : Invoicing.Void(invoice, scene.Organization, Owner, VoidReason.Waived, scene.Products, scene.Clock).IsT0;
            if (succeeded != (kinds[^1] == InvoiceStatusKind.Open))
            {
                return false;
            }

            kinds.Add(invoice.Status.Kind);
        }

        var final = payNotVoid[0] ? InvoiceStatusKind.Paid : InvoiceStatusKind.Void;
        return kinds.Skip(1).All(kind => kind == final) && invoice.PendingEvents.Count == 1;
    }

    [Property(Arbitrary = [typeof(InvoicePropertyTests)], MaxTest = 100)]
    [Trait("Rule", "BIL-3")]
    [Trait("Rule", "RGT-4")]
    public bool Download_SucceedsExactlyWhenPaid_ForAMemberWithBillingRights((int Outcome, int Actor) attempt)
    {
        var scene = new BillingScene(products: 1);
        var invoice = scene.Issue(scene.Products[0]);
        if (attempt.Outcome == 1)
        {
            scene.Pay(invoice);
        }
        else if (attempt.Outcome == 2)
        {
            Invoicing.Void(invoice, scene.Organization, Owner, VoidReason.Duplicate, scene.Products, scene.Clock).GetValueOrThrow();
        }

        var actor = new[] { Owner, BillingScene.LimitedWithBilling }.Concat(BillingScene.NoBillingRights.Select(n => n.Actor)).ElementAt(attempt.Actor);
        var mayBill = attempt.Actor < 2;
        return invoice.Download(scene.Organization, actor).Match(
            document => mayBill && attempt.Outcome == 1 && document.Number == invoice.Number && document.HasLegalValue,
            denied => !mayBill,
            notPaid => mayBill && attempt.Outcome != 1 && notPaid.Status == invoice.Status.Kind);
    }
}
