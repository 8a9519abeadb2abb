using Infomaniak.Domain.Common;
using Infomaniak.Domain.EntityFrameworkCore;
using Infomaniak.Domain.EntityFrameworkCore.Storage;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Products;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// A consumer that knows the EF Core package only as a NuGet package: it saves and loads an organization on SQLite.
await using var connection = new SqliteConnection("Data Source=:memory:");
await connection.OpenAsync();
var options = new DbContextOptionsBuilder<ConsumerContext>().UseSqlite(connection).Options;
await using (var setup = new ConsumerContext(options))
{
    await setup.Database.EnsureCreatedAsync();
}

var random = new CryptoRandomSource();
var founder = TypedId.New<AccountId>(random);
var organization = Organization.Create(TypedId.New<OrganizationId>(random), founder, new CustomerProfile.Company(OrganizationName.Parse("Entreprise Familiale").AsT0));
Product.Order(organization, founder, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Zero(Currency.Chf), TimeProvider.System, random).GetValueOrThrow();

await using var writing = new ConsumerContext(options);
var saved = await new DomainStore(writing, TimeProvider.System, random).Organizations.AddAsync(organization);
await using var reading = new ConsumerContext(options);
var store = new DomainStore(reading, TimeProvider.System, random);
var loaded = await store.Organizations.FindAsync(organization.Id);
var listed = await store.Organizations.ListAsync(new OrganizationsOfAccountSpec(founder));

var checks = new[]
{
    saved.IsT0,
    loaded is not null && loaded.ToState() == organization.ToState(),
    listed.Count == 1 && listed[0].Id == organization.Id,
    await reading.Set<Infomaniak.Domain.EntityFrameworkCore.Outbox.OutboxMessage>().CountAsync() == 2,
};
Console.WriteLine($"Infomaniak.Domain.EntityFrameworkCore as a package on SQLite: {checks.Count(ok => ok)}/{checks.Length} checks passed");
return checks.All(ok => ok) ? 0 : 1;

internal sealed class ConsumerContext(DbContextOptions<ConsumerContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyInfomaniakDomain();
}
