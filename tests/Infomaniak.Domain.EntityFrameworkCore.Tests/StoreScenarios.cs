using System.Text.Json;
using System.Text.RegularExpressions;
using Ardalis.Specification;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Accounts.Specifications;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Billing.Specifications;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.EntityFrameworkCore.Outbox;
using Infomaniak.Domain.EntityFrameworkCore.Specifications;
using Infomaniak.Domain.EntityFrameworkCore.Storage;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Support;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Ordering.Specifications;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Prepaid.Specifications;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Products.Specifications;
using Infomaniak.Domain.Serialization;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// What every database must do, written once: <see cref="SqliteTests"/> and <see cref="PostgresTests"/> run each
/// scenario on their database.
/// </summary>
public abstract class StoreScenarios
{
    protected abstract Task<TestDatabase> OpenAsync();

    protected async Task EveryAggregate_SavedAndLoaded_IsEqual(DataSet data)
    {
        await using var database = await OpenAsync();
        var writer = database.NewStore();
        foreach (var account in data.Accounts)
        {
            Assert.True((await writer.Accounts.AddAsync(account)).IsT0);
        }

        foreach (var service in data.MailServices)
        {
            Assert.True((await writer.MailServices.AddAsync(service)).IsT0);
        }

        foreach (var organization in data.Organizations)
        {
            Assert.True((await writer.Organizations.AddAsync(organization)).IsT0);
        }

        foreach (var credential in data.Credentials)
        {
            Assert.True((await writer.ProductCredentials.AddAsync(credential)).IsT0);
        }

        foreach (var product in data.Billing.Products)
        {
            Assert.True((await writer.Products.AddAsync(product)).IsT0);
        }

        foreach (var profile in data.Billing.Profiles)
        {
            Assert.True((await writer.BillingProfiles.AddAsync(profile)).IsT0);
        }

        foreach (var invoice in data.Billing.Invoices)
        {
            Assert.True((await writer.Invoices.AddAsync(invoice)).IsT0);
        }

        foreach (var account in data.Billing.PrepaidAccounts)
        {
            Assert.True((await writer.PrepaidAccounts.AddAsync(account)).IsT0);
        }

        foreach (var order in data.Ordering.Orders)
        {
            Assert.True((await writer.Orders.AddAsync(order)).IsT0);
        }

        foreach (var voucher in data.Ordering.Vouchers)
        {
            Assert.True((await writer.Vouchers.AddAsync(voucher)).IsT0);
        }

        foreach (var code in data.Ordering.PromotionCodes)
        {
            Assert.True((await writer.PromotionCodes.AddAsync(code)).IsT0);
        }

        var reader = database.NewStore();
        foreach (var account in data.Accounts)
        {
            AssertLoadedEqual(account.ToState(), await reader.Accounts.FindAsync(account.Id), a => a.ToState());
        }

        foreach (var service in data.MailServices)
        {
            AssertLoadedEqual(service.ToState(), await reader.MailServices.FindAsync(service.Id), s => s.ToState());
        }

        foreach (var organization in data.Organizations)
        {
            AssertLoadedEqual(organization.ToState(), await reader.Organizations.FindAsync(organization.Id), o => o.ToState());
        }

        foreach (var credential in data.Credentials)
        {
            AssertLoadedEqual(credential.ToState(), await reader.ProductCredentials.FindAsync(credential.Id), c => c.ToState());
        }

        foreach (var product in data.Billing.Products)
        {
            AssertLoadedEqual(product.ToState(), await reader.Products.FindAsync(product.Id), p => p.ToState());
        }

        foreach (var profile in data.Billing.Profiles)
        {
            AssertLoadedEqual(profile.ToState(), await reader.BillingProfiles.FindAsync(profile.Id), p => p.ToState());
        }

        foreach (var invoice in data.Billing.Invoices)
        {
            AssertLoadedEqual(invoice.ToState(), await reader.Invoices.FindAsync(invoice.Id), i => i.ToState());
        }

        foreach (var account in data.Billing.PrepaidAccounts)
        {
            AssertLoadedEqual(account.ToState(), await reader.PrepaidAccounts.FindAsync(account.Id), a => a.ToState());
        }

        foreach (var order in data.Ordering.Orders)
        {
            AssertLoadedEqual(order.ToState(), await reader.Orders.FindAsync(order.Id), o => o.ToState());
        }

        foreach (var voucher in data.Ordering.Vouchers)
        {
            AssertLoadedEqual(voucher.ToState(), await reader.Vouchers.FindAsync(voucher.Id), v => v.ToState());
        }

        foreach (var code in data.Ordering.PromotionCodes)
        {
            AssertLoadedEqual(code.ToState(), await reader.PromotionCodes.FindAsync(code.Id), c => c.ToState());
        }
    }

    protected async Task EverySpecification_SelectsInTheDatabase_WhatItSelectsInMemory(DataSet data)
    {
        await using var database = await OpenAsync();
        var context = database.NewContext();
        context.AddRange(data.Accounts.Select(a => a.ToState()));
        context.AddRange(data.MailServices.Select(s => s.ToState()));
        context.AddRange(data.Organizations.Select(o => o.ToState()));
        context.AddRange(data.Credentials.Select(c => c.ToState()));
        context.AddRange(data.Billing.Products.Select(p => p.ToState()));
        context.AddRange(data.Billing.Profiles.Select(p => p.ToState()));
        context.AddRange(data.Billing.Invoices.Select(i => i.ToState()));
        context.AddRange(data.Billing.PrepaidAccounts.Select(a => a.ToState()));
        context.AddRange(data.Ordering.Orders.Select(o => o.ToState()));
        context.AddRange(data.Ordering.Vouchers.Select(v => v.ToState()));
        context.AddRange(data.Ordering.PromotionCodes.Select(c => c.ToState()));
        await context.SaveChangesAsync();

        var query = database.NewContext();
        foreach (var specification in Specifications.All(data))
        {
            await specification.AssertSameAsync(query, data);
        }
    }

