using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "ACC-6")]
public class PasswordPolicyTests
{
    private static readonly EmailAddress Login = EmailAddress.Parse("famille.munster@la-fibre.xyz").AsT0;

    private static PasswordProblem? ProblemOf(string text, PasswordPolicy? policy = null) =>
        (policy ?? PasswordPolicy.Default).Check(TestPasswords.Of(text), Login).Match<PasswordProblem?>(_ => null, refused => refused.Problem);

    [Fact]
    public void Default_AsksForAtLeastEight_AndAllowsLongPassphrases()
    {
        Assert.Equal(8, PasswordPolicy.Default.MinLength);
        Assert.True(PasswordPolicy.Default.MaxLength >= 128);
        Assert.Equal(PasswordProblem.TooShort, ProblemOf("zZ!077r"));
        Assert.Null(ProblemOf("zZ!077rw"));
        Assert.Null(ProblemOf(string.Join(' ', Enumerable.Repeat("correct horse battery staple", 30))));
        Assert.Equal(PasswordProblem.TooLong, ProblemOf(new string('q', PasswordPolicy.Default.MaxLength + 1)));
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaz")]
    [InlineData("all lower case words")]
    [InlineData("ALLUPPERCASEWORDS")]
    [InlineData("0042137421337")]
    public void HasNoCompositionRules(string text) => Assert.Null(ProblemOf(text));

    [Fact]
    public void CountsCodePoints_SoEightEmojisAreEnough()
    {
        Assert.Null(ProblemOf("😀🎉🐸🚀🌈🍕🎸🧩"));
        Assert.Equal(PasswordProblem.TooShort, ProblemOf("😀🎉🐸🚀"));
    }

    [Theory]
    [InlineData("famille.munster@la-fibre.xyz")]
    [InlineData("FAMILLE.MUNSTER@LA-FIBRE.XYZ")]
    [InlineData("my famille.munster@la-fibre.xyz!")]
    public void RefusesTheAddressItProtects_IgnoringCase(string text) => Assert.Equal(PasswordProblem.ContainsAddress, ProblemOf(text));

    [Theory]
    [InlineData("password")]
    [InlineData("Password1")]
    [InlineData("QWERTYUIOP")]
    [InlineData("iloveyou")]
    [InlineData("123456789")]
    public void RefusesCommonPasswords_IgnoringCase(string text) => Assert.Equal(PasswordProblem.Common, ProblemOf(text));

    [Fact]
    public void TheCommonList_HoldsSeveralHundredPasswords()
    {
        var list = typeof(PasswordPolicy).Assembly.GetType("Infomaniak.Domain.Credentials.CommonPasswords")!;
        var count = (int)list.GetProperty("Count", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

        Assert.True(count >= 300, $"only {count} common passwords");
    }

    [Property(Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Refusals_SayWhy_WithoutEchoingThePassword(Password password)
    {
        var withLogin = TestPasswords.Of(password.Reveal() + Login.Value);
        var refusal = PasswordPolicy.Default.Check(withLogin, Login).AsT1;
        return refusal.Problem == PasswordProblem.ContainsAddress
            && refusal.Message.Length > 0
            && !refusal.Message.Contains(password.Reveal(), StringComparison.Ordinal)
            && !refusal.ToString().Contains(password.Reveal(), StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(IdentityArbitraries)])]
    public bool GeneratedStrongPasswords_AreAccepted(Password password) => PasswordPolicy.Default.Check(password, Login).IsT0;

    [Fact]
    public void WithLengths_NeverGoesBelowTheFloor()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordPolicy.WithLengths(6, 256));
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordPolicy.WithLengths(8, 64));
        var strict = PasswordPolicy.WithLengths(12, 256);
        Assert.Equal(PasswordProblem.TooShort, ProblemOf("zZ!077rw-x", strict));
    }
}
