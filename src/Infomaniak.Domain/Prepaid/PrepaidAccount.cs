using System.Collections;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// An organization's prepaid account (PRE-1..5): a reserve of money in one currency, kept as an append-only ledger of
/// entries that a finance team can trust.
/// </summary>
/// <remarks>
/// <para>
/// <b>The ledger (PRE-5).</b> Every movement appends one <see cref="LedgerEntry"/>, never edited or removed: a top-up
/// (<see cref="TopUp"/>), a payment (<see cref="Pay"/>), a withdrawal reserved, completed or cancelled
/// (<see cref="RequestWithdrawal"/>, <see cref="CompleteWithdrawal"/>, <see cref="CancelWithdrawal"/>) and a correction
/// (<see cref="Correct"/>). The <see cref="Balance"/> is the sum of the entries' balance changes and
/// <see cref="Available"/> is the balance less the withdrawals reserved; both are kept as entries are appended, so
/// reading them costs the same for ten entries or ten million. Invariants, true after every operation and checked by
/// <see cref="FromState"/> and <see cref="Rebuild"/>: <c>0 &lt;= Reserved &lt;= Balance</c> (so the available balance
/// never goes negative), sequences run from 1 without gap, and every key is used once. Money is neither created nor
/// lost: what came in (credits, corrections adding) equals what went out (debits, withdrawals completed, corrections
/// taking) plus the balance.
/// </para>
/// <para>
/// <b>Idempotency (PRE-5).</b> Every operation takes an <see cref="IdempotencyKey"/>. The same key with the same request
/// returns the entry the first request appended and changes nothing; the same key with a different request is refused
/// with <see cref="IdempotencyKeyReused"/>. A refused operation appends nothing, so its key stays free. The account
/// indexes the keys of the entries it holds. Loaded in full, it holds every entry, so it knows every key. Loaded by its
/// head only, it knows the keys of the entries loaded with it: the application passes in
/// <see cref="PrepaidAccountState.Entries"/> the entries whose keys its coming operations use (found with
/// <c>LedgerEntriesByKeysSpec</c>), and a retry finds its first outcome there. A key the account does not hold is
/// taken as new; the store's unique index on (account, key) is the last guard: an insert that breaks it means another
/// request used the key first, and the application reloads with that key and runs the operation again, which then
/// returns the first outcome or <see cref="IdempotencyKeyReused"/>. Corrections follow the same decision with the unique
/// index on (account, corrected sequence).
/// </para>
/// <para>
/// <b>Authorization (RGT-4).</b> Every operation takes the <see cref="Organizations.Organization"/> that owns the
/// account and the acting member, and is refused <see cref="ActionDenied"/> first, through
/// <see cref="Organizations.Organization.Authorize(AccountId, MemberAction, OrganizationId)"/> with
/// <see cref="MemberAction.ManagePrepaidAccount"/>: a stranger, a member of another organization or a member without
/// billing rights may do nothing, not even replay a key.
/// </para>
/// <para>
/// <b>Storage.</b> <see cref="ToState"/> exports the head and the entries held; a store saves the head and appends
/// <see cref="NewEntries"/> only. <see cref="FromState"/> takes the head with all entries (then replays them and checks
/// the head) or with some (then trusts the head). A refused operation changes nothing, appends nothing and records
/// nothing.
/// </para>
/// </remarks>
public sealed partial class PrepaidAccount : AggregateRoot<PrepaidAccountId>
{
    private readonly List<LedgerEntry> entries;
    private readonly ReadOnlyCollection<LedgerEntry> entriesView;
    private readonly NewEntryView newEntriesView;
    private Dictionary<string, LedgerEntry>? byKey;
    private readonly Dictionary<WithdrawalId, WithdrawalReserved> pending = [];
    private readonly HashSet<long> corrected = [];
    private decimal balance;
    private decimal reserved;
    private Money? balanceMoney;
    private Money? reservedMoney;
    private Money? availableMoney;
    private long lastSequence;

