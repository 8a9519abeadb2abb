using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "ACC-6")]
public class PasswordHashTests
{
    private static readonly Pbkdf2PasswordHasher Cheap = new(TestPasswords.CheapIterations);

    [Property(MaxTest = 25, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Format_ThenParse_RoundTrips(Password password, int seed)
    {
        var hash = Cheap.Hash(password, new SeededRandomSource(seed));
        var again = PasswordHash.Parse(hash.Value).AsT0;
        return again.Equals(hash) && again.Value == hash.Value && Cheap.Verify(password, again) == PasswordVerification.Verified;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("63!iGm877")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0$")]
    [InlineData("$pbkdf2-sha256$i=0$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=-5$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=999999999999$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$PBKDF2$i=1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2Fsd!$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5")]
    public void Parse_RefusesWhatIsNotAHash(string? text) => Assert.True(PasswordHash.Parse(text).IsT1);

    [Fact]
    public void ToString_ShowsTheParameters_ButNotTheSaltOrKey()
    {
        var hash = Cheap.Hash(TestPasswords.Of("zZ!077rw"), new SeededRandomSource(5));

        Assert.Equal("$pbkdf2-sha256$i=1000$***", hash.ToString());
        Assert.DoesNotContain(hash.Value.Split('$')[3], hash.ToString(), StringComparison.Ordinal);
    }
}
