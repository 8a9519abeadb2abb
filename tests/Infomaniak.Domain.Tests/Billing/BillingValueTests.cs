using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Billing;

/// <summary>The values billing is made of, parsed at the border: addresses, countries, tax rates, prefixes, payment methods.</summary>
public class BillingValueTests
{
    private static OneOf.OneOf<BillingAddress, InvalidBillingAddress> Address(
        string? recipient = "Julie Munster", string?[]? lines = null, string? postal = "1000", string? city = "Lausanne", string? country = "CH", string? company = null, string? vat = null) =>
        BillingAddress.Create(recipient, lines ?? ["Rue du Lac 1"], postal, city, country, company, vat);

    [Fact]
    [Trait("Rule", "BIL-1")]
    public void AnAddress_KeepsEachFieldTrimmed_DropsBlankStreetLines_AndUpperCasesTheCountry()
    {
        var address = Address("  Julie Munster ", ["", " Rue du Lac 1 ", null, "  ", "Case postale 12"], " 1000 ", " Lausanne ", "ch", "  Entreprise familiale Munster ", " CHE-123.456.789 MWST ").GetValueOrThrow();

        Assert.Equal("Julie Munster", address.Recipient);
        Assert.Equal(["Rue du Lac 1", "Case postale 12"], address.StreetLines);
        Assert.Equal(("1000", "Lausanne", "CH"), (address.PostalCode, address.City, address.Country.Code));
        Assert.Equal("Entreprise familiale Munster", address.Company);
        Assert.Equal("CHE-123.456.789 MWST", address.VatNumber);
        Assert.Equal("Julie Munster, Entreprise familiale Munster, Rue du Lac 1, Case postale 12, 1000 Lausanne, CH", address.ToString());
        Assert.Equal("Julie Munster, Rue du Lac 1, 1000 Lausanne, CH", Address(company: " ", vat: "").GetValueOrThrow().ToString());
        Assert.Null(Address(company: " ", vat: "").GetValueOrThrow().VatNumber);
    }

