using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;
using Org = Infomaniak.Domain.Organizations.Organization;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>
/// PRE-5: a stored account or a ledger that breaks an invariant is rejected, each naming the invariant it breaks (one
/// corrupt fact per case, so that a check that went missing would let a later one answer with other words); the states
/// at the edge of each invariant are accepted.
/// </summary>
public class PrepaidInvariantTests
{
    private static readonly PrepaidAccountId OtherAccount = PrepaidAccountId.From(new Guid("0a000000-0000-4000-8000-00000000000a"));

    private static readonly TopUpPolicy Unbounded =
        TopUpPolicy.Create([PaymentMethod.Card], Chf(0.01m), Chf(Money.MaxMagnitude), Chf(Money.MaxMagnitude)).GetValueOrThrow();

    private static readonly LedgerReference AnOrder = LedgerReference.ForOrder(Given.Order(1));

    private const string FieldsOf = "has fields that do not fit its kind";

    /// <summary>The sample's nine entries: 1-2 credits of 100 and 200, 3 a debit of 50, 4 the pending reservation of 40, 5-6 a withdrawal of 10, 7 a correction of 3 adding 20, 8-9 a reservation of 20 cancelled.</summary>
    private static PrepaidAccountState Sample => PrepaidStateTests.Sample().ToState();

    /// <summary>1 a credit of 100, 2 a reservation of 60 (pending), 3 a debit of 30, 4 a correction of 1 taking 5: balance 65, reserved 60.</summary>
    private static PrepaidAccountState Reserving
    {
        get
        {
            var organization = Organization();
            var account = Holding(organization, 100m, pending: 60m);
            account.Pay(Owner, organization, Key("pay"), Chf(30), AnOrder, Clock()).GetValueOrThrow();
            account.Correct(Owner, organization, Key("charge-back"), 1, Chf(5), Clock()).GetValueOrThrow();
            return account.ToState();
        }
    }

    /// <summary>1 a credit of the largest amount less 10, 2 a debit of 10, 3 a credit of 15, 4 a correction of 2 adding 5: the balance is the largest amount.</summary>
    private static PrepaidAccountState Brimful
    {
        get
        {
            var organization = Organization();
            var account = Holding(organization, Money.MaxMagnitude - 10m);
            account.Pay(Owner, organization, Key("pay"), Chf(10), AnOrder, Clock()).GetValueOrThrow();
            account.TopUp(Owner, organization, Key("top-up"), Chf(15), PaymentMethod.Card, Unbounded, Clock()).GetValueOrThrow();
            account.Correct(Owner, organization, Key("refund"), 2, Chf(5), Clock()).GetValueOrThrow();
            return account.ToState();
        }
    }

    private static PrepaidAccountState With(PrepaidAccountState state, int index, Func<LedgerEntryState, LedgerEntryState> change) =>
        state with { Entries = [.. state.Entries.Select((row, i) => i == index ? change(row) : row)] };

    private static PrepaidAccountState Head(PrepaidAccountState state, params LedgerEntryState[] entries) => state with { Entries = entries };

    private static PendingWithdrawalState Pending(PrepaidAccountState state) => state.PendingWithdrawals[0];

