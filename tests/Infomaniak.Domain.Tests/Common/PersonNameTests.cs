namespace Infomaniak.Domain.Tests.Common;

public class PersonNameTests
{
    [Fact]
    public void Create_TrimsBothParts()
    {
        var name = PersonName.Create("  Julie ", " Munster ").GetValueOrThrow();

        Assert.Equal("Julie", name.FirstName);
        Assert.Equal("Munster", name.LastName);
        Assert.Equal("Julie Munster", name.ToString());
    }

    [Theory]
    [InlineData(null, "Munster", PersonNamePart.FirstName)]
    [InlineData("   ", "Munster", PersonNamePart.FirstName)]
    [InlineData("Julie", "", PersonNamePart.LastName)]
    [InlineData("Julie", "12", PersonNamePart.LastName)]
    [InlineData("Ju\u0007lie", "Munster", PersonNamePart.FirstName)]
    public void Create_RefusesEmptyOrMalformedParts(string? first, string? last, PersonNamePart part) =>
        Assert.Equal(part, PersonName.Create(first, last).AsT1.Part);

    [Theory]
    [InlineData("Jean-Luc", "O'Brien")]
    [InlineData("J", "Munster")]
    public void Create_AcceptsNamesWithPunctuation(string first, string last) => Assert.True(PersonName.Create(first, last).IsT0);

    [Fact]
    public void Create_AcceptsPartsOfTheMaximumLength() =>
        Assert.True(PersonName.Create(new string('a', PersonName.MaxPartLength), "Munster").IsT0);

    [Fact]
    public void Refusals_NameThePart()
    {
        Assert.Contains("first", new InvalidPersonName(PersonNamePart.FirstName).Message, StringComparison.Ordinal);
        Assert.Contains("last", new InvalidPersonName(PersonNamePart.LastName).Message, StringComparison.Ordinal);
        Assert.Equal(PersonNamePart.LastName, PersonName.Create("Julie", null).AsT1.Part);
    }

    [Fact]
    public void Create_RefusesHugeParts() =>
        Assert.Equal(PersonNamePart.LastName, PersonName.Create("Julie", new string('a', PersonName.MaxPartLength + 1)).AsT1.Part);

    [Property]
    public bool Create_NeverThrows_AndAcceptedPartsAreTrimmed(string? first, string? last) =>
        PersonName.Create(first, last).Match(
            name => name.FirstName == name.FirstName.Trim() && name.LastName.Length <= PersonName.MaxPartLength,
            _ => true);
}
