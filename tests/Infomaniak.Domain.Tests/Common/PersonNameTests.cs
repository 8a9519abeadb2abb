namespace Infomaniak.Domain.Tests.Common;

[Trait("Rule", "ORG-2")]
[Trait("Rule", "ACC-1")]
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
    [InlineData(null, "Munster", PersonNamePart.FirstName, NameProblem.Empty)]
    [InlineData("   ", "Munster", PersonNamePart.FirstName, NameProblem.Empty)]
    [InlineData("Julie", "", PersonNamePart.LastName, NameProblem.Empty)]
    [InlineData("Julie", "12", PersonNamePart.LastName, NameProblem.NoLetter)]
    [InlineData("Ju\u0007lie", "Munster", PersonNamePart.FirstName, NameProblem.ControlCharacter)]
    [InlineData("Ju\u2028lie", "Munster", PersonNamePart.FirstName, NameProblem.ControlCharacter)]
    [InlineData("\u202EeilU", "Munster", PersonNamePart.FirstName, NameProblem.BidiControl)]
    [InlineData("Julie", "Mun\u2067ster", PersonNamePart.LastName, NameProblem.BidiControl)]
    [InlineData("Julie", "Mun\u200Fster", PersonNamePart.LastName, NameProblem.BidiControl)]
    [InlineData("Ju\u200Blie", "Munster", PersonNamePart.FirstName, NameProblem.InvisibleCharacter)]
    [InlineData("Julie", "Mun\u00ADster", PersonNamePart.LastName, NameProblem.InvisibleCharacter)]
    [InlineData("\u3164", "Munster", PersonNamePart.FirstName, NameProblem.InvisibleCharacter)]
    [InlineData("Julie", "Munster\uFFFE", PersonNamePart.LastName, NameProblem.BrokenUnicode)]
    [InlineData("Ju\uFDD0lie", "Munster", PersonNamePart.FirstName, NameProblem.BrokenUnicode)]
    public void Create_RefusesEmptyOrMalformedParts_NamingThePartAndTheProblem(string? first, string? last, PersonNamePart part, NameProblem problem) =>
        Assert.Equal(new InvalidPersonName(part, problem), PersonName.Create(first, last).Value);

    [Fact]
    public void Create_RefusesALoneSurrogate_WhichStorageWouldNotKeep()
    {
        Assert.Equal(new InvalidPersonName(PersonNamePart.FirstName, NameProblem.BrokenUnicode), PersonName.Create("Ann" + (char)0xD800, "Munster").Value);
        Assert.Equal(new InvalidPersonName(PersonNamePart.LastName, NameProblem.BrokenUnicode), PersonName.Create("Julie", "Mun" + (char)0xDC00 + "ster").Value);
        Assert.True(PersonName.Create("Ann" + char.ConvertFromUtf32(0x1F600), "Munster").IsT0);
    }

    [Theory]
    [InlineData("Jean-Luc", "O'Brien")]
    [InlineData("J", "Munster")]
    [InlineData("Zo\u00EB", "Ng\U0001F600")]
    [InlineData("\u0627\u0644\u0646\u0627\u0635\u0631", "\u05DB\u05D4\u05DF")]
    public void Create_AcceptsNamesWithPunctuation(string first, string last) => Assert.True(PersonName.Create(first, last).IsT0);

    [Fact]
    public void Create_AcceptsPartsOfTheMaximumLength() =>
        Assert.True(PersonName.Create(new string('a', PersonName.MaxPartLength), "Munster").IsT0);

    [Fact]
    public void Refusals_NameThePart_AndSayWhatIsWrong()
    {
        Assert.Equal("The first name is required.", new InvalidPersonName(PersonNamePart.FirstName, NameProblem.Empty).Message);
        Assert.Equal("The last name has at most 100 characters.", new InvalidPersonName(PersonNamePart.LastName, NameProblem.TooLong).Message);
        Assert.Equal("The last name needs at least one letter.", new InvalidPersonName(PersonNamePart.LastName, NameProblem.NoLetter).Message);
        Assert.Contains("direction", new InvalidPersonName(PersonNamePart.FirstName, NameProblem.BidiControl).Message, StringComparison.Ordinal);
        Assert.Contains("invisible", new InvalidPersonName(PersonNamePart.FirstName, NameProblem.InvisibleCharacter).Message, StringComparison.Ordinal);
        Assert.Contains("control", new InvalidPersonName(PersonNamePart.FirstName, NameProblem.ControlCharacter).Message, StringComparison.Ordinal);
        Assert.Contains("surrogates", new InvalidPersonName(PersonNamePart.FirstName, NameProblem.BrokenUnicode).Message, StringComparison.Ordinal);
        Assert.Equal(PersonNamePart.LastName, PersonName.Create("Julie", null).AsT1.Part);
    }

    [Fact]
    public void Create_RefusesHugeParts() =>
        Assert.Equal(new InvalidPersonName(PersonNamePart.LastName, NameProblem.TooLong), PersonName.Create("Julie", new string('a', 1024 * 1024)).Value);

    [Property]
    public bool Create_NeverThrows_AndAcceptedPartsAreTrimmed(string? first, string? last) =>
        PersonName.Create(first, last).Match(
            name => name.FirstName == name.FirstName.Trim() && name.LastName.Length <= PersonName.MaxPartLength,
            _ => true);
}
