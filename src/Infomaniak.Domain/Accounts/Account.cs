using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Accounts;

/// <summary>
/// A person's Infomaniak user account: a login (an email address hosted anywhere), the person's name, a
/// password chosen at registration and an optional recovery address (rules ACC-1, ACC-2, ACC-5, ACC-6, ACC-7).
/// </summary>
/// <remarks>
/// <para>
/// The account keeps only a hash of its password and of its pending reset token. Its login and password open
/// the Manager and Webmail (<see cref="SignIn"/>); the password of the login address at its own provider has
/// nothing to do with it.
/// </para>
/// <para>
/// The password changes through <c>Mail.PasswordChanges</c>, which also changes a unified mailbox with it
/// (rule UNI-3). The account records the one mailbox it is unified with (<see cref="UnifiedWith"/>) and the
/// organizations it joined (<see cref="Organizations"/>), so that a rule spanning aggregates can refuse by name a call
/// that did not load them. The mailbox is the authority on a unification: when it ended there (a second Webmail reader,
/// the mailbox removed), the account's record is stale until the next operation given that Mail Service clears it.
/// Likewise an organization the account left stays listed until its deletion; policies given that organization see
/// that the account is no longer a member.
/// </para>
/// </remarks>
public sealed class Account : AggregateRoot<AccountId>
{
    /// <summary>How long a reset link works unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultResetValidity = TimeSpan.FromHours(1);

    /// <summary>The longest a reset link may be made to work.</summary>
    public static readonly TimeSpan MaxResetValidity = TimeSpan.FromDays(1);

    private readonly HashSet<OrganizationId> organizations;
    private PendingReset? reset;

    private Account(
        AccountId id, long version, EmailAddress login, PersonName name, PasswordHash passwordHash, EmailAddress? recoveryAddress, PendingReset? reset,
        UnifiedMailbox? unifiedWith, IEnumerable<OrganizationId> organizations)
        : base(id, version)
    {
        Login = login;
        Name = name;
        PasswordHash = passwordHash;
        RecoveryAddress = recoveryAddress;
        this.reset = reset;
        UnifiedWith = unifiedWith;
        this.organizations = [.. organizations];
    }

    /// <summary>The login: an email address that may be hosted anywhere, unique among accounts.</summary>
    public EmailAddress Login { get; }

    /// <summary>The person's first and last name.</summary>
    public PersonName Name { get; }

    /// <summary>The address password reset links are sent to, if one was set; never the login.</summary>
    public EmailAddress? RecoveryAddress { get; private set; }

    /// <summary>The mailbox whose password is unified with the account's, as the account last recorded it (rule UNI-3: at most one).</summary>
    public UnifiedMailbox? UnifiedWith { get; private set; }

    /// <summary>
    /// The organizations the account founded or joined by invitation (ORG-5); one it left or was removed from stays listed
    /// until the account is deleted. A read-only view.
    /// </summary>
    public IReadOnlyCollection<OrganizationId> Organizations => organizations;

    internal PasswordHash PasswordHash { get; private set; }

