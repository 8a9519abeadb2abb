using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

public class OrganizationNameTests
{
    [Theory]
    [Trait("Rule", "ORG-2")]
    [InlineData("  Famille   Munster ", "Famille Munster")]
    [InlineData("Infomaniak SA", "Infomaniak SA")]
    [InlineData("42", "42")]
    public void Parse_TrimsAndCollapsesSpaces(string input, string expected) =>
        Assert.Equal(expected, OrganizationName.Parse(input).GetValueOrThrow().Value);

    [Theory]
    [Trait("Rule", "ORG-2")]
    [InlineData(null, NameProblem.Empty)]
    [InlineData("", NameProblem.Empty)]
    [InlineData("   ", NameProblem.Empty)]
    [InlineData("---", NameProblem.NoLetter)]
    [InlineData("Bad\u0001Name", NameProblem.ControlCharacter)]
    [InlineData("\u202EevilCorp", NameProblem.BidiControl)]
    [InlineData("Acme\u2067 SA", NameProblem.BidiControl)]
    [InlineData("Ac\u200Bme", NameProblem.InvisibleCharacter)]
    [InlineData("Ac\u200Dme", NameProblem.InvisibleCharacter)]
    [InlineData("\u3164", NameProblem.InvisibleCharacter)]
    [InlineData("Acme\uFFFE", NameProblem.BrokenUnicode)]
    public void Parse_RefusesEmptyMeaninglessOrHidingNames_NamingTheProblem(string? input, NameProblem problem) =>
        Assert.Equal(new InvalidOrganizationName(input, problem), OrganizationName.Parse(input).Value);

    [Fact]
    [Trait("Rule", "ORG-2")]
    public void Parse_RefusesALoneSurrogate_WhichStorageWouldNotKeep()
    {
        Assert.Equal(NameProblem.BrokenUnicode, OrganizationName.Parse("Acme" + (char)0xD800).AsT1.Problem);
        Assert.Equal(NameProblem.BrokenUnicode, OrganizationName.Parse((char)0xDC00 + "Acme").AsT1.Problem);
        Assert.Equal("Acme\uFFFD", OrganizationName.Parse("Acme" + (char)0xD800).AsT1.Excerpt);
    }

    [Fact]
    [Trait("Rule", "ORG-2")]
    public void Parse_RefusesNamesLongerThanTheLimit()
    {
        Assert.True(OrganizationName.Parse(new string('a', OrganizationName.MaxLength)).IsT0);
        Assert.Equal(NameProblem.TooLong, OrganizationName.Parse(new string('a', OrganizationName.MaxLength + 1)).AsT1.Problem);
        Assert.Equal("a b", OrganizationName.Parse("a" + new string(' ', 1024 * 1024) + "b").AsT0.Value);
    }

    [Fact]
    [Trait("Rule", "ORG-2")]
    public void ARefusal_KeepsAShortSanitizedExcerpt_NeverTheWholeInput()
    {
        var huge = OrganizationName.Parse(new string('a', 1024 * 1024)).AsT1;
        var forged = OrganizationName.Parse("Acme\r\n\u202Eevil").AsT1;

        Assert.Equal(new string('a', 31) + "\u2026", huge.Excerpt);
        Assert.Equal("Acme\uFFFD\uFFFD\uFFFDevil", forged.Excerpt);
        Assert.Equal(NameProblem.BidiControl, forged.Problem);
    }

    [Theory]
    [Trait("Rule", "ORG-2")]
    [InlineData("M\u00FCller & S\u00F6hne")]
    [InlineData("\u682A\u5F0F\u4F1A\u793E")]
    [InlineData("\u05D7\u05D1\u05E8\u05D4 \u05D1\u05E2\"\u05DE")]
    [InlineData("Caf\u00E9 \u2615")]
    public void Parse_AcceptsNamesInAnyScript(string input) => Assert.Equal(input, OrganizationName.Parse(input).AsT0.Value);

    [Property]
    [Trait("Rule", "ORG-2")]
    public bool Parse_NeverThrows_AndAcceptedNamesAreNormalized(string? input) =>
        OrganizationName.Parse(input).Match(
            name => name.Value == name.Value.Trim() && !name.Value.Contains("  ", StringComparison.Ordinal) && name.Value.Length <= OrganizationName.MaxLength,
            _ => true);
}
