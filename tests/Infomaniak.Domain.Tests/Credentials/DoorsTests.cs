using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Tests.Credentials;

public class DoorsTests
{
    [Theory]
    [Trait("Rule", "ACC-2")]
    [Trait("Rule", "MAIL-3")]
    [InlineData(Channel.Manager)]
    [InlineData(Channel.Webmail)]
    public void TheManagerAndWebmail_CheckTheAccountLogin_NeverAMailboxPassword(Channel channel) =>
        Assert.Equal(CredentialKind.AccountLogin, Doors.CredentialFor(channel));

    [Fact]
    [Trait("Rule", "MAIL-2")]
    public void AMailApplication_ChecksTheMailboxAddressAndPassword() =>
        Assert.Equal(CredentialKind.MailboxAddress, Doors.CredentialFor(Channel.MailApplication));

    [Theory]
    [Trait("Rule", "UNI-4")]
    [InlineData(Channel.Ftp)]
    [InlineData(Channel.MySql)]
    [InlineData(Channel.Ssh)]
    [InlineData(Channel.WebDav)]
    public void OtherProducts_CheckTheirOwnCredentials(Channel channel) =>
        Assert.Equal(CredentialKind.ProductCredential, Doors.CredentialFor(channel));

    [Fact]
    [Trait("Rule", "ACC-2")]
    public void EveryChannel_ChecksExactlyOneKind_AndTheAccountOpensTheManagerAndWebmailOnly()
    {
        Assert.Equal([Channel.Manager, Channel.Webmail], Doors.OpenedBy(CredentialKind.AccountLogin));
        Assert.Equal(Doors.All.Count, Enum.GetValues<CredentialKind>().Sum(kind => Doors.OpenedBy(kind).Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => Doors.CredentialFor((Channel)99));
    }

    [Fact]
    [Trait("Rule", "ACC-3")]
    public void ChangingTheLoginAddressPasswordAtItsProvider_HasNoEffectOnInfomaniak()
    {
        var impact = PasswordChangeImpact.OfLoginAddressAtItsProvider();

        Assert.Equal(PasswordOwner.LoginAddressAtItsProvider, impact.Changed);
        Assert.Empty(impact.NewPasswordOpens);
        Assert.Empty(impact.ReenterIn);
        Assert.Empty(impact.MailboxesWebmailMayAskToConfirm);
        Assert.Empty(impact.WebmailReadersToUpdate);
    }

    [Fact]
    [Trait("Rule", "MAIL-2")]
    [Trait("Rule", "UNI-4")]
    public void AMailboxOpensMailApplicationsOnly_AndAProductCredentialOpensFtpMySqlSshAndWebDav()
    {
        Assert.Equal([Channel.MailApplication], Doors.OpenedBy(CredentialKind.MailboxAddress));
        Assert.Equal([Channel.Ftp, Channel.MySql, Channel.Ssh, Channel.WebDav], Doors.OpenedBy(CredentialKind.ProductCredential));
        Assert.Equal(Enum.GetValues<Channel>(), Doors.All);
    }

    [Theory]
    [Trait("Rule", "MAIL-3")]
    [InlineData(Channel.Webmail, CredentialKind.AccountLogin, "account")]
    [InlineData(Channel.MailApplication, CredentialKind.MailboxAddress, "mailbox")]
    [InlineData(Channel.Ftp, CredentialKind.ProductCredential, "product")]
    public void AWrongDoor_SaysWhichCredentialItTakes(Channel channel, CredentialKind expected, string word)
    {
        var message = new WrongDoor(channel, expected).Message;

        Assert.StartsWith(channel.ToString(), message, StringComparison.Ordinal);
        Assert.Contains(word, message, StringComparison.Ordinal);
    }
}
