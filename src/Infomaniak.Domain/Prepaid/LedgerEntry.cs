using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// One movement of a prepaid account's ledger (PRE-5): appended once, never edited or removed. Each entry is also the
/// event its operation recorded (<see cref="PrepaidCredited"/>, <see cref="PrepaidDebited"/>, ...), so the ledger and
/// the account's event stream are one and the same.
/// </summary>
/// <remarks>
/// <para>
/// A closed choice of six cases, made only by the <see cref="PrepaidAccount"/>'s operations (or rebuilt from storage):
/// an entry always belongs to one account, has the next sequence number, a positive <see cref="Amount"/> in the
/// account's currency, the idempotency key of the operation that made it, its actor and the instant it was recorded.
/// </para>
/// <para>
/// The balance is the sum of the entries' <see cref="BalanceChange"/>s; the reserved amount is the sum of their
/// <see cref="ReservedChange"/>s. A mistake is compensated by a <see cref="PrepaidCorrected"/> entry, never by an edit.
/// </para>
/// </remarks>
public abstract record LedgerEntry
{
    private protected LedgerEntry(PrepaidAccountId account, long sequence, IdempotencyKey idempotencyKey, AccountId actor, DateTimeOffset recordedAt, Money amount)
    {
        Account = account;
        Sequence = sequence;
        IdempotencyKey = idempotencyKey;
        Actor = actor;
        RecordedAt = recordedAt;
        Amount = amount;
    }

    /// <summary>The prepaid account whose ledger holds the entry.</summary>
    public PrepaidAccountId Account { get; }

    /// <summary>The entry's position in the ledger: 1 for the first, then one more for each, with no gap.</summary>
    public long Sequence { get; }

    /// <summary>The idempotency key of the operation that appended the entry.</summary>
    public IdempotencyKey IdempotencyKey { get; }

    /// <summary>The member who made the operation.</summary>
    public AccountId Actor { get; }

    /// <summary>When the entry was recorded.</summary>
    public DateTimeOffset RecordedAt { get; }

    /// <summary>The amount moved; always positive, in the account's currency. <see cref="BalanceChange"/> gives its sign.</summary>
    public Money Amount { get; }

    /// <summary>Which kind of entry this is.</summary>
    public abstract LedgerEntryKind Kind { get; }

    /// <summary>What the entry changes the balance by: <see cref="Amount"/>, its opposite, or zero.</summary>
    public Money BalanceChange => Signed(BalanceEffect);

    /// <summary>What the entry changes the reserved amount by (withdrawals waiting to be sent): <see cref="Amount"/>, its opposite, or zero.</summary>
    public Money ReservedChange => Signed(ReservedEffect);

    /// <summary>+1 when the entry adds <see cref="Amount"/> to the balance, -1 when it takes it away, 0 otherwise.</summary>
    internal abstract int BalanceEffect { get; }

    /// <summary>+1 when the entry reserves <see cref="Amount"/>, -1 when it releases it, 0 otherwise.</summary>
    internal virtual int ReservedEffect => 0;

    private protected abstract bool IsClosedCase { get; }

    /// <summary>The entry's stored form: one append-only row.</summary>
    /// <returns>The row <see cref="PrepaidAccount.FromState"/> rebuilds an equal entry from.</returns>
    public LedgerEntryState ToState()
    {
        var reference = (this as PrepaidDebited)?.Reference;
        var destination = (this as WithdrawalReserved)?.Destination;
        var correction = this as PrepaidCorrected;
        return new LedgerEntryState
        {
            AccountId = Account,
            Sequence = Sequence,
            Kind = Kind,
            IdempotencyKey = IdempotencyKey.Value,
            Amount = Amount,
            Actor = Actor,
            RecordedAt = RecordedAt,
            PaymentMethod = (this as PrepaidCredited)?.Method.Code,
            ReferenceKind = reference?.Kind,
            Invoice = (reference as LedgerReference.InvoicePayment)?.Invoice,
            RenewedProduct = (reference as LedgerReference.ProductRenewal)?.Product,
            RenewalDueOn = (reference as LedgerReference.ProductRenewal)?.DueOn,
            Order = (reference as LedgerReference.OrderPayment)?.Order,
            Withdrawal = this switch
            {
                WithdrawalReserved reserved => reserved.Withdrawal,
                WithdrawalCompleted completed => completed.Withdrawal,
                WithdrawalCancelled cancelled => cancelled.Withdrawal,
                _ => null,
            },
            DestinationKind = destination?.Kind,
            Destination = destination?.StoredValue,
            Corrects = correction?.Corrects,
            Direction = correction?.Direction,
        };
    }

