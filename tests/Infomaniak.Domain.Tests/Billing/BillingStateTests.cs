using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Billing;

/// <summary>The persistence seam of billing: every aggregate goes out as a state record and comes back equal; a state that breaks an invariant is rejected.</summary>
public class BillingStateTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    /// <summary>A generated billing history: products with prices and renewal preferences, addresses, invoices with taxes, paid, voided or open.</summary>
    public sealed record History(decimal[] Prices, int Addresses, (int[] Products, TaxRate? Rate, int Outcome)[] Invoices, bool[] Automatic, string Prefix)
    {
        public override string ToString() =>
            $"{Prefix}: prices [{string.Join(", ", Prices)}], {Addresses} addresses, invoices [{string.Join("; ", Invoices.Select(i => $"{string.Join("+", i.Products)} {i.Rate} -> {i.Outcome}"))}]";

        public BillingScene Build()
        {
            var scene = new BillingScene(products: 0, prefix: Prefix);
            scene.Products.AddRange(Prices.Select(price => scene.Order(price, Currency.Chf)));
            for (var i = 0; i < Addresses; i++)
            {
                var address = scene.Billing.AddAddress(scene.Organization, Owner, i % 2 == 0 ? StoredBilling.Geneva : StoredBilling.Lausanne, scene.Random).GetValueOrThrow();
                scene.Products[i % scene.Products.Count].ChangeBillingAddress(scene.Organization, scene.Billing, Owner, address).GetValueOrThrow();
            }

            for (var i = 0; i < Automatic.Length && i < scene.Products.Count; i++)
            {
                scene.Products[i].SetRenewalPreference(scene.Organization, Owner, Automatic[i] ? RenewalPreference.Automatic(PaymentMethod.PrepaidAccount) : RenewalPreference.Manual(PaymentMethod.Card)).GetValueOrThrow();
            }

            foreach (var (products, rate, outcome) in Invoices)
            {
                var chosen = products.Select(p => scene.Products[p % scene.Products.Count]).Distinct().ToList();
                var items = chosen.Select(p => new InvoiceItem(p, rate)).ToList();
                if (!Invoicing.Issue(scene.Billing, scene.Organization, Owner, items, scene.Clock, scene.Random, scene.Address).TryPickT0(out var invoice, out _))
                {
                    continue;
                }

                scene.Invoices.Add(invoice);
                _ = outcome switch
                {
                    1 => Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.Twint, scene.Products, scene.Clock).IsT0,
                    2 => Invoicing.Void(invoice, scene.Organization, Owner, VoidReason.ProductTerminated, scene.Products, scene.Clock).IsT0,
                    _ => true,
                };
                scene.Clock.Advance(TimeSpan.FromDays(3));
            }

            return scene;
        }
    }

    public static Arbitrary<History> Histories() => Arb.From(
        from productCount in Gen.Choose(1, 4)
        from prices in Gen.ArrayOf(BillingArbitraries.PriceGen, productCount)
        from addresses in Gen.Choose(0, 3)
        from invoiceCount in Gen.Choose(0, 5)
        from invoices in Gen.ArrayOf(
            from picks in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 3), n))
            from rate in BillingArbitraries.TaxRateGen
            from outcome in Gen.Choose(0, 2)
            select (picks, rate, outcome),
            invoiceCount)
        from automatic in Gen.ArrayOf(Gen.Elements(true, false), productCount)
        from prefix in Gen.Elements("", "INV-", "2026/", "F_")
        select new History(prices, addresses, invoices, automatic, prefix));

    [Property(Arbitrary = [typeof(BillingStateTests)], MaxTest = 100)]
    [Trait("Rule", "BIL-1")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-3")]
    public bool FromState_OfToState_RebuildsEqualAggregates(History history)
    {
        var scene = history.Build();

        return BillingProfile.FromState(scene.Billing.ToState()).ToState() == scene.Billing.ToState()
            && scene.Products.All(p => Product.FromState(p.ToState()).ToState() == p.ToState())
            && scene.Invoices.All(i => Invoice.FromState(i.ToState()).ToState() == i.ToState())
            && scene.Invoices.All(i => Invoice.FromState(i.ToState()) is var back && back.Status == i.Status && back.Lines.SequenceEqual(i.Lines) && back.Number == i.Number)
            && scene.Products.All(p => Product.FromState(p.ToState()).Renewal == p.Renewal);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void StateRecords_CompareByValue_ListsIncluded()
    {
        var scene = new History([120m, 60m], 2, [([0, 1], TaxRate.Create(8.1m).GetValueOrThrow(), 1)], [true, false], "INV-").Build();
        var invoice = scene.Invoices[0].ToState();
        var profile = scene.Billing.ToState();

        Assert.Equal(invoice with { Lines = [.. invoice.Lines] }, invoice);
        Assert.Equal((invoice with { Lines = [.. invoice.Lines] }).GetHashCode(), invoice.GetHashCode());
        Assert.NotEqual(invoice with { Lines = [invoice.Lines[1], invoice.Lines[0]] }, invoice);
        Assert.Equal(profile with { Addresses = [.. profile.Addresses] }, profile);
        Assert.Equal((profile with { Addresses = [.. profile.Addresses] }).GetHashCode(), profile.GetHashCode());
        Assert.NotEqual(profile with { Addresses = [.. profile.Addresses.Skip(1)] }, profile);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void Invoice_FromState_RejectsStatesThatBreakAnInvariant()
    {
        var scene = new History([120m, 60m], 0, [([0, 1], TaxRate.Create(8.1m).GetValueOrThrow(), 0)], [], "INV-").Build();
        var open = scene.Invoices[0].ToState();
        var line = open.Lines[0];
        var paid = open with { Status = InvoiceStatusKind.Paid, ClosedAt = open.IssuedAt, PaymentMethod = "card" };
        var voided = open with { Status = InvoiceStatusKind.Void, ClosedAt = open.IssuedAt, VoidReason = VoidReason.Waived };
        var chf = (decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

        Assert.Equal(InvoiceStatusKind.Paid, Invoice.FromState(paid).Status.Kind);
        Assert.Equal(new InvoiceStatus.Void(open.IssuedAt, VoidReason.Waived), Invoice.FromState(voided).Status);
        Assert.Throws<ArgumentNullException>(() => Invoice.FromState(null!));
        Assert.Throws<ArgumentNullException>(() => Invoice.FromState(open with { Lines = null! }));
        Assert.Throws<ArgumentNullException>(() => Invoice.FromState(open with { Lines = [null!] }));
        Assert.Throws<ArgumentNullException>(() => Invoice.FromState(open with { BillingAddress = null! }));
        foreach (var (corrupt, problem) in new (InvoiceState State, string Problem)[]
        {
            (open with { Id = default }, "Line 1 belongs to invoice"),
            (open with { Version = -1 }, "(Parameter 'version')"),
            (open with { OrganizationId = default }, "default organization or address id"),
            (open with { BillingAddressId = default }, "default organization or address id"),
            (open with { Currency = default }, "The invoice has no currency."),
            (open with { Currency = Currency.Eur }, "Line 1 has an amount, tax or total that does not add up in EUR."),
            (open with { Number = "INV-000002" }, "The number does not match its prefix and sequence."),
            (open with { NumberPrefix = "INV #" }, "'INV #' is not an invoice number prefix"),
            (open with { NumberPrefix = "INV" }, "The number does not match its prefix and sequence."),
            (open with { NumberPrefix = " INV-", Number = " INV-000001" }, "The number does not match its prefix and sequence."),
            (open with { Sequence = 0, Number = "INV-000000" }, "The number does not match its prefix and sequence."),
            (open with { Lines = [] }, "The invoice has no line."),
            (open with { Lines = [line with { InvoiceId = InvoiceId.From(Guid.NewGuid()) }, open.Lines[1]] }, "Line 1 belongs to invoice"),
            (open with { Lines = [open.Lines[1], line] }, "Line 2 belongs to invoice"),
            (open with { Lines = [line, line with { Position = 2 }] }, "A product is on two lines."),
            (open with { Lines = [line with { ProductId = default }, open.Lines[1]] }, "Line 1 has a default product, a non-canonical type or an empty period."),
            (open with { Lines = [line with { ProductType = "Web-Hosting" }, open.Lines[1]] }, "Line 1 has a default product, a non-canonical type or an empty period."),
            (open with { Lines = [line with { ProductType = "?" }, open.Lines[1]] }, "Invalid invoice state: '?'"),
            (open with { Lines = [line with { PeriodEnd = line.PeriodStart }, open.Lines[1]] }, "Line 1 has a default product, a non-canonical type or an empty period."),
            (open with { Lines = [line with { TaxRatePercent = 101m }, open.Lines[1]] }, "Invalid invoice state: 101 % is not a tax rate"),
            (open with { Lines = [line with { TaxRatePercent = 7.7m }, open.Lines[1]] }, "Line 1 has an amount, tax or total that does not add up in CHF."),
            (open with { Lines = [line with { TaxRatePercent = null }, open.Lines[1]] }, "Line 1 has an amount, tax or total that does not add up in CHF."),
            (open with { Lines = [line with { Amount = Money.Create(120m, Currency.Eur).GetValueOrThrow() }, open.Lines[1]] }, "Line 1 has an amount, tax or total that does not add up in CHF."),
            (open with { Lines = [line with { Amount = chf(-120m), Tax = chf(-9.72m), Total = chf(-129.72m) }, open.Lines[1]] }, "Line 1 has an amount, tax or total that does not add up in CHF."),
            (open with { Lines = [line with { Total = Money.Create(129.72m, Currency.Eur).GetValueOrThrow() }, open.Lines[1]] }, "Line 1 has an amount, tax or total that does not add up in CHF."),
            (open with { Lines = [line with { Total = chf(129.73m) }, open.Lines[1]] }, "Line 1 has an amount, tax or total that does not add up in CHF."),
            (open with { Subtotal = chf(1m) }, "The totals are not the sums of the lines."),
            (open with { TaxTotal = chf(1m) }, "The totals are not the sums of the lines."),
            (open with { Total = chf(1m) }, "The totals are not the sums of the lines."),
            (open with { BillingAddress = open.BillingAddress with { Country = "XX" } }, "Invalid stored address: The billing address's country is not an ISO 3166-1 alpha-2 code."),
            (open with { Status = (InvoiceStatusKind)9 }, "Invalid invoice state: 9 is not an invoice status."),
            (open with { ClosedAt = open.IssuedAt }, "An open invoice has payment or void details."),
            (open with { PaymentMethod = "card" }, "An open invoice has payment or void details."),
            (open with { VoidReason = VoidReason.Waived }, "An open invoice has payment or void details."),
            (paid with { ClosedAt = null }, "A paid invoice lacks its payment details or has a void reason."),
            (paid with { PaymentMethod = null }, "is not a payment method code"),
            (paid with { PaymentMethod = "CARD" }, "A paid invoice lacks its payment details or has a void reason."),
            (paid with { VoidReason = VoidReason.Waived }, "A paid invoice lacks its payment details or has a void reason."),
            (voided with { ClosedAt = null }, "A void invoice lacks its reason or has a payment method."),
            (voided with { VoidReason = null }, "A void invoice lacks its reason or has a payment method."),
            (voided with { VoidReason = (VoidReason)9 }, "A void invoice lacks its reason or has a payment method."),
            (voided with { PaymentMethod = "card" }, "A void invoice lacks its reason or has a payment method."),
        })
        {
            var thrown = Assert.ThrowsAny<ArgumentException>(() => Invoice.FromState(corrupt));
            Assert.Contains(problem, thrown.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void AStoredInvoice_WhoseLinesAddUpBeyondTheLargestAmount_IsRejected()
    {
        var max = Money.Create(Money.MaxMagnitude, Currency.Chf).GetValueOrThrow();
        var state = StoredBilling.OpenInvoiceState(Infomaniak.Domain.Tests.Organizations.Given.Organization(1), InvoiceId.From(Guid.NewGuid()), ProductId.From(Guid.NewGuid()));
        var line = state.Lines[0] with { Amount = max, Total = max };

        Assert.ThrowsAny<ArgumentException>(() => Invoice.FromState(state with
        {
            Lines = [line, line with { Position = 2, ProductId = ProductId.From(Guid.NewGuid()) }],
            Subtotal = max,
            Total = max,
        }));
    }
}
