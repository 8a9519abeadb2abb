using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Credentials;

/// <summary>
/// A product's own credential: a user name and password for FTP, MySQL, SSH or WebDAV, which belongs to that
/// product alone (rule UNI-4).
/// </summary>
/// <remarks>
/// <para>
/// Independent of the account and the mailboxes by construction: no operation on an account or a mailbox takes
/// a product credential, so none can change it, and none ever unifies with it.
/// </para>
/// <para>
/// Every command names its actor and is authorized through the organization that holds the product
/// (<c>MemberAction.ManageProduct</c>, RGT-4, ORG-7). A revoked credential, or one of a terminated product, opens nothing
/// (<see cref="IsTerminated"/>).
/// </para>
/// </remarks>
public sealed class ProductCredential : AggregateRoot<ProductCredentialId>
{
    /// <summary>The longest user name accepted, in characters.</summary>
    public const int MaxUserNameLength = 64;

    private ProductCredential(
        ProductCredentialId id, long version, OrganizationId organization, ProductId product, Channel channel, string userName, PasswordHash passwordHash, bool isTerminated)
        : base(id, version)
    {
        Organization = organization;
        IsTerminated = isTerminated;
        Product = product;
        Channel = channel;
        UserName = userName;
        PasswordHash = passwordHash;
    }

    /// <summary>The organization that holds the product, whose rights decide who manages the credential.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The product this credential opens.</summary>
    public ProductId Product { get; }

    /// <summary>Whether the credential was revoked or its product terminated: then it opens nothing (<see cref="ProductAlreadyTerminated"/>).</summary>
    public bool IsTerminated { get; private set; }

    /// <summary>The channel it opens (FTP, MySQL, SSH or WebDAV).</summary>
    public Channel Channel { get; }

    /// <summary>The user name.</summary>
    public string UserName { get; }

    internal PasswordHash PasswordHash { get; private set; }

