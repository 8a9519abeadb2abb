using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using OneOf;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf.Types;

namespace Infomaniak.Domain.Mail;

/// <summary>
/// A Mail Service product of an organization and the mailboxes it hosts, each with its own password and its
/// Webmail readers (rules MAIL-1, MAIL-2, MAIL-3).
/// </summary>
/// <remarks>
/// <para>
/// Invariants: addresses are unique within the service; a mailbox unified with an account, or with a pending
/// unification proposal to it, is read in Webmail by that account alone. The service keeps them itself: attaching
/// a second reader, detaching the unified account or removing the mailbox ends the unification at once, both
/// passwords keeping their values (rule UNI-5).
/// </para>
/// <para>
/// Every command names its actor and is authorized through the organization that holds the service
/// (<c>Organization.Authorize(actor, MemberAction.ManageProduct(service), owner)</c>, RGT-4, ORG-7), which it takes as its
/// first argument; an account adds a mailbox to its own Webmail by proving the mailbox's password instead
/// (<see cref="AddToWebmail"/>). Events name who acted.
/// </para>
/// <para>
/// An address is hosted by at most one Mail Service (MAIL-1): a service sees only its own mailboxes, so the application
/// looks the address up first (<c>MailServiceHostingAddressSpec</c>) and its storage keeps the normalized address unique.
/// </para>
/// <para>
/// A terminated service (<see cref="IsTerminated"/>: <see cref="Close"/>, or its organization's deletion) opens nothing:
/// its mailboxes no longer sign in, it takes no new mailbox, reader or password, and its unifications ended.
/// </para>
/// <para>
/// Mailbox passwords change through <see cref="PasswordChanges.ChangeMailboxPassword"/>, which knows about
/// unification; unification is accepted through <see cref="Unification.Accept"/>.
/// </para>
/// </remarks>
public sealed class MailService : AggregateRoot<ProductId>
{
    private readonly List<Mailbox> mailboxes;

    private MailService(ProductId id, long version, OrganizationId organization, bool isTerminated, IEnumerable<Mailbox> mailboxes)
        : base(id, version)
    {
        Organization = organization;
        IsTerminated = isTerminated;
        this.mailboxes = [.. mailboxes];
    }

    /// <summary>The organization that holds this product.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Whether the product was terminated: then its mailboxes open nothing (<see cref="ProductAlreadyTerminated"/>).</summary>
    public bool IsTerminated { get; private set; }

    /// <summary>The hosted mailboxes, in no particular order (<see cref="ToState"/> orders them by id): a read-only view.</summary>
    public IReadOnlyList<Mailbox> Mailboxes => mailboxes.AsReadOnly();

    /// <summary>Opens a Mail Service for an organization, with no mailbox yet.</summary>
    /// <param name="id">The product's id: the Mail Service product the organization holds.</param>
    /// <param name="organization">The organization that holds it.</param>
    /// <returns>The service, with a <see cref="MailServiceOpened"/> event.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public static MailService Open(ProductId id, OrganizationId organization)
    {
        Guard.Against.Default(organization);
        var service = new MailService(id, 0, organization, false, []);
        service.Record(new MailServiceOpened(id, organization));
        return service;
    }

    /// <summary>Finds a mailbox by id.</summary>
    /// <param name="mailbox">The mailbox's id.</param>
    /// <returns>The mailbox, or <see cref="UnknownMailbox"/>.</returns>
    public OneOf<Mailbox, UnknownMailbox> Find(MailboxId mailbox) =>
        mailboxes.Find(candidate => candidate.Id == mailbox) is { } found ? found : new UnknownMailbox(Id, mailbox);

