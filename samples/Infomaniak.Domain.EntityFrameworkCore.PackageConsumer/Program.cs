using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.EntityFrameworkCore;
using Infomaniak.Domain.EntityFrameworkCore.Storage;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Products;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// A consumer that knows the EF Core package only as a NuGet package: it saves and loads an organization and a product on SQLite.
await using var connection = new SqliteConnection("Data Source=:memory:");
await connection.OpenAsync();
var options = new DbContextOptionsBuilder<ConsumerContext>().UseSqlite(connection).Options;
await using (var setup = new ConsumerContext(options))
{
    await setup.Database.EnsureCreatedAsync();
}

var random = new CryptoRandomSource();
var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random);
var founder = Account.Register(
    EmailAddress.Parse("famille.munster@la-fibre.xyz").GetValueOrThrow(), PersonName.Create("Famille", "Munster").GetValueOrThrow(),
    Password.Parse("63!iGm877").GetValueOrThrow(), null, passwords, random).GetValueOrThrow();
var organization = Organization.Create(founder, new CustomerProfile.Company(OrganizationName.Parse("Entreprise Familiale").GetValueOrThrow()), random);
var product = Product.Order(organization, founder.Id, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Create(120.05m, Currency.Chf).GetValueOrThrow(), TimeProvider.System, random)
    .GetValueOrThrow();
var events = organization.PendingEvents.Count;

await using var writing = new ConsumerContext(options);
var writer = new DomainStore(writing, TimeProvider.System, random);
var saved = await writer.Organizations.AddAsync(organization);
var productSaved = await writer.Products.AddAsync(product);
await using var reading = new ConsumerContext(options);
var store = new DomainStore(reading, TimeProvider.System, random);
var loaded = await store.Organizations.FindAsync(organization.Id);
var listed = await store.Organizations.ListAsync(new OrganizationsOfAccountSpec(founder.Id));
var productBack = await store.Products.FindAsync(product.Id);

var checks = new[]
{
    saved.IsT0 && productSaved.IsT0,
    loaded is not null && loaded.ToState() == organization.ToState(),
    listed.Count == 1 && listed[0].Id == organization.Id,
    await reading.Set<Infomaniak.Domain.EntityFrameworkCore.Outbox.OutboxMessage>().CountAsync(m => m.AggregateId == organization.Id.Value) == events,
    productBack is not null && productBack.ToState().Price == product.ToState().Price,
};
Console.WriteLine($"Infomaniak.Domain.EntityFrameworkCore as a package on SQLite: {checks.Count(ok => ok)}/{checks.Length} checks passed");
return checks.All(ok => ok) ? 0 : 1;

internal sealed class ConsumerContext(DbContextOptions<ConsumerContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyInfomaniakDomain();
}
