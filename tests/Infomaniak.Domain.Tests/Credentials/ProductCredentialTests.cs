using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "UNI-4")]
public class ProductCredentialTests
{
    private static readonly SeededRandomSource Random = new(11);

    private static ProductCredential Ftp(string userName = "munster_ftp") =>
        ProductCredential.Create(TypedId.New<ProductCredentialId>(Random), TypedId.New<ProductId>(Random), Channel.Ftp, userName, TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).AsT0;

    [Theory]
    [InlineData(Channel.Manager)]
    [InlineData(Channel.Webmail)]
    [InlineData(Channel.MailApplication)]
    public void Create_RefusesChannelsThatCheckOtherCredentials(Channel channel)
    {
        var result = ProductCredential.Create(TypedId.New<ProductCredentialId>(Random), TypedId.New<ProductId>(Random), channel, "user", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service());

        Assert.Equal(channel, result.AsT1.Channel);
    }

    [Theory]
    [InlineData(null, NameProblem.Empty)]
    [InlineData("  ", NameProblem.Empty)]
    [InlineData("two words", NameProblem.WhiteSpace)]
    [InlineData("no\u00A0break", NameProblem.WhiteSpace)]
    [InlineData("tab\tname", NameProblem.ControlCharacter)]
    [InlineData("\u202Eroot", NameProblem.BidiControl)]
    [InlineData("ro\u2066ot", NameProblem.BidiControl)]
    [InlineData("ro\u200Bot", NameProblem.InvisibleCharacter)]
    [InlineData("root\u2060", NameProblem.InvisibleCharacter)]
    [InlineData("\uFEFFroot", NameProblem.InvisibleCharacter)]
    [InlineData("root\uFDD0", NameProblem.BrokenUnicode)]
    [InlineData("root\uFFFF", NameProblem.BrokenUnicode)]
    public void Create_RefusesBadUserNames_NamingTheProblem(string? userName, NameProblem problem)
    {
        var result = ProductCredential.Create(TypedId.New<ProductCredentialId>(Random), TypedId.New<ProductId>(Random), Channel.Ssh, userName, TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service());

        Assert.Equal(new InvalidUserName(ProductCredential.MaxUserNameLength, problem), result.AsT2);
    }

    [Fact]
    public void Create_RefusesALoneSurrogate_WhichStorageWouldNotKeep()
    {
        var result = ProductCredential.Create(TypedId.New<ProductCredentialId>(Random), TypedId.New<ProductId>(Random), Channel.Ssh, "root" + (char)0xD800, TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service());

        Assert.Equal(new InvalidUserName(ProductCredential.MaxUserNameLength, NameProblem.BrokenUnicode), result.AsT2);
    }

