using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;

/// <summary>A generated database content: every kind of aggregate, sharing one pool of accounts and addresses so that specifications find something.</summary>
public sealed record DataSet(
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<MailService> MailServices,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<ProductCredential> Credentials,
    string Recipe)
{
    public IEnumerable<EmailAddress> Addresses =>
        Enumerable.Range(0, AddressPool).Select(Given.Email).Concat(Enumerable.Range(0, AddressPool).Select(MailboxAddress));

    public const int AddressPool = 6;

    public static EmailAddress MailboxAddress(int n) => EmailAddress.Parse($"Box{n}@Entreprise-Familiale.xyz").AsT0;

    public override string ToString() => Recipe;
}

/// <summary>Generators of aggregates built through the public API, as an application would store them.</summary>
public static class DataSets
{
    private static readonly PasswordService Passwords = TestPasswords.Service();

    private static readonly Channel[] ProductChannels = [Channel.Ftp, Channel.MySql, Channel.Ssh, Channel.WebDav];

    public static Gen<Account> AccountGen(int n) =>
        from login in Gen.OneOf(Gen.Constant(Given.Email(n)), CommonArbitraries.EmailAddressGen)
        from first in Gen.Elements("Famille", "Julie", "Zoë", "Jean-Luc", "Ærøskøbing")
        from last in Gen.Elements("Munster", "O'Brien", "Dupont", "Nguyễn")
        from recovery in Gen.Elements(0, 1, 2)
        from minutes in Gen.Choose(0, 60 * 24 * 30)
        from seed in Gen.Choose(0, int.MaxValue)
        select BuildAccount(n, login, first, last, recovery, minutes, seed);

    public static Gen<MailService> MailServiceGen(int n) =>
        from family in Gen.Elements(false, false, true)
        from count in Gen.Choose(0, 4)
        from boxes in Gen.ArrayOf(Gen.Choose(0, DataSet.AddressPool - 1), count)
        from readers in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, WorldRecipe.AccountPool - 1)), boxes.Length)
        from seed in Gen.Choose(0, int.MaxValue)
        select BuildService(n, family, boxes, readers, seed);

    public static Gen<ProductCredential> CredentialGen(int n) =>
        from channel in Gen.Elements(ProductChannels)
        from user in Gen.Elements("ftp-user", "db_admin", "déploiement", "x")
        from seed in Gen.Choose(0, int.MaxValue)
        select ProductCredential.Create(
            ProductCredentialId.From(IdOf(seed, n)), Given.Product(n % 3), channel, $"{user}{n}", TestPasswords.Of($"product-Pa55-{seed}"), Passwords).AsT0;

    /// <summary>Organizations of a generated world, each with some pending invitations and perhaps a logo; and a deleted one.</summary>
    public static Gen<IReadOnlyList<Organization>> OrganizationsGen { get; } =
        from world in OrganizationArbitraries.WorldGen
        from invitations in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, DataSet.AddressPool - 1)), world.Organizations.Length)
        from days in Gen.Choose(1, 90)
        from logos in Gen.ArrayOf(Gen.Elements(true, false), world.Organizations.Length)
        from deleted in Gen.Elements(true, false)
        select BuildOrganizations(world, invitations, days, logos, deleted);

    public static Gen<DataSet> DataSetGen { get; } =
        from accountCount in Gen.Choose(1, WorldRecipe.AccountPool)
        from accounts in Sequence(Enumerable.Range(0, accountCount).Select(AccountGen))
        from serviceCount in Gen.Choose(0, 3)
        from services in Sequence(Enumerable.Range(0, serviceCount).Select(MailServiceGen))
        from organizations in OrganizationsGen
        from credentialCount in Gen.Choose(0, 3)
        from credentials in Sequence(Enumerable.Range(0, credentialCount).Select(CredentialGen))
        select new DataSet(
            [.. accounts.DistinctBy(account => account.Login)], services, organizations, credentials,
            $"{accounts.Count} accounts, {services.Count} services ({string.Join(", ", services.Select(s => s.Mailboxes.Count))} mailboxes), {organizations.Count} organizations, {credentials.Count} credentials");

    public static Arbitrary<DataSet> DataSetArbitrary() => Arb.From(DataSetGen);

    private static Gen<IReadOnlyList<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant<IReadOnlyList<T>>([]), (list, gen) => from items in list from item in gen select (IReadOnlyList<T>)[.. items, item]);

    private static Account BuildAccount(int n, EmailAddress login, string first, string last, int recovery, int minutes, int seed)
    {
        var clock = new ManualTimeProvider(Given.Start.AddMinutes(minutes));
        var recoveryAddress = recovery == 0 ? null : EmailAddress.Parse($"recovery{n}@example.org").AsT0;
        var account = Account.Register(Given.Account(n), login, PersonName.Create(first, last).AsT0, TestPasswords.Of("account-Pa55-word"), recoveryAddress, Passwords).AsT0;
        if (recovery == 2)
        {
            account.RequestPasswordReset(clock, new SeededRandomSource(seed));
            if (seed % 2 == 0)
            {
                account.SetRecoveryAddress(EmailAddress.Parse($"other{n}@example.org").AsT0, TestPasswords.Of("account-Pa55-word"), Passwords);
            }
        }

        account.DequeueEvents();
        return account;
    }

    private static MailService BuildService(int n, bool family, int[] boxes, int[][] readers, int seed)
    {
        var service = family ? FamilyService(seed) : MailService.Open(Given.Product(100 + n), Given.Organization(n));

        var random = new SeededRandomSource(unchecked((seed * 31) + 7));
        for (var i = 0; i < boxes.Length; i++)
        {
            if (service.AddMailbox(TypedId.New<MailboxId>(random), DataSet.MailboxAddress(boxes[i]), TestPasswords.Of($"mailbox-Pa55-{i}"), Passwords).TryPickT0(out var mailbox, out _))
            {
                foreach (var reader in readers[i].Distinct())
                {
                    service.AttachWebmailReader(mailbox.Id, Given.Account(reader));
                }
            }
        }

        service.DequeueEvents();
        return service;
    }

    /// <summary>The family's service with julie@ unified (odd seeds) or proposed unification (even seeds).</summary>
    private static MailService FamilyService(int seed)
    {
        var story = new Family(seed);
        if (seed % 2 == 1)
        {
            story.UnifiedJulie();
        }
        else
        {
            var (mailbox, julie) = story.AddJulie();
            PasswordChanges.ChangeMailboxPassword(story.Service, mailbox, julie.Id, TestPasswords.Of("proposal-Pa55"), julie, story.Rights, story.Passwords);
        }

        return story.Service;
    }

    private static IReadOnlyList<Organization> BuildOrganizations(WorldRecipe recipe, int[][] invitations, int days, bool[] logos, bool deleted)
    {
        var world = recipe.Build();
        var clock = Given.Clock();
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

            organization.DequeueEvents();
        }

        if (!deleted)
        {
            return [.. world.Organizations];
        }

        var empty = Organization.Create(Given.Organization(50), Given.Account(0), Given.Company("Closed SA"));
        OrganizationDeletion.Delete(empty, Given.Account(0), Money.Zero(Currency.Chf), [], [], false).GetValueOrThrow();
        empty.DequeueEvents();
        return [.. world.Organizations, empty];
    }

    private static Guid IdOf(int seed, int n)
    {
        var bytes = new byte[16];
        BitConverter.GetBytes(seed).CopyTo(bytes, 0);
        BitConverter.GetBytes(n + 1).CopyTo(bytes, 4);
        bytes[15] = 9;
        return new Guid(bytes);
    }
}
