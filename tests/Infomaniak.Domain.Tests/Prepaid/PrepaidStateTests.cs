using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>PRE-5: an account goes in and out of storage as its head and its append-only entries, and is rebuilt from its entries alone.</summary>
public class PrepaidStateTests
{
    private static LedgerWorld Played(LedgerCommand[] commands)
    {
        var world = new LedgerWorld();
        foreach (var command in commands)
        {
            world.Run(command);
        }

        return world;
    }

    /// <summary>Nine entries of every kind: 300 credited, 50 paid (20 of it refunded), 10 withdrawn, 40 pending, 20 reserved then cancelled.</summary>
    internal static PrepaidAccount Sample()
    {
        var organization = Organization();
        var account = Funded(organization, 100, 200);
        var random = new SeededRandomSource(11);
        account.Pay(Owner, organization, Key("pay"), Chf(50), LedgerReference.ForOrder(Given.Order(1)), Clock()).GetValueOrThrow();
        account.RequestWithdrawal(Owner, organization, Key("pending"), Chf(40), Bank, Clock(), random).GetValueOrThrow();
        var sent = account.RequestWithdrawal(Owner, organization, Key("sent"), Chf(10), PayPal, Clock(), random).GetValueOrThrow();
        account.CompleteWithdrawal(Owner, organization, Key("sent-done"), sent.Withdrawal, Clock()).GetValueOrThrow();
        account.Correct(Owner, organization, Key("refund"), 3, Chf(20), Clock()).GetValueOrThrow();
        var dropped = account.RequestWithdrawal(Owner, organization, Key("dropped"), Chf(20), Bank, Clock(), random).GetValueOrThrow();
        account.CancelWithdrawal(Owner, organization, Key("dropped-cancelled"), dropped.Withdrawal, Clock()).GetValueOrThrow();
        account.DequeueEvents();
        return account;
    }

    [Property(Arbitrary = [typeof(PrepaidArbitraries)], MaxTest = 200)]
    [Trait("Rule", "PRE-5")]
    public bool FromState_OfToState_RebuildsAnEqualAccount_OverGeneratedAccounts(LedgerCommand[] commands)
    {
        var account = Played(commands).Account;

        var rebuilt = PrepaidAccount.FromState(account.ToState());

        return rebuilt.ToState() == account.ToState() && rebuilt.Version == account.Version && rebuilt.PendingEvents.Count == 0
            && rebuilt.HoldsWholeLedger && rebuilt.Balance == account.Balance && rebuilt.Available == account.Available
            && rebuilt.Entries.SequenceEqual(account.Entries) && rebuilt.NewEntries.Count == 0;
    }

    [Property(Arbitrary = [typeof(PrepaidArbitraries)], MaxTest = 200)]
    [Trait("Rule", "PRE-5")]
    public bool RebuildingFromTheEntriesAlone_GivesAnEqualAccount_OverGeneratedAccounts(LedgerCommand[] commands)
    {
        var account = Played(commands).Account;

        var rebuilt = PrepaidAccount.Rebuild(account.Id, account.Organization, account.Currency, account.Entries.ToList());

        return rebuilt.ToState() == account.ToState() && rebuilt.PersistedVersion == account.Version;
    }

