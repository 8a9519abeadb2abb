using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Accounts.Specifications;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Accounts.Specifications;

public class AccountSpecsTests
{
    private static readonly AccountState[] Stored = Register("famille.munster@la-fibre.xyz", "julie@entreprise-familiale.xyz", "someone@example.ch");

    private static AccountState[] Register(params string[] logins)
    {
        var random = new SeededRandomSource(9);
        return [.. logins.Select(login => Account.Register(
            Family.Address(login), PersonName.Create("Some", "One").GetValueOrThrow(),
            TestPasswords.Of("account-Pa55-x"), null, TestPasswords.Service(), random).GetValueOrThrow().ToState())];
    }

    [Fact]
    [Trait("Rule", "ACC-1")]
    [Trait("Rule", "UNI-1")]
    public void AccountByLogin_FindsTheAccount_IgnoringCase()
    {
        var found = new AccountByLoginSpec(Family.Address("Julie@Entreprise-Familiale.XYZ")).Evaluate(Stored);

        Assert.Equal("julie@entreprise-familiale.xyz", Assert.Single(found).Login);
        Assert.Empty(new AccountByLoginSpec(Family.Address("compta@entreprise-familiale.xyz")).Evaluate(Stored));
    }

    [Fact]
    [Trait("Rule", "UNI-5")]
    public void AccountsByLogins_FindsEveryAccountWithOneOfTheLogins()
    {
        var found = new AccountsByLoginsSpec([Family.Address("JULIE@entreprise-familiale.xyz"), Family.Address("someone@example.ch"), Family.Address("compta@entreprise-familiale.xyz")]).Evaluate(Stored);

        Assert.Equal(["julie@entreprise-familiale.xyz", "someone@example.ch"], found.Select(state => state.LoginNormalized));
    }
}
