using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;
using OneOf.Types;

namespace Infomaniak.Domain.Ordering;

/// <summary>
/// A free voucher (VOU-1): granted for one product type to one customer account, usable once support has confirmed it,
/// and used up by the one finished order that activated it (VOU-2, VOU-4).
/// </summary>
/// <remarks>
/// <para>
/// Activating a voucher in a cart does not touch the voucher: the order only records the choice, so an abandoned order
/// gives nothing back because it took nothing. The voucher is redeemed when the order finishes; a second order that
/// activated the same voucher is then refused with <see cref="VoucherAlreadyRedeemed"/>.
/// </para>
/// <para>
/// Granting and confirming are support's work: the library records which account of staff did it, and the application
/// checks its staff's rights before calling.
/// </para>
/// </remarks>
public sealed class Voucher : AggregateRoot<VoucherId>
{
    private Voucher(VoucherId id, long version, AccountId holder, ProductType type, DateTimeOffset grantedAt)
        : base(id, version)
    {
        Holder = Guard.Against.Default(holder);
        Type = type;
        GrantedAt = grantedAt;
    }

    /// <summary>The customer account that holds the voucher (VOU-1).</summary>
    public AccountId Holder { get; }

    /// <summary>The product type the voucher makes free (VOU-1).</summary>
    public ProductType Type { get; }

    /// <summary>When the voucher was granted.</summary>
    public DateTimeOffset GrantedAt { get; }

    /// <summary>When support confirmed it; null while it is not confirmed, and so not usable (VOU-1).</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The finished order that used it up, or null while it is unused (VOU-4).</summary>
    public OrderId? RedeemedBy { get; private set; }

    /// <summary>Whether support has confirmed it.</summary>
    public bool IsConfirmed => ConfirmedAt is not null;

    /// <summary>Whether it is used up.</summary>
    public bool IsRedeemed => RedeemedBy is not null;

    /// <summary>Grants a voucher for a product type to a customer account, not yet confirmed (VOU-1).</summary>
    /// <param name="holder">The customer account that will hold it.</param>
    /// <param name="type">The product type it makes free.</param>
    /// <param name="grantedBy">The account of the staff member granting it.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="random">The source of its id.</param>
    /// <returns>The voucher, with <see cref="VoucherGranted"/> pending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="holder"/>, <paramref name="type"/> or <paramref name="grantedBy"/> is the default value.</exception>
    public static Voucher Grant(AccountId holder, ProductType type, AccountId grantedBy, TimeProvider clock, IRandomSource random)
    {
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        Guard.Against.Default(holder);
        Guard.Against.Default(grantedBy);
        Guard.Against.Expression(t => t.IsDefault, type, "A product type is required; the default value is not one.", nameof(type));
        var voucher = new Voucher(TypedId.New<VoucherId>(random), 0, holder, type, clock.GetUtcNow());
        voucher.Record(new VoucherGranted(voucher.Id, holder, type, grantedBy));
        return voucher;
    }

    /// <summary>Support confirms the voucher: it becomes usable (VOU-1). Confirming it again records nothing.</summary>
    /// <param name="confirmedBy">The account of the support agent.</param>
    /// <param name="clock">The current time.</param>
    /// <returns><see cref="Success"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="confirmedBy"/> is the default value.</exception>
    public Success Confirm(AccountId confirmedBy, TimeProvider clock)
    {
        Guard.Against.Null(clock);
        Guard.Against.Default(confirmedBy);
        if (ConfirmedAt is null)
        {
            ConfirmedAt = clock.GetUtcNow();
            Record(new VoucherConfirmed(Id, Holder, confirmedBy));
        }

        return new Success();
    }

    /// <summary>Whether the voucher is one a cart offers to <paramref name="shopper"/> for a line of <paramref name="type"/> (VOU-2): held by them, confirmed, unused and for that type.</summary>
    /// <param name="shopper">The signed-in account.</param>
    /// <param name="type">The line's product type.</param>
    /// <returns><see langword="true"/> when offered.</returns>
    public bool IsOfferedTo(AccountId shopper, ProductType type) => Holder == shopper && IsConfirmed && !IsRedeemed && Type == type;

    /// <summary>Exports the voucher's state for storage.</summary>
    /// <returns>A state <see cref="FromState"/> rebuilds an equal voucher from.</returns>
    public VoucherState ToState() => new()
    {
        Id = Id,
        Version = Version,
        HolderId = Holder,
        Type = Type.Code,
        GrantedAt = GrantedAt,
        ConfirmedAt = ConfirmedAt,
        RedeemedByOrderId = RedeemedBy,
    };

    /// <summary>Rebuilds a voucher from a stored state, with no pending events.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The voucher.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a default id, an invalid type, or a voucher redeemed without being confirmed.</exception>
    public static Voucher FromState(VoucherState state)
    {
        Guard.Against.Null(state);
        var type = ProductType.Parse(state.Type).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        if (type.Code != state.Type)
        {
            throw Invalid("The type is not stored in its canonical form.");
        }

        if (state.RedeemedByOrderId is not null && state.ConfirmedAt is null)
        {
            throw Invalid("A voucher was redeemed without being confirmed.");
        }

        return new Voucher(state.Id, state.Version, state.HolderId, type, state.GrantedAt)
        {
            ConfirmedAt = state.ConfirmedAt,
            RedeemedBy = state.RedeemedByOrderId,
        };
    }

    /// <summary>Uses the voucher up for a finished order; the order has checked it may.</summary>
    internal void Redeem(OrderId order)
    {
        RedeemedBy = order;
        Record(new VoucherRedeemed(Id, Holder, order));
    }

    private static ArgumentException Invalid(string message) => new($"Invalid voucher state: {message}", "state");
}

/// <summary>The stored form of a <see cref="Voucher"/>.</summary>
public sealed record VoucherState
{
    /// <summary>The voucher's id.</summary>
    public required VoucherId Id { get; init; }

    /// <summary>The number of events it has recorded.</summary>
    public required long Version { get; init; }

    /// <summary>The customer account that holds it.</summary>
    public required AccountId HolderId { get; init; }

    /// <summary>The code of the product type it makes free (<see cref="ProductType.Code"/>).</summary>
    public required string Type { get; init; }

    /// <summary>When it was granted.</summary>
    public required DateTimeOffset GrantedAt { get; init; }

    /// <summary>When support confirmed it, or null.</summary>
    public required DateTimeOffset? ConfirmedAt { get; init; }

    /// <summary>The finished order that used it up, or null.</summary>
    public required OrderId? RedeemedByOrderId { get; init; }
}
