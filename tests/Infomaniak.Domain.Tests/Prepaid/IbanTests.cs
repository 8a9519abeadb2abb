using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Prepaid;

public class IbanTests
{
    public static TheoryData<string> RealIbans() =>
    [
        "CH93 0076 2011 6238 5295 7", "DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19", "FR14 2004 1010 0505 0001 3M02 606",
        "NL91 ABNA 0417 1643 00", "BE68 5390 0754 7034", "AT61 1904 3002 3457 3201", "IT60 X054 2811 1010 0000 0123 456",
        "ES91 2100 0418 4502 0005 1332", "NO93 8601 1117 947", "LI21 0881 0000 2324 013A A", "LU28 0019 4006 4475 0000",
        "MT84 MALT 0110 0001 2345 MTLC AST0 01S", "SA03 8000 0000 6080 1016 7519", "PL61 1090 1014 0000 0712 1981 2874",
        "SE45 5000 0000 0583 9825 7466", "DK50 0040 0440 1162 43", "FI21 1234 5600 0007 85", "IE29 AIBK 9311 5212 3456 78",
        "PT50 0002 0123 1234 5678 9015 4", "TR33 0006 1005 1978 6457 8413 26", "BR18 0036 0305 0000 1000 9795 493C 1",
    ];

    public static TheoryData<string?, IbanProblem> InvalidIbans() => new()
    {
        { null, IbanProblem.Empty },
        { "", IbanProblem.Empty },
        { "   \t ", IbanProblem.Empty },
        { "CH93 0076 2011 6238 5295 8", IbanProblem.WrongCheckDigits },
        { "CH39 0076 2011 6238 5295 7", IbanProblem.WrongCheckDigits },
        { "CH00 0076 2011 6238 5295 7", IbanProblem.WrongCheckDigits },
        { "CHAB 0076 2011 6238 5295 7", IbanProblem.WrongCheckDigits },

        // One letter among the check digits, although the letter read as a number (L = 21, X = 33) gives remainder 1.
        { "CH9L 0076 2011 6238 5295 7", IbanProblem.WrongCheckDigits },
        { "CHX9 0076 2011 6238 5295 7", IbanProblem.WrongCheckDigits },
        { "CH93 0076 2011 6238 5295", IbanProblem.WrongLength },
        { "DE89 3704 0044 0532 0130 000", IbanProblem.WrongLength },
        { "XX89 3704 0044 0532 0130 00", IbanProblem.UnknownCountry },
        { "US64 SVBK US6S 3300 9673 86", IbanProblem.UnknownCountry },
        { "93CH 0076 2011 6238 5295 7", IbanProblem.UnknownCountry },
        { "CH9", IbanProblem.UnknownCountry },
        { "CH93", IbanProblem.WrongLength },
        { "CH93" + new string(' ', 22) + "00762011623852957", IbanProblem.WrongLength },
        { "CH93-0076-2011-6238-5295-7", IbanProblem.InvalidCharacter },
        { "CH93.0076.2011.6238.5295.7", IbanProblem.InvalidCharacter },
    };

    public static TheoryData<string> HostileStrings() =>
    [
        "'; DROP TABLE withdrawals; --", new string('9', 100_000), "CH93\u00000076 2011 6238 5295 7", "CH９３ ００７６ ２０１１ ６２３８ ５２９５ ７",
        "\u202eCH9300762011623852957", "<script>alert('iban')</script>", "CH93 0076 2011 6238 5295 7\r\nBcc: x@example.com", "🏦🏦🏦🏦",
        "CH93\t0076\t2011\t6238\t5295\t7", "ÇH93 0076 2011 6238 5295 7",
    ];

    [Theory]
    [Trait("Rule", "PRE-4")]
    [MemberData(nameof(RealIbans))]
    public void RealIbans_AreAccepted_InPrintedAndElectronicForm_AndPrintInGroupsOfFour(string printed)
    {
        var electronic = printed.Replace(" ", string.Empty, StringComparison.Ordinal);

        var iban = Iban.Parse(printed).GetValueOrThrow();

        Assert.Equal(electronic, iban.Value);
        Assert.Equal(printed, iban.ToString());
        Assert.Equal(iban, Iban.Parse(electronic.ToLowerInvariant()).GetValueOrThrow());
        Assert.Equal(printed[..2], iban.CountryCode);
    }

