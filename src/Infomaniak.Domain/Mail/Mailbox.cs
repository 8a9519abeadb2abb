using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Mail;

/// <summary>
/// An email address hosted in a Mail Service, with its own password (rule MAIL-1) and the accounts that read
/// it in Webmail (rule MAIL-3). Changed only through its <see cref="MailService"/>.
/// </summary>
/// <remarks>
/// A mailbox may be unified with one account (<see cref="UnifiedWith"/>, rules UNI-3, UNI-5): that account is
/// then its only Webmail reader, and its login is the mailbox's address. A pending proposal
/// (<see cref="UnificationProposedTo"/>, rule UNI-2) likewise names the only reader.
/// </remarks>
public sealed class Mailbox
{
    private readonly HashSet<AccountId> readers;

    internal Mailbox(MailboxId id, ProductId service, OrganizationId organization, EmailAddress address, PasswordHash passwordHash, IEnumerable<AccountId> readers, AccountId? unifiedWith, AccountId? proposedTo)
    {
        Id = id;
        Service = service;
        Organization = organization;
        Address = address;
        PasswordHash = passwordHash;
        this.readers = [.. readers];
        UnifiedWith = unifiedWith;
        UnificationProposedTo = proposedTo;
    }

    /// <summary>The mailbox's id.</summary>
    public MailboxId Id { get; }

    /// <summary>The Mail Service product that hosts it.</summary>
    public ProductId Service { get; }

    /// <summary>The mailbox's address: what a mail application signs in with (rule MAIL-2).</summary>
    public EmailAddress Address { get; }

    /// <summary>The accounts that read this mailbox in Webmail, each signing in with its own login (rule MAIL-3).</summary>
    public IReadOnlyCollection<AccountId> WebmailReaders => [.. readers];

    /// <summary>The account whose password is unified with this mailbox's, if any.</summary>
    public AccountId? UnifiedWith { get; private set; }

    /// <summary>The account to which unification was proposed at its last change of this mailbox's password and that has not answered yet.</summary>
    public AccountId? UnificationProposedTo { get; private set; }

    internal PasswordHash PasswordHash { get; private set; }

    /// <summary>The organization that holds the Mail Service, whose rights decide who may change the password.</summary>
    internal OrganizationId Organization { get; }

    internal bool IsReadSolelyBy(AccountId account) => readers.Count == 1 && readers.Contains(account);

    internal bool AddReader(AccountId account) => readers.Add(account);

    internal bool RemoveReader(AccountId account) => readers.Remove(account);

    internal void SetPasswordHash(PasswordHash hash) => PasswordHash = hash;

    internal void Propose(AccountId? account) => UnificationProposedTo = account;

    internal void Unify(AccountId? account)
    {
        UnifiedWith = account;
        UnificationProposedTo = null;
    }

    internal MailboxState ToState() => new()
    {
        Id = Id,
        Service = Service,
        Address = Address.Value,
        AddressNormalized = Address.Normalized,
        PasswordHash = PasswordHash,
        WebmailReaders = [.. readers.OrderBy(reader => reader.Value).Select(reader => new WebmailReaderState { MailboxId = Id, AccountId = reader })],
        UnifiedWith = UnifiedWith,
        UnificationProposedTo = UnificationProposedTo,
    };
}