    /// <summary>Signs in to a mailbox at a door that checks mailbox credentials: a mail application (rule MAIL-2). Webmail and the Manager never take a mailbox password (rule MAIL-3).</summary>
    /// <param name="mailbox">The mailbox whose address was typed.</param>
    /// <param name="channel">The door.</param>
    /// <param name="password">The password typed.</param>
    /// <param name="passwords">The hasher.</param>
    /// <returns><see cref="Success"/> (a hash made with weaker parameters is renewed on the way, <see cref="MailboxPasswordRehashed"/>),
    /// or <see cref="UnknownMailbox"/>, <see cref="WrongDoor"/>, <see cref="ProductAlreadyTerminated"/>, <see cref="WrongPassword"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, UnknownMailbox, WrongDoor, ProductAlreadyTerminated, WrongPassword> SignIn(MailboxId mailbox, Channel channel, Password password, PasswordService passwords)
    {
        Guard.Against.Null(password);
        Guard.Against.Null(passwords);
        if (!Find(mailbox).TryPickT0(out var found, out var unknown))
        {
            return unknown;
        }

        if (Doors.CredentialFor(channel) is var kind && kind != CredentialKind.MailboxAddress)
        {
            return new WrongDoor(channel, kind);
        }

        if (IsTerminated)
        {
            return new ProductAlreadyTerminated(Id);
        }

        if (!passwords.SignsIn(password, found.PasswordHash, out var renewed))
        {
            return new WrongPassword();
        }

        if (renewed is not null)
        {
            found.SetPasswordHash(renewed);
            Record(new MailboxPasswordRehashed(Id, found.Id));
        }

        return new Success();
    }

