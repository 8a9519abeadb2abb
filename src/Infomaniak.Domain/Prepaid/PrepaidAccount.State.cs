using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid;

public sealed partial class PrepaidAccount
{
    /// <summary>Exports the account's head, its pending withdrawals and the entries it holds, each ordered by sequence.</summary>
    /// <returns>A state <see cref="FromState"/> rebuilds an equal account from.</returns>
    public PrepaidAccountState ToState() => new()
    {
        Id = Id,
        OrganizationId = Organization,
        Currency = Currency,
        Version = Version,
        Balance = Balance,
        Reserved = Reserved,
        LastSequence = lastSequence,
        PendingWithdrawals = PendingStates(),
        Entries = [.. entries.Select(entry => entry.ToState())],
    };

    /// <summary>
    /// Rebuilds an account from a stored state, with no pending events. With the whole ledger in
    /// <see cref="PrepaidAccountState.Entries"/> (as many entries as <see cref="PrepaidAccountState.LastSequence"/>), the
    /// entries are replayed and the head must match them; with fewer, the head is taken as stored and the entries given
    /// are held for idempotency and corrections.
    /// </summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/>, one of its lists or one of their rows is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a default id or currency, a version that is not the last
    /// sequence plus one, a row that does not fit its kind or belongs to another account, a replay that breaks a rule or does not
    /// give the stored head, reserved amounts that do not add up, a sequence or key held twice, or more entries than the ledger has.</exception>
    public static PrepaidAccount FromState(PrepaidAccountState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.PendingWithdrawals);
        Guard.Against.Null(state.Entries);
        var currency = state.Currency;
        Require(!currency.IsDefault && state.Balance.Currency == currency && state.Reserved.Currency == currency, "The balance and the reserved amount must be in the account's currency.");
        Require(state.LastSequence >= 0 && state.Version == state.LastSequence + 1, $"Version {state.Version} is not the last sequence ({state.LastSequence}) plus one.");
        Require(state.Entries.Count <= state.LastSequence, $"{state.Entries.Count} entries are more than the ledger's {state.LastSequence}.");
        var loaded = new List<LedgerEntry>(state.Entries.Count);
        foreach (var row in state.Entries)
        {
            Guard.Against.Null(row);
            if (row.AccountId != state.Id)
            {
                throw Corrupt($"Entry {row.Sequence} belongs to prepaid account {row.AccountId}.");
            }

            loaded.Add(LedgerEntry.FromState(row, currency, out var problem) ?? throw Corrupt(problem!));
        }

        if (!IsOrdered(loaded))
        {
            loaded.Sort((left, right) => left.Sequence.CompareTo(right.Sequence));
        }

        var pendingRows = state.PendingWithdrawals.Select(row => Guard.Against.Null(row)).OrderBy(row => row.Sequence).ToList();
        if (loaded.Count == state.LastSequence)
        {
            var replayed = Replay(state.Id, state.OrganizationId, currency, loaded);
            _ = replayed.KeyIndex;
            Require(replayed.Balance == state.Balance && replayed.Reserved == state.Reserved, $"The stored balance ({state.Balance}) or reserved amount ({state.Reserved}) is not what the entries give.");
            Require(replayed.PendingStates().SequenceEqual(pendingRows), "The stored pending withdrawals are not those the entries leave pending.");
            return replayed;
        }