    /// <summary>Creates a credential for a product.</summary>
    /// <param name="holder">The organization that holds the product, whose rights decide.</param>
    /// <param name="actor">The member creating it; needs the product in their rights (RGT-4).</param>
    /// <param name="product">The product it opens.</param>
    /// <param name="channel">The channel; must check product credentials (FTP, MySQL, SSH, WebDAV).</param>
    /// <param name="userName">The user name, trimmed: 1 to <see cref="MaxUserNameLength"/> characters, no white space, and none of the characters a name may not have (<see cref="NameProblem"/>: control, bidirectional and zero-width characters, lone surrogates, noncharacters).</param>
    /// <param name="password">The chosen password.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <param name="random">The source of the new credential's id.</param>
    /// <returns>The credential, or why it cannot be made.</returns>
    /// <exception cref="ArgumentException"><paramref name="product"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static OneOf<ProductCredential, ActionDenied, NotAProductChannel, InvalidUserName, UnacceptablePassword> Create(
        Organization holder, AccountId actor, ProductId product, Channel channel, string? userName, Password password, PasswordService passwords, IRandomSource random)
    {
        Guard.Against.Null(holder);
        Guard.Against.Default(product);
        Guard.Against.Null(password);
        Guard.Against.Null(passwords);
        Guard.Against.Null(random);
        if (holder.Authorize(actor, MemberAction.ManageProduct(product)).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!Enum.IsDefined(channel) || Doors.CredentialFor(channel) != CredentialKind.ProductCredential)
        {
            return new NotAProductChannel(channel);
        }

        var trimmed = userName.AsSpan().Trim();
        if (UserNameProblemOf(trimmed) is { } problem)
        {
            return new InvalidUserName(MaxUserNameLength, problem);
        }

        var name = trimmed.ToString();
        return passwords.HashNew(password).Match<OneOf<ProductCredential, ActionDenied, NotAProductChannel, InvalidUserName, UnacceptablePassword>>(
            hash =>
            {
                var id = TypedId.New<ProductCredentialId>(random);
                var credential = new ProductCredential(id, 0, holder.Id, product, channel, name, hash, false);
                credential.Record(new ProductCredentialCreated(id, holder.Id, product, channel, name, actor));
                return credential;
            },
            refused => refused);
    }

    /// <summary>Changes the credential's password; nothing else changes with it.</summary>
    /// <param name="holder">The organization that holds the product, whose rights decide.</param>
    /// <param name="actor">The member changing it; needs the product in their rights (RGT-4).</param>
    /// <param name="next">The new password.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/>, <see cref="ProductAlreadyTerminated"/> or <see cref="UnacceptablePassword"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, ActionDenied, ProductAlreadyTerminated, UnacceptablePassword> ChangePassword(Organization holder, AccountId actor, Password next, PasswordService passwords)
    {
        Guard.Against.Null(next);
        Guard.Against.Null(passwords);
        if (Denied(holder, actor, out var denied))
        {
            return denied;
        }

        if (IsTerminated)
        {
            return new ProductAlreadyTerminated(Product);
        }

        return passwords.HashNew(next).Match<OneOf<Success, ActionDenied, ProductAlreadyTerminated, UnacceptablePassword>>(
            hash =>
            {
                PasswordHash = hash;
                Record(new ProductCredentialPasswordChanged(Id, Product, actor));
                return new Success();
            },
            refused => refused);
    }

    /// <summary>Revokes the credential: from now on it opens nothing (UNI-4 unaffected: nothing else changes with it).</summary>
    /// <param name="holder">The organization that holds the product, whose rights decide.</param>
    /// <param name="actor">The member revoking it; needs the product in their rights (RGT-4).</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/>, or <see cref="ProductAlreadyTerminated"/> when it already opens nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holder"/> is null.</exception>
    public OneOf<Success, ActionDenied, ProductAlreadyTerminated> Revoke(Organization holder, AccountId actor)
    {
        if (Denied(holder, actor, out var denied))
        {
            return denied;
        }

        if (IsTerminated)
        {
            return new ProductAlreadyTerminated(Product);
        }

        Terminate(actor);
        return new Success();
    }

    /// <summary>The credential's product was terminated (or the credential revoked) by <paramref name="terminatedBy"/>: it opens nothing any more.</summary>
    internal void Terminate(AccountId terminatedBy)
    {
        if (!IsTerminated)
        {
            IsTerminated = true;
            Record(new ProductCredentialRevoked(Id, Product, terminatedBy));
        }
    }

    /// <summary>
    /// Signs in at this credential's own door (FTP, MySQL, SSH or WebDAV) with its user name's password (rule UNI-4);
    /// a hash made with weaker parameters is renewed on the way (<see cref="ProductCredentialRehashed"/>).
    /// </summary>
    /// <param name="password">The password typed.</param>
    /// <param name="passwords">The policy and hasher.</param>
    /// <returns><see cref="Success"/>, <see cref="ProductAlreadyTerminated"/> or <see cref="WrongPassword"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<Success, ProductAlreadyTerminated, WrongPassword> SignIn(Password password, PasswordService passwords)
    {
        Guard.Against.Null(password);
        Guard.Against.Null(passwords);
        if (IsTerminated)
        {
            return new ProductAlreadyTerminated(Product);
        }

        if (!passwords.SignsIn(password, PasswordHash, out var renewed))
        {
            return new WrongPassword();
        }

        if (renewed is not null)
        {
            PasswordHash = renewed;
            Record(new ProductCredentialRehashed(Id, Product));
        }

        return new Success();
    }

    private static NameProblem? UserNameProblemOf(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return NameProblem.Empty;
        }

        if (name.Length > MaxUserNameLength)
        {
            return NameProblem.TooLong;
        }

        if (TextSafety.CharacterProblemOf(name) is { } problem)
        {
            return problem;
        }

        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                return NameProblem.WhiteSpace;
            }
        }

        return null;
    }

    /// <summary>The credential's state, to store.</summary>
    /// <returns>A plain record of the state.</returns>
    public ProductCredentialState ToState() =>
        new() { Id = Id, Version = Version, Organization = Organization, Product = Product, Channel = Channel, UserName = UserName, PasswordHash = PasswordHash, IsTerminated = IsTerminated };

    /// <summary>Rebuilds a stored credential.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The credential, with no pending events.</returns>
    /// <exception cref="ArgumentException">The state breaks an invariant.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or one of its references is null.</exception>
    public static ProductCredential FromState(ProductCredentialState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Default(state.Product, nameof(state));
        Guard.Against.Default(state.Organization, nameof(state));
        Guard.Against.Null(state.PasswordHash, nameof(state));
        if (!Enum.IsDefined(state.Channel) || Doors.CredentialFor(state.Channel) != CredentialKind.ProductCredential
            || state.UserName is not { } name || UserNameProblemOf(name) is not null)
        {
            throw new ArgumentException("The stored product credential has an invalid channel or user name.", nameof(state));
        }

        return new ProductCredential(state.Id, state.Version, state.Organization, state.Product, state.Channel, name, state.PasswordHash, state.IsTerminated);
    }

    private bool Denied(Organization holder, AccountId actor, [NotNullWhen(true)] out ActionDenied? denied)
    {
        Guard.Against.Null(holder);
        denied = holder.Authorize(actor, MemberAction.ManageProduct(Product), Organization).TryPickT1(out var refusal, out _) ? refusal : null;
        return denied is not null;
    }
}

