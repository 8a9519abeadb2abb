using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// Recording a ledger entry runs on every top-up, payment and withdrawal: with its idempotency check it must cost at
/// most ~100 ns and allocate nothing beyond the entry's amortized storage; a refusal allocates only itself. Each figure
/// is compared, in one run, with the same ledger written the usual way (<see cref="UsualLedger"/>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PrepaidLedgerBenchmarks
{
    private const int EntriesPerInvoke = 1_000;

    private PrepaidSetup setup = null!;
    private IdempotencyKey[] keys = null!;
    private string[] rawKeys = null!;
    private PrepaidAccount funded = null!;
    private UsualLedger usualFunded = null!;

    [GlobalSetup]
    public void Setup()
    {
        setup = new PrepaidSetup();
        rawKeys = [.. Enumerable.Range(0, EntriesPerInvoke).Select(i => $"top-up-{i:D8}")];
        keys = [.. rawKeys.Select(key => IdempotencyKey.Parse(key).GetValueOrThrow())];
        funded = setup.OpenFunded(100);
        usualFunded = new UsualLedger();
        usualFunded.Credit("first", 100m, "card");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = EntriesPerInvoke)]
    [BenchmarkCategory("Record a top-up")]
    public decimal UsualWay_RecordTopUps()
    {
        var ledger = new UsualLedger();
        var total = 0m;
        for (var i = 0; i < EntriesPerInvoke; i++)
        {
            total += ledger.Credit(rawKeys[i], 1m, "card").Amount;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = EntriesPerInvoke)]
    [BenchmarkCategory("Record a top-up")]
    public long Library_RecordTopUps()
    {
        var account = setup.Open();
        var sequences = 0L;
        for (var i = 0; i < EntriesPerInvoke; i++)
        {
            sequences += account.TopUp(setup.Owner, setup.Organization, keys[i], setup.OneFranc, PaymentMethod.Card, setup.Policy, setup.Clock)
                .Match(credit => credit.Sequence, _ => -1, _ => -1, _ => -1, _ => -1, _ => -1, _ => -1, _ => -1, _ => -1);
        }

        return sequences;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Retry a top-up (same key)")]
    public decimal UsualWay_RetryATopUp() => usualFunded.Credit("first", 100m, "card").Amount;

    [Benchmark]
    [BenchmarkCategory("Retry a top-up (same key)")]
    public long Library_RetryATopUp() =>
        funded.TopUp(setup.Owner, setup.Organization, setup.FirstKey, setup.Hundred, PaymentMethod.Card, setup.Policy, setup.Clock)
            .Match(credit => credit.Sequence, _ => -1, _ => -1, _ => -1, _ => -1, _ => -1, _ => -1, _ => -1, _ => -1);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("A debit over the balance (refused)")]
    public decimal UsualWay_DebitOverTheBalance()
    {
        try
        {
            return usualFunded.Debit("pay-too-much", 1_000m, "invoice-42").Amount;
        }
        catch (InvalidOperationException)
        {
            return -1m;
        }
    }

    [Benchmark]
    [BenchmarkCategory("A debit over the balance (refused)")]
    public object Library_DebitOverTheBalance() =>
        funded.Pay(setup.Owner, setup.Organization, setup.PayKey, setup.Thousand, setup.Order, setup.Clock).Value;
}

/// <summary>Reading the balance costs the same at a thousand and at a million entries: it is kept, not recomputed.</summary>
[MemoryDiagnoser]
public class PrepaidBalanceBenchmarks
{
    private PrepaidAccount account = null!;
    private UsualLedger usual = null!;

    [Params(1_000, 1_000_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var setup = new PrepaidSetup();
        account = setup.OpenWithEntries(Entries);
        usual = UsualLedger.Rebuild(account.Entries.Select(UsualLedger.EntryOf));
    }

    [Benchmark(Baseline = true)]
    public decimal UsualWay_Balance() => usual.Balance;

    [Benchmark]
    public decimal Library_Balance() => account.Balance.Amount;

    [Benchmark]
    public decimal Library_Available() => account.Available.Amount;
}

/// <summary>An account is rebuilt from its whole ledger (an event store's replay, or a verification) in under 100 ms for a million entries.</summary>
[MemoryDiagnoser]
public class PrepaidRebuildBenchmarks
{
    private const int Entries = 1_000_000;

    private PrepaidAccount account = null!;
    private List<LedgerEntry> entries = null!;
    private List<UsualEntry> usualEntries = null!;

    [GlobalSetup]
    public void Setup()
    {
        account = new PrepaidSetup().OpenWithEntries(Entries);
        entries = [.. account.Entries];
        usualEntries = [.. entries.Select(UsualLedger.EntryOf)];
    }

    [Benchmark(Baseline = true)]
    public decimal UsualWay_RebuildFromAMillionEntries() => UsualLedger.Rebuild(usualEntries).Balance;

    [Benchmark]
    public decimal Library_RebuildFromAMillionEntries() => PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, entries).Balance.Amount;
}

/// <summary>An organization whose owner has billing rights, a policy, a clock that stands still, and amounts made once.</summary>
internal sealed class PrepaidSetup
{
    private readonly CryptoRandomSource random = new();

