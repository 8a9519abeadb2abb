using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

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

        if (!UnicodeData.Available && UnicodeData.IsInternationalized(text))
        {
            Assert.Equal(EmailAddressProblem.UnicodeDataUnavailable, parsed.AsT1.Problem);
            return;
        }

        Assert.True(parsed.IsT0, parsed.Match(_ => "", refusal => refusal.Message));
        Assert.Equal(text, parsed.GetValueOrThrow().ToString());
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
        var address = EmailAddress.Parse("  Famille.Munster@La-Fibre.xyz \n").GetValueOrThrow();

        Assert.Equal("Famille.Munster@La-Fibre.xyz", address.Value);
        Assert.Equal("famille.munster@la-fibre.xyz", address.Normalized);
        Assert.Equal("Famille.Munster", address.LocalPart);
        Assert.Equal("La-Fibre.xyz", address.Domain);
    }

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool Format_ThenParse_RoundTrips(EmailAddress address)
    {
        var again = EmailAddress.Parse(address.ToString()).GetValueOrThrow();
        return again == address && again.ToString() == address.ToString();
    }

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool Comparison_IgnoresLetterCase(EmailAddress address)
    {
        var upper = EmailAddress.Parse(address.Value.ToUpperInvariant()).GetValueOrThrow();
        return upper == address && upper.GetHashCode() == address.GetHashCode();
    }

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool SurroundingWhiteSpace_IsIgnored(EmailAddress address, PositiveInt spaces)
    {
        var padding = new string(' ', spaces.Get % 10);
        return EmailAddress.Parse($"{padding}{address}\t{padding}").GetValueOrThrow() == address;
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

[Trait("Rule", "ACC-1")]
public class EmailAddressBoundaryTests
{
    [Fact]
    public void TheWholeAddress_HasAtMost254Characters()
    {
        var local = new string('a', 60);
        var domain = new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 60);
        var justFits = $"{local}@{domain}.ch";
        var address = justFits[..(EmailAddress.MaxLength - 3)] + ".ch";

        Assert.Equal(EmailAddress.MaxLength, address.Length);
        Assert.True(EmailAddress.Parse(address).IsT0);
        Assert.Equal(EmailAddressProblem.TooLong, EmailAddress.Parse("a" + address).AsT1.Problem);
    }

    [Fact]
    public void TheLocalPart_HasAtMost64Characters()
    {
        Assert.True(EmailAddress.Parse(new string('a', EmailAddress.MaxLocalPartLength) + "@example.com").IsT0);
        Assert.Equal(EmailAddressProblem.InvalidLocalPart, EmailAddress.Parse(new string('a', EmailAddress.MaxLocalPartLength + 1) + "@example.com").AsT1.Problem);
    }

    [Fact]
    public void ALabel_HasAtMost63Characters()
    {
        Assert.True(EmailAddress.Parse($"a@{new string('b', 63)}.ch").IsT0);
        Assert.Equal(EmailAddressProblem.InvalidDomain, EmailAddress.Parse($"a@{new string('b', 64)}.ch").AsT1.Problem);
    }

    [Fact]
    public void AnInternationalizedDomain_IsMeasuredInItsAsciiForm()
    {
        var label = new string('a', 60) + "ü";
        if (!UnicodeData.Available)
        {
            Assert.Equal(EmailAddressProblem.UnicodeDataUnavailable, EmailAddress.Parse($"a@{label}.ch").AsT1.Problem);
            return;
        }

        Assert.Equal(EmailAddressProblem.InvalidDomain, EmailAddress.Parse($"a@{label}.ch").AsT1.Problem);
        Assert.True(EmailAddress.Parse("a@bücher.de").IsT0);
        Assert.Equal(EmailAddressProblem.InvalidDomain, EmailAddress.Parse("a@bü_cher.de").AsT1.Problem);
    }

    [Theory]
    [InlineData("a@example-.com")]
    [InlineData("a@example.-com")]
    [InlineData("a@example.123")]
    public void ALabel_NeitherEndsWithAHyphen_NorIsAnAllDigitTopLevel(string text) =>
        Assert.Equal(EmailAddressProblem.InvalidDomain, EmailAddress.Parse(text).AsT1.Problem);

    [Theory]
    [InlineData("a@example.c0m")]
    [InlineData("a@123.example.ch")]
    [InlineData("a@ex-ample.ch")]
    [InlineData("a.b.c@example.ch")]
    public void DigitsAndInnerHyphensAndDots_AreFine(string text) => Assert.True(EmailAddress.Parse(text).IsT0);

    [Theory]
    [InlineData("\U0001F600@example.com", true)]
    [InlineData("a\u200Bb@example.com", false)]
    [InlineData("a\u00A0b@example.com", false)]
    [InlineData("a\u2028b@example.com", false)]
    [InlineData("a\u2029b@example.com", false)]
    [InlineData("a\uE000b@example.com", false)]
    [InlineData("a\u0085b@example.com", false)]
    [InlineData("a\u0378b@example.com", false)]
    public void NonAsciiLocalParts_AcceptPrintableCharactersOnly(string text, bool accepted) =>
        Assert.Equal(accepted, EmailAddress.Parse(text).Match(_ => true, refusal => refusal.Problem != EmailAddressProblem.InvalidLocalPart));

    [Fact]
    public void LoneSurrogates_AreRefused()
    {
        var high = (char)0xD83D;
        var low = (char)0xDE00;

        Assert.Equal(EmailAddressProblem.InvalidLocalPart, EmailAddress.Parse($"{high}@example.com").AsT1.Problem);
        Assert.Equal(EmailAddressProblem.InvalidLocalPart, EmailAddress.Parse($"a{high}b@example.com").AsT1.Problem);
        Assert.Equal(EmailAddressProblem.InvalidLocalPart, EmailAddress.Parse($"a{low}@example.com").AsT1.Problem);
        Assert.Equal(UnicodeData.Available, EmailAddress.Parse($"a{high}{low}@example.com").IsT0);
    }

    [Fact]
    public void InternationalizedSpellings_OfOneAddress_AreEqual()
    {
        if (!UnicodeData.Available)
        {
            Assert.All(["User@Bücher.de", "user@xn--bcher-kva.de", "jos\u00E9@exemple.ch", "jose\u0301@exemple.ch"], text =>
                Assert.Equal(EmailAddressProblem.UnicodeDataUnavailable, EmailAddress.Parse(text).AsT1.Problem));
            return;
        }

        var unicode = EmailAddress.Parse("User@Bücher.de").AsT0;
        var ascii = EmailAddress.Parse("user@xn--bcher-kva.de").AsT0;
        var composed = EmailAddress.Parse("jos\u00E9@exemple.ch").AsT0;
        var decomposed = EmailAddress.Parse("jose\u0301@exemple.ch").AsT0;

        Assert.Equal(unicode, ascii);
        Assert.Equal("user@xn--bcher-kva.de", unicode.Normalized);
        Assert.Equal("User@Bücher.de", unicode.ToString());
        Assert.Equal(composed, decomposed);
        Assert.Equal(composed.GetHashCode(), decomposed.GetHashCode());
    }

    [Fact]
    public void TryParse_AgreesWithParse()
    {
        Assert.True(EmailAddress.TryParse("julie@entreprise-familiale.xyz", out var address));
        Assert.Equal("julie@entreprise-familiale.xyz", address!.Value);
        Assert.False(EmailAddress.TryParse("julie", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void EqualityOperators_IgnoreCase_AndHandleNull()
    {
        var lower = EmailAddress.Parse("julie@example.ch").GetValueOrThrow();
        var upper = EmailAddress.Parse("JULIE@EXAMPLE.CH").GetValueOrThrow();
        var other = EmailAddress.Parse("julia@example.ch").GetValueOrThrow();
        EmailAddress? nothing = null;

        Assert.True(lower == upper);
        Assert.False(lower != upper);
        Assert.True(lower != other);
        Assert.False(lower == nothing);
        Assert.False(nothing == lower);
        Assert.True(nothing == null);
        Assert.False(lower.Equals((object)"julie@example.ch"));
    }

    [Theory]
    [InlineData(EmailAddressProblem.Empty, "required")]
    [InlineData(EmailAddressProblem.TooLong, "254")]
    [InlineData(EmailAddressProblem.MissingAtSign, "'@'")]
    [InlineData(EmailAddressProblem.InvalidLocalPart, "before the '@'")]
    [InlineData(EmailAddressProblem.InvalidDomain, "domain")]
    [InlineData(EmailAddressProblem.UnicodeDataUnavailable, "Unicode data")]
    public void EveryProblem_HasItsOwnMessage(EmailAddressProblem problem, string expected) =>
        Assert.Contains(expected, new InvalidEmailAddress("x", problem).Message, StringComparison.Ordinal);
}
