using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Support;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;

/// <summary>What an organization's billing left behind: its products, profile, invoices and prepaid account.</summary>
public sealed record BillingData(
    IReadOnlyList<Product> Products,
    IReadOnlyList<BillingProfile> Profiles,
    IReadOnlyList<Invoice> Invoices,
    IReadOnlyList<PrepaidAccount> PrepaidAccounts)
{
    public static BillingData None { get; } = new([], [], [], []);

    public BillingData With(BillingData other) =>
        new([.. Products, .. other.Products], [.. Profiles, .. other.Profiles], [.. Invoices, .. other.Invoices], [.. PrepaidAccounts, .. other.PrepaidAccounts]);
}

/// <summary>A generated database content: every kind of aggregate, sharing one pool of accounts and addresses so that specifications find something.</summary>
public sealed record DataSet(
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<MailService> MailServices,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<ProductCredential> Credentials,
    BillingData Billing,
    OrderingData Ordering,
    string Recipe)
{
    public IEnumerable<EmailAddress> Addresses =>
        Enumerable.Range(0, AddressPool).Select(Given.Email).Concat(Enumerable.Range(0, AddressPool).Select(MailboxAddress));

    public const int AddressPool = 6;

    public static EmailAddress MailboxAddress(int n) => EmailAddress.Parse($"Box{n}@Entreprise-Familiale.xyz").AsT0;

    public override string ToString() => Recipe;
}

/// <summary>An organization of the data set with its billing left behind.</summary>
public sealed record BilledOrganizations(IReadOnlyList<Organization> Organizations, BillingData Billing);

/// <summary>Generators of aggregates built through the public API, as an application would store them.</summary>
public static class DataSets
{
    /// <summary>The instant the billing of generated organizations happens, a year after they were founded: their products are due.</summary>
    public static readonly DateTimeOffset BilledAt = Given.Start.AddDays(360);

    /// <summary>Prices, down to the centime, up to 15 digits: an exact decimal must come back exact from every database.</summary>
    public static readonly decimal[] Prices = [0m, 0.05m, 9.9m, 120m, 1_234.56m, 45_000.01m, 999_999_999_999.99m];

    private static readonly PasswordService Passwords = TestPasswords.Service();

    private static readonly Channel[] ProductChannels = [Channel.Ftp, Channel.MySql, Channel.Ssh, Channel.WebDav];

    public static Gen<Account> AccountGen(int n) =>
        from login in Gen.OneOf(Gen.Constant(Given.Email(n)), CommonArbitraries.EmailAddressGen)
        from first in Gen.Elements("Famille", "Julie", "Zoë", "Jean-Luc", "Ærøskøbing")
        from last in Gen.Elements("Munster", "O'Brien", "Dupont", "Nguyễn")
        from recovery in Gen.Elements(0, 1, 2)
        from minutes in Gen.Choose(0, 60 * 24 * 30)
        from founded in Gen.Choose(0, 2)
        from seed in Gen.Choose(0, int.MaxValue)
        select BuildAccount(n, login, first, last, recovery, minutes, founded, seed);

