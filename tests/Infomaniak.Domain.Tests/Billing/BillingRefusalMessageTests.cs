using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;

namespace Infomaniak.Domain.Tests.Billing;

/// <summary>Each billing refusal explains itself with the facts it carries.</summary>
public class BillingRefusalMessageTests
{
    private static readonly OrganizationId Org = Given.Organization(1);
    private static readonly ProductId P1 = Given.Product(1);
    private static readonly ProductId P2 = Given.Product(2);
    private static readonly InvoiceId I1 = Given.Invoice(1);
    private static readonly BillingAddressId A1 = BillingAddressId.From(new Guid("5a000000-0000-4000-8000-000000000001"));

    public static TheoryData<Refusal, string> Refusals() => new()
    {
        { new EmptySelection(Org), $"Choose at least one product of organization {Org} to invoice." },
        { new ProductsNotBillable(Org, [new(P1, UnbillableReason.Terminated, null), new(P2, UnbillableReason.AlreadyInvoiced, I1)]), $"These products of organization {Org} cannot be invoiced: {P1} (Terminated), {P2} (AlreadyInvoiced)." },
        { new NoSingleBillingAddress(Org, [A1, null]), $"The chosen products of organization {Org} use 2 different billing addresses (or none); choose the one to invoice." },
        { new BillingAddressNotFound(Org, A1), $"Organization {Org} has no billing address {A1}." },
        { new BillingAddressLimitReached(Org, 50), $"Organization {Org} already has 50 billing addresses, the most it may keep." },
        { new BillingAddressInUse(Org, A1, [P1, P2]), $"Billing address {A1} of organization {Org} is used by 2 product(s); give them another address first." },
        { new InvoiceNotOpen(I1, InvoiceStatusKind.Paid), $"Invoice {I1} is paid, no longer open." },
        { new InvoiceNotOpen(I1, InvoiceStatusKind.Void), $"Invoice {I1} is void, no longer open." },
        { new InvoiceNotPaid(I1, InvoiceStatusKind.Open), $"Invoice {I1} is open: a final invoice can be printed or downloaded once paid; generate a pro forma invoice meanwhile." },
        { new InvoicesOfAnotherOrganization(Org, [I1]), $"Invoices {I1} do not belong to organization {Org}." },
        { new InvoicesNotGiven(Org, [I1]), $"The open invoices {I1} of organization {Org} were not given; load them and ask again." },
        { new ProductsOfAnotherOrganization(Org, [P1, P2]), $"Products {P1}, {P2} do not belong to organization {Org}." },
        { new ProductsNotGiven(Org, [P1]), $"Products {P1} of organization {Org} were not given; load them and ask again." },
        { new ProductsNotGiven(Org, [P1, P2]), $"Products {P1}, {P2} of organization {Org} were not given; load them and ask again." },
        { new NegativePrice(BillingScene.Chf(-1m)), "A product's price cannot be negative; -1.00 CHF was given." },
        { new InvalidPaymentMethod("x"), "'x' is not a payment method code: 2 to 40 letters, digits and inner hyphens, starting with a letter." },
        { new UnknownCountryCode("XX"), "'XX' is not an ISO 3166-1 alpha-2 country code." },
        { new InvalidInvoiceNumberPrefix("#"), "'#' is not an invoice number prefix: at most 12 ASCII letters, digits, '-', '_', '/' and '.'." },
        { new InvalidTaxRate(-1m), "-1 % is not a tax rate: it must be from 0 to 100 with at most 2 decimals." },
    };

    [Theory]
    [Trait("Rule", "BIL-1")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "ORG-9")]
    [MemberData(nameof(Refusals))]
    public void EveryBillingRefusal_ExplainsItselfWithItsFacts(Refusal refusal, string expected)
    {
        Assert.Equal(expected, refusal.Message);
        Assert.Equal(refusal.GetType().Name, refusal.Code);
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void AnInvoiceNumber_IsPrintedWithItsPrefix_OnAtLeastSixDigits()
    {
        var scene = new BillingScene(products: 1, prefix: "2026/");

        var number = scene.Issue(scene.Products[0]).Number;

        Assert.Equal("2026/000001", number.Value);
        Assert.Equal("2026/000001", number.ToString());
        Assert.Equal("2026/", number.Prefix.Value);
    }
}
