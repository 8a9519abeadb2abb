using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// The authorization decision runs on every request the Manager serves: it must stay cheap on a large organization
/// (many members, many products), whoever asks and whatever the answer.
/// </summary>
[MemoryDiagnoser]
public class OrganizationBenchmarks
{
    private Organization organization = null!;
    private AccountId administrator;
    private AccountId limitedMember;
    private AccountId stranger;
    private ProductId grantedProduct;
    private ProductId otherProduct;
    private ProductId foreignProduct;

    [Params(10, 1_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new CryptoRandomSource();
        var clock = TimeProvider.System;
        var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random);
        Account Register(string login) =>
            Account.Register(EmailAddress.Parse(login).GetValueOrThrow(), PersonName.Create("Agence", "Member").GetValueOrThrow(), Password.Parse("a-long-Pa55phrase").GetValueOrThrow(), null, passwords, random).GetValueOrThrow();
        var founder = Register("admin@agence.example");
        administrator = founder.Id;
        organization = Organization.Create(founder, new CustomerProfile.Company(OrganizationName.Parse("Agence Web").GetValueOrThrow()), random);
        var products = Enumerable.Range(0, Size)
            .Select(_ => Product.Order(organization, administrator, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Zero(Currency.Chf), clock, random).GetValueOrThrow().Id)
            .ToArray();

        for (var i = 0; i < Size; i++)
        {
            var account = Register($"member{i}@agence.example");
            var member = account.Id;
            var login = account.Login;
            var rights = Rights.LimitedTo(products.Skip(i % Size).Take(5), withBillingRights: i % 2 == 0).GetValueOrThrow();
            var invitation = organization.Invite(administrator, login, rights, clock, random).GetValueOrThrow();
            organization.AcceptInvitation(invitation.Id, account, clock).GetValueOrThrow();
            limitedMember = member;
        }

        organization.DequeueEvents();
        grantedProduct = products[(Size - 1) % Size];
        otherProduct = products[0];
        foreignProduct = TypedId.New<ProductId>(random);
        stranger = TypedId.New<AccountId>(random);
    }

    [Benchmark(Baseline = true)]
    public bool AdministratorManagesAProduct() => organization.Authorize(administrator, MemberAction.ManageProduct(otherProduct)).IsT0;

    [Benchmark]
    public bool LimitedMemberViewsAGrantedProduct() => organization.Authorize(limitedMember, MemberAction.ViewProduct(grantedProduct)).IsT0;

    [Benchmark]
    public bool LimitedMemberIsDeniedAnotherProduct() => organization.Authorize(limitedMember, MemberAction.ViewProduct(otherProduct)).IsT0;

    [Benchmark]
    public bool StrangerIsDenied() => organization.Authorize(stranger, MemberAction.ManageInvoices).IsT0;

    [Benchmark]
    public bool ForeignProductIsDenied() => organization.Authorize(administrator, MemberAction.ManageProduct(foreignProduct)).IsT0;
}
