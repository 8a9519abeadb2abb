using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// The stored form of a <see cref="PrepaidAccount"/>: its head (balance, reserved amount, last sequence, version and
/// pending withdrawals), which is small whatever the ledger's length, and the ledger entries loaded with it.
/// </summary>
/// <remarks>
/// <para>
/// A store keeps the head as one row (with its pending withdrawals as child rows, replaced on save) and the entries as
/// append-only rows keyed by (<see cref="LedgerEntryState.AccountId"/>, <see cref="LedgerEntryState.Sequence"/>), with
/// unique indexes on (account, <see cref="LedgerEntryState.IdempotencyKey"/>) and on (account,
/// <see cref="LedgerEntryState.Corrects"/>). Saving writes the head and inserts
/// <see cref="PrepaidAccount.NewEntries"/>, never rewriting an entry.
/// </para>
/// <para>
/// <see cref="Entries"/> holds either the whole ledger (then <see cref="PrepaidAccount.FromState"/> replays it and checks
/// the head against it) or only the entries an application loaded with the head (possibly none: see
/// <see cref="PrepaidAccount"/> on idempotency), always ordered by sequence.
/// </para>
/// </remarks>
public sealed record PrepaidAccountState
{
    /// <summary>The account's id.</summary>
    public required PrepaidAccountId Id { get; init; }

    /// <summary>The organization the account belongs to; one account per organization.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>The account's currency; every amount of the account is in it.</summary>
    public required Currency Currency { get; init; }

    /// <summary>The number of events the account has recorded: its opening, then one per entry (for optimistic concurrency).</summary>
    public required long Version { get; init; }

    /// <summary>The balance: the sum of the entries' balance changes.</summary>
    public required Money Balance { get; init; }

    /// <summary>The amount reserved by pending withdrawals: the sum of <see cref="PendingWithdrawals"/>' amounts.</summary>
    public required Money Reserved { get; init; }

    /// <summary>The sequence number of the last entry, which is also the number of entries (sequences start at 1, with no gap); 0 for an empty ledger.</summary>
    public required long LastSequence { get; init; }

    /// <summary>The withdrawals reserved and neither completed nor cancelled, ordered by sequence.</summary>
    public required IReadOnlyList<PendingWithdrawalState> PendingWithdrawals { get; init; }

    /// <summary>The entries loaded with the head, ordered by sequence: all of them, or those an application needs.</summary>
    public required IReadOnlyList<LedgerEntryState> Entries { get; init; }

    /// <summary>Whether both states hold the same values, lists compared element by element.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(PrepaidAccountState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}

/// <summary>
/// The stored form of one ledger entry: an append-only row. The columns a kind does not use are null
/// (<see cref="LedgerEntry.ToState"/> writes them, <see cref="PrepaidAccount.FromState"/> checks them).
/// </summary>
public sealed record LedgerEntryState
{
    /// <summary>The account whose ledger holds the entry.</summary>
    public required PrepaidAccountId AccountId { get; init; }

    /// <summary>The entry's position in the ledger, from 1.</summary>
    public required long Sequence { get; init; }

    /// <summary>Which kind of entry this is.</summary>
    public required LedgerEntryKind Kind { get; init; }

    /// <summary>The idempotency key of the operation that made the entry; unique in the account.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The amount moved; positive, in the account's currency.</summary>
    public required Money Amount { get; init; }

    /// <summary>The member who made the operation.</summary>
    public required AccountId Actor { get; init; }

    /// <summary>When the entry was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>For a credit, the payment method's code; otherwise null.</summary>
    public required string? PaymentMethod { get; init; }

    /// <summary>For a debit, what it paid; otherwise null.</summary>
    public required LedgerReferenceKind? ReferenceKind { get; init; }

    /// <summary>For a debit paying an invoice, the invoice; otherwise null.</summary>
    public required InvoiceId? Invoice { get; init; }

    /// <summary>For a debit paying a renewal, the product renewed; otherwise null.</summary>
    public required ProductId? RenewedProduct { get; init; }

    /// <summary>For a debit paying a renewal, the day the renewed period was due; otherwise null.</summary>
    public required DateOnly? RenewalDueOn { get; init; }

    /// <summary>For a debit paying a shop order, the order; otherwise null.</summary>
    public required OrderId? Order { get; init; }

    /// <summary>For a withdrawal entry (reserved, completed, cancelled), the withdrawal; otherwise null.</summary>
    public required WithdrawalId? Withdrawal { get; init; }

    /// <summary>For a withdrawal reserved, the kind of destination; otherwise null.</summary>
    public required WithdrawalDestinationKind? DestinationKind { get; init; }

    /// <summary>For a withdrawal reserved, the IBAN (electronic form) or the PayPal address (as typed); otherwise null.</summary>
    public required string? Destination { get; init; }

    /// <summary>For a correction, the sequence of the entry it compensates; unique in the account; otherwise null.</summary>
    public required long? Corrects { get; init; }

    /// <summary>For a correction, which way it moves the balance; otherwise null.</summary>
    public required CorrectionDirection? Direction { get; init; }
}

/// <summary>
/// The stored form of a pending withdrawal, kept with the account's head so that a withdrawal can be completed or
/// cancelled without loading the ledger: the same facts as its <see cref="WithdrawalReserved"/> entry.
/// </summary>
public sealed record PendingWithdrawalState
{
    /// <summary>The account.</summary>
    public required PrepaidAccountId AccountId { get; init; }

    /// <summary>The withdrawal.</summary>
    public required WithdrawalId WithdrawalId { get; init; }

    /// <summary>The sequence of the entry that reserved it.</summary>
    public required long Sequence { get; init; }

    /// <summary>The idempotency key of the request that reserved it.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The amount reserved.</summary>
    public required Money Amount { get; init; }

    /// <summary>The member who asked for it.</summary>
    public required AccountId Actor { get; init; }

    /// <summary>When it was reserved.</summary>
    public required DateTimeOffset ReservedAt { get; init; }

    /// <summary>The kind of destination.</summary>
    public required WithdrawalDestinationKind DestinationKind { get; init; }

    /// <summary>The IBAN (electronic form) or the PayPal address (as typed).</summary>
    public required string Destination { get; init; }
}