    /// <summary>Acquires a new address in this service, with its own password (rule MAIL-1).</summary>
    /// <param name="holder">The organization that holds the service, whose rights decide.</param>
    /// <param name="actor">The member adding it; needs the Mail Service in their rights (RGT-4).</param>
    /// <param name="address">Its address; hosted by no other Mail Service (look it up first with <c>MailServiceHostingAddressSpec</c>).</param>
    /// <param name="password">Its password, checked against the policy (it may not contain the address).</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <param name="random">The source of the new mailbox's id.</param>
    /// <returns>The mailbox, or why it cannot be added.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Mailbox, ActionDenied, ProductAlreadyTerminated, AddressAlreadyHosted, UnacceptablePassword> AddMailbox(
        Organization holder, AccountId actor, EmailAddress address, Password password, PasswordService passwords, IRandomSource random)
    {
        Guard.Against.Null(address);
        Guard.Against.Null(password);
        Guard.Against.Null(passwords);
        Guard.Against.Null(random);
        if (Denied(holder, actor, out var denied))
        {
            return denied;
        }

        if (IsTerminated)
        {
            return new ProductAlreadyTerminated(Id);
        }

        if (mailboxes.Exists(mailbox => mailbox.Address == address))
        {
            return new AddressAlreadyHosted(Id, address);
        }

        return passwords.HashNew(password, address).Match<OneOf<Mailbox, ActionDenied, ProductAlreadyTerminated, AddressAlreadyHosted, UnacceptablePassword>>(
            hash =>
            {
                var mailbox = new Mailbox(TypedId.New<MailboxId>(random), Id, Organization, address, hash, [], null, null);
                mailboxes.Add(mailbox);
                Record(new MailboxAdded(Id, mailbox.Id, address, actor));
                return mailbox;
            },
            refused => refused);
    }

    /// <summary>Removes a mailbox; a unification with it ends (rule UNI-5).</summary>
    /// <param name="holder">The organization that holds the service, whose rights decide.</param>
    /// <param name="actor">The member removing it; needs the Mail Service in their rights (RGT-4).</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/> or <see cref="UnknownMailbox"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holder"/> is null.</exception>
    public OneOf<Success, ActionDenied, UnknownMailbox> RemoveMailbox(Organization holder, AccountId actor, MailboxId mailbox)
    {
        if (Denied(holder, actor, out var denied))
        {
            return denied;
        }

        if (!Find(mailbox).TryPickT0(out var found, out var unknown))
        {
            return unknown;
        }

        EndUnification(found, UnificationEndReason.MailboxRemoved);
        mailboxes.Remove(found);
        Record(new MailboxRemoved(Id, found.Id, actor));
        return new Success();
    }

    /// <summary>
    /// Lets an account read a mailbox in Webmail, where it signs in with its own login (rule MAIL-3), as decided by a
    /// member with rights on the Mail Service (RGT-4). A unification of the mailbox with another account ends (rule UNI-5).
    /// </summary>
    /// <param name="holder">The organization that holds the service, whose rights decide.</param>
    /// <param name="actor">The member attaching the reader; needs the Mail Service in their rights.</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="account">The account that will read it.</param>
    /// <returns><see cref="Success"/>, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public OneOf<Success, ActionDenied, UnknownMailbox, ProductAlreadyTerminated, AlreadyWebmailReader> AttachWebmailReader(
        Organization holder, AccountId actor, MailboxId mailbox, AccountId account)
    {
        Guard.Against.Default(account);
        if (Denied(holder, actor, out var denied))
        {
            return denied;
        }

        if (!Find(mailbox).TryPickT0(out var found, out var unknown))
        {
            return unknown;
        }

        if (IsTerminated)
        {
            return new ProductAlreadyTerminated(Id);
        }

        if (found.WebmailReaders.Contains(account))
        {
            return new AlreadyWebmailReader(found.Id, found.Address, account);
        }

        Attach(found, account, actor);
        return new Success();
    }

    /// <summary>
    /// Adds a mailbox to an account's own Webmail (rule MAIL-3), the account proving access with the mailbox's password,
    /// as a person does when adding an address in Webmail. A unification of the mailbox with another account ends (rule UNI-5).
    /// </summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="account">The account adding it, which acts for itself.</param>
    /// <param name="mailboxPassword">The mailbox's password.</param>
    /// <param name="passwords">The hasher that checks it.</param>
    /// <returns><see cref="Success"/>, or why not; a wrong password changes nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<Success, UnknownMailbox, ProductAlreadyTerminated, WrongPassword, AlreadyWebmailReader> AddToWebmail(
        MailboxId mailbox, Account account, Password mailboxPassword, PasswordService passwords)
    {
        Guard.Against.Null(account);
        Guard.Against.Null(mailboxPassword);
        Guard.Against.Null(passwords);
        if (!Find(mailbox).TryPickT0(out var found, out var unknown))
        {
            return unknown;
        }

        if (IsTerminated)
        {
            return new ProductAlreadyTerminated(Id);
        }

        if (!passwords.Matches(mailboxPassword, found.PasswordHash))
        {
            return new WrongPassword();
        }

        if (found.WebmailReaders.Contains(account.Id))
        {
            return new AlreadyWebmailReader(found.Id, found.Address, account.Id);
        }

        Attach(found, account.Id, account.Id);
        return new Success();
    }

    /// <summary>
    /// Stops an account reading a mailbox in Webmail: the account itself, or a member with rights on the Mail Service
    /// (RGT-4). If it was the unified account, the unification ends (rule UNI-5).
    /// </summary>
    /// <param name="holder">The organization that holds the service, whose rights decide when the actor is not the reader.</param>
    /// <param name="actor">The reader itself, or a member with the Mail Service in their rights.</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="account">The account that stops reading it.</param>
    /// <returns><see cref="Success"/>, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public OneOf<Success, ActionDenied, UnknownMailbox, NotAWebmailReader> DetachWebmailReader(Organization holder, AccountId actor, MailboxId mailbox, AccountId account)
    {
        Guard.Against.Null(holder);
        Guard.Against.Default(account);
        if (actor != account && Denied(holder, actor, out var denied))
        {
            return denied;
        }

        if (!Find(mailbox).TryPickT0(out var found, out var unknown))
        {
            return unknown;
        }

        if (!found.WebmailReaders.Contains(account))
        {
            return new NotAWebmailReader(found.Id, found.Address, account);
        }

        Detach(found, account, actor);
        return new Success();
    }

    /// <summary>Declines the unification proposed to an account at its last change of the mailbox's password (rule UNI-2).</summary>
    /// <param name="mailbox">The mailbox.</param>
    /// <param name="account">The account that was asked, which acts for itself.</param>
    /// <returns><see cref="Success"/>, or why not.</returns>
    public OneOf<Success, UnknownMailbox, NoUnificationProposed> DeclineUnification(MailboxId mailbox, AccountId account) =>
        Find(mailbox).Match<OneOf<Success, UnknownMailbox, NoUnificationProposed>>(
            found =>
            {
                if (found.UnificationProposedTo != account)
                {
                    return new NoUnificationProposed(found.Id, account);
                }

                found.Propose(null);
                Record(new UnificationDeclined(Id, found.Id, account));
                return new Success();
            },
            unknown => unknown);

    /// <summary>
    /// Terminates the Mail Service (a prerequisite of ORG-9): the organization stops holding it, its mailboxes open nothing
    /// from now on, and every unification with its mailboxes ends (rule UNI-5). Terminating ends what the organization pays
    /// for, so it needs the service in the actor's rights and billing rights (<c>MemberAction.TerminateProduct</c>, RGT-4).
    /// When the organization already stopped holding the service (terminated there), any member of it closes the service.
    /// </summary>
    /// <param name="holder">The organization that holds the service.</param>
    /// <param name="product">The service's product (<see cref="Product.Terminate"/> terminates it while the organization still holds it).</param>
    /// <param name="actor">The member terminating it.</param>
    /// <returns><see cref="Success"/> (the product records <see cref="ProductTerminated"/>, the organization <see cref="OrganizationProductTerminated"/> and the service
    /// <see cref="MailServiceTerminated"/>), <see cref="ActionDenied"/>, or <see cref="ProductAlreadyTerminated"/> when it already was.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holder"/> is null.</exception>
    public OneOf<Success, ActionDenied, ProductAlreadyTerminated> Close(Organization holder, Product product, AccountId actor)
    {
        Guard.Against.Null(holder);
        Guard.Against.Null(product);
        if (product.Id != Id)
        {
            throw new ArgumentException($"Product {product.Id} is not the product of Mail Service {Id}.", nameof(product));
        }

        var stillHeld = holder.Id == Organization && holder.Products.Contains(Id);
        if ((stillHeld || holder.Id != Organization || !holder.IsMember(actor))
            && holder.Authorize(actor, MemberAction.TerminateProduct(Id), Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (IsTerminated)
        {
            return new ProductAlreadyTerminated(Id);
        }

        if (stillHeld)
        {
            product.Terminate(holder, actor).Switch(_ => { }, refused => throw new InvalidOperationException(refused.Message));
        }

        Terminate(actor);
        return new Success();
    }

    /// <summary>The service's product was terminated by <paramref name="terminatedBy"/>: nothing opens any more, unifications end.</summary>
    internal void Terminate(AccountId terminatedBy)
    {
        if (IsTerminated)
        {
            return;
        }

        foreach (var mailbox in mailboxes)
        {
            EndUnification(mailbox, UnificationEndReason.MailServiceTerminated);
            mailbox.Propose(null);
        }

        IsTerminated = true;
        Record(new MailServiceTerminated(Id, Organization, terminatedBy));
    }

    /// <summary>
    /// Removes an account from the Webmail readers of every mailbox of this service, ending the unifications it
    /// was part of (rule UNI-5); for an account being deleted (rule ACC-8).
    /// </summary>
    internal IReadOnlyList<MailboxId> RevokeWebmailAccess(AccountId account)
    {
        var read = mailboxes.Where(mailbox => mailbox.WebmailReaders.Contains(account)).ToList();
        foreach (var mailbox in read)
        {
            Detach(mailbox, account, account);
        }

        return read.ConvertAll(mailbox => mailbox.Id);
    }

    /// <summary>The service's state, to store: hashes only, never a password.</summary>
    /// <returns>A plain record of the state.</returns>
    public MailServiceState ToState() =>
        new() { Id = Id, Version = Version, Organization = Organization, IsTerminated = IsTerminated, Mailboxes = [.. mailboxes.OrderBy(mailbox => mailbox.Id.Value).Select(mailbox => mailbox.ToState())] };

    /// <summary>Rebuilds a stored Mail Service.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The service, with no pending events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or one of its references is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a default or duplicate id, a malformed or duplicate address, or a unified or proposed account that is not the only Webmail reader.</exception>
    public static MailService FromState(MailServiceState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.Mailboxes, nameof(state));
        Guard.Against.Default(state.Organization, nameof(state));
        var rebuilt = state.Mailboxes.Select(mailbox => Rebuild(state.Id, state.Organization, mailbox)).ToList();
        if (rebuilt.Select(mailbox => mailbox.Id).Distinct().Count() != rebuilt.Count
            || rebuilt.Select(mailbox => mailbox.Address).Distinct().Count() != rebuilt.Count)
        {
            throw new ArgumentException("The stored Mail Service has duplicate mailbox ids or addresses.", nameof(state));
        }

        if (state.IsTerminated && rebuilt.Exists(mailbox => mailbox.UnifiedWith is not null || mailbox.UnificationProposedTo is not null))
        {
            throw new ArgumentException("A stored terminated Mail Service still has a unification or a proposal.", nameof(state));
        }

        return new MailService(state.Id, state.Version, state.Organization, state.IsTerminated, rebuilt);
    }

    internal void ChangePassword(Mailbox mailbox, PasswordHash hash, AccountId changedBy, AccountId? unifiedAccount)
    {
        mailbox.SetPasswordHash(hash);
        mailbox.Propose(null);
        Record(new MailboxPasswordChanged(Id, mailbox.Id, changedBy, unifiedAccount));
    }

    internal void Propose(Mailbox mailbox, AccountId account)
    {
        mailbox.Propose(account);
        Record(new UnificationProposed(Id, mailbox.Id, account));
    }

    internal void Unify(Mailbox mailbox, AccountId account)
    {
        mailbox.Unify(account);
        Record(new PasswordsUnified(Id, mailbox.Id, account));
    }

    internal void EndUnification(Mailbox mailbox, UnificationEndReason reason)
    {
        if (mailbox.UnifiedWith is { } account)
        {
            mailbox.Unify(null);
            Record(new UnificationEnded(Id, mailbox.Id, account, reason));
        }
    }

    private void Attach(Mailbox mailbox, AccountId account, AccountId actor)
    {
        EndUnification(mailbox, UnificationEndReason.AnotherWebmailReader);
        mailbox.Propose(null);
        mailbox.AddReader(account);
        Record(new WebmailReaderAttached(Id, mailbox.Id, account, actor));
    }

    private void Detach(Mailbox mailbox, AccountId account, AccountId actor)
    {
        if (mailbox.UnifiedWith == account)
        {
            EndUnification(mailbox, UnificationEndReason.NoLongerWebmailReader);
        }

        mailbox.Propose(null);
        mailbox.RemoveReader(account);
        Record(new WebmailReaderDetached(Id, mailbox.Id, account, actor));
    }

    /// <summary>The authorization preamble of every command: the holder's decision on managing this service.</summary>
    private bool Denied(Organization holder, AccountId actor, [NotNullWhen(true)] out ActionDenied? denied)
    {
        Guard.Against.Null(holder);
        denied = holder.Authorize(actor, MemberAction.ManageProduct(Id), Organization).TryPickT1(out var refusal, out _) ? refusal : null;
        return denied is not null;
    }

    private static Mailbox Rebuild(ProductId service, OrganizationId organization, MailboxState state)
    {
        Guard.Against.Null(state, nameof(state));
        Guard.Against.Null(state.PasswordHash, nameof(state));
        Guard.Against.Null(state.WebmailReaders, nameof(state));
        Guard.Against.Default(state.Id, nameof(state));
        if (state.Service != service)
        {
            throw new ArgumentException($"A stored mailbox names Mail Service {state.Service}, not {service}.", nameof(state));
        }

        var address = EmailAddress.Parse(state.Address).Match(
            valid => valid,
            _ => throw new ArgumentException("A stored mailbox has a malformed address.", nameof(state)));
        foreach (var reader in state.WebmailReaders)
        {
            Guard.Against.Null(reader, nameof(state));
            if (reader.MailboxId != state.Id)
            {
                throw new ArgumentException($"A stored Webmail reader names mailbox {reader.MailboxId}, not {state.Id}.", nameof(state));
            }
        }

        var readers = state.WebmailReaders.Select(reader => reader.AccountId).ToHashSet();
        if (address.Normalized != state.AddressNormalized || readers.Count != state.WebmailReaders.Count || readers.Contains(default)
            || (state.UnifiedWith is { } unified && !(readers.Count == 1 && readers.Contains(unified)))
            || (state.UnificationProposedTo is { } proposed && !(readers.Count == 1 && readers.Contains(proposed)))
            || (state.UnifiedWith is not null && state.UnificationProposedTo is not null))
        {
            throw new ArgumentException("A stored mailbox breaks an invariant (address, readers, unification).", nameof(state));
        }

        return new Mailbox(state.Id, service, organization, address, state.PasswordHash, readers, state.UnifiedWith, state.UnificationProposedTo);
    }
}

