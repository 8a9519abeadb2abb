using Infomaniak.Domain.Mail;

namespace Infomaniak.Domain.Tests.Support;

/// <summary>Mailbox password rights given as a plain set of accounts, standing in for the organizations' rights model.</summary>
public sealed class TestRights(IEnumerable<AccountId> allowed) : IMailboxPasswordRights
{
    private readonly HashSet<AccountId> allowed = [.. allowed];

    public static TestRights Nobody => new([]);

    public static TestRights Of(params AccountId[] accounts) => new(accounts);

    public void Withdraw(AccountId account) => allowed.Remove(account);

    public void Grant(AccountId account) => allowed.Add(account);

    public bool MayChangePassword(AccountId account, ProductId mailService, MailboxId mailbox) => allowed.Contains(account);
}