    protected async Task EverySpecification_IsTranslatedToSql()
    {
        await using var database = await OpenAsync();
        var context = database.NewContext();
        var data = Gen.Sample(DataSets.DataSetGen, 1, 10)[0];
        foreach (var specification in Specifications.All(data))
        {
            Assert.Contains("WHERE", specification.Sql(context), StringComparison.Ordinal);
        }
    }

    protected async Task ASpecificationTheDatabaseCannotRun_Fails()
    {
        await using var database = await OpenAsync();
        var store = database.NewStore();

        var failure = await Record.ExceptionAsync(() => store.Accounts.ListAsync(new LoginsOfAParityInMemorySpec()));

        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains("could not be translated", failure.Message, StringComparison.Ordinal);
    }

    protected async Task OrderingAndPaging_RunInTheDatabase()
    {
        await using var database = await OpenAsync();
        var store = database.NewStore();
        var organizations = Gen.Sample(DataSets.OrganizationsGen, 1, 20)[0].Organizations;
        foreach (var organization in organizations)
        {
            await store.Organizations.AddAsync(organization);
        }

        var spec = new OrganizationsByNameSpec(skip: 1, take: 2);
        var loaded = await store.Organizations.ListAsync(spec);

        Assert.Equal(spec.Evaluate(organizations.Select(o => o.ToState())).Select(o => o.Id), loaded.Select(o => o.Id));
        Assert.Contains("ORDER BY", database.NewContext().Set<OrganizationState>().WithSpecification(spec).ToQueryString(), StringComparison.Ordinal);
    }

    protected async Task TwoWriters_FromTheSameVersion_OneConflicts_AndNothingIsLost()
    {
        await using var database = await OpenAsync();
        var founder = Given.Account(0);
        var organization = Given.OrganizationWith(1, founder, Given.Product(1));
        await database.NewStore().Organizations.AddAsync(organization);
        var version = organization.Version;

        var firstStore = database.NewStore(2);
        var secondStore = database.NewStore(3);
        var mine = (await firstStore.Organizations.FindAsync(organization.Id))!;
        var theirs = (await secondStore.Organizations.FindAsync(organization.Id))!;
        var second = Order(mine, founder, 2);
        Order(theirs, founder, 3);

        var saved = await firstStore.Organizations.SaveAsync(mine);
        var refused = await secondStore.Organizations.SaveAsync(theirs);

        Assert.True(saved.IsT0);
        Assert.True(refused.TryPickT1(out var conflict, out _));
        Assert.Equal(new ConcurrencyConflict("Organization", organization.Id.Value, version, version + 1), conflict);
        Assert.Single(theirs.PendingEvents);

        var retried = (await secondStore.Organizations.FindAsync(organization.Id))!;
        var third = Order(retried, founder, 3);
        Assert.True((await secondStore.Organizations.SaveAsync(retried)).IsT0);
        var final = (await database.NewStore().Organizations.FindAsync(organization.Id))!;
        Assert.Equal(new[] { Given.Product(1), second, third }.OrderBy(p => p.Value), final.Products.OrderBy(p => p.Value));
        Assert.Equal(version + 2, final.Version);
        Assert.Equal([version + 1, version + 2], (await Outbox(database, organization.Id.Value)).Select(m => m.AggregateVersion));
    }

    protected async Task AWriterThatLosesTheRaceInTheDatabase_GetsAConflict()
    {
        await using var database = await OpenAsync();
        var founder = Given.Account(0);
        var organization = Given.OrganizationWith(1, founder, Given.Product(1));
        await database.NewStore().Organizations.AddAsync(organization);
        var version = organization.Version;
        var slow = (await database.NewStore().Organizations.FindAsync(organization.Id))!;
        var fast = (await database.NewStore().Organizations.FindAsync(organization.Id))!;
        Order(fast, founder, 2);
        Order(slow, founder, 3);
        var racing = database.NewRacingStore(async () => Assert.True((await database.NewStore(5).Organizations.SaveAsync(fast)).IsT0));

        var result = await racing.Organizations.SaveAsync(slow);

        Assert.Equal(new ConcurrencyConflict("Organization", organization.Id.Value, version, version + 1), result.AsT1);
        Assert.Single(slow.PendingEvents);
        var stored = (await database.NewStore().Organizations.FindAsync(organization.Id))!;
        Assert.Equal(fast.ToState(), stored.ToState());
        Assert.Equal([version + 1], (await Outbox(database, organization.Id.Value)).Select(m => m.AggregateVersion));
    }

