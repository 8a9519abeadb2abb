using System.Text.Json;
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

    public static EmailAddress Email(int n) => EmailAddress.Parse($"user{n}@example.com").AsT0;

    public static ManualTimeProvider Clock() => new(Start);

    public static CustomerProfile Company(string name) => new CustomerProfile.Company(OrganizationName.Parse(name).AsT0);

    public static CustomerProfile Individual(string first, string last) => new CustomerProfile.Individual(PersonName.Create(first, last).AsT0);

    public static Rights Limited(bool billing, params ProductId[] products) => Rights.LimitedTo(products, billing).AsT0;

    /// <summary>
    /// An organization numbered <paramref name="n"/>, founded by <paramref name="founder"/>, holding the given products, with no
    /// pending event: loaded from a state whose product index names them (<see cref="ProductOf"/> gives the products themselves).
    /// </summary>
    public static Organization OrganizationWith(int n, AccountId founder, params ProductId[] products)
    {
        var organization = Infomaniak.Domain.Organizations.Organization.Create(Organization(n), founder, Company($"Company {n}"));
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

    /// <summary>The products of an organization's index, as loaded from storage (<see cref="ProductOf"/>).</summary>
    public static Product[] ProductsOf(Organization organization) => [.. organization.Products.Select(p => ProductOf(organization, p))];

    /// <summary>Makes an account (numbered <paramref name="account"/>, login <see cref="Email"/>) a member through an invitation it accepts at once.</summary>
    public static void Join(Organization organization, AccountId admin, int account, Rights rights, int seed = 1)
    {
        var clock = Clock();
        var invitation = organization.Invite(admin, Email(account), rights, clock, new SeededRandomSource(seed + account))
            .Match(i => i, d => throw new InvalidOperationException(d.Message), m => throw new InvalidOperationException(m.Message), p => throw new InvalidOperationException(p.Message), n => throw new InvalidOperationException(n.Message));
        organization.AcceptInvitation(invitation.Id, Account(account), Email(account), clock.GetUtcNow())
            .Switch(_ => { }, a => throw new InvalidOperationException(a.Message), b => throw new InvalidOperationException(b.Message), c => throw new InvalidOperationException(c.Message), d => throw new InvalidOperationException(d.Message), e => throw new InvalidOperationException(e.Message));
        organization.DequeueEvents();
    }

    /// <summary>Makes an existing account a member through an invitation to its login that it accepts at once.</summary>
    public static void JoinAccount(Organization organization, AccountId admin, AccountId account, EmailAddress login, Rights rights)
    {
        var clock = Clock();
        var invitation = organization.Invite(admin, login, rights, clock, new SeededRandomSource(account.GetHashCode())).AsT0;
        Assert.True(organization.AcceptInvitation(invitation.Id, account, login, clock.GetUtcNow()).IsT0);
        organization.DequeueEvents();
    }

    /// <summary>The organization's state as canonical text, to compare before and after an operation.</summary>
    public static string Snapshot(Organization organization) => JsonSerializer.Serialize(organization.ToState());

    private static Guid IdOf(byte kind, int n)
    {
        var bytes = new byte[16];
        BitConverter.GetBytes(n + 1).CopyTo(bytes, 0);
        bytes[15] = kind;
        return new Guid(bytes);
    }
}