    [Property(Arbitrary = [typeof(PrepaidArbitraries)], MaxTest = 200)]
    [Trait("Rule", "PRE-5")]
    public bool TheHeadWithSomeEntries_LoadsWithTheStoredBalance_AndContinuesLikeTheWholeLedger(LedgerCommand[] commands, LedgerCommand[] more)
    {
        var world = Played(commands);
        var account = world.Account;
        account.DequeueEvents();
        var state = account.ToState();
        var head = state with { Entries = [.. state.Entries.Where(entry => entry.Sequence % 3 == 0)] };

        var loaded = PrepaidAccount.FromState(head);

        var same = loaded.ToState() == head && loaded.Balance == account.Balance && loaded.Reserved == account.Reserved
            && loaded.Available == account.Available && loaded.LastSequence == account.LastSequence && loaded.Version == account.Version
            && loaded.PendingWithdrawals.OrderBy(w => w.Sequence).SequenceEqual(account.PendingWithdrawals.OrderBy(w => w.Sequence))
            && loaded.HoldsWholeLedger == (head.Entries.Count == account.LastSequence);
        foreach (var command in more.Where(command => command is not CorrectCommand))
        {
            var key = PrepaidGiven.Key($"more-{command.Key}");
            var actor = LedgerWorld.ActorId(command.Actor);
            var (left, right) = command switch
            {
                TopUpCommand c => (account.TopUp(actor, world.Organization, key, LedgerWorld.Amount(c.Centimes, c.InEuros), LedgerWorld.Methods[c.Method], LedgerWorld.Policy, world.Clock).Value,
                    loaded.TopUp(actor, world.Organization, key, LedgerWorld.Amount(c.Centimes, c.InEuros), LedgerWorld.Methods[c.Method], LedgerWorld.Policy, world.Clock).Value),
                PayCommand c => (account.Pay(actor, world.Organization, key, LedgerWorld.Amount(c.Centimes, c.InEuros), LedgerWorld.References[c.Reference], world.Clock).Value,
                    loaded.Pay(actor, world.Organization, key, LedgerWorld.Amount(c.Centimes, c.InEuros), LedgerWorld.References[c.Reference], world.Clock).Value),
                WithdrawCommand c => (account.RequestWithdrawal(actor, world.Organization, key, LedgerWorld.Amount(c.Centimes, c.InEuros), Bank, world.Clock, new SeededRandomSource(1_000 + c.Key)).Value,
                    loaded.RequestWithdrawal(actor, world.Organization, key, LedgerWorld.Amount(c.Centimes, c.InEuros), Bank, world.Clock, new SeededRandomSource(1_000 + c.Key)).Value),
                CompleteCommand c => (account.CompleteWithdrawal(actor, world.Organization, key, world.WithdrawalFor(c.Pick), world.Clock).Value,
                    loaded.CompleteWithdrawal(actor, world.Organization, key, world.WithdrawalFor(c.Pick), world.Clock).Value),
                CancelCommand c => (account.CancelWithdrawal(actor, world.Organization, key, world.WithdrawalFor(c.Pick), world.Clock).Value,
                    loaded.CancelWithdrawal(actor, world.Organization, key, world.WithdrawalFor(c.Pick), world.Clock).Value),
                _ => throw new InvalidOperationException($"Unexpected {command}"),
            };
            same &= Equals(left, right);
        }

        return same && loaded.NewEntries.SequenceEqual(account.NewEntries) && loaded.Balance == account.Balance && loaded.Reserved == account.Reserved;
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void TheHead_IsSmallWhateverTheLedger_AndHoldsThePendingWithdrawals()
    {
        var account = Sample();

        var state = account.ToState();

        Assert.Equal((Chf(260), Chf(40), 9L, 10L), (state.Balance, state.Reserved, state.LastSequence, state.Version));
        var pending = Assert.Single(state.PendingWithdrawals);
        Assert.Equal((account.Id, 4L, Chf(40), WithdrawalDestinationKind.BankAccount, "CH9300762011623852957", "pending"),
            (pending.AccountId, pending.Sequence, pending.Amount, pending.DestinationKind, pending.Destination, pending.IdempotencyKey));
        Assert.Equal(Enumerable.Range(1, 9).Select(n => (long)n), state.Entries.Select(entry => entry.Sequence));
        Assert.All(state.Entries, entry => Assert.Equal(account.Id, entry.AccountId));
        Assert.Equal(state.GetHashCode(), account.ToState().GetHashCode());
        Assert.Equal(state, account.ToState());
        Assert.NotEqual(state, state with { Entries = [.. state.Entries.Take(8)] });
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void EachKindOfEntry_IsOneRow_WithOnlyTheColumnsItUses()
    {
        var rows = Sample().ToState().Entries;

        Assert.Equal(
            [LedgerEntryKind.Credit, LedgerEntryKind.Credit, LedgerEntryKind.Debit, LedgerEntryKind.WithdrawalReserved, LedgerEntryKind.WithdrawalReserved,
             LedgerEntryKind.WithdrawalCompleted, LedgerEntryKind.Correction, LedgerEntryKind.WithdrawalReserved, LedgerEntryKind.WithdrawalCancelled],
            rows.Select(row => row.Kind));
        Assert.Equal(("card", (LedgerReferenceKind?)null, (WithdrawalId?)null, (long?)null), (rows[0].PaymentMethod, rows[0].ReferenceKind, rows[0].Withdrawal, rows[0].Corrects));
        Assert.Equal((LedgerReferenceKind.Order, Given.Order(1), (InvoiceId?)null, (ProductId?)null, (DateOnly?)null, (string?)null),
            (rows[2].ReferenceKind!.Value, rows[2].Order!.Value, rows[2].Invoice, rows[2].RenewedProduct, rows[2].RenewalDueOn, rows[2].PaymentMethod));
        Assert.Equal((WithdrawalDestinationKind.PayPal, "famille.munster@la-fibre.xyz"), (rows[4].DestinationKind!.Value, rows[4].Destination));
        Assert.Equal((rows[4].Withdrawal, (string?)null), (rows[5].Withdrawal, rows[5].Destination));
        Assert.Equal((3L, CorrectionDirection.AddsToBalance, (WithdrawalId?)null), (rows[6].Corrects!.Value, rows[6].Direction!.Value, rows[6].Withdrawal));
    }

    public static TheoryData<string> ReferenceKinds() => ["invoice", "renewal", "order"];

    [Theory]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(ReferenceKinds))]
    public void EveryKindOfReference_GoesThroughItsRowAndJson_AndComesBackEqual(string kind)
    {
        var state = Sample().ToState();
        var debit = state.Entries[2] with { Order = null };
        var (row, reference) = kind switch
        {
            "invoice" => (debit with { ReferenceKind = LedgerReferenceKind.Invoice, Invoice = Given.Invoice(4) }, LedgerReference.ForInvoice(Given.Invoice(4))),
            "renewal" => (debit with { ReferenceKind = LedgerReferenceKind.ProductRenewal, RenewedProduct = Given.Product(4), RenewalDueOn = new DateOnly(2026, 3, 1) },
                LedgerReference.ForRenewal(Given.Product(4), new DateOnly(2026, 3, 1))),
            _ => (debit with { ReferenceKind = LedgerReferenceKind.Order, Order = Given.Order(4) }, LedgerReference.ForOrder(Given.Order(4))),
        };
        var stored = state with { Entries = [.. state.Entries.Select((r, i) => i == 2 ? row : r)] };

        var account = PrepaidAccount.FromState(stored);
        var json = System.Text.Json.JsonSerializer.Serialize(stored, Infomaniak.Domain.Serialization.DomainJson.Options);
        var read = System.Text.Json.JsonSerializer.Deserialize<PrepaidAccountState>(json, Infomaniak.Domain.Serialization.DomainJson.Options);
        var entry = (PrepaidDebited)account.Entries[2];
        var entryJson = System.Text.Json.JsonSerializer.Serialize(entry, Infomaniak.Domain.Serialization.DomainJson.Options);

        Assert.Equal(reference, entry.Reference);
        Assert.Equal(stored, account.ToState());
        Assert.Equal(stored, read);
        Assert.Equal(entry, System.Text.Json.JsonSerializer.Deserialize<PrepaidDebited>(entryJson, Infomaniak.Domain.Serialization.DomainJson.Options));
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void NewEntries_AreTheEntriesSinceLoadOrLastSave_WhatAStoreAppends()
    {
        var organization = Organization();
        var opened = PrepaidAccount.Open(organization, Owner, Currency.Chf, new SeededRandomSource(1)).GetValueOrThrow();
        opened.TopUp(Owner, organization, Key("a"), Chf(100), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();

        Assert.Equal(opened.Entries, opened.NewEntries);
        opened.DequeueEvents();
        Assert.Empty(opened.NewEntries);

        var loaded = PrepaidAccount.FromState(Sample().ToState() with { Entries = [] });
        var b = loaded.TopUp(Owner, organization, Key("b"), Chf(10), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        var c = loaded.Pay(Owner, organization, Key("c"), Chf(5), LedgerReference.ForOrder(Given.Order(3)), Clock()).GetValueOrThrow();

        Assert.Equal([b, c], loaded.NewEntries);
        Assert.Equal(2, loaded.NewEntries.Count);
        Assert.Same(c, loaded.NewEntries[1]);
        Assert.Equal((10L, 11L), (b.Sequence, c.Sequence));
        Assert.Equal([b, c], loaded.Entries);
        Assert.False(loaded.HoldsWholeLedger);
        Assert.Throws<ArgumentOutOfRangeException>(() => loaded.NewEntries[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => loaded.NewEntries[-1]);
        Assert.Equal([b, c], ((System.Collections.IEnumerable)loaded.NewEntries).Cast<LedgerEntry>());
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void StoredEntries_InAnyOrder_AreHeldInSequenceOrder()
    {
        var state = Sample().ToState();

        var whole = PrepaidAccount.FromState(state with { Entries = [.. state.Entries.Reverse()] });
        var head = PrepaidAccount.FromState(state with { Entries = [state.Entries[6], state.Entries[2]] });

        Assert.Equal(state, whole.ToState());
        Assert.Equal([3L, 7L], head.Entries.Select(entry => entry.Sequence));
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void Rebuild_OfALedgerUsingAKeyTwice_IsCorrupt_AsSoonAsAnOperationNeedsTheKeys()
    {
        var organization = Organization();
        var account = Sample();
        var state = account.ToState();
        var head = PrepaidAccount.FromState(state with { Entries = [state.Entries[1] with { IdempotencyKey = state.Entries[0].IdempotencyKey }] });
        var entries = account.Entries.ToList();
        entries[1] = head.Entries[0];

        var rebuilt = PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, entries);

        Assert.Throws<ArgumentException>(() => rebuilt.TopUp(Owner, organization, Key("new"), Chf(1), PaymentMethod.Card, Policy, Clock()));
        Assert.Equal(entries.Count, rebuilt.LastSequence);
        Assert.Throws<ArgumentException>(() => PrepaidAccount.FromState(state with { Entries = [.. entries.Select(entry => entry.ToState())] }));
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void AHeadLoadedWithSomeEntries_CorrectsThoseItHolds_AndNamesThoseItDoesNot()
    {
        var organization = Organization();
        var state = Sample().ToState();
        PrepaidAccount Head(params int[] sequences) => PrepaidAccount.FromState(state with { Entries = [.. sequences.Select(n => state.Entries[n - 1])] });

        Assert.Equal(CorrectionDirection.TakesFromBalance, Head(1, 3, 5, 7).Correct(Owner, organization, Key("c1"), 1, Chf(10), Clock()).GetValueOrThrow().Direction);
        Assert.Equal(CorrectionDirection.AddsToBalance, Head(1, 3, 5, 6, 9).Correct(Owner, organization, Key("c6"), 6, Chf(10), Clock()).GetValueOrThrow().Direction);
        Assert.Equal(CorrectionDirection.TakesFromBalance, Head(2, 4, 7).Correct(Owner, organization, Key("c7"), 7, Chf(10), Clock()).GetValueOrThrow().Direction);
        Assert.Equal(new CorrectionNotAllowed(state.Id, 5, CorrectionProblem.NoBalanceEffect), Head(1, 3, 5, 7).Correct(Owner, organization, Key("c5"), 5, Chf(1), Clock()).Value);
        Assert.Equal(new CorrectionNotAllowed(state.Id, 3, CorrectionProblem.AlreadyCorrected), Head(3, 7).Correct(Owner, organization, Key("c3"), 3, Chf(1), Clock()).Value);
        Assert.Equal(new LedgerEntryNotFound(state.Id, 2, 9), Head(1, 3, 5, 7).Correct(Owner, organization, Key("c2"), 2, Chf(1), Clock()).Value);
        Assert.Equal(new LedgerEntryNotFound(state.Id, 8, 9), Head(1, 3, 5, 7).Correct(Owner, organization, Key("c8"), 8, Chf(1), Clock()).Value);
        Assert.Equal(new LedgerEntryNotFound(state.Id, 4, 9), Head().Correct(Owner, organization, Key("c4"), 4, Chf(1), Clock()).Value);
    }
}
