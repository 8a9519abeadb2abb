using System.Globalization;
using System.Text;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Common;

/// <summary>
/// Addresses an attacker or a careless caller would try (issue 8, items 12 and 15): lengths counted as RFC 5321
/// counts them, what is kept validated, fake A-labels, stray marks, invisible characters, a process without Unicode
/// data, and refusals that never keep the raw input.
/// </summary>
[Trait("Rule", "ACC-1")]
[Trait("Rule", "ACC-7")]
public class EmailAddressSecurityTests
{
    private static EmailAddressProblem? ProblemOf(string text) =>
        EmailAddress.Parse(text).Match<EmailAddressProblem?>(_ => null, refused => refused.Problem);

    /// <summary>What an internationalized address must give: <paramref name="expected"/> with Unicode data, a named refusal without.</summary>
    private static EmailAddressProblem? Internationalized(EmailAddressProblem? expected) =>
        UnicodeData.Available ? expected : EmailAddressProblem.UnicodeDataUnavailable;

    private static readonly string Domain190 = $"{new string('b', 63)}.{new string('c', 63)}.{new string('d', 59)}.ch";

    [Fact]
    public void TheWholeAddress_IsCountedInUtf8Octets_NotInCharacters()
    {
        var ascii = $"{new string('a', 63)}@{Domain190}";
        var accented = $"\u00E9{new string('a', 62)}@{Domain190}";

        Assert.Equal((254, 254), (ascii.Length, accented.Length));
        Assert.Equal(255, Encoding.UTF8.GetByteCount(accented));
        Assert.Null(ProblemOf(ascii));
        Assert.Equal(EmailAddressProblem.TooLong, ProblemOf(accented));
    }

    [Fact]
    public void TheLocalPart_HasAtMost64Octets()
    {
        Assert.Equal(EmailAddressProblem.InvalidLocalPart, ProblemOf(new string('\u6F22', 64) + "@example.com"));
        Assert.Equal(EmailAddressProblem.InvalidLocalPart, ProblemOf(new string('\u6F22', 21) + "ab@example.com"));
        Assert.Equal(Internationalized(null), ProblemOf(new string('\u6F22', 21) + "a@example.com"));
    }

    [Fact]
    public void TheAddress_WithItsDomainInAsciiForm_HasAtMost254Octets()
    {
        var label = "\u00FC" + new string('b', 55);
        var domain = $"{label}.{label}.{label}.{new string('c', 55)}.ch";
        var text = $"{new string('a', 10)}@{domain}";

        Assert.True(Encoding.UTF8.GetByteCount(text) <= EmailAddress.MaxLength);
        if (UnicodeData.Available)
        {
            Assert.Equal(250, new IdnMapping().GetAscii(domain).Length);
        }

        Assert.Equal(Internationalized(EmailAddressProblem.TooLong), ProblemOf(text));
        Assert.Equal(Internationalized(null), ProblemOf($"{new string('a', 3)}@{domain}"));
    }

    [Theory]
    [InlineData("me.\u037e@example.com")]
    [InlineData("\u037e@example.com")]
    [InlineData("a\u037eb@example.com")]
    [InlineData("me\u037e.x@example.com")]
    public void WhatIsKept_IsWhatIsChecked_SoALocalPartThatNormalizesToAnInvalidOne_IsRefused(string text) =>
        Assert.Equal(Internationalized(EmailAddressProblem.InvalidLocalPart), ProblemOf(text));

    [Theory]
    [InlineData("me@example.com")]
    [InlineData("Josef.Muller@Example.CH")]
    [InlineData("jos\u00E9@exemple.ch")]
    [InlineData("JOSE\u0301@exemple.ch")]
    [InlineData("user@B\u00FCcher.de")]
    [InlineData("user@XN--BCHER-KVA.de")]
    [InlineData("\u212Bngstr\u00F6m@example.com")]
    [InlineData("a@b\u00FCcher\u3002de")]
    [InlineData("\u6F22\u5B57@\u4F8B\u3048.jp")]
    public void ParsingTheNormalizedForm_GivesTheSameAddress(string text)
    {
        if (!UnicodeData.Available && UnicodeData.IsInternationalized(text))
        {
            Assert.Equal(EmailAddressProblem.UnicodeDataUnavailable, ProblemOf(text));
            return;
        }

        var address = EmailAddress.Parse(text).AsT0;
        var again = EmailAddress.Parse(address.Normalized).AsT0;

        Assert.Equal(address, again);
        Assert.Equal(address.Normalized, again.Normalized);
        Assert.Equal(address.Normalized, again.Value);
    }

    [Theory]
    [InlineData("me@xn--0.tld")]
    [InlineData("me@xn--abc.de")]
    [InlineData("me@XN--0.tld")]
    [InlineData("me@mail.xn--a.de")]
    [InlineData("me@xn--bcher-2pa.de")]
    public void AnAsciiDomain_WithAFakeALabel_IsRefused(string text) =>
        Assert.Equal(Internationalized(EmailAddressProblem.InvalidDomain), ProblemOf(text));

