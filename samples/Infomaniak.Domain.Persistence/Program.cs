using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Accounts.Specifications;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.EntityFrameworkCore.Outbox;
using Infomaniak.Domain.EntityFrameworkCore.Specifications;
using Infomaniak.Domain.EntityFrameworkCore.Storage;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Persistence;
using Infomaniak.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using OneOf;

// The library's aggregates in a real database through Infomaniak.Domain.EntityFrameworkCore: SQLite in a file by
// default, PostgreSQL with --postgres "<connection string>" (the sample works in its own schema there).
if (args is not ([] or ["--postgres", { Length: > 0 }]))
{
    Console.Error.WriteLine("usage: Infomaniak.Domain.Persistence [--postgres \"<connection string>\"]");
    return 2;
}

var postgres = args is [_, var connectionString] ? connectionString : null;
var sqliteFile = Path.Combine(Path.GetTempPath(), "infomaniak-domain-persistence-sample.db");
SampleContext NewContext() => new(postgres is null
    ? new DbContextOptionsBuilder<SampleContext>().UseSqlite($"Data Source={sqliteFile}").Options
    : new DbContextOptionsBuilder<SampleContext>().UseNpgsql(postgres).Options);

await using (var setup = NewContext())
{
    if (postgres is null)
    {
        await setup.Database.EnsureDeletedAsync();
        await setup.Database.EnsureCreatedAsync();
    }
    else
    {
        await setup.Database.ExecuteSqlRawAsync($"DROP SCHEMA IF EXISTS \"{SampleContext.PostgresSchema}\" CASCADE");
        await setup.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
    }
}

Console.WriteLine(postgres is null ? $"SQLite database: {sqliteFile}" : $"PostgreSQL, schema {SampleContext.PostgresSchema}");
var random = new CryptoRandomSource();
// PostgreSQL keeps instants to the microsecond: a clock that ticks in microseconds reads back exactly what it stamped.
var clock = new MicrosecondClock();

// Cheap hashing for a demo; production keeps new Pbkdf2PasswordHasher() at 600,000 iterations.
var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random);

// 1. Round trip: each aggregate added, then loaded back equal.
await using var db = NewContext();
var store = new DomainStore(db, clock, random);
var account = Account.Register(
    EmailAddress.Parse("famille.munster@la-fibre.xyz").GetValueOrThrow(), PersonName.Create("Famille", "Munster").GetValueOrThrow(),
    Password.Parse("63!iGm877").GetValueOrThrow(), EmailAddress.Parse("munster.recovery@example.ch").GetValueOrThrow(), passwords, random).GetValueOrThrow();
var organization = Organization.Create(account, new CustomerProfile.Individual(account.Name), random);   // the account records it too
// Ordering the Mail Service product records on the organization that it holds it; the product is stored too.
var product = Product.Order(organization, account.Id, ProductType.MailService, RenewalPeriod.Yearly, Money.Create(60m, Currency.Chf).GetValueOrThrow(), clock, random).GetValueOrThrow();
var service = MailService.Open(product.Id, organization.Id);
var compta = service.AddMailbox(organization, account.Id, EmailAddress.Parse("compta@entreprise-familiale.xyz").GetValueOrThrow(), Password.Parse("zZ!077rw").GetValueOrThrow(), passwords, random).GetValueOrThrow();
service.AttachWebmailReader(organization, account.Id, compta.Id, account.Id).GetValueOrThrow();
var ftp = ProductCredential.Create(organization, account.Id, service.Id, Channel.Ftp, "munster-ftp", Password.Parse("ftp-Pa55-word").GetValueOrThrow(), passwords, random).GetValueOrThrow();

// Billing: a profile with one address, the product sent there, and a final invoice for its next year.
var billing = BillingProfile.Open(organization, account.Id, InvoiceNumberPrefix.Parse("FM-").GetValueOrThrow(), random).GetValueOrThrow();
var home = billing.AddAddress(organization, account.Id, BillingAddress.Create("Famille Munster", ["Rue du Lac 1"], "1003", "Lausanne", "CH").GetValueOrThrow(), random).GetValueOrThrow();
product.ChangeBillingAddress(organization, billing, account.Id, home).GetValueOrThrow();
var invoice = Invoicing.Issue(billing, organization, account.Id, [new InvoiceItem(product, TaxRate.Create(8.1m).GetValueOrThrow())], clock, random).GetValueOrThrow();

