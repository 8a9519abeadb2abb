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
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("two words")]
    [InlineData("tab\tname")]
    public void Create_RefusesBadUserNames(string? userName)
    {
        var result = ProductCredential.Create(TypedId.New<ProductCredentialId>(Random), TypedId.New<ProductId>(Random), Channel.Ssh, userName, TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service());

        Assert.True(result.IsT2);
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
}
