using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Demo;

/// <summary>
/// The knowledge base's prepaid account: top it up, pay a renewal with it, turn on one-click automatic renewal and let
/// a run renew what the balance covers, withdraw everything, and delete the organization.
/// </summary>
internal sealed class PrepaidStory : IStory
{
    public string Title => "Prepaid account: top up, pay a renewal, auto-renew, withdraw everything";

    public void Run(TextWriter output)
    {
        var random = new CryptoRandomSource();
        var clock = new BillingStory.DemoClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(), random);
        var marie = Account.Register(EmailAddress.Parse("marie@boulangerie-du-lac.ch").GetValueOrThrow(), PersonName.Create("Marie", "Favre").GetValueOrThrow(),
            Password.Parse("croissants du matin").GetValueOrThrow(), null, passwords, random).GetValueOrThrow();
        var owner = marie.Id;
        var bakery = Organization.Create(marie, new CustomerProfile.Company(OrganizationName.Parse("Boulangerie du Lac").GetValueOrThrow()), random);
        var billing = BillingProfile.Open(bakery, owner, InvoiceNumberPrefix.Parse("BDL-").GetValueOrThrow(), random).GetValueOrThrow();
        var shop = billing.AddAddress(bakery, owner, BillingAddress.Create("Marie Favre", ["Rue du Lac 1"], "1000", "Lausanne", "CH").GetValueOrThrow(), random).GetValueOrThrow();
        var hosting = Order(bakery, billing, owner, shop, ProductType.WebHosting, 120m, clock, random);
        var domain = Order(bakery, billing, owner, shop, ProductType.DomainName, 15m, clock, random);
        var products = new[] { hosting, domain };

        var account = PrepaidAccount.Open(bakery, owner, Currency.Chf, random).GetValueOrThrow();
        var policy = TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint], Chf(10m), Chf(5_000m), Chf(20_000m)).GetValueOrThrow();
        account.TopUp(owner, bakery, Key("top-up-1"), Chf(200m), PaymentMethod.Twint, policy, clock).GetValueOrThrow();
        output.WriteLine($"{bakery.Name} credits its prepaid account with TWINT (PRE-1): {account.Balance}.");
        output.WriteLine($"A top-up of 9 CHF: {account.TopUp(owner, bakery, Key("top-up-2"), Chf(9m), PaymentMethod.Twint, policy, clock).Match(_ => "credited", r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message)}");

        clock.Advance(TimeSpan.FromDays(350));
        var invoice = Invoicing.Issue(billing, bakery, owner, [new(hosting)], clock, random).GetValueOrThrow();
        var payment = PrepaidPayments.PayInvoice(account, invoice, bakery, owner, products, Key($"invoice-{invoice.Id}"), clock).GetValueOrThrow();
        output.WriteLine($"To pay: the hosting's renewal, invoice {invoice.Number}, paid from the account (PRE-2): {payment.Amount} for {payment.Reference}; the hosting is paid until {hosting.PaidUntil:yyyy-MM-dd}, {account.Balance} left.");
        output.WriteLine($"Paying it again with a new key: {PrepaidPayments.PayInvoice(account, invoice, bakery, owner, products, Key("pay-again"), clock).Match(_ => "paid", r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message)}");

        AutomaticRenewal.Choose(bakery, owner, products, RenewalPreference.Automatic(AutomaticRenewal.Method)).GetValueOrThrow();
        clock.Advance(TimeSpan.FromDays(20));
        var run = AutomaticRenewal.Run(account, billing, bakery, owner, products, TimeSpan.Zero, null, clock, random).GetValueOrThrow();
        output.WriteLine($"One-click automatic renewal on both (PRE-3); 20 days later the run renews {string.Join(", ", run.Renewed.Select(r => $"{Type(products, r.Product)} on {r.Invoice.Number} until {r.PaidUntil:yyyy-MM-dd}"))} for {run.Debited}; not renewed: {string.Join(", ", run.NotRenewed.Select(n => $"{Type(products, n.Product)} ({n.Reason})"))}.");
        var again = AutomaticRenewal.Run(account, billing, bakery, owner, products, TimeSpan.Zero, null, clock, random).GetValueOrThrow();
        output.WriteLine($"The same run again renews {again.Renewed.Count} product(s): nothing is renewed twice for one period.");

        var iban = Iban.Parse("CH93 0076 2011 6238 5295 7").GetValueOrThrow();
        var withdrawal = account.RequestWithdrawal(owner, bakery, Key("retrieve-balance"), account.Available, WithdrawalDestination.ToBankAccount(iban), clock, random).GetValueOrThrow();
        output.WriteLine($"Retrieve the balance (PRE-4): {withdrawal.Amount} reserved for {iban}.");
        foreach (var product in products)
        {
            product.Terminate(bakery, owner).GetValueOrThrow();
        }

        output.WriteLine($"Deleting the organization while the transfer is pending: {OrganizationDeletion.Check(bakery, owner, [account], products, [], false).Match(_ => "approved", r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message, r => r.Message)}");
        account.CompleteWithdrawal(owner, bakery, Key("retrieve-balance-sent"), withdrawal.Withdrawal, clock).GetValueOrThrow();
        var deleted = OrganizationDeletion.Delete(bakery, owner, [account], products, [], sendPaidInvoicesByEmail: true).GetValueOrThrow();
        output.WriteLine($"Once sent, the balance is {account.Balance}; the organization is deleted (ORG-9), {deleted.EndedMemberships.Count} membership ended, the ledger keeps its {account.LastSequence} entries.");
    }

    private static Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

    private static IdempotencyKey Key(string key) => IdempotencyKey.Parse(key).GetValueOrThrow();

    private static ProductType Type(IEnumerable<Product> products, ProductId id) => products.Single(p => p.Id == id).Type;

    private static Product Order(Organization organization, BillingProfile billing, AccountId owner, BillingAddressId address, ProductType type, decimal price, TimeProvider clock, IRandomSource random)
    {
        var product = Product.Order(organization, owner, type, RenewalPeriod.Yearly, Chf(price), clock, random).GetValueOrThrow();
        product.ChangeBillingAddress(organization, billing, owner, address).GetValueOrThrow();
        return product;
    }
}