    /// <summary>Rebuilds an entry from its row, checking that the row is one the library could have written.</summary>
    /// <returns>The entry, or null with the reason when the row is corrupt.</returns>
    internal static LedgerEntry? FromState(LedgerEntryState row, Currency currency, out string? problem)
    {
        problem = Problem(row, currency, out var key);
        if (problem is not null)
        {
            return null;
        }

        LedgerEntry? entry = row.Kind switch
        {
            LedgerEntryKind.Credit when PaymentMethod.Parse(row.PaymentMethod).TryPickT0(out var method, out _) && method.Code == row.PaymentMethod
                && OnlyFields(row, method: true) =>
                new PrepaidCredited(row.AccountId, row.Sequence, key, row.Actor, row.RecordedAt, row.Amount, method),
            LedgerEntryKind.Debit when ReferenceOf(row) is { } reference && OnlyFields(row, reference: true) =>
                new PrepaidDebited(row.AccountId, row.Sequence, key, row.Actor, row.RecordedAt, row.Amount, reference),
            LedgerEntryKind.WithdrawalReserved when row is { Withdrawal: { } withdrawal, DestinationKind: { } kind }
                && WithdrawalDestination.FromStored(kind, row.Destination) is { } destination && destination.StoredValue == row.Destination
                && OnlyFields(row, withdrawal: true, destination: true) =>
                new WithdrawalReserved(row.AccountId, row.Sequence, key, row.Actor, row.RecordedAt, row.Amount, withdrawal, destination),
            LedgerEntryKind.WithdrawalCompleted when row.Withdrawal is { } withdrawal && OnlyFields(row, withdrawal: true) =>
                new WithdrawalCompleted(row.AccountId, row.Sequence, key, row.Actor, row.RecordedAt, row.Amount, withdrawal),
            LedgerEntryKind.WithdrawalCancelled when row.Withdrawal is { } withdrawal && OnlyFields(row, withdrawal: true) =>
                new WithdrawalCancelled(row.AccountId, row.Sequence, key, row.Actor, row.RecordedAt, row.Amount, withdrawal),
            LedgerEntryKind.Correction when row is { Corrects: { } corrects, Direction: { } direction }
                && corrects >= 1 && corrects < row.Sequence && Enum.IsDefined(direction) && OnlyFields(row, correction: true) =>
                new PrepaidCorrected(row.AccountId, row.Sequence, key, row.Actor, row.RecordedAt, row.Amount, corrects, direction),
            _ => null,
        };
        problem = entry is null ? $"Entry {row.Sequence} has fields that do not fit its kind ({row.Kind})." : null;
        return entry;
    }

    private static string? Problem(LedgerEntryState row, Currency currency, out IdempotencyKey key)
    {
        key = default;
        if (row.AccountId == default || row.Actor == default)
        {
            return $"Entry {row.Sequence} has a default account or actor id.";
        }

        if (row.Amount.Currency != currency || !row.Amount.IsPositive)
        {
            return $"Entry {row.Sequence} has an amount ({row.Amount}) that is not positive in {currency}.";
        }

        if (!IdempotencyKey.Parse(row.IdempotencyKey).TryPickT0(out key, out _))
        {
            return $"Entry {row.Sequence} has an invalid idempotency key.";
        }

        return row.Sequence < 1 ? $"Entry {row.Sequence} has a sequence below 1." : null;
    }