    public PrepaidSetup()
    {
        var founder = Founder.Register("owner@agence-web.example", random);
        Owner = founder.Id;
        Organization = Organization.Create(founder, new CustomerProfile.Company(OrganizationName.Parse("Agence Web").GetValueOrThrow()), random);
        Policy = TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint], Chf(1), Chf(10_000), Chf(100_000_000)).GetValueOrThrow();
    }

    public AccountId Owner { get; }

    public Organization Organization { get; }

    public TopUpPolicy Policy { get; }

    public TimeProvider Clock { get; } = new StillClock();

    public Money OneFranc { get; } = Chf(1);

    public Money Hundred { get; } = Chf(100);

    public Money Thousand { get; } = Chf(1_000);

    public IdempotencyKey FirstKey { get; } = IdempotencyKey.Parse("first").GetValueOrThrow();

    public IdempotencyKey PayKey { get; } = IdempotencyKey.Parse("pay-too-much").GetValueOrThrow();

    public LedgerReference Order { get; } = LedgerReference.ForOrder(OrderId.From(Guid.NewGuid()));

    public static Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

    public PrepaidAccount Open() => PrepaidAccount.Open(Organization, Owner, Currency.Chf, random).GetValueOrThrow();

    public PrepaidAccount OpenFunded(decimal amount)
    {
        var account = Open();
        account.TopUp(Owner, Organization, FirstKey, Chf(amount), PaymentMethod.Card, Policy, Clock).GetValueOrThrow();
        account.DequeueEvents();
        return account;
    }

    /// <summary>An account with the given number of entries: top-ups of 3 CHF, each followed by payments of 1 CHF and withdrawals of 1 CHF sent.</summary>
    public PrepaidAccount OpenWithEntries(int count)
    {
        var account = Open();
        var three = Chf(3);
        for (var i = 0; account.LastSequence < count; i++)
        {
            var key = IdempotencyKey.Parse($"entry-{i:D8}").GetValueOrThrow();
            var result = (i % 4) switch
            {
                0 => account.TopUp(Owner, Organization, key, three, PaymentMethod.Card, Policy, Clock).Value,
                1 => account.Pay(Owner, Organization, key, OneFranc, Order, Clock).Value,
                2 => account.RequestWithdrawal(Owner, Organization, key, OneFranc, WithdrawalDestination.ToPayPal(EmailAddress.Parse("finance@agence.example").GetValueOrThrow()), Clock, random).Value,
                _ => account.CompleteWithdrawal(Owner, Organization, key, account.PendingWithdrawals.First().Withdrawal, Clock).Value,
            };
            _ = result as LedgerEntry ?? throw new InvalidOperationException($"The setup was refused: {result}");
        }

        account.DequeueEvents();
        return account;
    }

    private sealed class StillClock : TimeProvider
    {
        private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

/// <summary>
/// The same ledger written the way most teams write it: a list of entries, the balance recomputed by summing them, the
/// idempotency key found by scanning, and every rule checked by throwing an exception the caller catches.
/// </summary>
internal sealed class UsualLedger
{
    private readonly List<UsualEntry> entries = [];

    public decimal Balance => entries.Sum(entry => entry.Amount);

    public static UsualEntry EntryOf(LedgerEntry entry) => new(entry.IdempotencyKey.Value, entry.BalanceChange.Amount, entry.Kind.ToString(), entry.RecordedAt);

    public static UsualLedger Rebuild(IEnumerable<UsualEntry> stored)
    {
        var ledger = new UsualLedger();
        ledger.entries.AddRange(stored);
        if (ledger.entries.Select(entry => entry.Key).Distinct().Count() != ledger.entries.Count)
        {
            throw new InvalidOperationException("An idempotency key is used twice.");
        }

        return ledger.Balance < 0 ? throw new InvalidOperationException("The balance is negative.") : ledger;
    }

    public UsualEntry Credit(string key, decimal amount, string method)
    {
        var existing = entries.FirstOrDefault(entry => entry.Key == key);
        if (existing is not null)
        {
            return existing.Amount == amount && existing.Detail == method ? existing : throw new InvalidOperationException("The key was used for another request.");
        }

        if (amount <= 0 || amount > 10_000m || Balance + amount > 100_000_000m)
        {
            throw new InvalidOperationException("The top-up is outside the limits.");
        }

        var entry = new UsualEntry(key, amount, method, DateTimeOffset.UtcNow);
        entries.Add(entry);
        return entry;
    }

    public UsualEntry Debit(string key, decimal amount, string reference)
    {
        var existing = entries.FirstOrDefault(entry => entry.Key == key);
        if (existing is not null)
        {
            return existing.Amount == -amount && existing.Detail == reference ? existing : throw new InvalidOperationException("The key was used for another request.");
        }

        var balance = Balance;
        if (amount > balance)
        {
            throw new InvalidOperationException($"Insufficient balance: {amount - balance} short.");
        }

        var entry = new UsualEntry(key, -amount, reference, DateTimeOffset.UtcNow);
        entries.Add(entry);
        return entry;
    }
}

/// <summary>An entry of the <see cref="UsualLedger"/>: a signed amount.</summary>
internal sealed record UsualEntry(string Key, decimal Amount, string Detail, DateTimeOffset RecordedAt);