    protected async Task TheOutbox_HoldsExactlyTheEventsRecorded_InOrder()
    {
        await using var database = await OpenAsync();
        var store = database.NewStore();
        var founder = Given.Account(0);
        var organization = Given.Create(1, founder, Given.Company("Outbox SA"));
        Order(organization, founder, 1);
        var recorded = organization.PendingEvents.ToList();

        var firstCount = recorded.Count;

        var added = await store.Organizations.AddAsync(organization);
        Join(organization, founder, 1, Rights.Administrator(false));
        Order(organization, founder, 2);
        organization.SetLogo(founder, Logo.Create("image/svg+xml", 300, 100, 1000).AsT0);
        recorded.AddRange(organization.PendingEvents);
        database.Clock.Advance(TimeSpan.FromMinutes(5));
        var saved = await store.Organizations.SaveAsync(organization);

        Assert.Equal(new Saved(firstCount, firstCount), added.AsT0);
        Assert.Equal(new Saved(organization.Version, recorded.Count - firstCount), saved.AsT0);
        Assert.Equal(recorded.Count, organization.Version);
        Assert.Empty(organization.PendingEvents);
        var outbox = await Outbox(database, organization.Id.Value);
        Assert.Equal(recorded.Select(EventJson.TypeName), outbox.Select(m => m.EventType));
        Assert.Equal(recorded.Select(EventJson.Serialize), outbox.Select(m => m.Payload));
        Assert.Equal(recorded, outbox.Select(m => JsonSerializer.Deserialize<IDomainEvent>(m.Payload, DomainJson.Options)));
        Assert.All(outbox, m => Assert.StartsWith("organizations.", m.EventType, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, recorded.Count).Select(v => (long)v), outbox.Select(m => m.AggregateVersion));
        Assert.All(outbox, m => Assert.Equal("Organization", m.AggregateType));
        Assert.Equal(
            [.. Enumerable.Repeat(TestDatabase.Now, firstCount), .. Enumerable.Repeat(TestDatabase.Now.AddMinutes(5), recorded.Count - firstCount)],
            outbox.Select(m => m.OccurredAt));
        Assert.Equal(recorded.Count, outbox.Select(m => m.Id).Distinct().Count());
    }

    protected async Task ChildRows_AddedChangedAndRemoved_RoundTrip()
    {
        await using var database = await OpenAsync();
        var store = database.NewStore();
        var founder = Given.Account(0);
        var organization = Given.OrganizationWith(1, founder, Given.Product(1), Given.Product(2));
        await store.Organizations.AddAsync(organization);
        var clock = Given.Clock();
        var steps = new Action<Organization>[]
        {
            o => Join(o, founder, 1, Given.Limited(true, Given.Product(1))),
            o => Join(o, founder, 2, Rights.Administrator(false)),
            o => o.ChangeRights(founder, Given.Account(1), Given.Limited(false, Given.Product(1), Given.Product(2))),
            o => o.Invite(founder, Given.Email(3), Rights.Administrator(true), clock, new SeededRandomSource(3)),
            o => o.CancelInvitation(founder, o.Invitations.Single().Id),
            o => o.RemoveMember(founder, Given.Account(2)),
            o => o.SetLogo(founder, Logo.Create("image/jpeg", 640, 200, 50_000).AsT0),
            o => o.SetLogo(founder, Logo.Create("image/webp", 641, 201, 50_001).AsT0),
            o => o.RemoveLogo(founder),
        };
        foreach (var step in steps)
        {
            var loaded = (await store.Organizations.FindAsync(organization.Id))!;
            step(loaded);
            Assert.NotEmpty(loaded.PendingEvents);
            var expected = loaded.ToState();
            Assert.True((await store.Organizations.SaveAsync(loaded)).IsT0);
            Assert.Equal(expected, (await database.NewStore().Organizations.FindAsync(organization.Id))!.ToState());
            organization = loaded;
        }

        var family = new Family();
        var (julie, _) = family.UnifiedJulie();
        family.Service.DequeueEvents();
        await store.MailServices.AddAsync(family.Service);
        var passwords = TestPasswords.Service();
        var holder = family.Organization;
        var admin = family.Munster.Id;
        var serviceSteps = new Action<MailService>[]
        {
            s => s.AttachWebmailReader(holder, admin, family.Compta, Given.Account(7)),
            s => s.AddMailbox(holder, admin, Family.Address("info@entreprise-familiale.xyz"), TestPasswords.Of("info-Pa55-word"), passwords, new SeededRandomSource(9)),
            s => s.DetachWebmailReader(holder, admin, family.Compta, family.Munster.Id),
            s => s.AttachWebmailReader(holder, admin, julie, Given.Account(8)),
            s => s.RemoveMailbox(holder, admin, family.Compta),
        };
        foreach (var step in serviceSteps)
        {
            var loaded = (await store.MailServices.FindAsync(family.Service.Id))!;
            step(loaded);
            Assert.NotEmpty(loaded.PendingEvents);
            var expected = loaded.ToState();
            Assert.True((await store.MailServices.SaveAsync(loaded)).IsT0);
            Assert.Equal(expected, (await database.NewStore().MailServices.FindAsync(family.Service.Id))!.ToState());
        }

        var readers = await database.NewContext().Set<WebmailReaderState>().AsNoTracking().ToListAsync();
        Assert.Equal(2, readers.Count);
    }

    protected async Task AddingAnIdThatIsStored_IsAConflict()
    {
        await using var database = await OpenAsync();
        var organization = Given.OrganizationWith(1, Given.Account(0), Given.Product(1));
        await database.NewStore().Organizations.AddAsync(organization);
        var twin = Given.Create(1, Given.Account(3), Given.Company("Twin SA"));

        var result = await database.NewStore().Organizations.AddAsync(twin);

        Assert.Equal(new ConcurrencyConflict("Organization", organization.Id.Value, 0, organization.Version), result.AsT1);
        Assert.NotEmpty(twin.PendingEvents);
        Assert.Equal(organization.ToState(), (await database.NewStore().Organizations.FindAsync(organization.Id))!.ToState());
    }