    /// <summary>Registers a new account (rules ACC-1, ACC-6, ACC-7).</summary>
    /// <param name="login">The login, an address hosted anywhere.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="password">The password the person chose for Infomaniak (unrelated to the login address's own password).</param>
    /// <param name="recoveryAddress">An optional recovery address, which must differ from the login.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <param name="random">The source of the new account's id.</param>
    /// <returns>The account, with an <see cref="AccountRegistered"/> event, or why it cannot be registered.</returns>
    /// <remarks>Logins are unique among accounts, which one account cannot see: look the login up first
    /// (<see cref="Specifications.AccountByLoginSpec"/>), or register through <c>Organizations.FirstOrder.Open</c>, which
    /// takes the account found.</remarks>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static OneOf<Account, RecoveryAddressIsLogin, UnacceptablePassword> Register(
        EmailAddress login, PersonName name, Password password, EmailAddress? recoveryAddress, PasswordService passwords, IRandomSource random)
    {
        Guard.Against.Null(login);
        Guard.Against.Null(name);
        Guard.Against.Null(password);
        Guard.Against.Null(passwords);
        Guard.Against.Null(random);
        if (recoveryAddress is not null && CheckRecoveryAddress(login, recoveryAddress).TryPickT1(out var isLogin, out _))
        {
            return isLogin;
        }

        return passwords.HashNew(password, login).Match<OneOf<Account, RecoveryAddressIsLogin, UnacceptablePassword>>(
            hash =>
            {
                var id = TypedId.New<AccountId>(random);
                var account = new Account(id, 0, login, name, hash, recoveryAddress, null, null, []);
                account.Record(new AccountRegistered(id, login, name, recoveryAddress));
                return account;
            },
            refused => refused);
    }

    /// <summary>Signs in at a door that checks the account's credential: the Manager or Webmail (rules ACC-2, MAIL-3).</summary>
    /// <param name="channel">The door.</param>
    /// <param name="password">The password typed.</param>
    /// <param name="passwords">The policy and hasher; a hash made with weaker parameters is renewed on the way (<see cref="AccountPasswordRehashed"/>).</param>
    /// <returns><see cref="Success"/>, <see cref="WrongDoor"/> for a door that checks another credential, or <see cref="WrongPassword"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<Success, WrongDoor, WrongPassword> SignIn(Channel channel, Password password, PasswordService passwords)
    {
        Guard.Against.Null(password);
        Guard.Against.Null(passwords);
        if (Doors.CredentialFor(channel) is var kind && kind != CredentialKind.AccountLogin)
        {
            return new WrongDoor(channel, kind);
        }

        if (!passwords.SignsIn(password, PasswordHash, out var renewed))
        {
            return new WrongPassword();
        }

        if (renewed is not null)
        {
            PasswordHash = renewed;
            Record(new AccountPasswordRehashed(Id));
        }

        return new Success();
    }

    /// <summary>
    /// Sets or changes the recovery address (rules ACC-5, ACC-7). Only the account's owner may: the current password is
    /// asked again, since whoever controls the recovery address can reset the password. A pending reset link stops
    /// working.
    /// </summary>
    /// <param name="address">The new recovery address; must differ from the login.</param>
    /// <param name="currentPassword">The account's current password.</param>
    /// <param name="passwords">The hasher that checks it.</param>
    /// <returns><see cref="Success"/> (with a <see cref="RecoveryAddressSet"/> event unless it already was the recovery address, ignoring case), <see cref="WrongPassword"/> or <see cref="RecoveryAddressIsLogin"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<Success, WrongPassword, RecoveryAddressIsLogin> SetRecoveryAddress(EmailAddress address, Password currentPassword, PasswordService passwords)
    {
        Guard.Against.Null(address);
        Guard.Against.Null(currentPassword);
        Guard.Against.Null(passwords);
        if (!VerifyCurrent(currentPassword, passwords).TryPickT0(out _, out var wrong))
        {
            return wrong;
        }

        if (CheckRecoveryAddress(Login, address).TryPickT1(out var isLogin, out _))
        {
            return isLogin;
        }

        if (address != RecoveryAddress)
        {
            RecoveryAddress = address;
            reset = reset?.Spent();
            Record(new RecoveryAddressSet(Id, address));
        }

        return new Success();
    }

    /// <summary>
    /// Issues a password reset link for the recovery address (rules ACC-5, ACC-6). Only a digest of the token is
    /// kept; a new request replaces the previous token.
    /// </summary>
    /// <param name="clock">The current time.</param>
    /// <param name="random">Where the token comes from; pass a <see cref="CryptoRandomSource"/> in production.</param>
    /// <param name="validity">How long the link works, at most <see cref="MaxResetValidity"/>; <see cref="DefaultResetValidity"/> when null.</param>
    /// <returns>The token to send and where to send it, or <see cref="NoRecoveryAddress"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="validity"/> is not positive or exceeds <see cref="MaxResetValidity"/>.</exception>
    public OneOf<PasswordResetIssued, NoRecoveryAddress> RequestPasswordReset(TimeProvider clock, IRandomSource random, TimeSpan? validity = null)
    {
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        var lifetime = validity ?? DefaultResetValidity;
        Guard.Against.OutOfRange(lifetime, nameof(validity), TimeSpan.FromTicks(1), MaxResetValidity);
        if (RecoveryAddress is not { } sendTo)
        {
            return new NoRecoveryAddress(Id);
        }

        var token = ResetToken.Draw(random);
        var expiresAt = clock.GetUtcNow() + lifetime;
        reset = new PendingReset(token.Digest(), expiresAt, false);
        Record(new PasswordResetRequested(Id, sendTo, expiresAt));
        return new PasswordResetIssued(Id, token, sendTo, expiresAt);
    }

    /// <summary>The account's state, to store: hashes only, never a password or a token.</summary>
    /// <returns>A plain record of the state.</returns>
    public AccountState ToState() => new()
    {
        Id = Id,
        UnifiedMailboxService = UnifiedWith?.Service,
        UnifiedMailbox = UnifiedWith?.Mailbox,
        Organizations = [.. organizations.OrderBy(organization => organization.Value).Select(organization => new AccountOrganizationState { AccountId = Id, OrganizationId = organization })],
        Version = Version,
        Login = Login.Value,
        LoginNormalized = Login.Normalized,
        FirstName = Name.FirstName,
        LastName = Name.LastName,
        PasswordHash = PasswordHash,
        RecoveryAddress = RecoveryAddress?.Value,
        PasswordReset = reset is { } pending ? new PasswordResetState { TokenDigest = pending.TokenDigest, ExpiresAt = pending.ExpiresAt, Used = pending.Used } : null,
    };

    /// <summary>Rebuilds a stored account.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The account, with no pending events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a malformed login, name or recovery address, a recovery address equal to the login, a malformed token digest,
    /// a unified mailbox given without its Mail Service (or the reverse), or an organization row of another account, default or listed twice.</exception>
    public static Account FromState(AccountState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.PasswordHash, nameof(state));
        Guard.Against.Null(state.Organizations, nameof(state));
        var login = EmailAddress.Parse(state.Login).Match(address => address, _ => Invalid<EmailAddress>("login"));
        if (login.Normalized != state.LoginNormalized)
        {
            Invalid<EmailAddress>("normalized login");
        }

        var name = PersonName.Create(state.FirstName, state.LastName).Match(person => person, _ => Invalid<PersonName>("name"));
        var recovery = state.RecoveryAddress is null ? null : EmailAddress.Parse(state.RecoveryAddress).Match(address => address, _ => Invalid<EmailAddress>("recovery address"));
        if (recovery is not null && CheckRecoveryAddress(login, recovery).IsT1)
        {
            Invalid<EmailAddress>("recovery address (equal to the login)");
        }

        if (state.PasswordReset is { } pending && (pending.TokenDigest is not { Length: 64 } digest || !digest.All(char.IsAsciiHexDigitUpper)))
        {
            Invalid<string>("reset token digest");
        }

        var reset = state.PasswordReset is { } stored ? new PendingReset(stored.TokenDigest, stored.ExpiresAt, stored.Used) : null;
        var unified = (state.UnifiedMailboxService, state.UnifiedMailbox) switch
        {
            (null, null) => null,
            ({ } service, { } mailbox) when service != default && mailbox != default => new UnifiedMailbox(service, mailbox),
            _ => Invalid<UnifiedMailbox>("unified mailbox (a Mail Service and a mailbox, or neither)"),
        };
        var joined = new HashSet<OrganizationId>();
        foreach (var row in state.Organizations)
        {
            if (row is null || row.AccountId != state.Id || row.OrganizationId == default || !joined.Add(row.OrganizationId))
            {
                Invalid<string>("organization row (another account's, a default id, or listed twice)");
            }
        }

        return new Account(state.Id, state.Version, login, name, state.PasswordHash, recovery, reset, unified, joined);
    }

    internal OneOf<Success, WrongPassword> VerifyCurrent(Password current, PasswordService passwords) =>
        passwords.Matches(current, PasswordHash) ? new Success() : new WrongPassword();

    internal OneOf<Success, InvalidResetToken> CheckResetToken(ResetToken token, TimeProvider clock)
    {
        if (reset is not { } pending)
        {
            return new InvalidResetToken(ResetTokenProblem.NotRequested);
        }

        if (!token.MatchesDigest(pending.TokenDigest))
        {
            return new InvalidResetToken(ResetTokenProblem.DoesNotMatch);
        }

        if (pending.Used)
        {
            return new InvalidResetToken(ResetTokenProblem.AlreadyUsed);
        }

        return clock.GetUtcNow() >= pending.ExpiresAt ? new InvalidResetToken(ResetTokenProblem.Expired) : new Success();
    }

    /// <summary>Records that the account joined an organization: founded it or accepted an invitation.</summary>
    internal void JoinOrganization(OrganizationId organization)
    {
        if (organizations.Add(organization))
        {
            Record(new AccountJoinedOrganization(Id, organization));
        }
    }

    /// <summary>Takes the mailbox's password on accepting unification (rule UNI-2), and records the link (UNI-3).</summary>
    internal void Unify(UnifiedMailbox mailbox, PasswordHash hash)
    {
        UnifiedWith = mailbox;
        ApplyNewPassword(hash, mailbox.Mailbox);
    }

    /// <summary>Forgets the unified mailbox: the unification ended (rule UNI-5), here or earlier at the mailbox.</summary>
    internal void ForgetUnification()
    {
        if (UnifiedWith is { } previous)
        {
            UnifiedWith = null;
            Record(new AccountUnificationEnded(Id, previous.Service, previous.Mailbox));
        }
    }

    /// <summary>Records the account's deletion (ACC-8), for the outbox, and forgets what it was linked to.</summary>
    internal AccountDeleted RecordDeletion(IReadOnlyList<OrganizationId> membershipsEnded, IReadOnlyList<MailboxId> webmailAccessRevoked)
    {
        organizations.Clear();
        UnifiedWith = null;
        var deleted = new AccountDeleted(Id, Login, membershipsEnded, webmailAccessRevoked);
        Record(deleted);
        return deleted;
    }

    internal void ApplyNewPassword(PasswordHash hash, MailboxId? unifiedMailbox)
    {
        PasswordHash = hash;
        reset = reset?.Spent();
        Record(new AccountPasswordChanged(Id, unifiedMailbox));
    }

    internal void ApplyResetPassword(PasswordHash hash, MailboxId? unifiedMailbox)
    {
        PasswordHash = hash;
        reset = reset?.Spent();
        Record(new AccountPasswordReset(Id, unifiedMailbox));
    }

    private static OneOf<Success, RecoveryAddressIsLogin> CheckRecoveryAddress(EmailAddress login, EmailAddress address) =>
        address == login ? new RecoveryAddressIsLogin(address) : new Success();

    private static T Invalid<T>(string what) => throw new ArgumentException($"The stored account has an invalid {what}.", "state");

    private sealed record PendingReset(string TokenDigest, DateTimeOffset ExpiresAt, bool Used)
    {
        public PendingReset Spent() => this with { Used = true };
    }
}