    private static LedgerReference? ReferenceOf(LedgerEntryState row) => row switch
    {
        { ReferenceKind: LedgerReferenceKind.Invoice, Invoice: { } invoice, RenewedProduct: null, RenewalDueOn: null, Order: null } when invoice != default =>
            LedgerReference.ForInvoice(invoice),
        { ReferenceKind: LedgerReferenceKind.ProductRenewal, Invoice: null, RenewedProduct: { } product, RenewalDueOn: { } dueOn, Order: null } when product != default && dueOn != default =>
            LedgerReference.ForRenewal(product, dueOn),
        { ReferenceKind: LedgerReferenceKind.Order, Invoice: null, RenewedProduct: null, RenewalDueOn: null, Order: { } order } when order != default =>
            LedgerReference.ForOrder(order),
        _ => null,
    };

    private static bool OnlyFields(LedgerEntryState row, bool method = false, bool reference = false, bool withdrawal = false, bool destination = false, bool correction = false) =>
        (row.PaymentMethod is not null) == method
        && (row.ReferenceKind is not null || row.Invoice is not null || row.RenewedProduct is not null || row.RenewalDueOn is not null || row.Order is not null) == reference
        && (row.Withdrawal is not null) == withdrawal
        && (row.DestinationKind is not null || row.Destination is not null) == destination
        && (row.Corrects is not null || row.Direction is not null) == correction;

    private Money Signed(int effect) => effect switch
    {
        > 0 => Amount,
        < 0 => Amount.Negate(),
        _ => Money.Zero(Amount.Currency),
    };
}

/// <summary>The kinds of <see cref="LedgerEntry"/>.</summary>
public enum LedgerEntryKind
{
    /// <summary>A top-up credited the account (<see cref="PrepaidCredited"/>).</summary>
    Credit = 1,

    /// <summary>A payment debited the account (<see cref="PrepaidDebited"/>).</summary>
    Debit,

    /// <summary>A withdrawal reserved part of the balance (<see cref="WithdrawalReserved"/>).</summary>
    WithdrawalReserved,

    /// <summary>A reserved withdrawal was sent and left the balance (<see cref="WithdrawalCompleted"/>).</summary>
    WithdrawalCompleted,

    /// <summary>A reserved withdrawal was cancelled and its amount released (<see cref="WithdrawalCancelled"/>).</summary>
    WithdrawalCancelled,

    /// <summary>A compensating entry corrected an earlier one (<see cref="PrepaidCorrected"/>).</summary>
    Correction,
}

/// <summary>Which way a correction moves the balance.</summary>
public enum CorrectionDirection
{
    /// <summary>The correction adds its amount to the balance (it compensates a debit or a completed withdrawal).</summary>
    AddsToBalance = 1,

    /// <summary>The correction takes its amount from the balance (it compensates a credit).</summary>
    TakesFromBalance,
}

/// <summary>A member topped up the prepaid account (PRE-1): its balance grew by <see cref="LedgerEntry.Amount"/>.</summary>
public sealed record PrepaidCredited : LedgerEntry, IDomainEvent
{
    internal PrepaidCredited(PrepaidAccountId account, long sequence, IdempotencyKey key, AccountId actor, DateTimeOffset recordedAt, Money amount, PaymentMethod method)
        : base(account, sequence, key, actor, recordedAt, amount) => Method = method;

    /// <summary>How the top-up was paid.</summary>
    public PaymentMethod Method { get; }

    /// <inheritdoc />
    public override LedgerEntryKind Kind => LedgerEntryKind.Credit;

    internal override int BalanceEffect => 1;

    private protected override bool IsClosedCase => true;
}

/// <summary>The prepaid account paid an invoice, a renewal or a shop order (PRE-2): its balance shrank by <see cref="LedgerEntry.Amount"/>.</summary>
public sealed record PrepaidDebited : LedgerEntry, IDomainEvent
{
    internal PrepaidDebited(PrepaidAccountId account, long sequence, IdempotencyKey key, AccountId actor, DateTimeOffset recordedAt, Money amount, LedgerReference reference)
        : base(account, sequence, key, actor, recordedAt, amount) => Reference = reference;

    /// <summary>What the debit paid.</summary>
    public LedgerReference Reference { get; }

    /// <inheritdoc />
    public override LedgerEntryKind Kind => LedgerEntryKind.Debit;