    protected async Task SavingAnAggregateNoLongerStored_IsAConflict()
    {
        await using var database = await OpenAsync();
        var founder = Given.Account(0);
        var organization = Given.OrganizationWith(1, founder, Given.Product(1));
        await database.NewStore().Organizations.AddAsync(organization);
        await database.ExecuteAsync($"DELETE FROM {database.Table<OrganizationState>()}");
        var version = organization.Version;
        Order(organization, founder, 2);

        var result = await database.NewStore().Organizations.SaveAsync(organization);

        Assert.Equal(new ConcurrencyConflict("Organization", organization.Id.Value, version, null), result.AsT1);
        Assert.Empty(await database.NewContext().Set<MemberState>().ToListAsync());
    }

    protected async Task TwoAccounts_CannotHoldTheSameLogin()
    {
        await using var database = await OpenAsync();
        var passwords = TestPasswords.Service();
        var first = Account.Register(Family.Address("julie@example.com"), PersonName.Create("Julie", "A").AsT0, TestPasswords.Of("julie-Pa55-word"), null, passwords, new IdsThenSeeded(1, Given.Account(1).Value)).AsT0;
        var second = Account.Register(Family.Address("JULIE@Example.com"), PersonName.Create("Julie", "B").AsT0, TestPasswords.Of("julie-Pa55-word"), null, passwords, new IdsThenSeeded(2, Given.Account(2).Value)).AsT0;
        await database.NewStore().Accounts.AddAsync(first);

        await Assert.ThrowsAsync<DbUpdateException>(() => database.NewStore().Accounts.AddAsync(second));

        Assert.Single(second.PendingEvents);
        Assert.Equal(first.Id, (await database.NewStore().Accounts.SingleOrDefaultAsync(new AccountByLoginSpec(second.Login)))!.Id);
    }