    /// <summary>A Mail Service (with the accounts it unified or proposed to unify, for the family's).</summary>
    public static Gen<(MailService Service, IReadOnlyList<Account> Accounts)> MailServiceGen(int n) =>
        from family in Gen.Elements(false, false, true)
        from count in Gen.Choose(0, 4)
        from boxes in Gen.ArrayOf(Gen.Choose(0, DataSet.AddressPool - 1), count)
        from readers in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, WorldRecipe.AccountPool - 1)), boxes.Length)
        from closed in Gen.Elements(false, false, true)
        from seed in Gen.Choose(0, int.MaxValue)
        select family ? FamilyService(seed) : (BuildService(n, boxes, readers, closed, seed), (IReadOnlyList<Account>)[]);

    public static Gen<ProductCredential> CredentialGen(int n) =>
        from channel in Gen.Elements(ProductChannels)
        from user in Gen.Elements("ftp-user", "db_admin", "déploiement", "x")
        from revoked in Gen.Elements(false, true)
        from seed in Gen.Choose(0, int.MaxValue)
        select BuildCredential(n, channel, $"{user}{n}", revoked, seed);

    /// <summary>Organizations of a generated world, each with some pending invitations, perhaps a logo and billing; and a deleted one.</summary>
    public static Gen<BilledOrganizations> OrganizationsGen { get; } =
        from world in OrganizationArbitraries.WorldGen
        from invitations in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, DataSet.AddressPool - 1)), world.Organizations.Length)
        from days in Gen.Choose(1, 90)
        from logos in Gen.ArrayOf(Gen.Elements(true, false), world.Organizations.Length)
        from billing in Gen.ArrayOf(BillingRecipeGen, world.Organizations.Length)
        from deleted in Gen.Elements(true, false)
        select BuildOrganizations(world, invitations, days, logos, billing, deleted);

    /// <summary>How one organization bills: none, or products, invoices and a prepaid ledger.</summary>
    public static Gen<BillingRecipe?> BillingRecipeGen { get; } = Gen.OneOf(
        Gen.Constant<BillingRecipe?>(null),
        from productCount in Gen.Choose(0, 4)
        from products in Gen.ArrayOf(Gen.Elements(Prices), productCount)
        from invoices in Gen.Choose(0, 3)
        from outcome in Gen.ArrayOf(Gen.Elements(0, 1, 2), 3)
        from automatic in Gen.Elements(true, false)
        from terminated in Gen.Elements(true, false)
        from ledgerLength in Gen.Choose(0, 8)
        from prepaid in Gen.ArrayOf(Gen.Choose(0, 5), ledgerLength)
        from euros in Gen.Elements(false, false, true)
        from seed in Gen.Choose(0, int.MaxValue)
        select (BillingRecipe?)new BillingRecipe(products, invoices, outcome, automatic, terminated, prepaid, euros, seed));

    public static Gen<DataSet> DataSetGen { get; } =
        from accountCount in Gen.Choose(1, WorldRecipe.AccountPool)
        from accounts in Sequence(Enumerable.Range(0, accountCount).Select(AccountGen))
        from serviceCount in Gen.Choose(0, 3)
        from services in Sequence(Enumerable.Range(0, serviceCount).Select(MailServiceGen))
        from organizations in OrganizationsGen
        from credentialCount in Gen.Choose(0, 3)
        from credentials in Sequence(Enumerable.Range(0, credentialCount).Select(CredentialGen))
        from ordering in OrderingRecipe.RecipeGen
        let shop = ordering.Build()
        select new DataSet(
            [.. accounts.Concat(services.SelectMany(s => s.Accounts)).DistinctBy(account => account.Login.Normalized)],
            [.. services.Select(s => s.Service).DistinctBy(s => s.Id)],
            organizations.Organizations,
            credentials,
            organizations.Billing,
            shop,
            $"{accounts.Count} accounts, {services.Count} services ({string.Join(", ", services.Select(s => s.Service.Mailboxes.Count))} mailboxes), "
            + $"{organizations.Organizations.Count} organizations, {credentials.Count} credentials, {organizations.Billing.Products.Count} products, "
            + $"{organizations.Billing.Invoices.Count} invoices, {organizations.Billing.PrepaidAccounts.Sum(a => a.Entries.Count)} ledger entries, "
            + $"{shop.Orders.Count} orders ({string.Join(", ", shop.Orders.Select(o => o.Step))}), {shop.Vouchers.Count} vouchers, {shop.PromotionCodes.Count} promotion codes");

    public static Arbitrary<DataSet> DataSetArbitrary() => Arb.From(DataSetGen);

    public static Arbitrary<OrderingRecipe> OrderingRecipeArbitrary() => Arb.From(OrderingRecipe.RecipeGen);

    public static Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

    private static Gen<IReadOnlyList<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant<IReadOnlyList<T>>([]), (list, gen) => from items in list from item in gen select (IReadOnlyList<T>)[.. items, item]);

    /// <summary>Account number <paramref name="n"/> (its id is <see cref="Given.Account"/>), founder of some organizations of its own.</summary>
    private static Account BuildAccount(int n, EmailAddress login, string first, string last, int recovery, int minutes, int founded, int seed)
    {
        var clock = new ManualTimeProvider(Given.Start.AddMinutes(minutes));
        var random = new IdsThenSeeded(seed, Given.Account(n).Value);
        var recoveryAddress = recovery == 0 ? null : EmailAddress.Parse($"recovery{n}@example.org").AsT0;
        var account = Account.Register(login, PersonName.Create(first, last).AsT0, TestPasswords.Of("account-Pa55-word"), recoveryAddress, Passwords, random).GetValueOrThrow();
        for (var i = 0; i < founded; i++)
        {
            _ = Organization.Create(account, Given.Company($"Own company {n} {i}"), random);
        }

        if (recovery == 2)
        {
            account.RequestPasswordReset(clock, random);
            if (seed % 2 == 0)
            {
                account.SetRecoveryAddress(EmailAddress.Parse($"other{n}@example.org").AsT0, TestPasswords.Of("account-Pa55-word"), Passwords);
            }
        }

        account.DequeueEvents();
        return account;
    }

    private static MailService BuildService(int n, int[] boxes, int[][] readers, bool closed, int seed)
    {
        var admin = Given.Account(n);
        var holder = Given.OrganizationWith(100 + n, admin, Given.Product(100 + n));
        var service = MailService.Open(Given.Product(100 + n), holder.Id);
        var random = new SeededRandomSource(unchecked((seed * 31) + 7));
        for (var i = 0; i < boxes.Length; i++)
        {
            if (service.AddMailbox(holder, admin, DataSet.MailboxAddress(boxes[i]), TestPasswords.Of($"mailbox-Pa55-{i}"), Passwords, random).TryPickT0(out var mailbox, out _))
            {
                foreach (var reader in readers[i].Distinct())
                {
                    service.AttachWebmailReader(holder, admin, mailbox.Id, Given.Account(reader)).GetValueOrThrow();
                }
            }
        }

        if (closed)
        {
            service.Close(holder, Given.ProductOf(holder, service.Id), admin).GetValueOrThrow();
        }

        service.DequeueEvents();
        return service;
    }

    /// <summary>The family's service with julie@ unified (odd seeds) or proposed unification (even seeds), and the family's accounts.</summary>
    private static (MailService, IReadOnlyList<Account>) FamilyService(int seed)
    {
        var story = new Family(seed);
        Account julie;
        if (seed % 2 == 1)
        {
            julie = story.UnifiedJulie().Account;
        }
        else
        {
            (var mailbox, julie) = story.AddJulie();
            PasswordChanges.ChangeMailboxPassword(story.Service, mailbox, julie.Id, TestPasswords.Of("proposal-Pa55"), julie, null, story.Rights, story.Passwords).GetValueOrThrow();
        }

        story.Service.DequeueEvents();
        story.Munster.DequeueEvents();
        julie.DequeueEvents();
        return (story.Service, [story.Munster, julie]);
    }

    private static ProductCredential BuildCredential(int n, Channel channel, string user, bool revoked, int seed)
    {
        var admin = Given.Account(0);
        var holder = Given.OrganizationWith(200 + n, admin, Given.Product(n % 3));
        var credential = ProductCredential.Create(holder, admin, Given.Product(n % 3), channel, user, TestPasswords.Of($"product-Pa55-{seed}"), Passwords, new SeededRandomSource(seed))
            .GetValueOrThrow();
        if (revoked)
        {
            credential.Revoke(holder, admin).GetValueOrThrow();
        }

        credential.DequeueEvents();
        return credential;
    }

    private static BilledOrganizations BuildOrganizations(WorldRecipe recipe, int[][] invitations, int days, bool[] logos, BillingRecipe?[] billing, bool deleted)
    {
        var world = recipe.Build();
        var clock = Given.Clock();
        var billed = BillingData.None;
        for (var i = 0; i < world.Organizations.Count; i++)
        {
            var organization = world.Organizations[i];
            var founder = Given.Account(recipe.Organizations[i].Founder);
            foreach (var invited in invitations[i].Distinct())
            {
                organization.Invite(founder, Given.Email(invited), Rights.Administrator(invited % 2 == 0), clock, new SeededRandomSource((1_000_003 * (i + 1)) + invited), TimeSpan.FromDays(Math.Min(days + invited, 90)));
            }

            if (logos[i])
            {
                organization.SetLogo(founder, Logo.Create("image/png", 200 + i, 100, 4096).AsT0);
            }

            if (billing[i] is { } bill)
            {
                billed = billed.With(bill.Build(organization, founder));
            }

            organization.DequeueEvents();
        }

        if (!deleted)
        {
            return new([.. world.Organizations], billed);
        }

        var empty = Given.Create(50, Given.Account(0), Given.Company("Closed SA"));
        OrganizationDeletion.Delete(empty, Given.Account(0), [], [], [], false).GetValueOrThrow();
        empty.DequeueEvents();
        return new([.. world.Organizations, empty], billed);
    }

    /// <summary>
    /// An organization's billing: products ordered, sent to a billing address, some renewing automatically, one perhaps
    /// terminated; invoices issued for the due ones (open, paid or voided); a prepaid account with top-ups, payments, a
    /// withdrawal and perhaps a correction.
    /// </summary>
    public sealed record BillingRecipe(decimal[] Prices, int Invoices, int[] Outcomes, bool Automatic, bool Terminated, int[] Ledger, bool Euros, int Seed)
    {
        public BillingData Build(Organization organization, AccountId founder)
        {
            var random = new SeededRandomSource(Seed);
            var clock = Given.Clock();
            var currency = Euros ? Currency.Eur : Currency.Chf;
            var profile = BillingProfile.Open(organization, founder, InvoiceNumberPrefix.Parse(Seed % 2 == 0 ? "INV-" : string.Empty).GetValueOrThrow(), random).GetValueOrThrow();
            var address = profile.AddAddress(organization, founder, BillingAddress.Create(
                $"Compta {Seed % 7}", ["Rue du Lac 1", Seed % 3 == 0 ? "Case postale 12" : null], "1003", Seed % 2 == 0 ? "Lausanne" : "Genève", "CH", Seed % 5 == 0 ? "Boulangerie SA" : null).GetValueOrThrow(), random)
                .GetValueOrThrow();
            var products = new List<Product>();
            foreach (var price in Prices)
            {
                var type = ProductType.WellKnown[products.Count % ProductType.WellKnown.Count];
                var product = Product.Order(organization, founder, type, products.Count % 2 == 0 ? RenewalPeriod.Yearly : RenewalPeriod.Monthly, Money.Create(price, currency).GetValueOrThrow(), clock, random)
                    .GetValueOrThrow();
                product.ChangeBillingAddress(organization, profile, founder, address).GetValueOrThrow();
                if (Automatic && products.Count % 2 == 1)
                {
                    product.SetRenewalPreference(organization, founder, RenewalPreference.Automatic(PaymentMethod.Card)).GetValueOrThrow();
                }

                products.Add(product);
            }

            clock.Advance(BilledAt - Given.Start);
            var invoices = new List<Invoice>();
            var billable = products.ToList();
            for (var i = 0; i < Invoices && billable.Count > 0; i++)
            {
                var product = billable[0];
                billable.RemoveAt(0);
                var tax = i % 2 == 0 ? TaxRate.Create(8.1m).GetValueOrThrow() : (TaxRate?)null;
                var invoice = Invoicing.Issue(profile, organization, founder, [new InvoiceItem(product, tax)], clock, random).GetValueOrThrow();
                clock.Advance(TimeSpan.FromHours(1));
                if (Outcomes[i] == 1)
                {
                    Invoicing.Pay(invoice, organization, founder, PaymentMethod.Twint, [product], clock).GetValueOrThrow();
                }
                else if (Outcomes[i] == 2)
                {
                    Invoicing.Void(invoice, organization, founder, VoidReason.Duplicate, [product], clock).GetValueOrThrow();
                }

                invoices.Add(invoice);
            }

            if (Terminated && billable.Count > 0)
            {
                billable[0].Terminate(organization, founder).GetValueOrThrow();
            }

            PrepaidAccount[] accounts = Ledger.Length == 0 ? [] : [BuildLedger(organization, founder, currency, clock, random)];
            products.ForEach(product => product.DequeueEvents());
            invoices.ForEach(invoice => invoice.DequeueEvents());
            profile.DequeueEvents();
            Array.ForEach(accounts, account => account.DequeueEvents());

            return new(products, [profile], invoices, accounts);
        }

        private PrepaidAccount BuildLedger(Organization organization, AccountId founder, Currency currency, ManualTimeProvider clock, SeededRandomSource random)
        {
            var account = PrepaidAccount.Open(organization, founder, currency, random).GetValueOrThrow();
            var policy = TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint], Money.Create(1m, currency).GetValueOrThrow(), Money.Create(500m, currency).GetValueOrThrow(), Money.Create(10_000m, currency).GetValueOrThrow())
                .GetValueOrThrow();
            Money Of(decimal amount) => Money.Create(amount, currency).GetValueOrThrow();
            WithdrawalId? withdrawal = null;
            for (var step = 0; step < Ledger.Length; step++)
            {
                var key = IdempotencyKey.Parse($"op-{Seed}-{step}").GetValueOrThrow();
                clock.Advance(TimeSpan.FromMinutes(3));
                var amount = Of(100m + step + 0.35m);
                switch (Ledger[step])
                {
                    case 0 or 1:
                        account.TopUp(founder, organization, key, amount, step % 2 == 0 ? PaymentMethod.Card : PaymentMethod.Twint, policy, clock);
                        break;
                    case 2:
                        account.Pay(founder, organization, key, Of(12.05m), LedgerReference.ForOrder(Given.Order(step)), clock);
                        break;
                    case 3 when withdrawal is null:
                        var destination = step % 2 == 0
                            ? WithdrawalDestination.ToBankAccount(Iban.Parse("CH93 0076 2011 6238 5295 7").GetValueOrThrow())
                            : WithdrawalDestination.ToPayPal(Given.Email(step));
                        if (account.RequestWithdrawal(founder, organization, key, Of(7.5m), destination, clock, random).TryPickT0(out var reserved, out _))
                        {
                            withdrawal = reserved.Withdrawal;
                        }

                        break;
                    case 3:
                        account.CompleteWithdrawal(founder, organization, key, withdrawal.Value, clock).GetValueOrThrow();
                        withdrawal = null;
                        break;
                    default:
                        if (account.Entries.FirstOrDefault() is PrepaidCredited first)
                        {
                            account.Correct(founder, organization, key, first.Sequence, Of(0.35m), clock);
                        }

                        break;
                }
            }

            return account;
        }
    }
}
