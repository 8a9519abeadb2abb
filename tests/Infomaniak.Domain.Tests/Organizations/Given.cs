using System.Text.Json;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>Small, readable builders for organization tests: numbered ids, addresses and organizations built through the public API.</summary>
internal static class Given
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static AccountId Account(int n) => AccountId.From(IdOf(1, n));

    public static ProductId Product(int n) => ProductId.From(IdOf(2, n));

    public static OrganizationId Organization(int n) => OrganizationId.From(IdOf(3, n));

    public static InvoiceId Invoice(int n) => InvoiceId.From(IdOf(4, n));

    public static OrderId Order(int n) => OrderId.From(IdOf(5, n));

    public static EmailAddress Email(int n) => EmailAddress.Parse($"user{n}@example.com").GetValueOrThrow();

    /// <summary>The password of every <see cref="Person(AccountId)"/>.</summary>
    public const string PersonPassword = "person-Passw0rd";

    private static readonly Lazy<PasswordHash> PersonHash = new(() => TestPasswords.Service().HashNew(TestPasswords.Of(PersonPassword)).GetValueOrThrow());

    /// <summary>The account with this id, as stored: login <see cref="Email"/> for a numbered account, member of no organization yet.</summary>
    public static Infomaniak.Domain.Accounts.Account Person(AccountId id) => Person(id, LoginOf(id));

    /// <summary>The account with this id and login, as stored, member of no organization yet.</summary>
    public static Infomaniak.Domain.Accounts.Account Person(AccountId id, EmailAddress login) => Infomaniak.Domain.Accounts.Account.FromState(new AccountState
    {
        Id = id,
        Version = 1,
        Login = login.Value,
        LoginNormalized = login.Normalized,
        FirstName = "Test",
        LastName = "Person",
        PasswordHash = PersonHash.Value,
        RecoveryAddress = null,
        PasswordReset = null,
        UnifiedMailboxService = null,
        UnifiedMailbox = null,
        Organizations = [],
    });

    /// <summary>A random source that draws exactly these ids.</summary>
    public static FixedIds Ids(params Guid[] ids) => new(ids);

    /// <summary>Creates organization number <paramref name="n"/> (its id is <see cref="Organization(int)"/>) for the founder.</summary>
    public static Organization Create(int n, AccountId founder, CustomerProfile profile) =>
        Infomaniak.Domain.Organizations.Organization.Create(Person(founder), profile, Ids(Organization(n).Value));

    public static ManualTimeProvider Clock() => new(Start);

    public static CustomerProfile Company(string name) => new CustomerProfile.Company(OrganizationName.Parse(name).GetValueOrThrow());

    public static CustomerProfile Individual(string first, string last) => new CustomerProfile.Individual(PersonName.Create(first, last).GetValueOrThrow());

    public static Rights Limited(bool billing, params ProductId[] products) => Rights.LimitedTo(products, billing).GetValueOrThrow();

    /// <summary>
    /// An organization numbered <paramref name="n"/>, founded by <paramref name="founder"/>, holding the given products, with no
    /// pending event: loaded from a state whose product index names them (<see cref="ProductOf"/> gives the products themselves).
    /// </summary>
    public static Organization OrganizationWith(int n, AccountId founder, params ProductId[] products)
    {
        var organization = Create(n, founder, Company($"Company {n}"));
        foreach (var product in products)
        {
            Hold(organization, founder, product);
        }

        organization.DequeueEvents();
        return Infomaniak.Domain.Organizations.Organization.FromState(organization.ToState() with { Products = products });
    }

    /// <summary>The active product <paramref name="product"/> of an organization, as loaded from storage: a yearly web hosting at 120 CHF, paid until a year after <see cref="Start"/>.</summary>
    public static Product ProductOf(Organization organization, ProductId product) => Infomaniak.Domain.Products.Product.FromState(new ProductState
    {
        Id = product,
        Version = 1,
        OrganizationId = organization.Id,
        Type = ProductType.WebHosting.Code,
        PaidUntil = Start.AddYears(1),
        RenewalMonths = 12,
        Price = Money.Create(120m, Currency.Chf).GetValueOrThrow(),
        Status = ProductStatus.Active,
        BillingAddressId = null,
        AutomaticRenewal = false,
        PaymentMethod = null,
        OpenInvoiceId = null,
    });

    /// <summary>Orders, as <paramref name="actor"/>, a yearly web hosting at 120 CHF whose id is <paramref name="product"/>: the organization then holds it.</summary>
    public static Product Hold(Organization organization, AccountId actor, ProductId product) =>
        Infomaniak.Domain.Products.Product.Order(organization, actor, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Create(120m, Currency.Chf).GetValueOrThrow(), Clock(), Ids(product.Value))
            .GetValueOrThrow();

    /// <summary>The products of an organization's index, as loaded from storage (<see cref="ProductOf"/>).</summary>
    public static Product[] ProductsOf(Organization organization) => [.. organization.Products.Select(p => ProductOf(organization, p))];

    /// <summary>Makes an account (numbered <paramref name="account"/>, login <see cref="Email"/>) a member through an invitation it accepts at once.</summary>
    public static void Join(Organization organization, AccountId admin, int account, Rights rights, int seed = 1)
    {
        var clock = Clock();
        var invitation = organization.Invite(admin, Email(account), rights, clock, new SeededRandomSource(seed + account))
            .Match(i => i, d => throw new InvalidOperationException(d.Message), m => throw new InvalidOperationException(m.Message), p => throw new InvalidOperationException(p.Message), n => throw new InvalidOperationException(n.Message));
        organization.AcceptInvitation(invitation.Id, Person(Account(account)), clock).GetValueOrThrow();
        organization.DequeueEvents();
    }

    /// <summary>Organization number <paramref name="n"/>, founded by this very account (which records it), holding the given products, with no pending event.</summary>
    public static Organization Found(int n, Infomaniak.Domain.Accounts.Account founder, params ProductId[] products)
    {
        var organization = Infomaniak.Domain.Organizations.Organization.Create(founder, Company($"Company {n}"), Ids(Organization(n).Value));
        foreach (var product in products)
        {
            Hold(organization, founder.Id, product);
        }

        organization.DequeueEvents();
        return organization;
    }

    /// <summary>Makes this very account a member (it records the organization) through an invitation it accepts at once.</summary>
    public static void Join(Organization organization, AccountId admin, Infomaniak.Domain.Accounts.Account account, Rights rights)
    {
        var clock = Clock();
        var invitation = organization.Invite(admin, account.Login, rights, clock, new SeededRandomSource(account.Id.GetHashCode())).GetValueOrThrow();
        organization.AcceptInvitation(invitation.Id, account, clock).GetValueOrThrow();
        organization.DequeueEvents();
    }

    /// <summary>A Mail Service of organization number <paramref name="n"/> (founded by <see cref="Account(int)"/> n), which holds it; no pending event.</summary>
    public static (Organization Holder, AccountId Admin, Infomaniak.Domain.Mail.MailService Service) MailService(int n, IRandomSource random)
    {
        var product = TypedId.New<ProductId>(random);
        var holder = OrganizationWith(n, Account(n), product);
        var service = Infomaniak.Domain.Mail.MailService.Open(product, holder.Id);
        service.DequeueEvents();
        return (holder, Account(n), service);
    }

    /// <summary>Makes an existing account a member through an invitation to its login that it accepts at once.</summary>
    public static void JoinAccount(Organization organization, AccountId admin, AccountId account, EmailAddress login, Rights rights)
    {
        var clock = Clock();
        var invitation = organization.Invite(admin, login, rights, clock, new SeededRandomSource(account.GetHashCode())).GetValueOrThrow();
        Assert.True(organization.AcceptInvitation(invitation.Id, Person(account, login), clock).IsT0);
        organization.DequeueEvents();
    }

    /// <summary>The organization's state as canonical text, to compare before and after an operation.</summary>
    public static string Snapshot(Organization organization) => JsonSerializer.Serialize(organization.ToState());

    private static EmailAddress LoginOf(AccountId id)
    {
        var bytes = id.Value.ToByteArray();
        return bytes[15] == 1 && bytes[4] == 0 ? Email(BitConverter.ToInt32(bytes, 0) - 1) : EmailAddress.Parse($"a{id.Value:N}@example.com").GetValueOrThrow();
    }

    /// <summary>A numbered id, shaped as the library draws ids (version 4), so that <see cref="Ids"/> can make the library draw it.</summary>
    private static Guid IdOf(byte kind, int n)
    {
        var bytes = new byte[16];
        BitConverter.GetBytes(n + 1).CopyTo(bytes, 0);
        bytes[7] = 0x40;
        bytes[8] = 0x80;
        bytes[15] = kind;
        return new Guid(bytes);
    }
}
