using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

/// <summary>
/// The policy against invisible and look-alike characters (issue 8, item 11): length counts what a person sees, and
/// the common list and the protected addresses are compared in one canonical, look-alike-folded form.
/// </summary>
[Trait("Rule", "ACC-6")]
public class PasswordPolicyBypassTests
{
    private static readonly EmailAddress Login = EmailAddress.Parse("famille.munster@la-fibre.xyz").AsT0;

    private static PasswordProblem? ProblemOf(string text, params EmailAddress[] protectedAddresses) =>
        PasswordPolicy.Default.Check(TestPasswords.Of(text), protectedAddresses).Match<PasswordProblem?>(_ => null, refused => refused.Problem);

    [Theory]
    [InlineData("\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B")]
    [InlineData("        ")]
    [InlineData("\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000")]
    [InlineData("   zQ9!xy7   ")]
    [InlineData("zQ9!x\u200By7\u200D")]
    [InlineData("zQ9!xy7\uFE0F")]
    [InlineData("\u00ADzQ9!xy7\u2060")]
    [InlineData("\u3164\u3164zQ9!xy7")]
    public void Length_CountsWhatAPersonSees(string text) => Assert.Equal(PasswordProblem.TooShort, ProblemOf(text));

    [Theory]
    [InlineData("zQ9 !xy7")]
    [InlineData("zQ9!xy7k")]
    [InlineData("  zQ9!xy7k  ")]
    [InlineData("\U0001F600\U0001F389\U0001F438\U0001F680\U0001F308\U0001F355\U0001F3B8\U0001F9E9")]
    public void Length_CountsInnerSpacesAndEveryVisibleCodePoint(string text) => Assert.Null(ProblemOf(text));

    [Theory]
    [InlineData("password ")]
    [InlineData(" password")]
    [InlineData("pass\u200Bword")]
    [InlineData("password\u0301")]
    [InlineData("p\u0430ssword")]
    [InlineData("PASSW\u041ERD")]
    [InlineData("p\u03B1ssw\u03BFrd")]
    [InlineData("pass word")]
    [InlineData("pa\u00DFword1")]
    [InlineData("\u0131loveyou")]
    [InlineData("ilove\u00ADyou")]
    [InlineData("\u0455un\u0455hine")]
    [InlineData("pr\u0456n\u0441e\u0455\u0455")]
    [InlineData("\uFEFFfootball\u2060")]
    public void TheCommonList_CannotBeBypassedWithInvisibleOrLookAlikeCharacters(string text) =>
        Assert.Equal(PasswordProblem.Common, ProblemOf(text, Login));

    [Theory]
    [InlineData("famille.munster@la-fibre.xyz ")]
    [InlineData("famille.munster@la-fibre.xyz\u200B!")]
    [InlineData("f\u0430mille.munster@la-fibre.xyz")]
    [InlineData("FAMILLE.MUNSTER@LA-FIBRE.XYZ\u0301")]
    [InlineData("famille.munster @ la-fibre.xyz")]
    public void TheLogin_CannotBeBypassedWithInvisibleOrLookAlikeCharacters(string text) =>
        Assert.Equal(PasswordProblem.ContainsAddress, ProblemOf(text, Login));

    [Theory]
    [InlineData("julie@ab--cd.com")]
    [InlineData("julie@mail.ab--cd.xn--bcher-kva.de")]
    [InlineData("julie@123.example.com")]
    public void ALoginWithAnyValidDomain_IsComparedWithoutFailing(string login)
    {
        var parsed = EmailAddress.Parse(login);
        if (!UnicodeData.Available && UnicodeData.IsInternationalized(login))
        {
            Assert.Equal(EmailAddressProblem.UnicodeDataUnavailable, parsed.AsT1.Problem);
            return;
        }

        Assert.Equal(PasswordProblem.ContainsAddress, ProblemOf("x" + login, parsed.AsT0));
        Assert.Null(ProblemOf("zQ9!xy7k-unrelated", parsed.AsT0));
    }

    public static TheoryData<string, string> LoginSpellings => new()
    {
        { "julie@b\u00FCcher.de", "julie@b\u00FCcher.de" },
        { "julie@b\u00FCcher.de", "my julie@bucher.de!" },
        { "julie@b\u00FCcher.de", "x-julie@xn--bcher-kva.de" },
        { "julie@B\u00DCCHER.DE", "julie@b\u00FCcher.de2024" },
        { "julie@xn--bcher-kva.de", "julie@b\u00FCcher.de" },
        { "julie@xn--bcher-kva.de", "julie@bu\u0308cher.de" },
        { "\uFB01nance@example.com", "finance@example.com" },
        { "\uFB01nance@example.com", "\uFB01nance@example.com" },
        { "o\uFB03ce@example.com", "OFFICE@EXAMPLE.COM" },
        { "stra\u00DFe@example.com", "strasse@example.com" },
    };

    [Theory]
    [MemberData(nameof(LoginSpellings))]
    public void TheLogin_IsComparedAsDisplayedAndAsNormalized_InternationalizedDomainsAndLigaturesIncluded(string login, string password)
    {
        var parsed = EmailAddress.Parse(login);
        if (!UnicodeData.Available && UnicodeData.IsInternationalized(login))
        {
            Assert.Equal(EmailAddressProblem.UnicodeDataUnavailable, parsed.AsT1.Problem);
            return;
        }

        Assert.Equal(PasswordProblem.ContainsAddress, ProblemOf(password, parsed.AsT0));
    }

    private static readonly string[] CommonWords = ["password", "iloveyou", "sunshine", "princess", "football", "whatever", "superman", "computer"];

    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['a'] = '\u0430', ['e'] = '\u0435', ['o'] = '\u043E', ['p'] = '\u0440', ['c'] = '\u0441', ['x'] = '\u0445',
        ['y'] = '\u0443', ['i'] = '\u0456', ['s'] = '\u0455', ['t'] = '\u03C4', ['u'] = '\u03C5', ['v'] = '\u03BD',
    };

    private static readonly string[] Invisibles = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E", "\u0301", "\u0308", "\uFE0F", " "];

    private static string Disguise(string word, int[] edits)
    {
        var text = new System.Text.StringBuilder(word);
        foreach (var edit in edits)
        {
            var at = edit % text.Length;
            switch ((edit / 97) % 4)
            {
                case 0:
                    text.Insert(at, Invisibles[edit % Invisibles.Length]);
                    break;
                case 1 when LookAlikes.TryGetValue(text[at], out var lookAlike):
                    text[at] = lookAlike;
                    break;
                case 2:
                    text[at] = char.ToUpperInvariant(text[at]);
                    break;
                default:
                    text.Insert(edit % 2 == 0 ? 0 : text.Length, ' ');
                    break;
            }
        }

        return text.ToString();
    }

    public static Arbitrary<string> DisguisedCommonPasswords() => Arb.From(
        from word in Gen.Elements(CommonWords)
        from edits in Gen.ArrayOf(Gen.Choose(0, 10_000))
        select Disguise(word, edits));

    [Property(MaxTest = 300, Arbitrary = [typeof(PasswordPolicyBypassTests)])]
    public bool EveryDisguiseOfACommonPassword_IsRefused(string disguised) =>
        Password.Parse(disguised).Match(
            password => PasswordPolicy.Default.Check(password, Login).Match(_ => false, refused => refused.Problem == PasswordProblem.Common),
            _ => false);
}