    /// <summary>Each corrupt state, one fact away from a stored one, and the words of the invariant it breaks.</summary>
    private static readonly Dictionary<string, (Func<PrepaidAccountState> Corrupt, string Problem)> CorruptStates = new()
    {
        ["default currency"] = (() => Sample with { Currency = default }, "The balance and the reserved amount must be in the account's currency."),
        ["balance in euros"] = (() => Sample with { Balance = Eur(260) }, "The balance and the reserved amount must be in the account's currency."),
        ["reserved in euros"] = (() => Sample with { Reserved = Eur(40) }, "The balance and the reserved amount must be in the account's currency."),
        ["version"] = (() => Sample with { Version = 11 }, "Version 11 is not the last sequence (9) plus one."),
        ["negative last sequence"] = (() => Head(Sample with { LastSequence = -1, Version = 0 }), "Version 0 is not the last sequence (-1) plus one."),
        ["more entries than the ledger"] = (() => Sample with { LastSequence = 8, Version = 9 }, "9 entries are more than the ledger's 8."),
        ["entry of another account"] = (() => With(Sample, 0, row => row with { AccountId = OtherAccount }), $"Entry 1 belongs to prepaid account {OtherAccount}."),
        ["head entry of another account"] = (() => Head(Sample, Sample.Entries[0] with { AccountId = OtherAccount }), $"Entry 1 belongs to prepaid account {OtherAccount}."),
        ["default account id"] = (() => With(Sample, 0, row => row with { AccountId = default }), "Entry 1 belongs to prepaid account"),
        ["default actor"] = (() => With(Sample, 1, row => row with { Actor = default }), "Entry 2 has a default account or actor id."),
        ["entry in euros"] = (() => With(Sample, 0, row => row with { Amount = Eur(100) }), "Entry 1 has an amount (100.00 EUR) that is not positive in CHF."),
        ["entry not positive"] = (() => With(Sample, 0, row => row with { Amount = Chf(0) }), "Entry 1 has an amount (0.00 CHF) that is not positive in CHF."),
        ["entry negative"] = (() => With(Sample, 0, row => row with { Amount = Chf(-100) }), "Entry 1 has an amount (-100.00 CHF) that is not positive in CHF."),
        ["entry with a bad key"] = (() => With(Sample, 0, row => row with { IdempotencyKey = "bad key" }), "Entry 1 has an invalid idempotency key."),
        ["entry without a key"] = (() => With(Sample, 0, row => row with { IdempotencyKey = null! }), "Entry 1 has an invalid idempotency key."),
        ["sequence zero"] = (() => With(Sample, 0, row => row with { Sequence = 0 }), "Entry 0 has a sequence below 1."),
        ["head sequence zero"] = (() => Head(Sample, Sample.Entries[0] with { Sequence = 0 }), "Entry 0 has a sequence below 1."),
        ["unknown kind"] = (() => With(Sample, 0, row => row with { Kind = (LedgerEntryKind)99 }), $"Entry 1 {FieldsOf} (99)."),
        ["credit with a withdrawal"] = (() => With(Sample, 0, row => row with { Withdrawal = Pending(Sample).WithdrawalId }), $"Entry 1 {FieldsOf} (Credit)."),
        ["credit with a correction direction"] = (() => With(Sample, 0, row => row with { Direction = CorrectionDirection.AddsToBalance }), $"Entry 1 {FieldsOf} (Credit)."),
        ["credit with a reference kind alone"] = (() => With(Sample, 0, row => row with { ReferenceKind = LedgerReferenceKind.Order }), $"Entry 1 {FieldsOf} (Credit)."),
        ["credit with an invoice alone"] = (() => With(Sample, 0, row => row with { Invoice = Given.Invoice(1) }), $"Entry 1 {FieldsOf} (Credit)."),
        ["credit with a renewal date alone"] = (() => With(Sample, 0, row => row with { RenewalDueOn = new DateOnly(2026, 3, 1) }), $"Entry 1 {FieldsOf} (Credit)."),
        ["credit with an order alone"] = (() => With(Sample, 0, row => row with { Order = Given.Order(1) }), $"Entry 1 {FieldsOf} (Credit)."),
        ["credit with a destination alone"] = (() => With(Sample, 0, row => row with { Destination = "CH9300762011623852957" }), $"Entry 1 {FieldsOf} (Credit)."),
        ["credit with a corrected entry alone"] = (() => With(Sample, 0, row => row with { Corrects = 1 }), $"Entry 1 {FieldsOf} (Credit)."),
        ["credit without a method"] = (() => With(Sample, 0, row => row with { PaymentMethod = null }), $"Entry 1 {FieldsOf} (Credit)."),
        ["method not canonical"] = (() => With(Sample, 0, row => row with { PaymentMethod = "CARD" }), $"Entry 1 {FieldsOf} (Credit)."),
        ["debit without reference"] = (() => With(Sample, 2, row => row with { ReferenceKind = null, Order = null }), $"Entry 3 {FieldsOf} (Debit)."),
        ["debit with a destination"] = (() => With(Sample, 2, row => row with { Destination = "CH9300762011623852957" }), $"Entry 3 {FieldsOf} (Debit)."),
        ["debit with a method"] = (() => With(Sample, 2, row => row with { PaymentMethod = "card" }), $"Entry 3 {FieldsOf} (Debit)."),
        ["order without its id"] = (() => With(Sample, 2, row => row with { Order = null }), $"Entry 3 {FieldsOf} (Debit)."),
        ["order with a default id"] = (() => With(Sample, 2, row => row with { Order = default(OrderId) }), $"Entry 3 {FieldsOf} (Debit)."),
        ["order with a renewal date"] = (() => With(Sample, 2, row => row with { RenewalDueOn = new DateOnly(2026, 3, 1) }), $"Entry 3 {FieldsOf} (Debit)."),
        ["order and invoice at once"] = (() => With(Sample, 2, row => row with { Invoice = Given.Invoice(1) }), $"Entry 3 {FieldsOf} (Debit)."),
        ["invoice with an order"] = (() => With(Sample, 2, row => row with { ReferenceKind = LedgerReferenceKind.Invoice, Invoice = Given.Invoice(1) }), $"Entry 3 {FieldsOf} (Debit)."),
        ["invoice with a default id"] = (() => With(Sample, 2, row => row with { ReferenceKind = LedgerReferenceKind.Invoice, Order = null, Invoice = default(InvoiceId) }), $"Entry 3 {FieldsOf} (Debit)."),
        ["invoice and renewal at once"] = (() => With(Sample, 2, row => row with
        {
            ReferenceKind = LedgerReferenceKind.ProductRenewal, Order = null, RenewedProduct = Given.Product(1), RenewalDueOn = new DateOnly(2026, 3, 1), Invoice = Given.Invoice(1),
        }), $"Entry 3 {FieldsOf} (Debit)."),
        ["renewal without date"] = (() => With(Sample, 2, row => row with { ReferenceKind = LedgerReferenceKind.ProductRenewal, Order = null, RenewedProduct = Given.Product(1) }), $"Entry 3 {FieldsOf} (Debit)."),
        ["renewal without product"] = (() => With(Sample, 2, row => row with { ReferenceKind = LedgerReferenceKind.ProductRenewal, Order = null, RenewalDueOn = new DateOnly(2026, 3, 1) }), $"Entry 3 {FieldsOf} (Debit)."),
        ["renewal with a default date"] = (() => With(Sample, 2, row => row with
        {
            ReferenceKind = LedgerReferenceKind.ProductRenewal, Order = null, RenewedProduct = Given.Product(1), RenewalDueOn = default(DateOnly),
        }), $"Entry 3 {FieldsOf} (Debit)."),
        ["renewal with a default product"] = (() => With(Sample, 2, row => row with
        {
            ReferenceKind = LedgerReferenceKind.ProductRenewal, Order = null, RenewedProduct = default(ProductId), RenewalDueOn = new DateOnly(2026, 3, 1),
        }), $"Entry 3 {FieldsOf} (Debit)."),
        ["reservation with a method"] = (() => With(Sample, 3, row => row with { PaymentMethod = "card" }), $"Entry 4 {FieldsOf} (WithdrawalReserved)."),
        ["reservation without a withdrawal"] = (() => With(Sample, 3, row => row with { Withdrawal = null }), $"Entry 4 {FieldsOf} (WithdrawalReserved)."),
        ["reservation without destination kind"] = (() => With(Sample, 3, row => row with { DestinationKind = null }), $"Entry 4 {FieldsOf} (WithdrawalReserved)."),
        ["reservation with only a destination kind"] = (() => With(Sample, 3, row => row with { Destination = null }), $"Entry 4 {FieldsOf} (WithdrawalReserved)."),
        ["destination kind undefined"] = (() => With(Sample, 3, row => row with { DestinationKind = (WithdrawalDestinationKind)9 }), $"Entry 4 {FieldsOf} (WithdrawalReserved)."),
        ["bad destination"] = (() => With(Sample, 3, row => row with { Destination = "CH00 0076 2011 6238 5295 7" }), $"Entry 4 {FieldsOf} (WithdrawalReserved)."),
        ["destination not canonical"] = (() => With(Sample, 3, row => row with { Destination = "ch9300762011623852957" }), $"Entry 4 {FieldsOf} (WithdrawalReserved)."),
        ["completion with a reference"] = (() => With(Sample, 5, row => row with { ReferenceKind = LedgerReferenceKind.Invoice, Invoice = Given.Invoice(1) }), $"Entry 6 {FieldsOf} (WithdrawalCompleted)."),
        ["completion without a withdrawal"] = (() => With(Sample, 5, row => row with { Withdrawal = null }), $"Entry 6 {FieldsOf} (WithdrawalCompleted)."),
        ["cancellation with a destination"] = (() => With(Sample, 8, row => row with { DestinationKind = WithdrawalDestinationKind.BankAccount }), $"Entry 9 {FieldsOf} (WithdrawalCancelled)."),
        ["cancellation without a withdrawal"] = (() => With(Sample, 8, row => row with { Withdrawal = null }), $"Entry 9 {FieldsOf} (WithdrawalCancelled)."),
        ["correction with a withdrawal"] = (() => With(Sample, 6, row => row with { Withdrawal = Pending(Sample).WithdrawalId }), $"Entry 7 {FieldsOf} (Correction)."),
        ["correction without a direction"] = (() => With(Sample, 6, row => row with { Direction = null }), $"Entry 7 {FieldsOf} (Correction)."),
        ["correction of itself"] = (() => With(Sample, 6, row => row with { Corrects = 7 }), $"Entry 7 {FieldsOf} (Correction)."),
        ["correction of a later entry"] = (() => With(Sample, 6, row => row with { Corrects = 8 }), $"Entry 7 {FieldsOf} (Correction)."),
        ["correction of nothing before it"] = (() => With(Sample, 6, row => row with { Corrects = 0 }), $"Entry 7 {FieldsOf} (Correction)."),
        ["direction undefined"] = (() => With(Sample, 6, row => row with { Direction = (CorrectionDirection)9 }), $"Entry 7 {FieldsOf} (Correction)."),
        ["gap"] = (() => With(Sample, 8, row => row with { Sequence = 10 }), "Entry 10 does not follow entry 8."),
        ["debit beyond available"] = (() => With(Sample, 2, row => row with { Amount = Chf(1_000) }), "Entry 3 (Debit of 1000.00 CHF) breaks a rule of the ledger at that point."),
        ["debit beyond available, within the reserved amount"] = (() => With(Reserving, 2, row => row with { Amount = Chf(50) }), "Entry 3 (Debit of 50.00 CHF) breaks a rule of the ledger at that point."),
        ["reservation beyond available"] = (() => With(Sample, 3, row => row with { Amount = Chf(250.01m) }), "Entry 4 (WithdrawalReserved of 250.01 CHF) breaks a rule of the ledger at that point."),
        ["reservation beyond available, within the reserved amount"] = (() => With(Sample, 7, row => row with { Amount = Chf(220.01m) }), "Entry 8 (WithdrawalReserved of 220.01 CHF) breaks a rule of the ledger at that point."),
        ["reservation of a pending withdrawal"] = (() => With(Sample, 7, row => row with { Withdrawal = Pending(Sample).WithdrawalId }), "Entry 8 (WithdrawalReserved of 20.00 CHF) breaks a rule of the ledger at that point."),
        ["completion without reservation"] = (() => With(Sample, 5, row => row with { Withdrawal = WithdrawalId.From(Guid.NewGuid()) }), "Entry 6 (WithdrawalCompleted of 10.00 CHF) breaks a rule of the ledger at that point."),
        ["completion of another amount"] = (() => With(Sample, 5, row => row with { Amount = Chf(11) }), "Entry 6 (WithdrawalCompleted of 11.00 CHF) breaks a rule of the ledger at that point."),
        ["cancellation without reservation"] = (() => With(Sample, 8, row => row with { Withdrawal = WithdrawalId.From(Guid.NewGuid()) }), "Entry 9 (WithdrawalCancelled of 20.00 CHF) breaks a rule of the ledger at that point."),
        ["cancellation of another amount"] = (() => With(Sample, 8, row => row with { Amount = Chf(21) }), "Entry 9 (WithdrawalCancelled of 21.00 CHF) breaks a rule of the ledger at that point."),
        ["correction of a reservation"] = (() => With(Sample, 6, row => row with { Corrects = 4 }), "Entry 7 (Correction of 20.00 CHF) breaks a rule of the ledger at that point."),
        ["correction the wrong way"] = (() => With(Sample, 6, row => row with { Direction = CorrectionDirection.TakesFromBalance }), "Entry 7 (Correction of 20.00 CHF) breaks a rule of the ledger at that point."),
        ["correction beyond its entry"] = (() => With(Sample, 6, row => row with { Amount = Chf(50.01m) }), "Entry 7 (Correction of 50.01 CHF) breaks a rule of the ledger at that point."),
        ["correction twice"] = (() => With(Sample, 8, _ => Sample.Entries[6] with { Sequence = 9, IdempotencyKey = "refund-again" }), "Entry 9 (Correction of 20.00 CHF) breaks a rule of the ledger at that point."),
        ["correction taking beyond available, within the reserved amount"] = (() => With(Reserving, 3, row => row with { Amount = Chf(15) }), "Entry 4 (Correction of 15.00 CHF) breaks a rule of the ledger at that point."),
        ["credit beyond the largest amount"] = (() => With(Brimful, 2, row => row with { Amount = Chf(30) }), "Entry 3 (Credit of 30.00 CHF) breaks a rule of the ledger at that point."),
        ["correction adding beyond the largest amount"] = (() => With(Brimful, 2, row => row with { Amount = Chf(20) }), "Entry 4 (Correction of 5.00 CHF) breaks a rule of the ledger at that point."),
        ["key twice"] = (() => With(Sample, 1, row => row with { IdempotencyKey = "top-up-1" }), "Idempotency key 'top-up-1' is used twice."),
        ["balance"] = (() => Sample with { Balance = Chf(261) }, "The stored balance (261.00 CHF) or reserved amount (40.00 CHF) is not what the entries give."),
        ["reserved"] = (() => Sample with { Reserved = Chf(41) }, "The stored balance (260.00 CHF) or reserved amount (41.00 CHF) is not what the entries give."),
        ["pending missing"] = (() => Sample with { PendingWithdrawals = [] }, "The stored pending withdrawals are not those the entries leave pending."),
        ["pending extra"] = (() => Sample with { PendingWithdrawals = [Pending(Sample), Pending(Sample) with { WithdrawalId = WithdrawalId.From(Guid.NewGuid()), Sequence = 8 }] },
            "The stored pending withdrawals are not those the entries leave pending."),
        ["head reserved above balance"] = (() => Head(Sample with { Reserved = Chf(261), PendingWithdrawals = [Pending(Sample) with { Amount = Chf(261) }] }),
            "The reserved amount (261.00 CHF) is not between zero and the balance (260.00 CHF)."),
        ["head negative reserved"] = (() => Head(Sample with { Reserved = Chf(-40), PendingWithdrawals = [] }), "The reserved amount (-40.00 CHF) is not between zero and the balance (260.00 CHF)."),
        ["head pending not adding up"] = (() => Head(Sample with { Reserved = Chf(41) }), "The pending withdrawals add up to "),
        ["head pending twice"] = (() => Head(Sample with { Reserved = Chf(80), PendingWithdrawals = [Pending(Sample), Pending(Sample)] }), $"Withdrawal {Pending(Sample).WithdrawalId} is pending twice."),
        ["head pending of another account"] = (() => Head(Sample with { PendingWithdrawals = [Pending(Sample) with { AccountId = OtherAccount }] }),
            $"Pending withdrawal {Pending(Sample).WithdrawalId} belongs to another account or lies beyond the ledger."),
        ["head pending beyond the ledger"] = (() => Head(Sample with { PendingWithdrawals = [Pending(Sample) with { Sequence = 10 }] }),
            $"Pending withdrawal {Pending(Sample).WithdrawalId} belongs to another account or lies beyond the ledger."),
        ["head pending in euros"] = (() => Head(Sample with { PendingWithdrawals = [Pending(Sample) with { Amount = Eur(40) }] }), "Entry 4 has an amount (40.00 EUR) that is not positive in CHF."),
        ["head pending to nowhere"] = (() => Head(Sample with { PendingWithdrawals = [Pending(Sample) with { Destination = "nowhere" }] }), $"Entry 4 {FieldsOf} (WithdrawalReserved)."),
        ["head entry beyond the ledger"] = (() => Head(Sample, Sample.Entries[0] with { Sequence = 10 }), "Entry 10 is held twice or lies beyond the ledger."),
        ["head entry twice"] = (() => Head(Sample, Sample.Entries[0], Sample.Entries[0]), "Entry 1 is held twice or lies beyond the ledger."),
        ["head entry twice, under two keys"] = (() => Head(Sample, Sample.Entries[0], Sample.Entries[0] with { IdempotencyKey = "again" }), "Entry 1 is held twice or lies beyond the ledger."),
        ["head key twice"] = (() => Head(Sample, Sample.Entries[0], Sample.Entries[1] with { IdempotencyKey = "top-up-1" }), "Idempotency key 'top-up-1' is used twice."),
        ["head corrected twice"] = (() => Head(Sample, Sample.Entries[6], Sample.Entries[6] with { Sequence = 8, IdempotencyKey = "refund-again" }), "Entry 3 is corrected twice."),
    };