/// <summary>A reset link was issued: send <see cref="Token"/> to <see cref="SendTo"/> at once, and do not keep it.</summary>
/// <param name="Account">The account.</param>
/// <param name="Token">The token to put in the link (printed as a mask).</param>
/// <param name="SendTo">The recovery address.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record PasswordResetIssued(AccountId Account, ResetToken Token, EmailAddress SendTo, DateTimeOffset ExpiresAt);

/// <summary>The mailbox an account's password is unified with (rule UNI-3): a Mail Service and one of its mailboxes.</summary>
/// <param name="Service">The Mail Service that hosts the mailbox.</param>
/// <param name="Mailbox">The mailbox.</param>
public sealed record UnifiedMailbox(ProductId Service, MailboxId Mailbox);

/// <summary>The stored state of an <see cref="Account"/>: plain values an ORM or a serializer maps; hashes only, never a password or a token.</summary>
public sealed record AccountState
{
    /// <summary>The account's id.</summary>
    public required AccountId Id { get; init; }

    /// <summary>The number of events it recorded (the optimistic concurrency token).</summary>
    public required long Version { get; init; }

    /// <summary>The login as typed.</summary>
    public required string Login { get; init; }

    /// <summary>The login's canonical form, unique among accounts, for lookups (<see cref="EmailAddress.Normalized"/>).</summary>
    public required string LoginNormalized { get; init; }

