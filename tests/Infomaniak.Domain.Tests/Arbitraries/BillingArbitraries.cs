using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Tests.Arbitraries;

/// <summary>Fixed billing values and stored states, for tests that need one of a kind.</summary>
public static class StoredBilling
{
    public static BillingAddress Lausanne { get; } =
        BillingAddress.Create("Julie Munster", ["Rue du Lac 1"], "1000", "Lausanne", "CH", company: "Entreprise familiale Munster").GetValueOrThrow();

    public static BillingAddress Geneva { get; } =
        BillingAddress.Create("Compta", ["Quai du Mont-Blanc 5", "Case postale 12"], "1201", "Genève", "ch", vatNumber: "CHE-123.456.789 MWST").GetValueOrThrow();

    public static AddressState AddressState { get; } = new()
    {
        Recipient = "Julie Munster",
        Company = null,
        VatNumber = null,
        StreetLine1 = "Rue du Lac 1",
        StreetLine2 = null,
        StreetLine3 = null,
        PostalCode = "1000",
        City = "Lausanne",
        Country = "CH",
    };

    /// <summary>An open invoice of an organization, as loaded from storage: one line of 100 CHF for <paramref name="product"/>.</summary>
    public static InvoiceState OpenInvoiceState(OrganizationId organization, InvoiceId id, ProductId product, long sequence = 1)
    {
        var amount = Money.Create(100m, Currency.Chf).GetValueOrThrow();
        return new InvoiceState
        {
            Id = id,
            Version = 1,
            OrganizationId = organization,
            Number = $"{sequence:D6}",
            NumberPrefix = string.Empty,
            Sequence = sequence,
            IssuedAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
            Currency = Currency.Chf,
            BillingAddressId = BillingAddressId.From(Guid.Parse("6f1d8a52-3a0e-4b7e-9a55-0d2b1c9e7a10")),
            BillingAddress = AddressState,
            Subtotal = amount,
            TaxTotal = Money.Zero(Currency.Chf),
            Total = amount,
            Status = InvoiceStatusKind.Open,
            ClosedAt = null,
            PaymentMethod = null,
            VoidReason = null,
            Lines =
            [
                new InvoiceLineState
                {
                    InvoiceId = id,
                    Position = 1,
                    ProductId = product,
                    ProductType = ProductType.WebHosting.Code,
                    PeriodStart = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
                    PeriodEnd = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero),
                    Amount = amount,
                    TaxRatePercent = null,
                    Tax = Money.Zero(Currency.Chf),
                    Total = amount,
                },
            ],
        };
    }

    /// <summary>An open invoice of an organization, loaded from <see cref="OpenInvoiceState"/>.</summary>
    public static Invoice OpenInvoice(OrganizationId organization, InvoiceId id, ProductId product, long sequence = 1) =>
        Invoice.FromState(OpenInvoiceState(organization, id, product, sequence));
}

/// <summary>What a person types into a billing address form.</summary>
public sealed record AddressInput(string Recipient, string[] StreetLines, string PostalCode, string City, string Country, string? Company, string? VatNumber)
{
    public OneOf.OneOf<BillingAddress, InvalidBillingAddress> Create() =>
        BillingAddress.Create(Recipient, StreetLines, PostalCode, City, Country, Company, VatNumber);

    public override string ToString() => $"{Recipient} | {string.Join(" / ", StreetLines)} | {PostalCode} {City} {Country} | {Company} | {VatNumber}";
}

/// <summary>One step of a random billing sequence, for the model-based test: what to do, on which products or invoice, by whom.</summary>
public sealed record BillingStep(BillingStepKind Kind, int[] Picks, int Actor, int Extra)
{
    public override string ToString() => $"{Kind}([{string.Join(",", Picks)}], actor {Actor}, {Extra})";
}

/// <summary>The commands of the billing model.</summary>
public enum BillingStepKind
{
    Issue,
    ProForma,
    Pay,
    Void,
    Download,
    AddAddress,
    RemoveAddress,
    ChangeProductAddress,
    Terminate,
    Order,
    AdvanceTime,
}