    public static TheoryData<string> CorruptStateNames => [.. CorruptStates.Keys];

    [Theory]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(CorruptStateNames))]
    public void ACorruptState_IsRejected_NamingTheInvariantItBreaks(string name)
    {
        var (corrupt, problem) = CorruptStates[name];

        var thrown = Assert.Throws<ArgumentException>(() => PrepaidAccount.FromState(corrupt()));

        Assert.StartsWith("Corrupt prepaid account state: ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(problem, thrown.Message, StringComparison.Ordinal);
        Assert.Equal("state", thrown.ParamName);
    }

    /// <summary>The organization's account holding <paramref name="balance"/>, <paramref name="pending"/> of it reserved, then moved by <paramref name="then"/>.</summary>
    private static PrepaidAccountState Moved(decimal balance, decimal pending, Action<PrepaidAccount, Org> then)
    {
        var organization = Organization();
        var account = Holding(organization, balance, pending);
        then(account, organization);
        return account.ToState();
    }

    /// <summary>The states at the edge of each invariant, which operations can reach and a store can hold.</summary>
    private static readonly Dictionary<string, Func<PrepaidAccountState>> EdgeStates = new()
    {
        ["an empty ledger"] = () => Open(Organization()).ToState(),
        ["a ledger of one entry"] = () => Funded(Organization(), 10).ToState(),
        ["a head holding its first entry only"] = () => Funded(Organization(), 10, 20).ToState() is var state ? Head(state, state.Entries[0]) : null!,
        ["a head holding its last entry only"] = () => Head(Sample, Sample.Entries[8]),
        ["a head holding no entry"] = () => Head(Sample),
        ["a head whose pending withdrawal is its last entry"] = () => Head(Holding(Organization(), 100m, pending: 40m).ToState()),
        ["everything reserved"] = () => Holding(Organization(), 100m, pending: 100m).ToState(),
        ["a head with everything reserved"] = () => Head(Holding(Organization(), 100m, pending: 100m).ToState()),
        ["a balance of exactly zero after a withdrawal"] = () => Moved(100m, 100m, (account, organization) =>
            account.CompleteWithdrawal(Owner, organization, Key("sent"), account.PendingWithdrawals.Single().Withdrawal, Clock()).GetValueOrThrow()),
        ["a balance of exactly zero after a correction"] = () => Moved(100m, 0m, (account, organization) =>
            account.Correct(Owner, organization, Key("charge-back"), 1, Chf(100), Clock()).GetValueOrThrow()),
        ["a balance of the largest amount"] = () => Holding(Organization(), Money.MaxMagnitude).ToState(),
        ["a correction adding up to the largest amount"] = () => Brimful,
        ["a debit of the whole available balance"] = () => Moved(100m, 60m, (account, organization) =>
            account.Pay(Owner, organization, Key("pay"), Chf(40), AnOrder, Clock()).GetValueOrThrow()),
        ["a reservation of the whole available balance"] = () => Moved(100m, 60m, (account, organization) =>
            account.RequestWithdrawal(Owner, organization, Key("more"), Chf(40), PayPal, Clock(), new SeededRandomSource(5)).GetValueOrThrow()),
        ["a correction taking the whole available balance"] = () => Moved(100m, 60m, (account, organization) =>
            account.Correct(Owner, organization, Key("charge-back"), 1, Chf(40), Clock()).GetValueOrThrow()),
    };

    public static TheoryData<string> EdgeStateNames => [.. EdgeStates.Keys];

    [Theory]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(EdgeStateNames))]
    public void AStateAtTheEdgeOfAnInvariant_IsAccepted_AndRoundTrips(string name)
    {
        var state = EdgeStates[name]();

        var loaded = PrepaidAccount.FromState(state);

        Assert.Equal(state, loaded.ToState());
        Assert.Equal((state.Balance, state.Reserved, state.LastSequence), (loaded.Balance, loaded.Reserved, loaded.LastSequence));
        Assert.Equal(state.Entries.Count == state.LastSequence, loaded.HoldsWholeLedger);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void AStateWithAMissingList_OrRow_IsAProgrammerError_NamingIt()
    {
        var state = Sample;

        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.FromState(null!)).ParamName);
        Assert.Equal("state.Entries", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.FromState(state with { Entries = null! })).ParamName);
        Assert.Equal("state.PendingWithdrawals", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.FromState(state with { PendingWithdrawals = null! })).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.FromState(state with { Entries = [null!] })).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.FromState(state with { PendingWithdrawals = [null!] })).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.FromState(Head(state) with { PendingWithdrawals = [null!] })).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.FromState(Head(state) with { PendingWithdrawals = [Pending(state), null!] })).ParamName);
    }

    private static PrepaidAccount RebuiltFrom(string broken)
    {
        var account = PrepaidStateTests.Sample();
        var entries = account.Entries;
        return broken switch
        {
            "another account" => PrepaidAccount.Rebuild(OtherAccount, account.Organization, Currency.Chf, entries),
            "another currency" => PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Eur, entries),
            "reversed" => PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, entries.Reverse()),
            "first missing" => PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, entries.Skip(1)),
            "one twice" => PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, [entries[0], .. entries]),
            "a reservation twice" => PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, [.. entries.Take(4), entries[3]]),
            _ => throw new InvalidOperationException(broken),
        };
    }

    public static TheoryData<string, string> BrokenLedgers => new()
    {
        { "another account", $"Entry 1 belongs to prepaid account {PrepaidStateTests.Sample().Id}." },
        { "another currency", "Entry 1 is in CHF, not EUR." },
        { "reversed", "Entry 9 does not follow entry 0." },
        { "first missing", "Entry 2 does not follow entry 0." },
        { "one twice", "Entry 1 does not follow entry 1." },
        { "a reservation twice", "Entry 4 does not follow entry 4." },
    };

    [Theory]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(BrokenLedgers))]
    public void Rebuild_RejectsEntriesThatCouldNotHaveBeenRecordedSo_NamingTheRuleTheyBreak(string broken, string problem)
    {
        var thrown = Assert.Throws<ArgumentException>(() => RebuiltFrom(broken));

        Assert.Equal($"Corrupt prepaid account state: {problem} (Parameter 'state')", thrown.Message);
        Assert.Equal("state", thrown.ParamName);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void Rebuild_WithADefaultIdOrCurrency_OrNoEntries_IsAProgrammerError_NamingTheArgument()
    {
        var account = PrepaidStateTests.Sample();
        var entries = account.Entries;

        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => PrepaidAccount.Rebuild(default, account.Organization, Currency.Chf, entries)).ParamName);
        Assert.Equal("organization", Assert.ThrowsAny<ArgumentException>(() => PrepaidAccount.Rebuild(account.Id, default, Currency.Chf, entries)).ParamName);
        foreach (var ledger in new[] { entries, [] })
        {
            var thrown = Assert.Throws<ArgumentException>(() => PrepaidAccount.Rebuild(account.Id, account.Organization, default, ledger));
            Assert.Equal(("currency", "A currency is required; the default value is not one. (Parameter 'currency')"), (thrown.ParamName, thrown.Message));
        }

        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, null!)).ParamName);
        Assert.Equal("entries[i]", Assert.Throws<ArgumentNullException>(() => PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, [null!])).ParamName);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void Rebuild_OfALedgerUsingAKeyTwice_NamesTheKey_WhenAnOperationNeedsTheKeys()
    {
        var organization = Organization();
        var account = PrepaidStateTests.Sample();
        var state = account.ToState();
        var entries = account.Entries.ToList();
        entries[1] = PrepaidAccount.FromState(Head(state, state.Entries[1] with { IdempotencyKey = "top-up-1" })).Entries[0];
        var rebuilt = PrepaidAccount.Rebuild(account.Id, account.Organization, Currency.Chf, entries);

        var thrown = Assert.Throws<ArgumentException>(() => rebuilt.TopUp(Owner, organization, Key("new"), Chf(1), PaymentMethod.Card, Policy, Clock()));

        Assert.Equal("Corrupt prepaid account state: Idempotency key 'top-up-1' is used twice. (Parameter 'state')", thrown.Message);
        Assert.Equal(9, rebuilt.LastSequence);
    }
}