    internal override int BalanceEffect => -1;

    private protected override bool IsClosedCase => true;
}

/// <summary>
/// A member asked to withdraw part of the balance (PRE-4): <see cref="LedgerEntry.Amount"/> is reserved (no longer
/// available) until the withdrawal is completed or cancelled; the balance itself is unchanged.
/// </summary>
public sealed record WithdrawalReserved : LedgerEntry, IDomainEvent
{
    internal WithdrawalReserved(
        PrepaidAccountId account, long sequence, IdempotencyKey key, AccountId actor, DateTimeOffset recordedAt, Money amount, WithdrawalId withdrawal, WithdrawalDestination destination)
        : base(account, sequence, key, actor, recordedAt, amount)
    {
        Withdrawal = withdrawal;
        Destination = destination;
    }

    /// <summary>The withdrawal.</summary>
    public WithdrawalId Withdrawal { get; }

    /// <summary>Where the money is to be sent.</summary>
    public WithdrawalDestination Destination { get; }

    /// <inheritdoc />
    public override LedgerEntryKind Kind => LedgerEntryKind.WithdrawalReserved;

    internal override int BalanceEffect => 0;

    internal override int ReservedEffect => 1;

    private protected override bool IsClosedCase => true;
}

/// <summary>A reserved withdrawal was sent (PRE-4): its amount left the balance and is no longer reserved.</summary>
public sealed record WithdrawalCompleted : LedgerEntry, IDomainEvent
{
    internal WithdrawalCompleted(PrepaidAccountId account, long sequence, IdempotencyKey key, AccountId actor, DateTimeOffset recordedAt, Money amount, WithdrawalId withdrawal)
        : base(account, sequence, key, actor, recordedAt, amount) => Withdrawal = withdrawal;

    /// <summary>The withdrawal.</summary>
    public WithdrawalId Withdrawal { get; }

    /// <inheritdoc />
    public override LedgerEntryKind Kind => LedgerEntryKind.WithdrawalCompleted;

    internal override int BalanceEffect => -1;

    internal override int ReservedEffect => -1;

    private protected override bool IsClosedCase => true;
}

/// <summary>A reserved withdrawal was cancelled (PRE-4): its amount is available again.</summary>
public sealed record WithdrawalCancelled : LedgerEntry, IDomainEvent
{
    internal WithdrawalCancelled(PrepaidAccountId account, long sequence, IdempotencyKey key, AccountId actor, DateTimeOffset recordedAt, Money amount, WithdrawalId withdrawal)
        : base(account, sequence, key, actor, recordedAt, amount) => Withdrawal = withdrawal;

    /// <summary>The withdrawal.</summary>
    public WithdrawalId Withdrawal { get; }

    /// <inheritdoc />
    public override LedgerEntryKind Kind => LedgerEntryKind.WithdrawalCancelled;

    internal override int BalanceEffect => 0;

    internal override int ReservedEffect => -1;

    private protected override bool IsClosedCase => true;
}

/// <summary>
/// A compensating entry corrected an earlier entry (PRE-5): the balance moves back by <see cref="LedgerEntry.Amount"/>,
/// at most the corrected entry's amount; the corrected entry itself is never edited.
/// </summary>
public sealed record PrepaidCorrected : LedgerEntry, IDomainEvent
{
    internal PrepaidCorrected(
        PrepaidAccountId account, long sequence, IdempotencyKey key, AccountId actor, DateTimeOffset recordedAt, Money amount, long corrects, CorrectionDirection direction)
        : base(account, sequence, key, actor, recordedAt, amount)
    {
        Corrects = corrects;
        Direction = direction;
    }

    /// <summary>The sequence number of the entry this one compensates.</summary>
    public long Corrects { get; }

    /// <summary>Which way the correction moves the balance: the opposite of the corrected entry.</summary>
    public CorrectionDirection Direction { get; }

    /// <inheritdoc />
    public override LedgerEntryKind Kind => LedgerEntryKind.Correction;

    internal override int BalanceEffect => Direction == CorrectionDirection.AddsToBalance ? 1 : -1;

    private protected override bool IsClosedCase => true;
}
