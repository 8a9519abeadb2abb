using Ardalis.GuardClauses;
using OneOf;

namespace Infomaniak.Domain.Common;

/// <summary>
/// A strongly typed identity: a <see cref="Guid"/> that names one kind of thing, so that an
/// <see cref="AccountId"/> can never be passed where an <see cref="OrganizationId"/> is meant.
/// </summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
/// <remarks>
/// A typed id never holds <see cref="Guid.Empty"/>: <c>From</c> rejects it, and aggregates reject a
/// <c>default</c> id with an <see cref="ArgumentException"/>, since a correct caller never passes one.
/// </remarks>
public interface ITypedId<TSelf> : IEquatable<TSelf>
    where TSelf : struct, ITypedId<TSelf>
{
    /// <summary>The underlying value; never <see cref="Guid.Empty"/> for an id made through <see cref="From"/>.</summary>
    Guid Value { get; }

    /// <summary>Wraps an existing, non-empty <see cref="Guid"/> (for example one read from storage).</summary>
    /// <param name="value">The id's value.</param>
    /// <returns>The typed id.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    static abstract TSelf From(Guid value);
}

/// <summary>Creating and parsing typed ids of any kind.</summary>
public static class TypedId
{
    /// <summary>Draws a new random id.</summary>
    /// <typeparam name="TId">The kind of id.</typeparam>
    /// <param name="random">The source of randomness.</param>
    /// <returns>A new id, never the default.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static TId New<TId>(IRandomSource random)
        where TId : struct, ITypedId<TId>
        => TId.From(random.NextGuid());

    /// <summary>Parses an id from its text form (any format <see cref="Guid.TryParse(string, out Guid)"/> accepts).</summary>
    /// <typeparam name="TId">The kind of id.</typeparam>
    /// <param name="text">The text to parse, possibly null or malformed.</param>
    /// <returns>The id, or <see cref="MalformedId"/> when the text is not a non-empty GUID.</returns>
    public static OneOf<TId, MalformedId> Parse<TId>(string? text)
        where TId : struct, ITypedId<TId>
        => Guid.TryParse(text, out var value) && value != Guid.Empty
            ? TId.From(value)
            : new MalformedId(typeof(TId).Name, text);

    internal static Guid Require(Guid value) => Guard.Against.Default(value, nameof(value));
}

/// <summary>A text that was meant to be an id is not a non-empty GUID.</summary>
public sealed record MalformedId : Refusal
{
    /// <summary>Refuses a text as an id.</summary>
    /// <param name="kind">The name of the id type that was expected (for example <c>AccountId</c>).</param>
    /// <param name="input">The text that was given; only a short, sanitized excerpt of it is kept.</param>
    public MalformedId(string kind, string? input)
    {
        Kind = TextSafety.Excerpt(kind);
        Excerpt = TextSafety.Excerpt(input);
    }

    /// <summary>The name of the id type that was expected (for example <c>AccountId</c>).</summary>
    public string Kind { get; }

    /// <summary>At most 32 code points of the text given, control, format and bidirectional characters replaced by U+FFFD, an ellipsis when cut.</summary>
    public string Excerpt { get; }

    /// <inheritdoc />
    public override string Message => $"'{Excerpt}' is not a valid {Kind}.";
}

/// <summary>Identifies a person's Infomaniak user account: a login and a password.</summary>
public readonly record struct AccountId : ITypedId<AccountId>
{
    private AccountId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static AccountId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an organization, the customer space that holds products, users, billing data and a prepaid account.</summary>
public readonly record struct OrganizationId : ITypedId<OrganizationId>
{
    private OrganizationId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static OrganizationId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a product an organization holds (a Mail Service, a hosting, a domain name, ...).</summary>
public readonly record struct ProductId : ITypedId<ProductId>
{
    private ProductId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static ProductId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a hosted mailbox: an email address inside a Mail Service product.</summary>
public readonly record struct MailboxId : ITypedId<MailboxId>
{
    private MailboxId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static MailboxId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an invitation to join an organization.</summary>
public readonly record struct InvitationId : ITypedId<InvitationId>
{
    private InvitationId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static InvitationId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies one of an organization's billing addresses.</summary>
public readonly record struct BillingAddressId : ITypedId<BillingAddressId>
{
    private BillingAddressId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static BillingAddressId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an invoice (final or pro forma).</summary>
public readonly record struct InvoiceId : ITypedId<InvoiceId>
{
    private InvoiceId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static InvoiceId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies one product credential (an FTP, MySQL, SSH or WebDAV user of a product).</summary>
public readonly record struct ProductCredentialId : ITypedId<ProductCredentialId>
{
    private ProductCredentialId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static ProductCredentialId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an organization's prepaid account, the ledger of its reserve of money.</summary>
public readonly record struct PrepaidAccountId : ITypedId<PrepaidAccountId>
{
    private PrepaidAccountId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static PrepaidAccountId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a withdrawal from a prepaid account to a bank or PayPal account.</summary>
public readonly record struct WithdrawalId : ITypedId<WithdrawalId>
{
    private WithdrawalId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static WithdrawalId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an order placed in the shop.</summary>
public readonly record struct OrderId : ITypedId<OrderId>
{
    private OrderId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static OrderId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a free voucher granted to a customer account.</summary>
public readonly record struct VoucherId : ITypedId<VoucherId>
{
    private VoucherId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static VoucherId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a promotion code of the shop.</summary>
public readonly record struct PromotionCodeId : ITypedId<PromotionCodeId>
{
    private PromotionCodeId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static PromotionCodeId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an organization's billing profile: its billing addresses and its invoice number sequence.</summary>
public readonly record struct BillingProfileId : ITypedId<BillingProfileId>
{
    private BillingProfileId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc cref="ITypedId{TSelf}.From(Guid)" />
    public static BillingProfileId From(Guid value) => new(TypedId.Require(value));

    /// <summary>The id's value in the standard GUID format.</summary>
    /// <returns>The GUID text.</returns>
    public override string ToString() => Value.ToString();
}
