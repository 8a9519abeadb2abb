using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "ACC-6")]
public class PasswordTests
{
    [Theory]
    [InlineData(null, PasswordProblem.Empty)]
    [InlineData("", PasswordProblem.Empty)]
    [InlineData("abc\u0000defghij", PasswordProblem.InvalidCharacters)]
    [InlineData("abc\ndefghij", PasswordProblem.InvalidCharacters)]
    public void Parse_RefusesWhatCannotBeAPassword_NamingTheProblem(string? text, PasswordProblem expected)
    {
        var refusal = Password.Parse(text).Match<UnacceptablePassword?>(_ => null, refused => refused);

        Assert.NotNull(refusal);
        Assert.Equal(expected, refusal.Problem);
    }

    [Fact]
    public void Parse_RefusesBrokenUtf16()
    {
        Assert.Equal(PasswordProblem.InvalidCharacters, Password.Parse("abc" + '\ud800' + "defghij").AsT1.Problem);
        Assert.Equal(PasswordProblem.InvalidCharacters, Password.Parse("abc" + '\udc00' + "defghij").AsT1.Problem);
        Assert.Equal(PasswordProblem.InvalidCharacters, Password.Parse("abcdefghij" + '\ud83d').AsT1.Problem);
    }

    [Fact]
    public void Parse_RefusesHugeTexts_WithoutThrowing()
    {
        Assert.Equal(PasswordProblem.TooLong, Password.Parse(new string('x', 1_000_000)).AsT1.Problem);
        Assert.Equal(PasswordProblem.TooLong, Password.Parse(new string('x', Password.MaxLength + 1)).AsT1.Problem);
        Assert.True(Password.Parse(new string('x', Password.MaxLength)).IsT0);
    }

    [Fact]
    public void Length_CountsUnicodeCodePoints_NotUtf16Units()
    {
        Assert.Equal(8, Password.Parse("😀😀😀😀😀😀😀😀").GetValueOrThrow().Length);
        Assert.Equal(9, Password.Parse("63!iGm877").GetValueOrThrow().Length);
    }

    [Fact]
    public void Parse_NormalizesUnicode_SoTheSamePassphraseTypedTwoWaysIsTheSame()
    {
        var composed = Password.Parse("caf\u00e9-au-lait").GetValueOrThrow();
        var decomposed = Password.Parse("cafe\u0301-au-lait").GetValueOrThrow();

        if (UnicodeData.Available)
        {
            Assert.Equal(composed.Reveal(), decomposed.Reveal());
        }
        else
        {
            Assert.Equal("cafe\u0301-au-lait", decomposed.Reveal());
        }
    }

    [Theory]
    [InlineData("abc\uFFFEdefghij")]
    [InlineData("\uFFFE")]
    [InlineData("abc\uFFFFdefghij")]
    [InlineData("abc\uFDD0defghij")]
    [InlineData("abc\uFDEFdefghij")]
    [InlineData("abc\U0001FFFEdefghij")]
    [InlineData("abc\U0010FFFFdefghij")]
    public void Parse_RefusesNoncharacters_InsteadOfThrowing(string text) =>
        Assert.Equal(PasswordProblem.InvalidCharacters, Password.Parse(text).AsT1.Problem);

    [Property(Arbitrary = [typeof(IdentityArbitraries)])]
    public bool ToString_IsAFixedMask(Password password) =>
        password.ToString() == Password.Mask && !password.ToString().Contains(password.Reveal(), StringComparison.Ordinal);

    [Fact]
    public void APassword_HasNoPropertyThatASerializerWouldWrite_OtherThanItsLength()
    {
        var properties = typeof(Password).GetProperties().Select(property => property.Name);

        Assert.Equal(["Length"], properties);
    }

    [Theory]
    [InlineData("abc\u2028defghij")]
    [InlineData("abc\u2029defghij")]
    [InlineData("abc\tdefghij")]
    public void Parse_RefusesLineAndParagraphSeparators_LikeControlCharacters(string text) =>
        Assert.Equal(PasswordProblem.InvalidCharacters, Password.Parse(text).AsT1.Problem);

    [Fact]
    public void Parse_AcceptsTheLongestPassword_EvenInCharactersOutsideTheBasicPlane()
    {
        var longest = string.Concat(Enumerable.Repeat("\U0001F600", Password.MaxLength));

        Assert.Equal(Password.MaxLength, Password.Parse(longest).GetValueOrThrow().Length);
        Assert.Equal(PasswordProblem.TooLong, Password.Parse(longest + "\U0001F600").AsT1.Problem);
    }

    public static TheoryData<string?> Unparsable => [null, "abc\u0000defghij", new string('x', Password.MaxLength + 1), new string('x', Password.MaxLength * 3)];

    [Theory]
    [MemberData(nameof(Unparsable))]
    public void Parse_Refusals_NameTheLengthsAPasswordMayHave(string? text)
    {
        var refusal = Password.Parse(text).AsT1;

        Assert.Equal(1, refusal.MinLength);
        Assert.Equal(Password.MaxLength, refusal.MaxLength);
    }
}