    [Fact]
    public void AnAsciiDomain_WithAGenuineALabel_IsAccepted() =>
        Assert.Equal(Internationalized(null), ProblemOf("me@mail.xn--bcher-kva.de"));

    [Theory]
    [InlineData("\u0300@example.com")]
    [InlineData("\u0301abc@example.com")]
    [InlineData("\u20DDa@example.com")]
    public void ALocalPart_StartingWithACombiningMark_IsRefused(string text) =>
        Assert.Equal(EmailAddressProblem.InvalidLocalPart, ProblemOf(text));

    [Theory]
    [InlineData("a@ex\u200Bample.com")]
    [InlineData("a@\u202Eexample.com")]
    [InlineData("a@exam\u00ADple.com")]
    [InlineData("a@example\u2066.com")]
    [InlineData("a@ex\uFEFFample.com")]
    [InlineData("a@exa\uFFFEmple.com")]
    public void InvisibleBidiOrBrokenCharactersInADomain_AreRefused_InEitherMode(string text) =>
        Assert.Equal(EmailAddressProblem.InvalidDomain, ProblemOf(text));

    [Fact]
    public void ALoneSurrogateInADomain_IsRefused_InEitherMode()
    {
        Assert.Equal(EmailAddressProblem.InvalidDomain, ProblemOf("a@exa" + (char)0xDB80 + "mple.com"));
        Assert.Equal(EmailAddressProblem.InvalidDomain, ProblemOf("a@example.com" + (char)0xDC00));
    }

    public static TheoryData<string, string> SpellingsOfOneLogin => new()
    {
        { "a@B\u00DCCHER.DE", "a@b\u00FCcher.de" },
        { "a@b\u00FCcher.de", "a@xn--bcher-kva.de" },
        { "a@B\u00FCcher.de", "A@XN--BCHER-KVA.DE" },
        { "jos\u00E9@exemple.ch", "jose\u0301@exemple.ch" },
        { "JOS\u00C9@exemple.ch", "jos\u00E9@exemple.ch" },
        { "\u00C5sa@example.com", "\u212Bsa@example.com" },
        { "a@b\u00FCcher.de", "a@b\u00FCcher\u3002de" },
        { "Julie@Example.CH", "julie@example.ch" },
    };

    [Theory]
    [MemberData(nameof(SpellingsOfOneLogin))]
    public void TwoSpellingsOfOneLogin_NeverBecomeTwoAccounts(string one, string other)
    {
        var first = EmailAddress.Parse(one);
        var second = EmailAddress.Parse(other);

        if (UnicodeData.Available || one.StartsWith("Julie", StringComparison.Ordinal))
        {
            Assert.Equal(first.AsT0, second.AsT0);
            Assert.Equal(first.AsT0.Normalized, second.AsT0.Normalized);
            return;
        }

        Assert.Equal(EmailAddressProblem.UnicodeDataUnavailable, first.AsT1.Problem);
        Assert.Equal(EmailAddressProblem.UnicodeDataUnavailable, second.AsT1.Problem);
    }

    [Theory]
    [InlineData("hunter2-is-my-password")]
    [InlineData("correct horse battery staple")]
    public void ARefusedTextWithoutAnAtSign_IsNotKept_ItMayBeAPassword(string text)
    {
        var refusal = EmailAddress.Parse(text).AsT1;

        Assert.Equal(EmailAddressProblem.MissingAtSign, refusal.Problem);
        Assert.Equal(string.Empty, refusal.Excerpt);
        Assert.DoesNotContain(text, refusal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusal_KeepsAShortSanitizedExcerpt_NeverTheWholeInput()
    {
        var huge = EmailAddress.Parse("julie@" + new string('x', 1024 * 1024)).AsT1;
        var forged = EmailAddress.Parse("julie@example.com\r\nINFO admin signed in\u202E").AsT1;

        Assert.Equal(EmailAddressProblem.TooLong, huge.Problem);
        Assert.Equal("julie@" + new string('x', 25) + "\u2026", huge.Excerpt);
        Assert.Equal(string.Empty, EmailAddress.Parse(null).AsT1.Excerpt);
        Assert.Equal(" julie@ ", EmailAddress.Parse(" julie@ ").AsT1.Excerpt);
        Assert.DoesNotContain('\r', forged.Excerpt);
        Assert.DoesNotContain('\n', forged.Excerpt);
        Assert.DoesNotContain('\r', forged.ToString());
        Assert.StartsWith("julie@example.com\uFFFD\uFFFDINFO", forged.Excerpt, StringComparison.Ordinal);
        Assert.True(forged.Excerpt.EnumerateRunes().Count() <= 32);
    }

    [Fact]
    public void ARefusal_BuiltByHand_IsSanitizedToo()
    {
        var refusal = new InvalidEmailAddress("a\nb@" + new string('c', 100), EmailAddressProblem.InvalidDomain);

        Assert.Equal("a\uFFFDb@" + new string('c', 27) + "\u2026", refusal.Excerpt);
        Assert.Equal(refusal, new InvalidEmailAddress(refusal.Excerpt, EmailAddressProblem.InvalidDomain));
    }
}