/// <summary>The stored state of a <see cref="ProductCredential"/>.</summary>
public sealed record ProductCredentialState
{
    /// <summary>The credential's id.</summary>
    public required ProductCredentialId Id { get; init; }

    /// <summary>The number of events it recorded (the optimistic concurrency token).</summary>
    public required long Version { get; init; }

    /// <summary>The organization that holds the product.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>The product it opens.</summary>
    public required ProductId Product { get; init; }

    /// <summary>The channel it opens.</summary>
    public required Channel Channel { get; init; }

    /// <summary>The user name.</summary>
    public required string UserName { get; init; }

    /// <summary>The hash of its password.</summary>
    public required PasswordHash PasswordHash { get; init; }

    /// <summary>Whether it was revoked or its product terminated.</summary>
    public required bool IsTerminated { get; init; }
}

/// <summary>A product credential was created.</summary>
/// <param name="Credential">The credential.</param>
/// <param name="Organization">The organization that holds the product.</param>
/// <param name="Product">The product it opens.</param>
/// <param name="Channel">The channel it opens.</param>
/// <param name="UserName">Its user name.</param>
/// <param name="CreatedBy">The member who created it.</param>
public sealed record ProductCredentialCreated(ProductCredentialId Credential, OrganizationId Organization, ProductId Product, Channel Channel, string UserName, AccountId CreatedBy) : IDomainEvent;

/// <summary>A product credential's password was changed.</summary>
/// <param name="Credential">The credential.</param>
/// <param name="Product">The product it opens.</param>
/// <param name="ChangedBy">The member who changed it.</param>
public sealed record ProductCredentialPasswordChanged(ProductCredentialId Credential, ProductId Product, AccountId ChangedBy) : IDomainEvent;

/// <summary>A product credential was revoked, or its product terminated: it opens nothing any more.</summary>
/// <param name="Credential">The credential.</param>
/// <param name="Product">The product it opened.</param>
/// <param name="RevokedBy">The member who revoked it or terminated the product.</param>
public sealed record ProductCredentialRevoked(ProductCredentialId Credential, ProductId Product, AccountId RevokedBy) : IDomainEvent;

/// <summary>A product credential's hash was renewed with the current, stronger parameters; the password is the same.</summary>
/// <param name="Credential">The credential.</param>
/// <param name="Product">The product it opens.</param>
public sealed record ProductCredentialRehashed(ProductCredentialId Credential, ProductId Product) : IDomainEvent;

/// <summary>A product credential was asked for a channel that checks another kind of credential (the Manager, Webmail or mail applications).</summary>
/// <param name="Channel">The channel given.</param>
public sealed record NotAProductChannel(Channel Channel) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"{Channel} does not check a product credential; only FTP, MySQL, SSH and WebDAV do.";
}

/// <summary>A user name is empty, too long, or holds white space or characters a name may not have.</summary>
/// <param name="MaxLength">The longest user name accepted.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record InvalidUserName(int MaxLength, NameProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        NameProblem.Empty or NameProblem.TooLong => $"A user name needs 1 to {MaxLength} characters.",
        _ => $"A user name {TextSafety.Describe(Problem)}.",
    };
}