    private PrepaidAccount(PrepaidAccountId id, long version, OrganizationId organization, Currency currency, int capacity, bool indexKeys = true)
        : base(id, version)
    {
        Organization = Guard.Against.Default(organization);
        Currency = currency.IsDefault ? throw new ArgumentException("A currency is required; the default value is not one.", nameof(currency)) : currency;
        entries = new List<LedgerEntry>(capacity);
        entriesView = entries.AsReadOnly();
        newEntriesView = new NewEntryView(this);
        byKey = indexKeys ? new Dictionary<string, LedgerEntry>(capacity) : null;
    }

    /// <summary>The organization the account belongs to.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The account's currency: every amount moved through it is in this currency.</summary>
    public Currency Currency { get; }

    /// <summary>The balance: the sum of every entry's balance change; never negative.</summary>
    public Money Balance => balanceMoney ??= InCurrency(balance);

    /// <summary>The amount reserved by pending withdrawals; never above <see cref="Balance"/>.</summary>
    public Money Reserved => reservedMoney ??= InCurrency(reserved);

    /// <summary>What may be paid or withdrawn now: <see cref="Balance"/> less <see cref="Reserved"/>; never negative.</summary>
    public Money Available => availableMoney ??= InCurrency(balance - reserved);

    /// <summary>The sequence of the last entry, which is also the number of entries; 0 for an empty ledger.</summary>
    public long LastSequence => lastSequence;

    /// <summary>Whether the account holds its whole ledger in <see cref="Entries"/> (rather than the head and some entries).</summary>
    public bool HoldsWholeLedger => entries.Count == lastSequence;

    /// <summary>The entries the account holds, ordered by sequence: the whole ledger, or the entries loaded with the head and those appended since. A read-only view, not a copy.</summary>
    public IReadOnlyList<LedgerEntry> Entries => entriesView;

    /// <summary>The entries appended since the account was loaded or last saved, ordered by sequence: what a store appends. Emptied by <see cref="AggregateRoot{TId}.DequeueEvents"/>.</summary>
    public IReadOnlyList<LedgerEntry> NewEntries => newEntriesView;

    /// <summary>The withdrawals reserved and neither completed nor cancelled: what stands between the balance and zero at an organization's deletion (ORG-9).</summary>
    public IReadOnlyCollection<WithdrawalReserved> PendingWithdrawals => pending.Values;

    // The index of the keys the account holds: built with the account, or on first need after a replay, which then
    // reads every entry's key once (and finds a key used twice there).
    private Dictionary<string, LedgerEntry> KeyIndex => byKey ?? IndexKeys();

    private int NewEntryCount => (int)(lastSequence - Math.Max(PersistedVersion - 1, 0));

