using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Products.Specifications;

namespace Infomaniak.Domain.Demo;

/// <summary>
/// The knowledge base's accounting pages: billing addresses, "To be paid", a pro forma invoice generated at once, a final
/// invoice paid with TWINT, then printed from the invoice history (paying from the prepaid account: <see cref="PrepaidStory"/>).
/// </summary>
internal sealed class BillingStory : IStory
{
    public string Title => "Billing: to be paid, pro forma, pay, download";

    public void Run(TextWriter output)
    {
        var random = new CryptoRandomSource();
        var clock = new DemoClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(), random);
        var marie = Account.Register(EmailAddress.Parse("marie@boulangerie-du-lac.ch").GetValueOrThrow(), PersonName.Create("Marie", "Favre").GetValueOrThrow(),
            Password.Parse("croissants du matin").GetValueOrThrow(), null, passwords, random).GetValueOrThrow();
        var owner = marie.Id;
        var bakery = Organization.Create(marie, new CustomerProfile.Company(OrganizationName.Parse("Boulangerie du Lac").GetValueOrThrow()), random);
        var billing = BillingProfile.Open(bakery, owner, InvoiceNumberPrefix.Parse("BDL-").GetValueOrThrow(), random).GetValueOrThrow();
        var shop = billing.AddAddress(bakery, owner, Address("Marie Favre", "Rue du Lac 1", "1000", "Lausanne"), random).GetValueOrThrow();
        var accountant = billing.AddAddress(bakery, owner, Address("Fiduciaire Rochat", "Avenue de la Gare 12", "1003", "Lausanne"), random).GetValueOrThrow();
        output.WriteLine($"{bakery.Name} keeps {billing.Addresses.Count} billing addresses (BIL-1): {string.Join("; ", billing.Addresses.Values)}");

        var hosting = Order(bakery, owner, ProductType.WebHosting, 120m, clock, random);
        var domain = Order(bakery, owner, ProductType.DomainName, 15m, clock, random);
        hosting.ChangeBillingAddress(bakery, billing, owner, shop).GetValueOrThrow();
        domain.ChangeBillingAddress(bakery, billing, owner, shop).GetValueOrThrow();
        domain.SetRenewalPreference(bakery, owner, RenewalPreference.Automatic(PaymentMethod.PrepaidAccount)).GetValueOrThrow();
        output.WriteLine($"It orders a web hosting and a domain name, paid until {hosting.PaidUntil:yyyy-MM-dd}; the domain renews automatically (PRE-3).");

        clock.Advance(TimeSpan.FromDays(350));
        var products = new[] { hosting, domain };
        var toBePaid = new DueProductsNotYetInvoicedSpec(bakery.Id, clock, TimeSpan.FromDays(30)).Evaluate(products.Select(p => p.ToState())).ToList();
        output.WriteLine($"350 days later, To be paid lists {toBePaid.Count} product(s): {string.Join(", ", toBePaid.Select(p => $"{p.Type} due {p.PaidUntil:yyyy-MM-dd}"))}.");

        var vat = TaxRate.Create(8.1m).GetValueOrThrow();
        var items = new InvoiceItem[] { new(hosting, vat), new(domain, vat) };
        var proForma = Invoicing.ProForma(billing, bakery, owner, items, clock, random).GetValueOrThrow();
        Print(output, "Pro forma, available at once (BIL-4)", proForma.Document);

        hosting.ChangeBillingAddress(bakery, billing, owner, accountant).GetValueOrThrow();
        var invoice = Invoicing.Issue(billing, bakery, owner, [new(hosting, vat)], clock, random).GetValueOrThrow();
        var domainInvoice = Invoicing.Issue(billing, bakery, owner, [new(domain, vat)], clock, random).GetValueOrThrow();
        output.WriteLine($"The hosting's invoices now go to the accountant (BIL-2): invoice {invoice.Number} to {invoice.BillingAddress.Recipient}, {domainInvoice.Number} to {domainInvoice.BillingAddress.Recipient}.");
        output.WriteLine($"Printing {invoice.Number} before payment: {invoice.Download(bakery, owner).Match(_ => "printed", denied => denied.Message, notPaid => notPaid.Message)}");

        Invoicing.Pay(invoice, bakery, owner, PaymentMethod.Twint, products, clock).GetValueOrThrow();
        Invoicing.Void(domainInvoice, bakery, owner, VoidReason.IssuedInError, products, clock).GetValueOrThrow();
        output.WriteLine($"Paid with TWINT: the hosting is paid until {hosting.PaidUntil:yyyy-MM-dd}; {domainInvoice.Number} was voided and keeps its number (BIL-5).");
        Print(output, "Final invoice from the invoice history (BIL-3)", invoice.Download(bakery, owner).GetValueOrThrow());
        output.WriteLine($"Paying it again: {Invoicing.Pay(invoice, bakery, owner, PaymentMethod.Card, products, clock).Match(_ => "paid", denied => denied.Message, notOpen => notOpen.Message, missing => missing.Message)}");
    }

    private static BillingAddress Address(string recipient, string street, string postalCode, string city) =>
        BillingAddress.Create(recipient, [street], postalCode, city, "CH").GetValueOrThrow();

    private static Product Order(Organization organization, AccountId owner, ProductType type, decimal price, TimeProvider clock, IRandomSource random) =>
        Product.Order(organization, owner, type, RenewalPeriod.Yearly, Money.Create(price, Currency.Chf).GetValueOrThrow(), clock, random).GetValueOrThrow();

    private static void Print(TextWriter output, string title, InvoiceDocument document)
    {
        output.WriteLine($"  -- {title}: {document.Number?.Value ?? "no number"}, {document.Date:yyyy-MM-dd}, to {document.BillingAddress}");
        foreach (var line in document.Lines)
        {
            output.WriteLine($"     {line.ProductType,-12} {line.PeriodStart:yyyy-MM-dd} to {line.PeriodEnd:yyyy-MM-dd}  {line.Amount} + {line.TaxRate} = {line.Total}");
        }

        output.WriteLine($"     subtotal {document.Subtotal}, tax {document.TaxTotal}, total {document.Total}{(document.Payment is { } paid ? $", paid {paid.At:yyyy-MM-dd} by {paid.Method}" : string.Empty)}");
        if (document.Notice is { } notice)
        {
            output.WriteLine($"     {notice}");
        }
    }

    /// <summary>A clock the story moves by hand, so that a year passes in an instant.</summary>
    internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