Console.WriteLine($"added account: {Describe(await store.Accounts.AddAsync(account))}");
Console.WriteLine($"added organization: {Describe(await store.Organizations.AddAsync(organization))}");
Console.WriteLine($"added Mail Service: {Describe(await store.MailServices.AddAsync(service))}");
Console.WriteLine($"added FTP credential: {Describe(await store.ProductCredentials.AddAsync(ftp))}");
Console.WriteLine($"added product: {Describe(await store.Products.AddAsync(product))}");
Console.WriteLine($"added billing profile: {Describe(await store.BillingProfiles.AddAsync(billing))}");
Console.WriteLine($"added invoice {invoice.Number}: {Describe(await store.Invoices.AddAsync(invoice))}");

var reader = new DomainStore(NewContext(), clock, random);
var accountBack = (await reader.Accounts.FindAsync(account.Id))!;
var organizationBack = (await reader.Organizations.FindAsync(organization.Id))!;
var serviceBack = (await reader.MailServices.FindAsync(service.Id))!;
var ftpBack = (await reader.ProductCredentials.FindAsync(ftp.Id))!;
var productBack = (await reader.Products.FindAsync(product.Id))!;
var invoiceBack = (await reader.Invoices.FindAsync(invoice.Id))!;
Console.WriteLine($"loaded back equal: account {accountBack.ToState() == account.ToState()}, organization {organizationBack.ToState() == organization.ToState()}, "
    + $"Mail Service {serviceBack.ToState() == service.ToState()}, credential {ftpBack.ToState() == ftp.ToState()}, "
    + $"product {productBack.ToState() == product.ToState()}, invoice {invoiceBack.ToState() == invoice.ToState()} (total {invoiceBack.Total})");

// 2. A specification run by the database: the SQL it becomes, then its result.
var ofAccount = new OrganizationsOfAccountSpec(account.Id);
Console.WriteLine("OrganizationsOfAccountSpec as SQL:");
Console.WriteLine(store.Organizations.States.WithSpecification(ofAccount).ToQueryString());
var found = await reader.Organizations.ListAsync(ofAccount);
Console.WriteLine($"-> {string.Join(", ", found.Select(o => $"'{o.Name}' ({o.Members.Count} member)"))}");
var byLogin = await reader.Accounts.SingleOrDefaultAsync(new AccountByLoginSpec(EmailAddress.Parse("FAMILLE.MUNSTER@la-fibre.xyz").AsT0));
Console.WriteLine($"AccountByLoginSpec, typed in capitals -> {byLogin?.Login}");

// 3. A concurrency conflict: two requests load the same account; the second save is refused, nothing is lost.
var first = (await new DomainStore(NewContext(), clock, random).Accounts.FindAsync(account.Id))!;
var secondStore = new DomainStore(NewContext(), clock, random);
var second = (await secondStore.Accounts.FindAsync(account.Id))!;
first.SetRecoveryAddress(EmailAddress.Parse("famille@example.ch").AsT0, Password.Parse("63!iGm877").AsT0, passwords).GetValueOrThrow();
second.SetRecoveryAddress(EmailAddress.Parse("munster@example.org").AsT0, Password.Parse("63!iGm877").AsT0, passwords).GetValueOrThrow();
Console.WriteLine($"first request saves: {Describe(await new DomainStore(NewContext(), clock, random).Accounts.SaveAsync(first))}");
var refused = await secondStore.Accounts.SaveAsync(second);
Console.WriteLine($"second request saves: {Describe(refused)}");
var retry = (await secondStore.Accounts.FindAsync(account.Id))!;
retry.SetRecoveryAddress(EmailAddress.Parse("munster@example.org").AsT0, Password.Parse("63!iGm877").AsT0, passwords).GetValueOrThrow();
Console.WriteLine($"second request, reloaded and retried: {Describe(await secondStore.Accounts.SaveAsync(retry))}; recovery address now {retry.RecoveryAddress}");

// 4. The outbox: every event, written with the state that produced it, in order.
Console.WriteLine("outbox:");
await foreach (var message in NewContext().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.AggregateType).ThenBy(m => m.AggregateVersion).AsAsyncEnumerable())
{
    Console.WriteLine($"  {message.AggregateType} v{message.AggregateVersion} {message.EventType}: {message.Payload}");
}

return 0;

static string Describe(OneOf<Saved, ConcurrencyConflict> result) =>
    result.Match(saved => $"saved at version {saved.Version}, {saved.EventsWritten} event(s) to the outbox", conflict => $"{conflict.Code}: {conflict.Message}");
