using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>
/// The model-based test of the prepaid account: thousands of random sequences of top-ups, payments, withdrawals,
/// completions, cancellations, corrections and repeated keys, by members who may and may not, run against the account
/// and against a plain reference model that says what should happen; the ledger's invariants are checked after every step.
/// </summary>
public class LedgerModelTests
{
    /// <summary>Stands for "the first outcome again" in the model's expectations.</summary>
    private sealed record Replay;

    private sealed record ModelEntry(int Effect, decimal Amount);

    private sealed class Model
    {
        public decimal Balance { get; set; }

        public decimal Reserved { get; set; }

        public decimal MoneyIn { get; set; }

        public decimal MoneyOut { get; set; }

        public decimal Available => Balance - Reserved;

        public List<ModelEntry> Entries { get; } = [];

        public Dictionary<int, (string Request, int Sequence)> Keys { get; } = [];

        public Dictionary<WithdrawalId, decimal> Pending { get; } = [];

        public HashSet<long> Corrected { get; } = [];

        public void Append(int key, string request, int effect, decimal amount)
        {
            Entries.Add(new ModelEntry(effect, amount));
            Keys[key] = (request, Entries.Count);
        }
    }

    [Property(Arbitrary = [typeof(PrepaidArbitraries)], MaxTest = 2000)]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "PRE-1")]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-4")]
    [Trait("Rule", "RGT-4")]
    public void AnySequenceOfOperations_AgreesWithTheModel_AndKeepsTheLedgersInvariantsAfterEveryStep(LedgerCommand[] commands)
    {
        var world = new LedgerWorld();
        var account = world.Account;
        var model = new Model();
        var step = 0;
        foreach (var command in commands)
        {
            step++;
            var where = $"step {step}: {command}";
            var (expected, apply) = Expect(model, world, command);
            var before = apply is null ? account.ToState() : null;
            var lastBefore = account.LastSequence;
            var eventsBefore = account.PendingEvents.Count;

            var result = world.Run(command);

            if (expected == typeof(Replay))
            {
                Assert.Same(account.Entries[model.Keys[command.Key].Sequence - 1], result);
            }
            else
            {
                Assert.True(expected == result.GetType(), $"{where}: expected {expected.Name}, got {result}");
            }

            if (apply is null)
            {
                Assert.Equal(before, account.ToState());
                Assert.Equal(eventsBefore, account.PendingEvents.Count);
            }
            else
            {
                Assert.Equal(lastBefore + 1, account.LastSequence);
                Assert.Same(result, account.Entries[^1]);
                Assert.Same(result, account.PendingEvents[^1]);
                Assert.Equal(eventsBefore + 1, account.PendingEvents.Count);
                apply((LedgerEntry)result);
            }

            AssertInvariants(account, model, where);
        }

        Assert.Equal(account.ToState(), PrepaidAccount.FromState(account.ToState()).ToState());
    }

    private static (Type Expected, Action<LedgerEntry>? Apply) Expect(Model model, LedgerWorld world, LedgerCommand command)
    {
        if (command.Actor is LedgerActor.Webmaster or LedgerActor.Stranger or LedgerActor.Neighbour)
        {
            return (typeof(ActionDenied), null);
        }

        var request = RequestOf(world, command);
        if (model.Keys.TryGetValue(command.Key, out var first))
        {
            return (first.Request == request ? typeof(Replay) : typeof(IdempotencyKeyReused), null);
        }

        return command switch
        {
            TopUpCommand c => ExpectTopUp(model, c, request),
            PayCommand c => ExpectOutflow(model, c.Key, c.Centimes, c.InEuros, typeof(PrepaidDebited), request, reserves: false),
            WithdrawCommand c => ExpectOutflow(model, c.Key, c.Centimes, c.InEuros, typeof(WithdrawalReserved), request, reserves: true),
            CompleteCommand c => ExpectEndOfWithdrawal(model, c.Key, world.WithdrawalFor(c.Pick), typeof(WithdrawalCompleted), request),
            CancelCommand c => ExpectEndOfWithdrawal(model, c.Key, world.WithdrawalFor(c.Pick), typeof(WithdrawalCancelled), request),
            CorrectCommand c => ExpectCorrection(model, c, world.SequenceFor(c.Pick), request),
            _ => throw new InvalidOperationException($"Unknown command {command}"),
        };
    }

    private static string RequestOf(LedgerWorld world, LedgerCommand command) => command switch
    {
        TopUpCommand c => $"credit {c.Centimes} {c.InEuros} {c.Method}",
        PayCommand c => $"debit {c.Centimes} {c.InEuros} {c.Reference}",
        WithdrawCommand c => $"reserve {c.Centimes} {c.InEuros} {c.ToBank}",
        CompleteCommand c => $"complete {world.WithdrawalFor(c.Pick)}",
        CancelCommand c => $"cancel {world.WithdrawalFor(c.Pick)}",
        CorrectCommand c => $"correct {world.SequenceFor(c.Pick)} {c.Centimes} {c.InEuros}",
        _ => throw new InvalidOperationException($"Unknown command {command}"),
    };

    private static (Type, Action<LedgerEntry>?) ExpectTopUp(Model model, TopUpCommand command, string request)
    {
        var amount = command.Centimes / 100m;
        var refusal =
            command.InEuros ? typeof(CurrencyMismatch)
            : command.Centimes <= 0 ? typeof(AmountNotPositive)
            : command.Method == 3 ? typeof(PaymentMethodNotAccepted)
            : amount < 1m ? typeof(TopUpBelowMinimum)
            : amount > 500m ? typeof(TopUpAboveMaximum)
            : model.Balance + amount > 1_000m ? typeof(BalanceLimitExceeded)
            : null;
        return refusal is not null ? (refusal, null) : (typeof(PrepaidCredited), _ =>
        {
            model.Balance += amount;
            model.MoneyIn += amount;
            model.Append(command.Key, request, 1, amount);
        });
    }

    private static (Type, Action<LedgerEntry>?) ExpectOutflow(Model model, int key, int centimes, bool inEuros, Type success, string request, bool reserves)
    {
        var amount = centimes / 100m;
        var refusal =
            inEuros ? typeof(CurrencyMismatch)
            : centimes <= 0 ? typeof(AmountNotPositive)
            : amount > model.Available ? typeof(InsufficientAvailableBalance)
            : null;
        return refusal is not null ? (refusal, null) : (success, entry =>
        {
            if (reserves)
            {
                model.Reserved += amount;
                model.Pending.Add(((WithdrawalReserved)entry).Withdrawal, amount);
                model.Append(key, request, 0, amount);
            }
            else
            {
                model.Balance -= amount;
                model.MoneyOut += amount;
                model.Append(key, request, -1, amount);
            }
        });
    }

    private static (Type, Action<LedgerEntry>?) ExpectEndOfWithdrawal(Model model, int key, WithdrawalId withdrawal, Type success, string request)
    {
        if (!model.Pending.TryGetValue(withdrawal, out var amount))
        {
            return (typeof(NoPendingWithdrawal), null);
        }

        var completes = success == typeof(WithdrawalCompleted);
        return (success, _ =>
        {
            model.Reserved -= amount;
            model.Pending.Remove(withdrawal);
            if (completes)
            {
                model.Balance -= amount;
                model.MoneyOut += amount;
            }

            model.Append(key, request, completes ? -1 : 0, amount);
        });
    }

    private static (Type, Action<LedgerEntry>?) ExpectCorrection(Model model, CorrectCommand command, long sequence, string request)
    {
        var amount = command.Centimes / 100m;
        if (sequence < 1 || sequence > model.Entries.Count)
        {
            return (typeof(LedgerEntryNotFound), null);
        }

        var target = model.Entries[(int)sequence - 1];
        var takes = target.Effect > 0;
        var refusal =
            command.InEuros ? typeof(CurrencyMismatch)
            : command.Centimes <= 0 ? typeof(AmountNotPositive)
            : target.Effect == 0 || model.Corrected.Contains(sequence) || amount > target.Amount ? typeof(CorrectionNotAllowed)
            : takes && amount > model.Available ? typeof(InsufficientAvailableBalance)
            : null;
        return refusal is not null ? (refusal, null) : (typeof(PrepaidCorrected), _ =>
        {
            model.Corrected.Add(sequence);
            if (takes)
            {
                model.Balance -= amount;
                model.MoneyOut += amount;
            }
            else
            {
                model.Balance += amount;
                model.MoneyIn += amount;
            }

            model.Append(command.Key, request, takes ? -1 : 1, amount);
        });
    }

    private static void AssertInvariants(PrepaidAccount account, Model model, string where)
    {
        var balance = account.Entries.Sum(entry => entry.BalanceChange.Amount);
        var reserved = account.Entries.Sum(entry => entry.ReservedChange.Amount);
        var cameIn = account.Entries.Where(entry => entry.BalanceChange.IsPositive).Sum(entry => entry.Amount.Amount);
        var wentOut = account.Entries.Where(entry => entry.BalanceChange.IsNegative).Sum(entry => entry.Amount.Amount);

        Assert.True(balance == account.Balance.Amount, $"{where}: the balance {account.Balance} is not the sum of the entries, {balance}");
        Assert.Equal(reserved, account.Reserved.Amount);
        Assert.Equal(account.Balance.Amount - account.Reserved.Amount, account.Available.Amount);
        Assert.True(!account.Available.IsNegative && !account.Reserved.IsNegative, $"{where}: available {account.Available}, reserved {account.Reserved}");
        Assert.Equal(cameIn, wentOut + account.Balance.Amount);
        Assert.Equal(model.MoneyIn, model.MoneyOut + account.Balance.Amount);
        Assert.Equal(model.Balance, account.Balance.Amount);
        Assert.Equal(model.Reserved, account.Reserved.Amount);
        Assert.Equal(model.Entries.Count, account.LastSequence);
        Assert.Equal(model.Pending.Keys.Select(id => id.Value).Order(), account.PendingWithdrawals.Select(reservation => reservation.Withdrawal.Value).Order());
        Assert.True(
            account.ToState() == PrepaidAccount.Rebuild(account.Id, account.Organization, account.Currency, account.Entries).ToState(),
            $"{where}: the account rebuilt from its entries differs from the account");
    }
}
