using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>PRE-4: the balance is withdrawn to a bank or PayPal account, up to the available balance, reserved then completed or cancelled.</summary>
public class WithdrawalTests
{
    [Fact]
    [Trait("Rule", "PRE-4")]
    public void AWithdrawal_IsReservedFirst_ThenLeavesTheBalanceWhenCompleted()
    {
        var organization = Organization();
        var account = Funded(organization, 250);
        var clock = Clock();

        var reservation = account.RequestWithdrawal(Owner, organization, Key("w-1"), Chf(100), Bank, clock, new SeededRandomSource(4)).GetValueOrThrow();

        Assert.Equal(Bank, reservation.Destination);
        Assert.Equal(Chf(100), reservation.ReservedChange);
        Assert.Equal(Chf(0), reservation.BalanceChange);
        Assert.Equal((Chf(250), Chf(100), Chf(150)), (account.Balance, account.Reserved, account.Available));
        Assert.Equal([reservation], account.PendingWithdrawals);

        var completed = account.CompleteWithdrawal(Accountant, organization, Key("w-1-sent"), reservation.Withdrawal, clock).GetValueOrThrow();

        Assert.Equal(reservation.Withdrawal, completed.Withdrawal);
        Assert.Equal(Chf(100), completed.Amount);
        Assert.Equal(Chf(-100), completed.BalanceChange);
        Assert.Equal(Chf(-100), completed.ReservedChange);
        Assert.Equal((Chf(150), Chf(0), Chf(150)), (account.Balance, account.Reserved, account.Available));
        Assert.Empty(account.PendingWithdrawals);
        Assert.Equal([reservation, completed], account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void ACancelledWithdrawal_IsAvailableAgain_AndCanBeNeitherCompletedNorCancelledAgain()
    {
        var organization = Organization();
        var account = Funded(organization, 80);
        var reservation = account.RequestWithdrawal(Owner, organization, Key("w"), Chf(80), PayPal, Clock(), new SeededRandomSource(4)).GetValueOrThrow();

        var cancelled = account.CancelWithdrawal(Owner, organization, Key("w-cancel"), reservation.Withdrawal, Clock()).GetValueOrThrow();

        Assert.Equal(Chf(80), cancelled.Amount);
        Assert.Equal(Chf(0), cancelled.BalanceChange);
        Assert.Equal(Chf(-80), cancelled.ReservedChange);
        Assert.Equal((Chf(80), Chf(0), Chf(80)), (account.Balance, account.Reserved, account.Available));
        Assert.Equal(new NoPendingWithdrawal(account.Id, reservation.Withdrawal), account.CompleteWithdrawal(Owner, organization, Key("late"), reservation.Withdrawal, Clock()).Value);
        Assert.Equal(new NoPendingWithdrawal(account.Id, reservation.Withdrawal), account.CancelWithdrawal(Owner, organization, Key("again"), reservation.Withdrawal, Clock()).Value);
        Assert.Equal(3, account.LastSequence);
    }

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void ACompletedWithdrawal_CanBeNeitherCompletedNorCancelledAgain_AndAnUnknownOneIsNotPending()
    {
        var organization = Organization();
        var account = Funded(organization, 80);
        var reservation = account.RequestWithdrawal(Owner, organization, Key("w"), Chf(20), Bank, Clock(), new SeededRandomSource(4)).GetValueOrThrow();
        account.CompleteWithdrawal(Owner, organization, Key("sent"), reservation.Withdrawal, Clock()).GetValueOrThrow();
        var unknown = WithdrawalId.From(Guid.NewGuid());

        Assert.IsType<NoPendingWithdrawal>(account.CompleteWithdrawal(Owner, organization, Key("sent-again"), reservation.Withdrawal, Clock()).Value);
        Assert.IsType<NoPendingWithdrawal>(account.CancelWithdrawal(Owner, organization, Key("cancel"), reservation.Withdrawal, Clock()).Value);
        Assert.Equal(new NoPendingWithdrawal(account.Id, unknown), account.CompleteWithdrawal(Owner, organization, Key("unknown"), unknown, Clock()).Value);
        Assert.Throws<ArgumentException>(() => account.CompleteWithdrawal(Owner, organization, Key("default"), default, Clock()));
        Assert.Throws<ArgumentException>(() => account.CancelWithdrawal(Owner, organization, Key("default"), default, Clock()));
        Assert.Equal(Chf(60), account.Balance);
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "PRE-4")]
    [Trait("Rule", "ORG-9")]
    public bool WithdrawingTheWholeAvailableBalance_AndCompleting_BringsTheBalanceToExactlyZero(PositiveInt[] topUps, PositiveInt[] payments, bool toBank)
    {
        var organization = Organization();
        var account = Funded(organization, [.. topUps.Take(4).Select(t => 10m + (t.Get % 499_000 / 100m))]);
        foreach (var (payment, i) in payments.Take(4).Select((p, i) => (p, i)))
        {
            _ = account.Pay(Owner, organization, Key($"pay-{i}"), Money.FromMinorUnits(payment.Get % 100_000 + 1, Currency.Chf).GetValueOrThrow(), LedgerReference.ForOrder(Given.Order(i)), Clock());
        }

        if (account.Available.IsZero)
        {
            return account.RequestWithdrawal(Owner, organization, Key("all"), account.Available, Bank, Clock(), new SeededRandomSource(1)).Value is AmountNotPositive;
        }

        var everything = account.RequestWithdrawal(Owner, organization, Key("all"), account.Available, toBank ? Bank : PayPal, Clock(), new SeededRandomSource(1)).GetValueOrThrow();
        account.CompleteWithdrawal(Owner, organization, Key("all-sent"), everything.Withdrawal, Clock()).GetValueOrThrow();

        return account.Balance == Money.Zero(Currency.Chf) && account.Available.IsZero && account.Reserved.IsZero && account.PendingWithdrawals.Count == 0;
    }

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void AWithdrawal_IsUpToTheAvailableBalance_InTheAccountsCurrency_AndPositive()
    {
        var organization = Organization();
        var account = Funded(organization, 50);
        account.RequestWithdrawal(Owner, organization, Key("first"), Chf(20), Bank, Clock(), new SeededRandomSource(2)).GetValueOrThrow();

        Assert.Equal(new InsufficientAvailableBalance(account.Id, Chf(30.05m), Chf(30), Chf(0.05m)),
            account.RequestWithdrawal(Owner, organization, Key("second"), Chf(30.05m), Bank, Clock(), new SeededRandomSource(2)).Value);
        Assert.Equal(new CurrencyMismatch(Currency.Chf, Currency.Eur), account.RequestWithdrawal(Owner, organization, Key("eur"), Eur(1), Bank, Clock(), new SeededRandomSource(2)).Value);
        Assert.Equal(new AmountNotPositive(Chf(0)), account.RequestWithdrawal(Owner, organization, Key("zero"), Chf(0), Bank, Clock(), new SeededRandomSource(2)).Value);
        Assert.Equal(2, account.LastSequence);
        Assert.Throws<ArgumentNullException>(() => account.RequestWithdrawal(Owner, organization, Key("k"), Chf(1), null!, Clock(), new SeededRandomSource(2)));
        Assert.Throws<ArgumentNullException>(() => account.RequestWithdrawal(Owner, organization, Key("k"), Chf(1), Bank, Clock(), null!));
    }

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void EachWithdrawal_GetsItsOwnIdFromTheRandomSource()
    {
        var organization = Organization();
        var account = Funded(organization, 50);
        var random = new SeededRandomSource(9);

        var first = account.RequestWithdrawal(Owner, organization, Key("a"), Chf(10), Bank, Clock(), random).GetValueOrThrow();
        var second = account.RequestWithdrawal(Owner, organization, Key("b"), Chf(10), Bank, Clock(), random).GetValueOrThrow();

        Assert.NotEqual(first.Withdrawal, second.Withdrawal);
        Assert.Equal(first.Withdrawal, Funded(Organization(), 50).RequestWithdrawal(Owner, Organization(), Key("a"), Chf(10), Bank, Clock(), new SeededRandomSource(9)).GetValueOrThrow().Withdrawal);
        Assert.Equal(2, account.PendingWithdrawals.Count);
        Assert.Equal(Chf(30), account.Available);
    }

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void ANewWithdrawal_NeverTakesTheIdOfAPendingOne_EvenFromARandomSourceThatRepeatsItself()
    {
        var organization = Organization();
        var account = Funded(organization, 50);
        var repeating = new RepeatingRandomSource(times: 3);

        var first = account.RequestWithdrawal(Owner, organization, Key("a"), Chf(10), Bank, Clock(), repeating).GetValueOrThrow();
        var second = account.RequestWithdrawal(Owner, organization, Key("b"), Chf(10), Bank, Clock(), repeating).GetValueOrThrow();

        Assert.NotEqual(first.Withdrawal, second.Withdrawal);
        Assert.Equal(2, account.PendingWithdrawals.Count);
    }

    /// <summary>Gives the same bytes for the first draws, then others.</summary>
    private sealed class RepeatingRandomSource(int times) : IRandomSource
    {
        private int draws;

        public void Fill(Span<byte> destination) => destination.Fill((byte)(++draws <= times ? 7 : draws));
    }
}