    protected async Task PasswordsAndTokens_AreStoredOnlyAsHashes()
    {
        await using var database = await OpenAsync();
        var passwords = TestPasswords.Service();
        var account = Account.Register(Family.Address("julie@example.com"), PersonName.Create("Julie", "A").AsT0, TestPasswords.Of("julie-Pa55-word"), Family.Address("backup@example.org"), passwords, new IdsThenSeeded(1, Given.Account(1).Value)).AsT0;
        var issued = account.RequestPasswordReset(Given.Clock(), new SeededRandomSource(4)).AsT0;
        await database.NewStore().Accounts.AddAsync(account);

        var hash = await Scalar(database, "PasswordHash", database.Table<AccountState>());
        var digest = await Scalar(database, "PasswordReset_TokenDigest", database.Table<AccountState>());
        var outbox = string.Join('\n', (await Outbox(database, account.Id.Value)).Select(m => m.Payload));

        Assert.StartsWith("$pbkdf2-sha256$", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("julie-Pa55-word", hash + digest + outbox, StringComparison.Ordinal);
        Assert.Equal(64, digest.Length);
        Assert.DoesNotContain(issued.Token.ToString(), outbox, StringComparison.Ordinal);
    }

    protected async Task BadRows_FailLoadingWithAClearError(string corruption, string named)
    {
        await using var database = await OpenAsync();
        var passwords = TestPasswords.Service();
        var account = Account.Register(Family.Address("julie@example.com"), PersonName.Create("Julie", "A").AsT0, TestPasswords.Of("julie-Pa55-word"), null, passwords, new IdsThenSeeded(1, Given.Account(1).Value)).AsT0;
        var organization = Given.OrganizationWith(1, Given.Account(1), Given.Product(1));
        Given.Join(organization, Given.Account(1), 2, Rights.Administrator(false));
        var family = new Family();
        var store = database.NewStore();
        await store.Accounts.AddAsync(account);
        await store.Organizations.AddAsync(organization);
        await store.MailServices.AddAsync(family.Service);
        var sql = corruption switch
        {
            "login" => $"UPDATE {database.Table<AccountState>()} SET \"Login\" = 'not an address', \"LoginNormalized\" = 'x'",
            "hash" => $"UPDATE {database.Table<AccountState>()} SET \"PasswordHash\" = 'plain-text'",
            "empty member id" => $"UPDATE {database.Table<MemberState>()} SET \"AccountId\" = '00000000-0000-0000-0000-000000000000' WHERE \"AccountId\" <> '{Given.Account(1).Value}'",
            "malformed member id" => $"UPDATE {database.Table<MemberState>()} SET \"AccountId\" = 'zzz' WHERE \"AccountId\" <> '{Given.Account(1).Value.ToString().ToUpperInvariant()}'",
            "enum" => $"UPDATE {database.Table<ProductCredentialState>()} SET \"Channel\" = 'Telnet'",
            _ => $"UPDATE {database.Table<MailboxState>()} SET \"Address\" = 'compta(at)entreprise'",
        };
        await database.ExecuteAsync(sql);
        var reader = database.NewStore();

        var failure = await Record.ExceptionAsync(async () =>
        {
            await reader.Accounts.FindAsync(account.Id);
            await reader.Organizations.FindAsync(organization.Id);
            await reader.MailServices.FindAsync(family.Service.Id);
        });

        var stored = Assert.IsType<StoredStateException>(failure);
        Assert.Contains(named, stored.Message, StringComparison.Ordinal);
    }

    protected async Task TwoInvoiceIssuers_OnOneBillingProfile_TakeConsecutiveNumbers()
    {
        await using var database = await OpenAsync();
        var scene = await BillingScene.StoreAsync(database);
        var (firstContext, firstStore) = database.NewContextAndStore(2);
        var (secondContext, secondStore) = database.NewContextAndStore(3);
        var mine = await IssueAsync(firstStore, scene, scene.Products[0], 21);
        var theirs = await IssueAsync(secondStore, scene, scene.Products[1], 22);
        Assert.Equal(mine.Invoice.Number, theirs.Invoice.Number);

        Assert.True((await SaveIssueAsync(firstContext, firstStore, mine)).IsT0);
        var refused = await SaveIssueAsync(secondContext, secondStore, theirs);
        var stale = await Record.ExceptionAsync(() => database.NewStore(4).Invoices.AddAsync(theirs.Invoice));

        Assert.Equal(new ConcurrencyConflict("BillingProfile", scene.Profile.Value, scene.ProfileVersion, scene.ProfileVersion + 1), refused.AsT1);
        Assert.IsType<DbUpdateException>(stale);
        var retried = await IssueAsync(secondStore, scene, scene.Products[1], 23);
        Assert.True((await SaveIssueAsync(secondContext, secondStore, retried)).IsT0);
        var invoices = await database.NewStore().Invoices.ListAsync(new InvoiceHistorySpec(scene.Organization.Id));
        Assert.Equal([2L, 1L], invoices.Select(i => i.Number.Sequence));
        Assert.Equal([retried.Invoice.Id, mine.Invoice.Id], invoices.Select(i => i.Id));
        Assert.Equal(3, (await database.NewStore().BillingProfiles.FindAsync(scene.Profile))!.NextInvoiceSequence);
        var products = await database.NewStore().Products.ListAsync(new ActiveProductsOfOrganizationSpec(scene.Organization.Id));
        Assert.Equal(invoices.Select(i => i.Id.Value).Order(), products.Select(p => p.ToState().OpenInvoiceId!.Value.Value).Order());
    }

    protected async Task TwoConcurrentDebits_OfOnePrepaidAccount_NeverOverdraw()
    {
        await using var database = await OpenAsync();
        var scene = await BillingScene.StoreAsync(database);
        var first = (await database.NewStore().PrepaidAccounts.FindAsync(scene.Prepaid))!;
        var second = (await database.NewStore().PrepaidAccounts.FindAsync(scene.Prepaid))!;
        var version = first.Version;
        Assert.True(first.Pay(scene.Owner, scene.Organization, Key("pay-a"), DataSets.Chf(80m), LedgerReference.ForOrder(Given.Order(1)), database.Clock).IsT0);
        Assert.True(second.Pay(scene.Owner, scene.Organization, Key("pay-b"), DataSets.Chf(80m), LedgerReference.ForOrder(Given.Order(2)), database.Clock).IsT0);
        var racing = database.NewRacingStore(async () => Assert.True((await database.NewStore(5).PrepaidAccounts.SaveAsync(first)).IsT0));

        var refused = await racing.PrepaidAccounts.SaveAsync(second);

        Assert.Equal(new ConcurrencyConflict("PrepaidAccount", scene.Prepaid.Value, version, version + 1), refused.AsT1);
        Assert.Single(second.NewEntries);
        var retried = (await database.NewStore().PrepaidAccounts.FindAsync(scene.Prepaid))!;
        var again = retried.Pay(scene.Owner, scene.Organization, Key("pay-b"), DataSets.Chf(80m), LedgerReference.ForOrder(Given.Order(2)), database.Clock);
        Assert.True(again.TryPickT5(out var insufficient, out _), again.ToString());
        Assert.Equal(DataSets.Chf(20m), insufficient.Available);
        var stored = (await database.NewStore().PrepaidAccounts.FindAsync(scene.Prepaid))!;
        Assert.Equal(DataSets.Chf(20m), stored.Balance);
        Assert.Equal([1L, 2L], (await database.NewStore().ListAsync(new LedgerOfAccountSpec(scene.Prepaid))).Select(e => e.Sequence));
    }

    protected async Task LedgerEntries_AreInsertedOnce_AndNeverRewritten()
    {
        await using var database = await OpenAsync();
        var scene = await BillingScene.StoreAsync(database);
        var commands = new List<string>();
        var store = database.NewObservedStore(commands);
        var amounts = new[] { 0.05m, 499.95m, 12.3m };
        for (var i = 0; i < amounts.Length; i++)
        {
            var account = (await store.PrepaidAccounts.FindAsync(scene.Prepaid))!;
            Assert.True(account.TopUp(scene.Owner, scene.Organization, Key($"top-up-{i}"), DataSets.Chf(amounts[i]), PaymentMethod.Card, scene.Policy, database.Clock).IsT0);
            var expected = account.ToState();
            Assert.True((await store.PrepaidAccounts.SaveAsync(account)).IsT0);
            Assert.Equal(expected, (await database.NewStore().PrepaidAccounts.FindAsync(scene.Prepaid))!.ToState());
        }

        var ledger = Regex.Escape($"\"{database.NewContext().Model.FindEntityType(typeof(LedgerEntryState))!.GetTableName()}\"");
        var sql = string.Join('\n', commands);
        Assert.Equal(amounts.Length, Regex.Count(sql, $@"INSERT INTO (\S+\.)?{ledger}"));
        Assert.DoesNotMatch($@"(UPDATE|DELETE FROM) (\S+\.)?{ledger}", sql);
        var stored = (await database.NewStore().PrepaidAccounts.FindAsync(scene.Prepaid))!;
        Assert.Equal(DataSets.Chf(100m + amounts.Sum()), stored.Balance);
        Assert.True(stored.HoldsWholeLedger);
        Assert.Equal(amounts.Prepend(100m), stored.Entries.Select(e => e.Amount.Amount));
    }

    protected async Task DebitsForAnInvoiceARenewalAndAnOrder_AreStoredWithTheirReference()
    {
        await using var database = await OpenAsync();
        var scene = await BillingScene.StoreAsync(database);
        var store = database.NewStore(7);
        var account = (await store.PrepaidAccounts.FindAsync(scene.Prepaid))!;
        var profile = (await store.BillingProfiles.FindAsync(scene.Profile))!;
        var products = new List<Product>();
        foreach (var id in scene.Products)
        {
            products.Add((await store.Products.FindAsync(id))!);
        }

        var random = new SeededRandomSource(29);
        Assert.True(account.TopUp(scene.Owner, scene.Organization, Key("top-up"), DataSets.Chf(400m), PaymentMethod.Card, scene.Policy, scene.Clock).IsT0);
        var invoice = Invoicing.Issue(profile, scene.Organization, scene.Owner, [new(products[0])], scene.Clock, random).GetValueOrThrow();
        var paid = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, scene.Owner, [products[0]], Key("invoice"), scene.Clock).GetValueOrThrow();
        AutomaticRenewal.Choose(scene.Organization, scene.Owner, [products[1]], RenewalPreference.Automatic(AutomaticRenewal.Method)).GetValueOrThrow();
        var dueOn = DateOnly.FromDateTime(products[1].PaidUntil.UtcDateTime);
        var renewed = Assert.Single(AutomaticRenewal.Run(account, profile, scene.Organization, scene.Owner, [products[1]], TimeSpan.FromDays(400), null, scene.Clock, random).GetValueOrThrow().Renewed);
        var order = LedgerReference.ForOrder(Given.Order(3));
        Assert.True(account.Pay(scene.Owner, scene.Organization, Key("order"), DataSets.Chf(5m), order, scene.Clock).IsT0);
        var expected = account.ToState();

        Assert.True((await store.BillingProfiles.SaveAsync(profile)).IsT0);
        Assert.True((await store.Invoices.AddAsync(invoice)).IsT0);
        Assert.True((await store.Invoices.AddAsync(renewed.Invoice)).IsT0);
        foreach (var product in products)
        {
            Assert.True((await store.Products.SaveAsync(product)).IsT0);
        }

        Assert.True((await store.PrepaidAccounts.SaveAsync(account)).IsT0);

        var loaded = (await database.NewStore().PrepaidAccounts.FindAsync(scene.Prepaid))!;
        Assert.Equal(expected, loaded.ToState());
        Assert.Equal([paid, renewed.Debit], loaded.Entries.OfType<PrepaidDebited>().Take(2));
        Assert.Equal(
            [LedgerReference.ForInvoice(invoice.Id), LedgerReference.ForRenewal(products[1].Id, dueOn), order],
            loaded.Entries.OfType<PrepaidDebited>().Select(debit => debit.Reference));
        Assert.Equal(DataSets.Chf(500m - 120m - 15.5m - 5m), loaded.Balance);
        Assert.IsType<InvoiceStatus.Paid>((await database.NewStore().Invoices.FindAsync(invoice.Id))!.Status);
    }