    [Fact]
    [Trait("Rule", "BIL-1")]
    public void TwoAddresses_AreEqual_WhenEveryFieldIs()
    {
        var first = Address(lines: ["Rue du Lac 1", "Case postale 12"]).GetValueOrThrow();
        var same = Address(lines: [" Rue du Lac 1", "Case postale 12 "]).GetValueOrThrow();

        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, Address(lines: ["Case postale 12", "Rue du Lac 1"]).GetValueOrThrow());
        Assert.NotEqual(first, Address(lines: ["Rue du Lac 1"]).GetValueOrThrow());
        Assert.NotEqual(Address().GetValueOrThrow(), Address(recipient: "Compta").GetValueOrThrow());
        Assert.NotEqual(Address().GetValueOrThrow(), Address(company: "SA").GetValueOrThrow());
        Assert.NotEqual(Address().GetValueOrThrow(), Address(vat: "DE123456789").GetValueOrThrow());
        Assert.NotEqual(Address().GetValueOrThrow(), Address(postal: "1001").GetValueOrThrow());
        Assert.NotEqual(Address().GetValueOrThrow(), Address(city: "Renens").GetValueOrThrow());
        Assert.NotEqual(Address().GetValueOrThrow(), Address(country: "FR").GetValueOrThrow());
        Assert.False(Address().GetValueOrThrow().Equals(null));
    }

    public static TheoryData<string, OneOf.OneOf<BillingAddress, InvalidBillingAddress>, BillingAddressField, BillingAddressProblem> Refused() => new()
    {
        { "no recipient", Address(recipient: null), BillingAddressField.Recipient, BillingAddressProblem.Missing },
        { "blank recipient", Address(recipient: "  "), BillingAddressField.Recipient, BillingAddressProblem.Missing },
        { "recipient without a letter", Address(recipient: "12 34"), BillingAddressField.Recipient, BillingAddressProblem.Malformed },
        { "recipient too long", Address(recipient: new string('a', 101)), BillingAddressField.Recipient, BillingAddressProblem.TooLong },
        { "recipient with a bidi override", Address(recipient: "\u202EevilCorp"), BillingAddressField.Recipient, BillingAddressProblem.NotPrintable },
        { "company with a zero-width space", Address(company: "Garage\u200BFavre"), BillingAddressField.Company, BillingAddressProblem.NotPrintable },
        { "company too long", Address(company: new string('b', 101)), BillingAddressField.Company, BillingAddressProblem.TooLong },
        { "VAT number with a slash", Address(vat: "CHE/123/456/789"), BillingAddressField.VatNumber, BillingAddressProblem.Malformed },
        { "VAT number with three digits", Address(vat: "CHE-123"), BillingAddressField.VatNumber, BillingAddressProblem.Malformed },
        { "VAT number too long", Address(vat: "CHE-" + new string('1', 27)), BillingAddressField.VatNumber, BillingAddressProblem.TooLong },
        { "no street line", Address(lines: [" ", null]), BillingAddressField.StreetLines, BillingAddressProblem.Missing },
        { "four street lines", Address(lines: ["a", "b", "c", "d"]), BillingAddressField.StreetLines, BillingAddressProblem.TooManyLines },
        { "four street lines, then one too long", Address(lines: ["a", "b", "c", "d", new string('r', 101)]), BillingAddressField.StreetLines, BillingAddressProblem.TooManyLines },
        { "no street lines at all", BillingAddress.Create("Julie Munster", null, "1000", "Lausanne", "CH"), BillingAddressField.StreetLines, BillingAddressProblem.Missing },
        { "street line with a line break", Address(lines: ["Rue du Lac 1\nX-Injected: yes"]), BillingAddressField.StreetLines, BillingAddressProblem.NotPrintable },
        { "street line too long", Address(lines: [new string('r', 101)]), BillingAddressField.StreetLines, BillingAddressProblem.TooLong },
        { "no postal code", Address(postal: ""), BillingAddressField.PostalCode, BillingAddressProblem.Missing },
        { "postal code starting with a hyphen", Address(postal: "-1000"), BillingAddressField.PostalCode, BillingAddressProblem.Malformed },
        { "postal code with a dot", Address(postal: "10.00"), BillingAddressField.PostalCode, BillingAddressProblem.Malformed },
        { "postal code too long", Address(postal: "1234567890123"), BillingAddressField.PostalCode, BillingAddressProblem.TooLong },
        { "no city", Address(city: null), BillingAddressField.City, BillingAddressProblem.Missing },
        { "city without a letter", Address(city: "1000"), BillingAddressField.City, BillingAddressProblem.Malformed },
        { "city with a lone surrogate", Address(city: "Lausanne\uD800"), BillingAddressField.City, BillingAddressProblem.NotPrintable },
        { "country of three letters", Address(country: "CHE"), BillingAddressField.Country, BillingAddressProblem.UnknownCountry },
        { "country not assigned", Address(country: "XX"), BillingAddressField.Country, BillingAddressProblem.UnknownCountry },
        { "no country", Address(country: null), BillingAddressField.Country, BillingAddressProblem.UnknownCountry },
    };

    [Theory]
    [Trait("Rule", "BIL-1")]
    [MemberData(nameof(Refused))]
    public void AnAddress_IsRefusedByField_NamingWhatIsWrong(string description, OneOf.OneOf<BillingAddress, InvalidBillingAddress> result, BillingAddressField field, BillingAddressProblem problem)
    {
        Assert.NotEmpty(description);
        Assert.Equal(new InvalidBillingAddress(field, problem), result.Value);
    }

    [Fact]
    [Trait("Rule", "BIL-1")]
    public void ALongerAddress_IsAcceptedUpToEachLimit()
    {
        var address = Address(new string('a', 100), [new string('b', 100), "c", "d"], "123456789012", new string('d', 100), "LI", new string('e', 100), "CHE-" + new string('1', 26)).GetValueOrThrow();

        Assert.Equal(3, address.StreetLines.Count);
        Assert.Equal(30, address.VatNumber!.Length);
        Assert.Equal("1234", Address(vat: "1234").GetValueOrThrow().VatNumber);
        Assert.Equal("SW1A 1AA", Address(postal: "SW1A 1AA", country: "GB").GetValueOrThrow().PostalCode);
        Assert.Equal("Zoë 😀", Address(recipient: "Zoë 😀").GetValueOrThrow().Recipient);
    }

    [Property(Arbitrary = [typeof(BillingArbitraries)], MaxTest = 300)]
    [Trait("Rule", "BIL-1")]
    public bool EveryFormAnAddressCanBeTypedIn_IsAccepted_AndReadsBackFromItsStoredFields(AddressInput input)
    {
        var address = input.Create().GetValueOrThrow();
        return address.Country.Code == input.Country.Trim().ToUpperInvariant() && address.StreetLines.Count == input.StreetLines.Length
            && address.Recipient == input.Recipient && address.Company == (string.IsNullOrWhiteSpace(input.Company) ? null : input.Company.Trim());
    }

    [Property(Arbitrary = [typeof(BillingArbitraries)], MaxTest = 500)]
    [Trait("Rule", "BIL-1")]
    public bool HostileText_InAnyField_IsRefusedByNameOrKeptPrintable_NeverThrown(string? hostile)
    {
        var results = new[]
        {
            Address(recipient: hostile), Address(lines: [hostile]), Address(postal: hostile), Address(city: hostile), Address(country: hostile),
            Address(company: hostile), Address(vat: hostile),
        };

        return results.All(result => result.Match(
                address => new[] { address.Recipient, address.Company ?? "x", address.VatNumber ?? "x", address.PostalCode, address.City }.Concat(address.StreetLines)
                    .All(field => field.Length <= BillingAddress.MaxTextLength && !field.Any(c => char.IsControl(c) || c is '\u202E' or '\u200B')),
                refused => refused.Message.Length > 0))
            && CountryCode.Parse(hostile).Match(_ => true, unknown => IsShortAndPrintable(unknown.Excerpt))
            && PaymentMethod.Parse(hostile).Match(method => method.Code.All(char.IsAscii), invalid => IsShortAndPrintable(invalid.Excerpt))
            && InvoiceNumberPrefix.Parse(hostile).Match(prefix => prefix.Value.All(char.IsAscii), invalid => IsShortAndPrintable(invalid.Excerpt));
    }

    private static bool IsShortAndPrintable(string excerpt) =>
        excerpt.EnumerateRunes().Count() <= 32 && !excerpt.Any(c => char.IsControl(c) || c is '\u202E' or '\u200B');

    [Fact]
    [Trait("Rule", "BIL-1")]
    public void InvalidBillingAddress_ExplainsTheFieldAndTheProblem_WithoutWhatWasTyped()
    {
        Assert.Equal("The billing address needs a recipient name.", new InvalidBillingAddress(BillingAddressField.Recipient, BillingAddressProblem.Missing).Message);
        Assert.Equal("The billing address's company name is too long.", new InvalidBillingAddress(BillingAddressField.Company, BillingAddressProblem.TooLong).Message);
        Assert.Equal("The billing address's VAT number holds a character that cannot be printed.", new InvalidBillingAddress(BillingAddressField.VatNumber, BillingAddressProblem.NotPrintable).Message);
        Assert.Equal("A billing address has at most 3 street lines.", new InvalidBillingAddress(BillingAddressField.StreetLines, BillingAddressProblem.TooManyLines).Message);
        Assert.Equal("The billing address's country is not an ISO 3166-1 alpha-2 code.", new InvalidBillingAddress(BillingAddressField.Country, BillingAddressProblem.UnknownCountry).Message);
        Assert.Equal("The billing address's postal code does not have the form of one.", new InvalidBillingAddress(BillingAddressField.PostalCode, BillingAddressProblem.Malformed).Message);
        Assert.Equal("The billing address needs a street line.", new InvalidBillingAddress(BillingAddressField.StreetLines, BillingAddressProblem.Missing).Message);
        Assert.Equal("The billing address needs a city.", new InvalidBillingAddress(BillingAddressField.City, BillingAddressProblem.Missing).Message);
        Assert.Equal("The billing address needs a country.", new InvalidBillingAddress(BillingAddressField.Country, BillingAddressProblem.Missing).Message);
    }

    [Fact]
    [Trait("Rule", "BIL-1")]
    public void CountryCodes_AreTheAssignedIsoAlpha2Codes()
    {
        Assert.Equal(249, CountryCode.KnownCount);
        Assert.Equal("CH", CountryCode.Parse(" ch ").GetValueOrThrow().Code);
        Assert.Equal("LI", CountryCode.Parse("LI").GetValueOrThrow().ToString());
        Assert.Equal(string.Empty, default(CountryCode).ToString());
        Assert.True(default(CountryCode).IsDefault);
        Assert.False(CountryCode.Parse("ZW").GetValueOrThrow().IsDefault);
        Assert.Equal(new UnknownCountryCode("UK"), CountryCode.Parse("UK").Value);
        Assert.Equal(new UnknownCountryCode("C1"), CountryCode.Parse("C1").Value);
        Assert.Equal(new UnknownCountryCode("\u0131t"), CountryCode.Parse("\u0131t").Value);
        Assert.Equal(new UnknownCountryCode("\u017Fe"), CountryCode.Parse("\u017Fe").Value);
        Assert.Equal(new UnknownCountryCode("i\u0307t"), CountryCode.Parse("i\u0307t").Value);
        Assert.Equal(new UnknownCountryCode(string.Empty), CountryCode.Parse(null).Value);
        Assert.Equal("'ＣＨ' is not an ISO 3166-1 alpha-2 country code.", CountryCode.Parse("ＣＨ").AsT1.Message);
        Assert.Equal(new string('a', 31) + "…", CountryCode.Parse(new string('a', 33)).AsT1.Excerpt);
        Assert.Equal(new string('a', 32), CountryCode.Parse(new string('a', 32)).AsT1.Excerpt);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void TaxRates_AreZeroToOneHundredPercent_WithAtMostTwoDecimals_AndRoundHalfAwayFromZero()
    {
        var vat = TaxRate.Create(8.1m).GetValueOrThrow();

        Assert.Equal(8.1m, vat.Percent);
        Assert.Equal("8.1 %", vat.ToString());
        Assert.Equal(BillingScene.Chf(9.72m), vat.TaxOn(BillingScene.Chf(120m)));
        Assert.Equal(BillingScene.Chf(0.01m), TaxRate.Create(10m).GetValueOrThrow().TaxOn(BillingScene.Chf(0.05m)));
        Assert.Equal(Money.Create(1m, Currency.Jpy).GetValueOrThrow(), TaxRate.Create(50m).GetValueOrThrow().TaxOn(Money.Create(1m, Currency.Jpy).GetValueOrThrow()));
        Assert.Equal(100m, TaxRate.Create(100m).GetValueOrThrow().Percent);
        Assert.Equal(0m, TaxRate.Create(0m).GetValueOrThrow().Percent);
        Assert.Equal(7.75m, TaxRate.Create(7.75m).GetValueOrThrow().Percent);
        Assert.Equal(new InvalidTaxRate(-0.01m), TaxRate.Create(-0.01m).Value);
        Assert.Equal(new InvalidTaxRate(100.01m), TaxRate.Create(100.01m).Value);
        Assert.Equal(new InvalidTaxRate(8.125m), TaxRate.Create(8.125m).Value);
        Assert.Equal("8.125 % is not a tax rate: it must be from 0 to 100 with at most 2 decimals.", TaxRate.Create(8.125m).AsT1.Message);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void InvoiceNumberPrefixes_AreShortAsciiTexts_OrNone()
    {
        Assert.Equal("INV-", InvoiceNumberPrefix.Parse(" INV- ").GetValueOrThrow().Value);
        Assert.Equal(InvoiceNumberPrefix.None, InvoiceNumberPrefix.Parse("  ").GetValueOrThrow());
        Assert.Equal(InvoiceNumberPrefix.None, InvoiceNumberPrefix.Parse(null).GetValueOrThrow());
        Assert.Equal(string.Empty, InvoiceNumberPrefix.None.ToString());
        Assert.Equal("2026/A_b.", InvoiceNumberPrefix.Parse("2026/A_b.").GetValueOrThrow().ToString());
        Assert.Equal(12, InvoiceNumberPrefix.Parse(new string('A', 12)).GetValueOrThrow().Value.Length);
        Assert.Equal(new InvalidInvoiceNumberPrefix("AAAAAAAAAAAAA"), InvoiceNumberPrefix.Parse(new string('A', 13)).Value);
        Assert.Equal(new InvalidInvoiceNumberPrefix("INV #"), InvoiceNumberPrefix.Parse("INV #").Value);
        Assert.Equal("'FÜ' is not an invoice number prefix: at most 12 ASCII letters, digits, '-', '_', '/' and '.'.", InvoiceNumberPrefix.Parse("FÜ").AsT1.Message);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void PaymentMethods_AreWellKnown_OrAnApplicationsOwnCode()
    {
        Assert.Equal(
            ["prepaid-account", "card", "twint", "paypal", "bank-transfer"],
            new[] { PaymentMethod.PrepaidAccount, PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.PayPal, PaymentMethod.BankTransfer }.Select(m => m.Code));
        Assert.Equal(PaymentMethod.Twint, PaymentMethod.Parse(" TWINT ").GetValueOrThrow());
        Assert.Equal("invoice-by-post", PaymentMethod.Parse("Invoice-By-Post").GetValueOrThrow().ToString());
        Assert.True(default(PaymentMethod).IsDefault);
        Assert.False(PaymentMethod.Card.IsDefault);
        Assert.Equal(string.Empty, default(PaymentMethod).ToString());
        Assert.Equal(new InvalidPaymentMethod("pay pal"), PaymentMethod.Parse("pay pal").Value);
        Assert.Equal("'\uFFFD' is not a payment method code: 2 to 40 letters, digits and inner hyphens, starting with a letter.", PaymentMethod.Parse("\n").AsT1.Message);
    }
}
