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
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("---")]
    [InlineData("Bad\u0001Name")]
    public void Parse_RefusesEmptyOrMeaninglessNames_KeepingTheInputAsGiven(string? input) =>
        Assert.Equal(new InvalidOrganizationName(input ?? string.Empty), OrganizationName.Parse(input).Value);

    [Fact]
    [Trait("Rule", "ORG-2")]
    public void Parse_RefusesNamesLongerThanTheLimit()
    {
        Assert.True(OrganizationName.Parse(new string('a', OrganizationName.MaxLength)).IsT0);
        Assert.True(OrganizationName.Parse(new string('a', OrganizationName.MaxLength + 1)).IsT1);
    }

    [Property]
    [Trait("Rule", "ORG-2")]
    public bool Parse_NeverThrows_AndAcceptedNamesAreNormalized(string? input) =>
        OrganizationName.Parse(input).Match(
            name => name.Value == name.Value.Trim() && !name.Value.Contains("  ", StringComparison.Ordinal) && name.Value.Length <= OrganizationName.MaxLength,
            _ => true);
}
