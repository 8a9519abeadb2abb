using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Tests.Credentials;

/// <summary>
/// The breach-corpus passwords the policy must refuse, written out independently of the library's list so that
/// losing or blanking an entry there fails here.
/// </summary>
[Trait("Rule", "ACC-6")]
public class CommonPasswordsTests
{
    private static readonly string[] Known =
    [
        "password", "12345678", "123456789", "1234567890", "12345678910", "qwertyuiop", "qwerty123", "qwerty12345", "password1",
        "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword", "pa$$word", "iloveyou", "iloveyou1",
        "iloveyou2", "11111111", "111111111", "1111111111", "00000000", "000000000", "0000000000", "12341234", "123123123",
        "123321123", "87654321", "987654321", "9876543210", "0987654321", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx",
        "1qazxsw2", "zaq12wsx", "zaq1zaq1", "qazwsxedc", "qwertyui", "asdfghjk", "asdfghjkl", "zxcvbnm1", "zxcvbnm123",
        "abcd1234", "abc12345", "abcdefgh", "abcdefg1", "a1b2c3d4", "aa123456", "princess", "sunshine", "princess1", "football",
        "baseball", "basketball", "superman", "batman123", "starwars", "trustno1", "welcome1", "welcome123", "letmein1",
        "letmein123", "whatever", "dragon123", "monkey123", "master123", "shadow123", "michael1", "jennifer", "jordan23",
        "computer", "internet", "mercedes", "corvette", "ferrari1", "porsche911", "liverpool", "chelsea1", "arsenal1",
        "manchester", "barcelona", "juventus", "realmadrid", "1234qwer", "qwer1234", "asdf1234", "zxcv1234", "11223344",
        "112233445566", "123qweasd", "qweasdzxc", "123abc123", "changeme", "changeme1", "default1", "administrator", "admin123",
        "admin1234", "adminadmin", "root1234", "test1234", "testing123", "guest123", "user1234", "login123", "secret123",
        "access14", "mustang1", "harley11", "ranger11", "hunter12", "buster12", "soccer12", "pokemon1", "naruto123", "metallica",
        "nirvana1", "blink182", "qwerty1!", "azertyuiop", "azerty123", "azerty12", "motdepasse", "motdepasse1", "soleil123",
        "bonjour1", "doudou123", "chouchou", "loulou123", "marseille", "nicolas1", "passwort", "passwort1", "hallo123",
        "schatz123", "geheim123", "fussball", "sommer123", "schalke04", "123456789a", "12345678a", "a12345678", "password!",
        "iloveyou!", "qwerty123!", "1234567a", "1234567q", "q1w2e3r4", "q1w2e3r4t5", "1q2w3e4r!", "abcd1234!", "1password",
        "welcome!", "sunshine1", "princess!", "football1", "baseball1", "starwars1", "superman1", "michelle", "jessica1",
        "charlie1", "thomas123", "jackson1", "daniel123", "matthew1", "anthony1", "jonathan", "robert123", "william1", "richard1",
        "jasmine1", "samantha", "elizabeth", "victoria", "alexander", "alexandra", "christina", "christopher", "benjamin",
        "nicholas1", "hannah123", "maggie123", "ginger123", "pepper123", "chocolate", "butterfly", "cookie123", "flower123",
        "rainbow1", "summer123", "winter123", "spring123", "autumn123", "august123", "october1", "december", "november",
        "september", "january1", "february", "monday123", "friday13", "lovely123", "beautiful", "sweetheart", "babygirl1",
        "angel123", "loveme12", "lovelove", "fuckyou1", "fuckoff1", "123456qwerty", "qwerty123456", "1qaz2wsx3edc", "zxcvbnm,.",
        "147258369", "159753456", "159357456", "741852963", "789456123", "123654789", "147852369", "963852741", "321654987",
        "135792468", "246813579", "123456123", "12344321", "13579246", "24682468", "98765432", "10203040", "19841984", "19851985",
        "19861986", "19871987", "19881988", "19891989", "19901990", "19911991", "19921992", "20002000", "20202020", "20212021",
        "20222022", "20232023", "20242024", "20252025", "88888888", "99999999", "77777777", "66666666", "55555555", "44444444",
        "33333333", "22222222", "12121212", "69696969", "abcabcabc", "aaaaaaaa", "asdasdasd", "qweqweqwe", "zxczxczxc",
        "1234abcd", "infomaniak", "infomaniak1", "infomaniak123", "manager123", "webmail123", "emailpass", "password01",
        "password2", "password3", "pass1234", "pass12345", "passpass", "mypassword", "yourpassword", "newpassword", "oldpassword",
        "letmein!", "iamgod12", "godisgood", "jesus123", "jesuschrist", "blessed1", "trinity1", "matrix123", "phoenix1",
        "killer123", "hello123", "helloworld", "hello1234", "welcome2", "logitech", "samsung1", "samsung123", "nokia123",
        "iphone12", "android1", "google123", "facebook1", "linkedin", "dropbox1", "youtube1", "minecraft", "fortnite1",
        "roblox123", "1234567890a", "qwertyuiop1", "asdfghjkl1", "zxcvbnm12", "aaaaaa11", "qwerty11", "qwerty01",
    ];

    private static readonly EmailAddress Login = EmailAddress.Parse("famille.munster@la-fibre.xyz").GetValueOrThrow();

    [Fact]
    public void EveryKnownCommonPassword_IsRefused_InAnyCase()
    {
        var accepted = Known
            .SelectMany(text => new[] { text, text.ToUpperInvariant() })
            .Where(text => !PasswordPolicy.Default.Check(Password.Parse(text).GetValueOrThrow(), Login).TryPickT1(out var refused, out _) || refused.Problem != PasswordProblem.Common)
            .ToList();

        Assert.Empty(accepted);
    }

    [Fact]
    public void AStrongPasswordThatMerelyContainsACommonOne_IsAccepted()
    {
        Assert.True(PasswordPolicy.Default.Check(Password.Parse("password-but-Zq9-longer").GetValueOrThrow(), Login).IsT0);
        Assert.True(PasswordPolicy.Default.Check(Password.Parse("Zq9!iloveyou").GetValueOrThrow(), Login).IsT0);
    }
}
