using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>ORG-1: a first order without an account creates the account and its organization together.</summary>
public class FirstOrderTests
{
    private static readonly PasswordService Passwords = TestPasswords.Service();

    private static NewCustomerDetails Munster(string? company = null, string password = "63!iGm877", string? recovery = null) => new(
        EmailAddress.Parse("famille.munster@la-fibre.xyz").GetValueOrThrow(),
        PersonName.Create("Famille", "Munster").GetValueOrThrow(),
        TestPasswords.Of(password),
        recovery is null ? null : EmailAddress.Parse(recovery).GetValueOrThrow(),
        company is null ? null : OrganizationName.Parse(company).GetValueOrThrow());

    [Fact]
    [Trait("Rule", "ORG-1")]
    [Trait("Rule", "ORG-2")]
    [Trait("Rule", "ORG-11")]
    public void AFirstOrder_CreatesTheAccount_AndAnOrganizationWhoseFirstUserItIs()
    {
        var customer = FirstOrder.Open(Munster(), null, Passwords, new SeededRandomSource(1)).GetValueOrThrow();

        var member = Assert.Single(customer.Organization.Members);
        Assert.Equal(customer.Account.Id, member.Account);
        Assert.True(member.Rights.IsAdministrator && member.Rights.HasBillingRights && member.IsLegalRepresentative);
        Assert.Equal("Famille Munster", customer.Organization.Name.Value);
        Assert.Equal([typeof(AccountRegistered), typeof(AccountJoinedOrganization)], customer.Account.PendingEvents.Select(e => e.GetType()));
        Assert.Equal([customer.Organization.Id], customer.Account.Organizations);
        var created = Assert.IsType<OrganizationCreated>(Assert.Single(customer.Organization.PendingEvents));
        Assert.True(created.AtFirstOrder);
        Assert.True(customer.Account.SignIn(Channel.Manager, TestPasswords.Of("63!iGm877"), Passwords).IsT0);
    }

    [Fact]
    [Trait("Rule", "ORG-2")]
    public void ACompany_NamesItsOrganization() =>
        Assert.Equal("Entreprise Familiale SA", FirstOrder.Open(Munster("Entreprise Familiale SA"), null, Passwords, new SeededRandomSource(2)).GetValueOrThrow().Organization.Name.Value);

    [Fact]
    [Trait("Rule", "ORG-1")]
    public void APersonWithAnAccount_SignsInInstead()
    {
        var existing = FirstOrder.Open(Munster(), null, Passwords, new SeededRandomSource(3)).GetValueOrThrow().Account;

        var refused = FirstOrder.Open(Munster(password: "another-Pa55"), existing, Passwords, new SeededRandomSource(4));

        Assert.Equal(existing.Login, refused.AsT1.Login);
        Assert.Contains("sign in", refused.AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    public void AnAccountFoundForAnotherLogin_IsAProgrammerError()
    {
        var other = FirstOrder.Open(Munster() with { Login = EmailAddress.Parse("julie@entreprise-familiale.xyz").GetValueOrThrow() }, null, Passwords, new SeededRandomSource(6)).GetValueOrThrow().Account;

        Assert.Throws<ArgumentException>(() => FirstOrder.Open(Munster(), other, Passwords, new SeededRandomSource(7)));
    }

    [Theory]
    [InlineData("short", null, 3)]
    [InlineData("63!iGm877", "famille.munster@la-fibre.xyz", 2)]
    [Trait("Rule", "ORG-1")]
    [Trait("Rule", "ACC-6")]
    [Trait("Rule", "ACC-7")]
    public void ARefusedRegistration_CreatesNeitherAccountNorOrganization(string password, string? recovery, int refusal) =>
        Assert.Equal(refusal, FirstOrder.Open(Munster(password: password, recovery: recovery), null, Passwords, new SeededRandomSource(5)).Index);

    [Property(MaxTest = 30)]
    [Trait("Rule", "ORG-1")]
    public bool EveryFirstOrder_GivesDistinctAccountAndOrganizationIds(int seed)
    {
        var customer = FirstOrder.Open(Munster("Webmaster Sàrl"), null, Passwords, new SeededRandomSource(seed)).GetValueOrThrow();
        return customer.Account.Id.Value != customer.Organization.Id.Value && customer.Organization.IsMember(customer.Account.Id);
    }
}
