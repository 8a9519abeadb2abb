using Infomaniak.Domain.Mail;

namespace Infomaniak.Domain.Tests.Support;

/// <summary>Mailbox password rights given as a plain set of accounts, standing in for the organizations' rights model; it knows every organization unless told otherwise.</summary>
public sealed class TestRights(IEnumerable<AccountId> allowed) : IMailboxPasswordRights
{
    private readonly HashSet<AccountId> allowed = [.. allowed];
    private readonly HashSet<OrganizationId> unknown = [];

    public static TestRights Nobody => new([]);

    public static TestRights Of(params AccountId[] accounts) => new(accounts);

    public void Withdraw(AccountId account) => allowed.Remove(account);

    public void Grant(AccountId account) => allowed.Add(account);

    /// <summary>Pretends the organization holding a service was not loaded: every answer about it is unknown.</summary>
    public void Forget(OrganizationId organization) => unknown.Add(organization);

    public MailboxPasswordRight MayChangePassword(AccountId account, OrganizationId holder, ProductId mailService, MailboxId mailbox) =>
        unknown.Contains(holder) ? MailboxPasswordRight.Unknown
        : allowed.Contains(account) ? MailboxPasswordRight.Allowed
        : MailboxPasswordRight.Denied;
}