    protected async Task ALedgerRow_ReusingAnIdempotencyKey_IsRefusedByTheDatabase()
    {
        await using var database = await OpenAsync();
        var scene = await BillingScene.StoreAsync(database);
        var context = database.NewContext();
        var stored = (await database.NewStore().ListAsync(new LedgerOfAccountSpec(scene.Prepaid))).Single();
        context.Add(stored with { Sequence = 2 });

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        Assert.Equal([stored], await database.NewStore().ListAsync(new LedgerOfAccountSpec(scene.Prepaid)));
    }

    protected async Task TwoConcurrentCheckouts_RedeemingTheLastUseOfACode_OneConflicts_AndTheLimitHolds()
    {
        await using var database = await OpenAsync();
        var clock = Given.Clock();
        var text = PromotionCodeText.Parse("last-one").GetValueOrThrow();
        var terms = PromotionTerms.Create(Discount.Percent(50).GetValueOrThrow(), Given.Start.AddDays(-10), Given.Start.AddDays(30), 1, null, false, null, []).GetValueOrThrow();
        var created = PromotionCode.Create(text, terms, Given.Account(42), new SeededRandomSource(31));
        Assert.True((await database.NewStore().PromotionCodes.AddAsync(created)).IsT0);
        var version = created.Version;
        var mine = Checkout(Given.OrganizationWith(1, Given.Account(0)), Given.Account(0), clock, 32);
        var theirs = Checkout(Given.OrganizationWith(2, Given.Account(5)), Given.Account(5), clock, 33);
        var (firstContext, firstStore) = database.NewContextAndStore(2);
        var (secondContext, secondStore) = database.NewContextAndStore(3);

        var firstCode = (await firstStore.PromotionCodes.SingleOrDefaultAsync(new PromotionCodeByTextSpec(text)))!;
        var secondCode = (await secondStore.PromotionCodes.SingleOrDefaultAsync(new PromotionCodeByTextSpec(text)))!;
        Assert.True(mine.Order.ApplyPromotionCode(mine.Shopper, text, firstCode, CustomerFacts.None, clock).IsT0);
        Assert.True(theirs.Order.ApplyPromotionCode(theirs.Shopper, text, secondCode, CustomerFacts.None, clock).IsT0);
        Assert.True(mine.Order.Finish(mine.Shopper, [], firstCode, CustomerFacts.None, clock, new SeededRandomSource(34)).IsT0);
        Assert.True(theirs.Order.Finish(theirs.Shopper, [], secondCode, CustomerFacts.None, clock, new SeededRandomSource(35)).IsT0);
        var saved = await SaveCheckoutAsync(firstContext, firstStore, mine.Order, firstCode);
        var refused = await SaveCheckoutAsync(secondContext, secondStore, theirs.Order, secondCode);

        Assert.True(saved.IsT0);
        Assert.Equal(new ConcurrencyConflict("PromotionCode", created.Id.Value, version, version + 1), refused.AsT1);
        Assert.Single(secondCode.PendingEvents);
        var stored = (await database.NewStore().PromotionCodes.FindAsync(created.Id))!;
        Assert.Equal(1, stored.Redemptions);
        Assert.True(stored.Redemptions <= stored.Terms.TotalLimit);
        Assert.Null(await database.NewStore().Orders.FindAsync(theirs.Order.Id));
        Assert.Equal([mine.Order.Id], (await database.NewStore().Orders.ListAsync(new FinishedOrdersOfOrganizationSpec(mine.Order.Organization!.Value))).Select(o => o.Id));
        Assert.Equal(["ordering.promotion-code-created", "ordering.promotion-code-redeemed"], (await Outbox(database, created.Id.Value)).Select(m => m.EventType));

        var retry = Checkout(Given.OrganizationWith(2, Given.Account(5)), Given.Account(5), clock, 36);
        var fresh = (await database.NewStore(4).PromotionCodes.SingleOrDefaultAsync(new PromotionCodeByTextSpec(text)))!;
        Assert.Equal(new PromotionCodeRefused("LAST-ONE", PromotionCodeProblem.UsedUp), retry.Order.ApplyPromotionCode(retry.Shopper, text, fresh, CustomerFacts.None, clock));
    }