    /// <summary>Opens an organization's prepaid account, empty.</summary>
    /// <param name="organization">The organization; one account per organization (the store's unique index on it, <c>PrepaidAccountOfOrganizationSpec</c> to find it).</param>
    /// <param name="actor">The member opening it; needs billing rights.</param>
    /// <param name="currency">The account's currency, for good.</param>
    /// <param name="random">The source of the account's id.</param>
    /// <returns>The account, with a <see cref="PrepaidAccountOpened"/> event; or <see cref="ActionDenied"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value.</exception>
    public static OneOf<PrepaidAccount, ActionDenied> Open(Organization organization, AccountId actor, Currency currency, IRandomSource random)
    {
        Guard.Against.Null(organization);
        Guard.Against.Null(random);
        if (currency.IsDefault)
        {
            throw new ArgumentException("A currency is required; the default value is not one.", nameof(currency));
        }

        if (organization.Authorize(actor, MemberAction.ManagePrepaidAccount).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        var account = new PrepaidAccount(TypedId.New<PrepaidAccountId>(random), 0, organization.Id, currency, 0);
        account.Record(new PrepaidAccountOpened(account.Id, organization.Id, currency, actor));
        return account;
    }

    private static decimal Moved(decimal total, decimal amount, int effect) => effect switch
    {
        > 0 => total + amount,
        < 0 => total - amount,
        _ => total,
    };

    private static void RequireArguments(Organization organization, IdempotencyKey key, TimeProvider clock)
    {
        Guard.Against.Null(organization);
        Guard.Against.Null(clock);
        if (key.IsDefault)
        {
            throw new ArgumentException("An idempotency key is required; the default value is not one.", nameof(key));
        }
    }

    private static void RequireAmount(Money amount)
    {
        if (amount.Currency.IsDefault)
        {
            throw new ArgumentException("An amount in a currency is required; the default value is not one.", nameof(amount));
        }
    }

    private ActionDenied? Denied(AccountId actor, Organization organization) =>
        organization.Authorize(actor, MemberAction.ManagePrepaidAccount, Organization).TryPickT1(out var denied, out _) ? denied : null;

    internal IdempotencyKeyReused Reused(IdempotencyKey key, LedgerEntry first) => new(Id, key, first.Sequence, first.Kind);

    /// <summary>The entry the account holds for a key, or null: a key it does not hold is new to it.</summary>
    internal LedgerEntry? EntryWithKey(IdempotencyKey key) => KeyIndex.GetValueOrDefault(key.Value);

    private Money InCurrency(decimal amount) => Money.Create(amount, Currency).GetValueOrThrow();

    internal InsufficientAvailableBalance? Uncovered(Money amount)
    {
        if (amount.Amount <= balance - reserved)
        {
            return null;
        }

        var available = Available;
        return new InsufficientAvailableBalance(Id, amount, available, amount.Subtract(available).TryPickT0(out var shortfall, out _) ? shortfall : InCurrency(amount.Amount - available.Amount));
    }

    private TEntry Append<TEntry>(TEntry entry)
        where TEntry : LedgerEntry, IDomainEvent
    {
        Apply(entry);
        Record(entry);
        return entry;
    }

    // Keeps the balance and the indexes up to date; the totals are decimals, made Money once read.
    private void Apply(LedgerEntry entry)
    {
        if (byKey is not null && !byKey.TryAdd(entry.IdempotencyKey.Value, entry))
        {
            throw Corrupt($"Idempotency key '{entry.IdempotencyKey}' is used twice.");
        }

        entries.Add(entry);
        lastSequence = entry.Sequence;
        balance = Moved(balance, entry.Amount.Amount, entry.BalanceEffect);
        reserved = Moved(reserved, entry.Amount.Amount, entry.ReservedEffect);
        balanceMoney = null;
        reservedMoney = null;
        availableMoney = null;
        switch (entry)
        {
            case WithdrawalReserved reservation:
                pending.Add(reservation.Withdrawal, reservation);
                break;
            case WithdrawalCompleted completed:
                pending.Remove(completed.Withdrawal);
                break;
            case WithdrawalCancelled cancelled:
                pending.Remove(cancelled.Withdrawal);
                break;
            case PrepaidCorrected correction:
                corrected.Add(correction.Corrects);
                break;
        }
    }

    private Dictionary<string, LedgerEntry> IndexKeys()
    {
        var index = new Dictionary<string, LedgerEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (!index.TryAdd(entry.IdempotencyKey.Value, entry))
            {
                throw Corrupt($"Idempotency key '{entry.IdempotencyKey}' is used twice.");
            }
        }

        byKey = index;
        return index;
    }

    private LedgerEntry? Held(long sequence)
    {
        if (sequence < 1 || sequence > lastSequence)
        {
            return null;
        }

        if (HoldsWholeLedger)
        {
            return entries[(int)(sequence - 1)];
        }

        var low = 0;
        var high = entries.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = entries[middle].Sequence;
            if (found == sequence)
            {
                return entries[middle];
            }

            if (found < sequence)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    private sealed class NewEntryView(PrepaidAccount account) : IReadOnlyList<LedgerEntry>
    {
        public int Count => account.NewEntryCount;

        public LedgerEntry this[int index] =>
            index >= 0 && index < Count ? account.entries[account.entries.Count - Count + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<LedgerEntry> GetEnumerator()
        {
            var count = Count;
            for (var i = account.entries.Count - count; i < account.entries.Count; i++)
            {
                yield return account.entries[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