    /// <summary>The person's first name.</summary>
    public required string FirstName { get; init; }

    /// <summary>The person's last name.</summary>
    public required string LastName { get; init; }

    /// <summary>The hash of the account's password.</summary>
    public required PasswordHash PasswordHash { get; init; }

    /// <summary>The recovery address as typed, if any.</summary>
    public required string? RecoveryAddress { get; init; }

    /// <summary>The last reset link issued, if any.</summary>
    public required PasswordResetState? PasswordReset { get; init; }

    /// <summary>The Mail Service of the mailbox the account is unified with, if any (set exactly when <see cref="UnifiedMailbox"/> is).</summary>
    public required ProductId? UnifiedMailboxService { get; init; }

    /// <summary>The mailbox the account is unified with, if any.</summary>
    public required MailboxId? UnifiedMailbox { get; init; }

    /// <summary>The organizations the account founded or joined, one row each, ordered by organization id.</summary>
    public required IReadOnlyList<AccountOrganizationState> Organizations { get; init; }

    /// <summary>Whether both states hold the same values, organizations compared one by one.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(AccountState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored form of one organization an account founded or joined.</summary>
public sealed record AccountOrganizationState
{
    /// <summary>The account.</summary>
    public required AccountId AccountId { get; init; }

    /// <summary>The organization.</summary>
    public required OrganizationId OrganizationId { get; init; }
}

/// <summary>The stored trace of the last reset link: the token's SHA-256 digest (upper-case hex), never the token.</summary>
public sealed record PasswordResetState
{
    /// <summary>The SHA-256 digest of the token, in upper-case hexadecimal.</summary>
    public required string TokenDigest { get; init; }

    /// <summary>When the link stops working.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Whether it was used or replaced by a password or recovery address change.</summary>
    public required bool Used { get; init; }
}
