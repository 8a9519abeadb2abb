using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "ACC-6")]
public class PasswordPolicyTests
{
    private static readonly EmailAddress Login = EmailAddress.Parse("famille.munster@la-fibre.xyz").GetValueOrThrow();

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

    [Fact]
    public void Default_AcceptsExactly1024CodePoints_AndRefusesOneMore()
    {
        Assert.Equal(1024, PasswordPolicy.Default.MaxLength);
        Assert.Null(ProblemOf("zQ9!" + new string('q', 1020)));
        Assert.Equal(PasswordProblem.TooLong, ProblemOf("zQ9!" + new string('q', 1021)));
    }

    [Fact]
    public void WithLengths_AcceptsItsBoundsInclusive_AndRefusesJustOutside()
    {
        Assert.Equal((8, 128), (PasswordPolicy.WithLengths(8, 128).MinLength, PasswordPolicy.WithLengths(8, 128).MaxLength));
        Assert.Equal(Password.MaxLength, PasswordPolicy.WithLengths(8, Password.MaxLength).MaxLength);
        Assert.Equal(128, PasswordPolicy.WithLengths(128, 128).MinLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordPolicy.WithLengths(8, Password.MaxLength + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordPolicy.WithLengths(8, 127));
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordPolicy.WithLengths(7, 128));
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordPolicy.WithLengths(129, 128));
    }

    [Fact]
    public void APolicyWithOtherLengths_AcceptsItsBounds_AndItsRefusalsNameThem()
    {
        var strict = PasswordPolicy.WithLengths(12, 130);

        Assert.Null(ProblemOf("zQ9!" + new string('q', 8), strict));
        Assert.Null(ProblemOf("zQ9!" + new string('q', 126), strict));
        var refusal = strict.Check(TestPasswords.Of("zQ9!" + new string('q', 127)), Login).AsT1;
        Assert.Equal(new UnacceptablePassword(PasswordProblem.TooLong, 12, 130), refusal);
        Assert.Equal("12 to 130 code points", strict.ToString());
        Assert.Equal("8 to 1024 code points", PasswordPolicy.Default.ToString());
    }

    [Fact]
    public void RefusesAPasswordContainingAnyOfTheAddressesItProtects_AndWithoutAddressesOnlyTheRest()
    {
        var mailbox = EmailAddress.Parse("compta@entreprise-familiale.xyz").GetValueOrThrow();

        Assert.Equal(PasswordProblem.ContainsAddress, PasswordPolicy.Default.Check(TestPasswords.Of("x-compta@entreprise-familiale.xyz"), Login, mailbox).AsT1.Problem);
        Assert.True(PasswordPolicy.Default.Check(TestPasswords.Of("zZ!077rw")).IsT0);
        Assert.Equal(PasswordProblem.Common, PasswordPolicy.Default.Check(TestPasswords.Of("iloveyou")).AsT1.Problem);
    }

    [Fact]
    public void Check_GuardsAgainstProgrammerErrors()
    {
        Assert.Throws<ArgumentNullException>(() => PasswordPolicy.Default.Check(null!, Login));
        Assert.Throws<ArgumentNullException>(() => PasswordPolicy.Default.Check(TestPasswords.Of("zZ!077rw"), (IEnumerable<EmailAddress>)null!));
    }

    [Fact]
    public void EveryProblem_HasItsOwnExplanation()
    {
        var messages = Enum.GetValues<PasswordProblem>().Select(problem => new UnacceptablePassword(problem, 8, 1024).Message).ToList();

        Assert.All(messages, message => Assert.False(string.IsNullOrWhiteSpace(message)));
        Assert.Equal(messages.Count, messages.Distinct().Count());
        Assert.NotEqual(new UnacceptablePassword((PasswordProblem)99, 8, 1024).Message, new UnacceptablePassword(PasswordProblem.Common, 8, 1024).Message);
        Assert.Contains("well-formed", new MalformedPasswordHash().Message, StringComparison.Ordinal);
    }
}
