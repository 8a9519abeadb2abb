using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Common;

[Trait("Rule", "ACC-1")]
public class EmailAddressTests
{
    [Theory]
    [InlineData("famille.munster@la-fibre.xyz")]
    [InlineData("compta@entreprise-familiale.xyz")]
    [InlineData("julie@entreprise-familiale.xyz")]
    [InlineData("o'brien+tag@example.co.uk")]
    [InlineData("josé@exemple.ch")]
    [InlineData("user@bücher.de")]
    public void Parse_AcceptsAddressesOfAnyProvider(string text)
    {
        var parsed = EmailAddress.Parse(text);

        Assert.True(parsed.IsT0, parsed.Match(_ => "", refusal => refusal.Message));
        Assert.Equal(text, parsed.AsT0.ToString());
    }

    [Theory]
    [InlineData(null, EmailAddressProblem.Empty)]
    [InlineData("", EmailAddressProblem.Empty)]
    [InlineData("   \t", EmailAddressProblem.Empty)]
    [InlineData("no-at-sign.example.com", EmailAddressProblem.MissingAtSign)]
    [InlineData("@example.com", EmailAddressProblem.InvalidLocalPart)]
    [InlineData(".julie@example.com", EmailAddressProblem.InvalidLocalPart)]
    [InlineData("julie.@example.com", EmailAddressProblem.InvalidLocalPart)]
    [InlineData("ju..lie@example.com", EmailAddressProblem.InvalidLocalPart)]
    [InlineData("ju lie@example.com", EmailAddressProblem.InvalidLocalPart)]
    [InlineData("ju\u0000lie@example.com", EmailAddressProblem.InvalidLocalPart)]
    [InlineData("a@b@example.com", EmailAddressProblem.InvalidLocalPart)]
    [InlineData("julie@", EmailAddressProblem.InvalidDomain)]
    [InlineData("julie@localhost", EmailAddressProblem.InvalidDomain)]
    [InlineData("julie@-example.com", EmailAddressProblem.InvalidDomain)]
    [InlineData("julie@example..com", EmailAddressProblem.InvalidDomain)]
    [InlineData("julie@example.com.", EmailAddressProblem.InvalidDomain)]
    [InlineData("julie@exa_mple.com", EmailAddressProblem.InvalidDomain)]
    [InlineData("julie@192.168.0.1", EmailAddressProblem.InvalidDomain)]
    public void Parse_RefusesMalformedText_NamingTheProblem(string? text, EmailAddressProblem expected)
    {
        var refusal = EmailAddress.Parse(text).Match<InvalidEmailAddress?>(address => null, refused => refused);

        Assert.NotNull(refusal);
        Assert.Equal(expected, refusal.Problem);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
    }

    [Fact]
    public void Parse_RefusesTooLongAddresses()
    {
        var local = new string('a', 64);
        var domain = string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".ch";

        Assert.Equal(EmailAddressProblem.TooLong, EmailAddress.Parse($"{local}@{domain}").AsT1.Problem);
        Assert.Equal(EmailAddressProblem.InvalidLocalPart, EmailAddress.Parse(new string('a', 65) + "@example.com").AsT1.Problem);
        Assert.Equal(EmailAddressProblem.TooLong, EmailAddress.Parse(new string('x', 1_000_000)).AsT1.Problem);
    }

    [Fact]
    public void Parse_TrimsSurroundingWhiteSpace_AndKeepsTheSpelling()
    {
        var address = EmailAddress.Parse("  Famille.Munster@La-Fibre.xyz \n").AsT0;

        Assert.Equal("Famille.Munster@La-Fibre.xyz", address.Value);
        Assert.Equal("famille.munster@la-fibre.xyz", address.Normalized);
        Assert.Equal("Famille.Munster", address.LocalPart);
        Assert.Equal("La-Fibre.xyz", address.Domain);
    }

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool Format_ThenParse_RoundTrips(EmailAddress address)
    {
        var again = EmailAddress.Parse(address.ToString()).AsT0;
        return again == address && again.ToString() == address.ToString();
    }

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool Comparison_IgnoresLetterCase(EmailAddress address)
    {
        var upper = EmailAddress.Parse(address.Value.ToUpperInvariant()).AsT0;
        return upper == address && upper.GetHashCode() == address.GetHashCode();
    }

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool SurroundingWhiteSpace_IsIgnored(EmailAddress address, PositiveInt spaces)
    {
        var padding = new string(' ', spaces.Get % 10);
        return EmailAddress.Parse($"{padding}{address}\t{padding}").AsT0 == address;
    }

    [Property(MaxTest = 1000)]
    public bool NoString_MakesParsingThrow(string? text)
    {
        EmailAddress.Parse(text).Switch(_ => { }, _ => { });
        return true;
    }

    [Property(MaxTest = 500)]
    public bool NoNearAddress_MakesParsingThrow(NonEmptyString local, NonEmptyString domain)
    {
        EmailAddress.Parse($"{local.Get}@{domain.Get}").Switch(_ => { }, _ => { });
        return true;
    }

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool AParsedAddress_NeverHoldsControlCharacters(EmailAddress address) =>
        !address.Value.Any(char.IsControl) && address.Value.Length <= EmailAddress.MaxLength;
}