    [Fact]
    public void AStoredUserName_ThatANewOneCouldNotHave_IsRejected()
    {
        var state = Ftp().ToState();

        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "\u202Eroot" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "ro ot" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = new string('u', 65) }));
        Assert.Equal(state.UserName, ProductCredential.FromState(state).UserName);
    }

    [Fact]
    public void ChangePassword_ChangesOnlyThisCredential_AndRecordsIt()
    {
        var credential = Ftp();
        credential.DequeueEvents();

        var changed = credential.ChangePassword(TestPasswords.Of("new-ftp-Pa55"), TestPasswords.Service());

        Assert.True(changed.IsT0);
        Assert.True(credential.SignIn(TestPasswords.Of("new-ftp-Pa55"), TestPasswords.Service()).IsT0);
        Assert.True(credential.SignIn(TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).IsT1);
        Assert.IsType<ProductCredentialPasswordChanged>(Assert.Single(credential.PendingEvents));
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void ChangePassword_Refused_ChangesNothing()
    {
        var credential = Ftp();
        var before = credential.ToState();

        var refused = credential.ChangePassword(TestPasswords.Of("short"), TestPasswords.Service());

        Assert.Equal(PasswordProblem.TooShort, refused.AsT1.Problem);
        Assert.Equal(before, credential.ToState());
    }

    [Fact]
    public void State_RoundTrips_AndABrokenStateIsRejected()
    {
        var credential = Ftp();
        var state = credential.ToState();

        Assert.Equal(state, ProductCredential.FromState(state).ToState());
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { Channel = Channel.Webmail }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "" }));
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    [Trait("Rule", "UNI-4")]
    public void SignIn_RenewsAWeakHash_AndRefusesAWrongPassword()
    {
        var weak = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), new SeededRandomSource(1));
        var stronger = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(2_000), new SeededRandomSource(2));
        var credential = ProductCredential.Create(TypedId.New<ProductCredentialId>(Random), TypedId.New<ProductId>(Random), Channel.Ssh, "munster", TestPasswords.Of("ssh-Pa55-word"), weak).AsT0;
        credential.DequeueEvents();

        Assert.True(credential.SignIn(TestPasswords.Of("ssh-Pa55-word"), stronger).IsT0);
        Assert.Equal(new ProductCredentialRehashed(credential.Id, credential.Product), Assert.Single(credential.PendingEvents));
        Assert.Equal(2_000, credential.ToState().PasswordHash.Iterations);
        Assert.True(credential.SignIn(TestPasswords.Of("ssh-Pa55-word"), stronger).IsT0);
        Assert.Single(credential.PendingEvents);
        Assert.True(credential.SignIn(TestPasswords.Of("not-the-Pa55"), stronger).IsT1);
    }

    [Fact]
    public void Create_TakesAUserNameOfUpTo64Characters_Trimmed_AndRecordsIt()
    {
        var id = TypedId.New<ProductCredentialId>(Random);
        var product = TypedId.New<ProductId>(Random);
        var longest = new string('u', ProductCredential.MaxUserNameLength);

        var credential = ProductCredential.Create(id, product, Channel.WebDav, "  " + longest + " ", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).AsT0;

        Assert.Equal((id, product, Channel.WebDav, longest), (credential.Id, credential.Product, credential.Channel, credential.UserName));
        Assert.Equal(new ProductCredentialCreated(id, product, Channel.WebDav, longest), Assert.Single(credential.PendingEvents));
        Assert.True(credential.SignIn(TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).IsT0);
        Assert.True(ProductCredential.Create(id, product, Channel.MySql, longest + "u", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).IsT2);
        Assert.True(ProductCredential.Create(id, product, Channel.MySql, "ctl\u0001name", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).IsT2);
        Assert.Equal(64, ProductCredential.MaxUserNameLength);
    }

    [Fact]
    public void Create_RefusesAnUndefinedChannel_AndAnUnacceptablePassword()
    {
        var undefined = ProductCredential.Create(TypedId.New<ProductCredentialId>(Random), TypedId.New<ProductId>(Random), (Channel)99, "user", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service());
        var common = ProductCredential.Create(TypedId.New<ProductCredentialId>(Random), TypedId.New<ProductId>(Random), Channel.Ftp, "user", TestPasswords.Of("password1"), TestPasswords.Service());

        Assert.Equal((Channel)99, undefined.AsT1.Channel);
        Assert.Equal(PasswordProblem.Common, common.AsT3.Problem);
    }

    [Fact]
    public void ChangePassword_RecordsWhichCredentialOfWhichProductChanged()
    {
        var credential = Ftp();
        credential.DequeueEvents();

        credential.ChangePassword(TestPasswords.Of("new-ftp-Pa55"), TestPasswords.Service()).GetValueOrThrow();

        Assert.Equal(new ProductCredentialPasswordChanged(credential.Id, credential.Product), Assert.Single(credential.PendingEvents));
        Assert.Throws<ArgumentNullException>(() => credential.ChangePassword(null!, TestPasswords.Service()));
        Assert.Throws<ArgumentNullException>(() => credential.ChangePassword(TestPasswords.Of("new-ftp-Pa55"), null!));
    }

    [Fact]
    public void FromState_RebuildsEveryField_AndRejectsEachBrokenOne()
    {
        var credential = Ftp();
        var state = credential.ToState() with { Version = 7 };

        var again = ProductCredential.FromState(state);

        Assert.Equal((state.Id, 7L, state.Product, Channel.Ftp, state.UserName, state.PasswordHash), (again.Id, again.Version, again.Product, again.Channel, again.UserName, again.ToState().PasswordHash));
        Assert.Empty(again.PendingEvents);
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { Channel = (Channel)99 }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = new string('u', ProductCredential.MaxUserNameLength + 1) }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "two words" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "ctl\u0001name" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = null! }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { Product = default }));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.FromState(state with { PasswordHash = null! }));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.FromState(null!));
        Assert.Equal(ProductCredential.MaxUserNameLength, ProductCredential.FromState(state with { UserName = new string('u', ProductCredential.MaxUserNameLength) }).UserName.Length);
    }

    [Fact]
    public void Create_GuardsAgainstProgrammerErrors()
    {
        var id = TypedId.New<ProductCredentialId>(Random);
        var product = TypedId.New<ProductId>(Random);
        var password = TestPasswords.Of("ftp-Pa55-word");

        Assert.Throws<ArgumentException>(() => ProductCredential.Create(default, product, Channel.Ftp, "user", password, TestPasswords.Service()));
        Assert.Throws<ArgumentException>(() => ProductCredential.Create(id, default, Channel.Ftp, "user", password, TestPasswords.Service()));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.Create(id, product, Channel.Ftp, "user", null!, TestPasswords.Service()));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.Create(id, product, Channel.Ftp, "user", password, null!));
    }

    [Fact]
    public void Refusals_SayWhatIsExpected()
    {
        Assert.Contains("Webmail", new NotAProductChannel(Channel.Webmail).Message, StringComparison.Ordinal);
        Assert.Contains("64", new InvalidUserName(64, NameProblem.TooLong).Message, StringComparison.Ordinal);
        Assert.Equal("A user name cannot hold white space.", new InvalidUserName(64, NameProblem.WhiteSpace).Message);
    }
}