    protected async Task ACheckoutThatLosesTheRaceForACodeInTheDatabase_GetsAConflict()
    {
        await using var database = await OpenAsync();
        var clock = Given.Clock();
        var text = PromotionCodeText.Parse("RACE-2").GetValueOrThrow();
        var terms = PromotionTerms.Create(Discount.Fixed(DataSets.Chf(10m)).GetValueOrThrow(), Given.Start.AddDays(-1), Given.Start.AddDays(1), 2, null, false, null, []).GetValueOrThrow();
        var created = PromotionCode.Create(text, terms, Given.Account(42), new SeededRandomSource(41));
        created.DequeueEvents();
        Assert.True((await database.NewStore().PromotionCodes.AddAsync(created)).IsT0);
        var used = (await database.NewStore().PromotionCodes.FindAsync(created.Id))!;
        var early = Checkout(Given.OrganizationWith(3, Given.Account(3)), Given.Account(3), clock, 42);
        early.Order.ApplyPromotionCode(early.Shopper, text, used, CustomerFacts.None, clock).GetValueOrThrow();
        early.Order.Finish(early.Shopper, [], used, CustomerFacts.None, clock, new SeededRandomSource(43)).GetValueOrThrow();
        Assert.True((await database.NewStore().PromotionCodes.SaveAsync(used)).IsT0);
        var version = used.Version;
        var fast = (await database.NewStore().PromotionCodes.FindAsync(created.Id))!;
        var slow = (await database.NewStore().PromotionCodes.FindAsync(created.Id))!;
        var mine = Checkout(Given.OrganizationWith(1, Given.Account(0)), Given.Account(0), clock, 44);
        var theirs = Checkout(Given.OrganizationWith(2, Given.Account(5)), Given.Account(5), clock, 45);
        foreach (var (checkout, code) in new[] { (mine, fast), (theirs, slow) })
        {
            checkout.Order.ApplyPromotionCode(checkout.Shopper, text, code, CustomerFacts.None, clock).GetValueOrThrow();
            checkout.Order.Finish(checkout.Shopper, [], code, CustomerFacts.None, clock, new SeededRandomSource(46)).GetValueOrThrow();
        }

        var racing = database.NewRacingStore(async () => Assert.True((await database.NewStore(5).PromotionCodes.SaveAsync(fast)).IsT0));

        var result = await racing.PromotionCodes.SaveAsync(slow);

        Assert.Equal(new ConcurrencyConflict("PromotionCode", created.Id.Value, version, version + 1), result.AsT1);
        var stored = (await database.NewStore().PromotionCodes.FindAsync(created.Id))!;
        Assert.Equal(2, stored.Redemptions);
        Assert.True(stored.IsUsedUp);
        Assert.Equal([version, version + 1], (await Outbox(database, created.Id.Value)).Select(m => m.AggregateVersion));
    }