/// <summary>The stored state of a <see cref="MailService"/>: hashes only, never a password.</summary>
public sealed record MailServiceState
{
    /// <summary>The Mail Service product's id.</summary>
    public required ProductId Id { get; init; }

    /// <summary>The number of events it recorded (the optimistic concurrency token).</summary>
    public required long Version { get; init; }

    /// <summary>The organization that holds it.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>Whether the product was terminated (then no mailbox is unified or has a pending proposal).</summary>
    public required bool IsTerminated { get; init; }

    /// <summary>Its mailboxes, ordered by id.</summary>
    public required IReadOnlyList<MailboxState> Mailboxes { get; init; }

    /// <summary>Whether both states hold the same values, mailboxes compared one by one.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(MailServiceState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored state of a <see cref="Mailbox"/>.</summary>
public sealed record MailboxState
{
    /// <summary>The mailbox's id.</summary>
    public required MailboxId Id { get; init; }

    /// <summary>The Mail Service that hosts it.</summary>
    public required ProductId Service { get; init; }

    /// <summary>Its address as typed.</summary>
    public required string Address { get; init; }

    /// <summary>Its address's canonical form, for lookups (<see cref="EmailAddress.Normalized"/>).</summary>
    public required string AddressNormalized { get; init; }

    /// <summary>The hash of its password.</summary>
    public required PasswordHash PasswordHash { get; init; }

    /// <summary>The accounts that read it in Webmail, one row each, ordered by account id.</summary>
    public required IReadOnlyList<WebmailReaderState> WebmailReaders { get; init; }

    /// <summary>The account it is unified with, if any.</summary>
    public required AccountId? UnifiedWith { get; init; }

    /// <summary>The account a pending unification proposal was made to, if any.</summary>
    public required AccountId? UnificationProposedTo { get; init; }

    /// <summary>Whether both states hold the same values, readers compared one by one.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(MailboxState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>The stored form of one Webmail reader: an account that reads a mailbox in Webmail (rule MAIL-3).</summary>
public sealed record WebmailReaderState
{
    /// <summary>The mailbox.</summary>
    public required MailboxId MailboxId { get; init; }

    /// <summary>The account that reads it.</summary>
    public required AccountId AccountId { get; init; }
}
