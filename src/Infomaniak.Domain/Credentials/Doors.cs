namespace Infomaniak.Domain.Credentials;

/// <summary>A way in to the customer's services, each guarded by one kind of credential.</summary>
public enum Channel
{
    /// <summary>The Manager, the administration console.</summary>
    Manager = 1,

    /// <summary>Webmail, the browser mail client.</summary>
    Webmail,

    /// <summary>A mail application on a computer or a phone (IMAP, POP, SMTP).</summary>
    MailApplication,

    /// <summary>FTP access to a hosting.</summary>
    Ftp,

    /// <summary>A MySQL database.</summary>
    MySql,

    /// <summary>SSH access to a hosting.</summary>
    Ssh,

    /// <summary>WebDAV access to a storage product.</summary>
    WebDav,
}

/// <summary>The kinds of credential a channel may check.</summary>
public enum CredentialKind
{
    /// <summary>The account's login (an email address hosted anywhere) and the account's password.</summary>
    AccountLogin = 1,

    /// <summary>A hosted mailbox's address and that mailbox's own password.</summary>
    MailboxAddress,

    /// <summary>A product's own user name and password (FTP, MySQL, SSH, WebDAV), independent of the other two.</summary>
    ProductCredential,
}

/// <summary>Which credential opens which door (rules ACC-2, MAIL-2, MAIL-3, UNI-4).</summary>
public static class Doors
{
    /// <summary>Every channel, in declaration order.</summary>
    public static IReadOnlyList<Channel> All { get; } = Array.AsReadOnly(Enum.GetValues<Channel>());

    /// <summary>The credential a channel checks at sign-in.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>
    /// <see cref="CredentialKind.AccountLogin"/> for the Manager and Webmail (never a mailbox password, even to read
    /// a mailbox); <see cref="CredentialKind.MailboxAddress"/> for a mail application;
    /// <see cref="CredentialKind.ProductCredential"/> for FTP, MySQL, SSH and WebDAV.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined channel.</exception>
    public static CredentialKind CredentialFor(Channel channel) => channel switch
    {
        Channel.Manager or Channel.Webmail => CredentialKind.AccountLogin,
        Channel.MailApplication => CredentialKind.MailboxAddress,
        Channel.Ftp or Channel.MySql or Channel.Ssh or Channel.WebDav => CredentialKind.ProductCredential,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a channel."),
    };

    /// <summary>The channels that check a kind of credential.</summary>
    /// <param name="kind">The kind of credential.</param>
    /// <returns>The channels, in declaration order.</returns>
    public static IReadOnlyList<Channel> OpenedBy(CredentialKind kind) => All.Where(channel => CredentialFor(channel) == kind).ToArray();
}

/// <summary>A credential was presented at a door that checks another kind (a mailbox password at Webmail, say).</summary>
/// <param name="Channel">The door.</param>
/// <param name="Expected">The kind of credential that door checks.</param>
public sealed record WrongDoor(Channel Channel, CredentialKind Expected) : Common.Refusal
{
    /// <inheritdoc />
    public override string Message => Expected switch
    {
        CredentialKind.AccountLogin => $"{Channel} takes the Infomaniak account's login and password, not a mailbox's.",
        CredentialKind.MailboxAddress => $"{Channel} takes the mailbox's address and password, not the account's.",
        _ => $"{Channel} takes the product's own credential.",
    };
}