    /// <summary>An order of one CHF 60 line, its payment method chosen by the founder of <paramref name="shop"/>: ready for a code.</summary>
    private static (Order Order, Shopper Shopper) Checkout(Organization shop, AccountId founder, TimeProvider clock, int seed)
    {
        var shopper = Shopper.SignedIn(shop, founder);
        var random = new SeededRandomSource(seed);
        var order = Ordering.Order.Start(shopper, Currency.Chf, clock, random).GetValueOrThrow();
        order.AddLine(shopper, ProductType.WebHosting, RenewalPeriod.Yearly, DataSets.Chf(60m)).GetValueOrThrow();
        order.ShowSummary(shopper).GetValueOrThrow();
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        return (order, shopper);
    }

    /// <summary>Saves a finished checkout in one transaction, the code first: its version guards the redemption count.</summary>
    private static async Task<OneOf.OneOf<Saved, ConcurrencyConflict>> SaveCheckoutAsync(DbContext context, DomainStore store, Order order, PromotionCode code)
    {
        await using var transaction = await context.Database.BeginTransactionAsync();
        var saved = await store.PromotionCodes.SaveAsync(code);
        if (saved.IsT1)
        {
            return saved;
        }

        Assert.True((await store.Orders.AddAsync(order)).IsT0);
        await transaction.CommitAsync();
        return saved;
    }

    private static async Task<(BillingProfile Profile, Invoice Invoice, Product Product)> IssueAsync(DomainStore store, BillingScene scene, ProductId productId, int seed)
    {
        var profile = (await store.BillingProfiles.FindAsync(scene.Profile))!;
        var organization = (await store.Organizations.FindAsync(scene.Organization.Id))!;
        var product = (await store.Products.FindAsync(productId))!;
        var invoice = Invoicing.Issue(profile, organization, scene.Owner, [new InvoiceItem(product, TaxRate.Create(8.1m).GetValueOrThrow())], scene.Clock, new SeededRandomSource(seed)).GetValueOrThrow();
        return (profile, invoice, product);
    }

    /// <summary>Saves what issuing changed in one transaction, the profile first: its version guards the number.</summary>
    private static async Task<OneOf.OneOf<Saved, ConcurrencyConflict>> SaveIssueAsync(DbContext context, DomainStore store, (BillingProfile Profile, Invoice Invoice, Product Product) issued)
    {
        await using var transaction = await context.Database.BeginTransactionAsync();
        var profile = await store.BillingProfiles.SaveAsync(issued.Profile);
        if (profile.IsT1)
        {
            return profile;
        }

        Assert.True((await store.Invoices.AddAsync(issued.Invoice)).IsT0);
        Assert.True((await store.Products.SaveAsync(issued.Product)).IsT0);
        await transaction.CommitAsync();
        return profile;
    }

    private static IdempotencyKey Key(string text) => IdempotencyKey.Parse(text).GetValueOrThrow();

    private static void AssertLoadedEqual<TAggregate, TState>(TState expected, TAggregate? loaded, Func<TAggregate, TState> toState)
        where TAggregate : class
    {
        Assert.NotNull(loaded);
        Assert.Equal(expected, toState(loaded));
    }

    private static async Task<List<T>> Run<T>(DbContext context, ISpecification<T> specification)
        where T : class =>
        await context.Set<T>().AsNoTracking().WithSpecification(specification).ToListAsync();

    private static void AssertSame<T, TKey>(ISpecification<T> specification, IEnumerable<T> inMemory, List<T> fromDatabase, Func<T, TKey> key)
    {
        var expected = specification.Evaluate(inMemory).Select(key).Select(k => k!.ToString()).Order(StringComparer.Ordinal).ToList();
        var actual = fromDatabase.Select(key).Select(k => k!.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual), $"{specification.GetType().Name}: in memory [{string.Join(", ", expected)}], in the database [{string.Join(", ", actual)}]");
    }

    private static async Task<List<OutboxMessage>> Outbox(TestDatabase database, Guid aggregate) =>
        await database.NewContext().Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == aggregate).OrderBy(m => m.AggregateVersion).ToListAsync();

    private static Task<string> Scalar(TestDatabase database, string column, string table) =>
        database.ScalarAsync($"SELECT \"{column}\" AS \"Value\" FROM {table}");

    /// <summary>Orders a product for the organization, which records that it holds it (the product itself is not stored here).</summary>
    private static ProductId Order(Organization organization, AccountId admin, int seed) =>
        Product.Order(organization, admin, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Zero(Currency.Chf), Given.Clock(), new SeededRandomSource(seed)).GetValueOrThrow().Id;

    /// <summary>Makes an account a member through an invitation it accepts at once, leaving the events pending for the store.</summary>
    private static void Join(Organization organization, AccountId admin, int account, Rights rights)
    {
        var clock = Given.Clock();
        var invitation = organization.Invite(admin, Given.Email(account), rights, clock, new SeededRandomSource(account)).GetValueOrThrow();
        Assert.True(organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(account)), clock).IsT0);
    }

    /// <summary>A criterion no database can run: a call into .NET code.</summary>
    private sealed class LoginsOfAParityInMemorySpec : Specification<AccountState>
    {
        public LoginsOfAParityInMemorySpec() => Query.Where(account => IsEven(account.Login));

        private static bool IsEven(string text) => text.GetHashCode(StringComparison.Ordinal) % 2 == 0;
    }

    /// <summary>Ordering, then-ordering and paging, as an application's own specification might ask.</summary>
    private sealed class OrganizationsByNameSpec : Specification<OrganizationState>
    {
        public OrganizationsByNameSpec(int skip, int take) =>
            Query.Where(o => !o.IsDeleted).OrderByDescending(o => o.Name).ThenBy(o => o.Version).Skip(skip).Take(take);
    }
}