/// <summary>Generators for billing: address forms, hostile text, tax rates and random billing sequences.</summary>
public static class BillingArbitraries
{
    private static readonly string[] Names = ["Julie Munster", "Compta", "Famille Munster", "Jean-Marc Rochat", "Zoë Ødegaard", "李小龍", "O'Neil"];
    private static readonly string[] Streets = ["Rue du Lac 1", "Quai du Mont-Blanc 5", "Case postale 12", "c/o Fiduciaire Favre", "Bahnhofstrasse 10", "3e étage"];
    private static readonly string[] Cities = ["Lausanne", "Genève", "Zürich", "Neuchâtel", "Paris", "München"];
    private static readonly string[] Countries = ["CH", "ch", " FR ", "de", "IT", "LI", "AT"];

    /// <summary>Strings a form could receive from an attacker or a broken client.</summary>
    public static Gen<string?> HostileText { get; } = Gen.OneOf(
        Gen.Elements<string?>(
            null, string.Empty, "   ", "\t\n", "\u202EevilCorp", "Ann\uD800", "\uDC00", "zero\u200Bwidth", "\uFFFE", "\uFDD0", "bell\u0007",
            "line\u2028break", "\uE000private", "a\u0000b", "CH\r\nInjected: yes", "\u0300\u0301\u0302", "\uD83D\uDE00 emoji ok", "ＣＨ", "ΑΒ", "C", "CHE",
            new string('x', 1_000_000), new string('é', 101), "' OR 1=1 --", "<script>alert(1)</script>", "%00", "\u00A0\u00A0", "\u061C"),
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), n)).Select(chars => (string?)new string(chars)));

    public static Gen<AddressInput> AddressInputGen { get; } =
        from recipient in Gen.Elements(Names)
        from lineCount in Gen.Choose(1, 3)
        from lines in Gen.ArrayOf(Gen.Elements(Streets), lineCount)
        from postal in Gen.Elements("1000", "1201", "8001", "75001", "FL-9490", "SW1A 1AA", "2000")
        from city in Gen.Elements(Cities)
        from country in Gen.Elements(Countries)
        from company in Gen.Elements<string?>(null, "", "Entreprise familiale Munster", "Garage Favre SA", "  Cabinet Rochat  ")
        from vat in Gen.Elements<string?>(null, " ", "CHE-123.456.789 MWST", "DE123456789", "FR 12 345678901")
        select new AddressInput(recipient, lines, postal, city, country, company, vat);

    public static Gen<BillingAddress> AddressGen { get; } = AddressInputGen.Select(input => input.Create().GetValueOrThrow());

    /// <summary>Tax rates with up to two decimals, from 0 to 25 %, or none.</summary>
    public static Gen<TaxRate?> TaxRateGen { get; } = Gen.OneOf(
        Gen.Constant<TaxRate?>(null),
        Gen.Choose(0, 2500).Select(hundredths => (TaxRate?)TaxRate.Create(hundredths / 100m).GetValueOrThrow()));

    /// <summary>Prices in minor units, from free to a large amount.</summary>
    public static Gen<decimal> PriceGen { get; } = Gen.OneOf(Gen.Constant(0m), Gen.Choose(1, 5_000_000).Select(minor => minor / 100m));

    public static Gen<BillingStep> StepGen { get; } =
        from kind in Gen.Frequency(
            (6, Gen.Constant(BillingStepKind.Issue)),
            (3, Gen.Constant(BillingStepKind.ProForma)),
            (4, Gen.Constant(BillingStepKind.Pay)),
            (3, Gen.Constant(BillingStepKind.Void)),
            (2, Gen.Constant(BillingStepKind.Download)),
            (2, Gen.Constant(BillingStepKind.AddAddress)),
            (2, Gen.Constant(BillingStepKind.RemoveAddress)),
            (2, Gen.Constant(BillingStepKind.ChangeProductAddress)),
            (1, Gen.Constant(BillingStepKind.Terminate)),
            (1, Gen.Constant(BillingStepKind.Order)),
            (1, Gen.Constant(BillingStepKind.AdvanceTime)))
        from count in Gen.Choose(0, 3)
        from picks in Gen.ArrayOf(Gen.Choose(0, 9), count)
        from actor in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(1, 5)))
        from extra in Gen.Choose(0, 9)
        select new BillingStep(kind, picks, actor, extra);

    public static Arbitrary<BillingStep[]> Sequences() => Arb.From(Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(StepGen, n)));

    public static Arbitrary<AddressInput> AddressInputs() => Arb.From(AddressInputGen);

    public static Arbitrary<string?> HostileTexts() => Arb.From(HostileText);
}