    [Theory]
    [Trait("Rule", "PRE-4")]
    [MemberData(nameof(InvalidIbans))]
    public void InvalidIbans_AreRefused_NamingTheProblem(string? input, IbanProblem problem)
    {
        var refusal = Iban.Parse(input).Match(iban => throw new InvalidOperationException($"{iban} was accepted"), invalid => invalid);

        Assert.Equal(problem, refusal.Problem);
        Assert.False(string.IsNullOrEmpty(refusal.Message));
    }

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void NoText_IsRefusedAsEmpty_KeepingNothing()
    {
        Assert.All(
            [Iban.Parse(null).AsT1, Iban.Parse(" \t ").AsT1, new InvalidIban(IbanProblem.Empty, null)],
            refusal => Assert.Equal((IbanProblem.Empty, string.Empty), (refusal.Problem, refusal.Excerpt)));
    }

    [Theory]
    [Trait("Rule", "PRE-4")]
    [MemberData(nameof(HostileStrings))]
    public void HostileStrings_AreRefused_WithoutThrowing_AndKeepAtMostFourLettersOrDigits(string input)
    {
        var refusal = Iban.Parse(input).Match(iban => throw new InvalidOperationException($"{iban} was accepted"), invalid => invalid);

        Assert.True(refusal.Excerpt.Length <= 4 && refusal.Excerpt.All(char.IsAsciiLetterOrDigit), refusal.Excerpt);
        Assert.DoesNotContain("DROP", refusal.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(PrepaidArbitraries)], MaxTest = 300)]
    [Trait("Rule", "PRE-4")]
    public bool EveryIbanWithRightLengthAndCheckDigits_IsAccepted_InEveryRegistryCountry(string text) =>
        Iban.Parse(text).Match(iban => iban.Value == text && Iban.Parse(iban.ToString()).GetValueOrThrow() == iban, _ => false);

    [Property(Arbitrary = [typeof(PrepaidArbitraries)], MaxTest = 300)]
    [Trait("Rule", "PRE-4")]
    public bool AnyMistypedDigit_IsCaughtByTheCheckDigits(string text, PositiveInt position, PositiveInt shift)
    {
        var index = 2 + (position.Get % (text.Length - 2));
        var digit = (text[index] - '0' + 1 + (shift.Get % 9)) % 10;
        var mistyped = string.Concat(text.AsSpan(0, index), ((char)('0' + digit)).ToString(), text.AsSpan(index + 1));

        return Iban.Parse(mistyped).Match(_ => false, invalid => invalid.Problem == IbanProblem.WrongCheckDigits);
    }

    [Property(MaxTest = 500)]
    [Trait("Rule", "PRE-4")]
    public bool AnyString_IsParsedWithoutThrowing_AndARefusalKeepsNoMoreThanItsExcerpt(string? input) =>
        Iban.Parse(input).Match(iban => iban.Value.Length <= Iban.MaxLength, invalid => invalid.Excerpt.Length <= 4);

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void EveryRegistryCountry_HasALengthBetweenFifteenAndThirtyFour()
    {
        Assert.Contains("CH", Iban.Lengths.Keys);
        Assert.Equal(21, Iban.Lengths["CH"]);
        Assert.All(Iban.Lengths, country => Assert.InRange(country.Value, 15, Iban.MaxLength));
        Assert.All(Iban.Lengths.Keys, code => Assert.Matches("^[A-Z]{2}$", code));
    }

    [Theory]
    [Trait("Rule", "PRE-4")]
    [InlineData("02", "99")]
    [InlineData("97", "00")]
    [InlineData("98", "01")]
    public void CheckDigits00_01And99_AreRefused_EvenWhereTheModulusWouldMatch(string valid, string outOfRange)
    {
        var bban = Enumerable.Range(0, 100_000).Select(n => n.ToString("D17", System.Globalization.CultureInfo.InvariantCulture))
            .First(candidate => PrepaidArbitraries.WithCheckDigits("CH", candidate)[2..4] == valid);
        var iban = PrepaidArbitraries.WithCheckDigits("CH", bban);

        Assert.True(Iban.Parse(iban).IsT0);
        Assert.Equal(IbanProblem.WrongCheckDigits, Iban.Parse("CH" + outOfRange + bban).Match(_ => default, invalid => invalid.Problem));
    }

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void APrintedIban_MayHaveSpacesBetweenItsCharacters_UpToEightMoreThanTheLongestIban()
    {
        var spaced = "CH93" + new string(' ', 21) + "00762011623852957";

        Assert.Equal(Iban.MaxLength + 8, spaced.Length);
        Assert.Equal("CH9300762011623852957", Iban.Parse(spaced).GetValueOrThrow().Value);
        Assert.Equal("CH9300762011623852957", Iban.Parse("C H 9 3 0 0 7 6 2 0 1 1 6 2 3 8 5 2 9 5 7").GetValueOrThrow().Value);
    }
}