        return FromHead(state, currency, loaded, pendingRows);
    }

    /// <summary>
    /// Rebuilds an account from its whole ledger alone (PRE-5): the entries are replayed in order, each checked against
    /// the rules it was recorded under, and the rebuilt account equals the one that recorded them.
    /// </summary>
    /// <remarks>
    /// One pass over the entries, with no index built: the index of idempotency keys is made the first time an operation
    /// or a payment policy needs it, and a key used twice is reported then, with the same <see cref="ArgumentException"/>.
    /// <see cref="FromState"/> given the whole ledger builds it at once.
    /// </remarks>
    /// <param name="id">The account's id.</param>
    /// <param name="organization">The organization it belongs to.</param>
    /// <param name="currency">Its currency.</param>
    /// <param name="entries">Every entry of its ledger, in sequence order (for example the events an event store kept).</param>
    /// <returns>The account, holding the whole ledger, with no pending events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">An id or the currency is the default value, or the entries break a rule: another account's entry,
    /// a gap in the sequence, another currency, a payment or reservation beyond the available balance, the end of a
    /// withdrawal that is not pending, or a correction that could not have been made.</exception>
    public static PrepaidAccount Rebuild(PrepaidAccountId id, OrganizationId organization, Currency currency, IEnumerable<LedgerEntry> entries)
    {
        Guard.Against.Null(entries);
        return Replay(id, organization, currency, entries as IReadOnlyList<LedgerEntry> ?? [.. entries]);
    }

    private static PrepaidAccount Replay(PrepaidAccountId id, OrganizationId organization, Currency currency, IReadOnlyList<LedgerEntry> entries)
    {
        var account = new PrepaidAccount(id, entries.Count + 1L, organization, currency, entries.Count, indexKeys: false);
        for (var i = 0; i < entries.Count; i++)
        {
            account.Replay(Guard.Against.Null(entries[i]));
        }

        return account;
    }

    // One entry of a replay: credits, debits and withdrawals, all but the corrections, are checked and applied inline,
    // with one lookup of the pending withdrawals each; a broken rule goes through Verify for its message; a correction
    // is verified and applied in full.
    private void Replay(LedgerEntry entry)
    {
        var money = entry.Amount;
        var amount = money.Amount;
        if (entry.Sequence != lastSequence + 1 || entry.Account != Id || money.Currency != Currency)
        {
            throw Broken(entry);
        }

        switch (entry)
        {
            case PrepaidCredited:
                var credited = balance + amount;
                balance = credited <= Money.MaxMagnitude ? credited : throw Broken(entry);
                break;
            case PrepaidDebited:
                balance = amount <= balance - reserved ? balance - amount : throw Broken(entry);
                break;
            case WithdrawalReserved reservation:
                reserved = amount <= balance - reserved && pending.TryAdd(reservation.Withdrawal, reservation) ? reserved + amount : throw Broken(entry);
                break;
            case WithdrawalCompleted completed:
                reserved = Ends(completed.Withdrawal, amount) ? reserved - amount : throw Broken(entry);
                balance -= amount;
                break;
            case WithdrawalCancelled cancelled:
                reserved = Ends(cancelled.Withdrawal, amount) ? reserved - amount : throw Broken(entry);
                break;
            default:
                Verify(entry);
                Apply(entry);
                return;
        }

        entries.Add(entry);
        lastSequence = entry.Sequence;
    }

    // Ends, during a replay, the pending withdrawal a completion or cancellation names: false when none is pending under
    // that id, or when it reserved another amount.
    private bool Ends(WithdrawalId withdrawal, decimal amount) => pending.Remove(withdrawal, out var reservation) && reservation.Amount.Amount == amount;

    private ArgumentException Broken(LedgerEntry entry)
    {
        Verify(entry);
        return Corrupt($"Entry {entry.Sequence} breaks a rule of the ledger at that point.");
    }

    private static PrepaidAccount FromHead(PrepaidAccountState state, Currency currency, List<LedgerEntry> loaded, List<PendingWithdrawalState> pendingRows)
    {
        var account = new PrepaidAccount(state.Id, state.Version, state.OrganizationId, currency, loaded.Count)
        {
            lastSequence = state.LastSequence,
            balance = state.Balance.Amount,
            reserved = state.Reserved.Amount,
        };
        Require(!state.Reserved.IsNegative && state.Reserved.Amount <= state.Balance.Amount, $"The reserved amount ({state.Reserved}) is not between zero and the balance ({state.Balance}).");
        var reservedTotal = 0m;
        foreach (var row in pendingRows)
        {
            if (row.AccountId != state.Id || row.Sequence > state.LastSequence)
            {
                throw Corrupt($"Pending withdrawal {row.WithdrawalId} belongs to another account or lies beyond the ledger.");
            }

            var reservation = LedgerEntry.FromState(ReservationRow(row), currency, out var problem) as WithdrawalReserved ?? throw Corrupt(problem!);
            if (!account.pending.TryAdd(reservation.Withdrawal, reservation))
            {
                throw Corrupt($"Withdrawal {reservation.Withdrawal} is pending twice.");
            }

            reservedTotal += reservation.Amount.Amount;
        }

        Require(reservedTotal == state.Reserved.Amount, $"The pending withdrawals add up to {reservedTotal}, not to the reserved {state.Reserved}.");
        var previous = 0L;
        foreach (var entry in loaded)
        {
            if (entry.Sequence <= previous || entry.Sequence > state.LastSequence)
            {
                throw Corrupt($"Entry {entry.Sequence} is held twice or lies beyond the ledger.");
            }

            if (!account.KeyIndex.TryAdd(entry.IdempotencyKey.Value, entry))
            {
                throw Corrupt($"Idempotency key '{entry.IdempotencyKey}' is used twice.");
            }

            if (entry is PrepaidCorrected correction && !account.corrected.Add(correction.Corrects))
            {
                throw Corrupt($"Entry {correction.Corrects} is corrected twice.");
            }

            account.entries.Add(entry);
            previous = entry.Sequence;
        }

        return account;
    }

    private static LedgerEntryState ReservationRow(PendingWithdrawalState row) => new()
    {
        AccountId = row.AccountId,
        Sequence = row.Sequence,
        Kind = LedgerEntryKind.WithdrawalReserved,
        IdempotencyKey = row.IdempotencyKey,
        Amount = row.Amount,
        Actor = row.Actor,
        RecordedAt = row.ReservedAt,
        PaymentMethod = null,
        ReferenceKind = null,
        Invoice = null,
        RenewedProduct = null,
        RenewalDueOn = null,
        Order = null,
        Withdrawal = row.WithdrawalId,
        DestinationKind = row.DestinationKind,
        Destination = row.Destination,
        Corrects = null,
        Direction = null,
    };

    private static PendingWithdrawalState PendingStateOf(WithdrawalReserved reservation) => new()
    {
        AccountId = reservation.Account,
        WithdrawalId = reservation.Withdrawal,
        Sequence = reservation.Sequence,
        IdempotencyKey = reservation.IdempotencyKey.Value,
        Amount = reservation.Amount,
        Actor = reservation.Actor,
        ReservedAt = reservation.RecordedAt,
        DestinationKind = reservation.Destination.Kind,
        Destination = reservation.Destination.StoredValue,
    };

    private List<PendingWithdrawalState> PendingStates() => [.. pending.Values.OrderBy(reservation => reservation.Sequence).Select(PendingStateOf)];

    private static bool IsOrdered(List<LedgerEntry> loaded)
    {
        for (var i = 1; i < loaded.Count; i++)
        {
            if (loaded[i - 1].Sequence > loaded[i].Sequence)
            {
                return false;
            }
        }

        return true;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Corrupt(message);
        }
    }

    private static ArgumentException Corrupt(string message) => new($"Corrupt prepaid account state: {message}", "state");

    // The rules every entry was recorded under, checked again when the ledger is replayed; a message is made only for a broken one.
    private void Verify(LedgerEntry entry)
    {
        if (entry.Account != Id)
        {
            throw Corrupt($"Entry {entry.Sequence} belongs to prepaid account {entry.Account}.");
        }

        if (entry.Sequence != lastSequence + 1)
        {
            throw Corrupt($"Entry {entry.Sequence} does not follow entry {lastSequence}.");
        }

        if (entry.Amount.Currency != Currency)
        {
            throw Corrupt($"Entry {entry.Sequence} is in {entry.Amount.Currency}, not {Currency}.");
        }

        if (!FollowsTheRules(entry))
        {
            throw Corrupt($"Entry {entry.Sequence} ({entry.Kind} of {entry.Amount}) breaks a rule of the ledger at that point.");
        }
    }

    private bool FollowsTheRules(LedgerEntry entry) => entry switch
    {
        PrepaidCredited => balance + entry.Amount.Amount <= Money.MaxMagnitude,
        PrepaidDebited => entry.Amount.Amount <= balance - reserved,
        WithdrawalReserved reservation => !pending.ContainsKey(reservation.Withdrawal) && entry.Amount.Amount <= balance - reserved,
        WithdrawalCompleted completed => pending.TryGetValue(completed.Withdrawal, out var reservation) && reservation.Amount == entry.Amount,
        WithdrawalCancelled cancelled => pending.TryGetValue(cancelled.Withdrawal, out var reservation) && reservation.Amount == entry.Amount,
        PrepaidCorrected correction => Held(correction.Corrects) is { } target && ProblemCorrecting(target, entry.Amount) is null
            && correction.Direction == Compensating(target)
            && (correction.Direction == CorrectionDirection.AddsToBalance
                ? balance + entry.Amount.Amount <= Money.MaxMagnitude
                : entry.Amount.Amount <= balance - reserved),
        _ => false,
    };
}
