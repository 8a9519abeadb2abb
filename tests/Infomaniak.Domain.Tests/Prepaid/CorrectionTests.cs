using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>PRE-5: a mistake is compensated by a new entry, never by an edit, and a correction can only undo.</summary>
public class CorrectionTests
{
    private static readonly LedgerReference Order = LedgerReference.ForOrder(Given.Order(1));

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void ACreditCharredBack_IsCorrectedByTakingMoneyOut_AndTheCreditStaysAsItWas()
    {
        var organization = Organization();
        var account = Funded(organization, 200);
        var credit = account.Entries[0];
        var rowBefore = credit.ToState();

        var correction = account.Correct(Owner, organization, Key("chargeback"), 1, Chf(200), Clock()).GetValueOrThrow();

        Assert.Equal(1, correction.Corrects);
        Assert.Equal(CorrectionDirection.TakesFromBalance, correction.Direction);
        Assert.Equal(Chf(-200), correction.BalanceChange);
        Assert.Equal(LedgerEntryKind.Correction, correction.Kind);
        Assert.Equal(Chf(0), account.Balance);
        Assert.Same(credit, account.Entries[0]);
        Assert.Equal(rowBefore, account.Entries[0].ToState());
        Assert.Equal([correction], account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void ADebitOrACompletedWithdrawal_IsCorrectedByPuttingMoneyBack_InPartOrInWhole()
    {
        var organization = Organization();
        var account = Funded(organization, 200);
        account.Pay(Owner, organization, Key("pay"), Chf(50), Order, Clock()).GetValueOrThrow();
        var withdrawal = account.RequestWithdrawal(Owner, organization, Key("w"), Chf(100), Bank, Clock(), new SeededRandomSource(1)).GetValueOrThrow();
        account.CompleteWithdrawal(Owner, organization, Key("w-sent"), withdrawal.Withdrawal, Clock()).GetValueOrThrow();

        var refund = account.Correct(Owner, organization, Key("refund"), 2, Chf(20), Clock()).GetValueOrThrow();
        var bounced = account.Correct(Owner, organization, Key("bounced"), 4, Chf(100), Clock()).GetValueOrThrow();

        Assert.Equal(CorrectionDirection.AddsToBalance, refund.Direction);
        Assert.Equal(CorrectionDirection.AddsToBalance, bounced.Direction);
        Assert.Equal(Chf(170), account.Balance);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void ACorrection_IsRefused_WhenItWouldNotUndo()
    {
        var organization = Organization();
        var account = Funded(organization, 200);
        var withdrawal = account.RequestWithdrawal(Owner, organization, Key("w"), Chf(10), Bank, Clock(), new SeededRandomSource(1)).GetValueOrThrow();
        account.CancelWithdrawal(Owner, organization, Key("w-cancelled"), withdrawal.Withdrawal, Clock()).GetValueOrThrow();
        account.Correct(Owner, organization, Key("first"), 1, Chf(50), Clock()).GetValueOrThrow();

        Assert.Equal(new CorrectionNotAllowed(account.Id, 2, CorrectionProblem.NoBalanceEffect), account.Correct(Owner, organization, Key("a"), 2, Chf(1), Clock()).Value);
        Assert.Equal(new CorrectionNotAllowed(account.Id, 3, CorrectionProblem.NoBalanceEffect), account.Correct(Owner, organization, Key("b"), 3, Chf(1), Clock()).Value);
        Assert.Equal(new CorrectionNotAllowed(account.Id, 1, CorrectionProblem.AlreadyCorrected), account.Correct(Owner, organization, Key("c"), 1, Chf(1), Clock()).Value);
        Assert.Equal(new CorrectionNotAllowed(account.Id, 4, CorrectionProblem.ExceedsEntry), account.Correct(Owner, organization, Key("d"), 4, Chf(50.01m), Clock()).Value);
        Assert.Equal(new LedgerEntryNotFound(account.Id, 0, 4), account.Correct(Owner, organization, Key("e"), 0, Chf(1), Clock()).Value);
        Assert.Equal(new LedgerEntryNotFound(account.Id, 5, 4), account.Correct(Owner, organization, Key("f"), 5, Chf(1), Clock()).Value);
        Assert.Equal(new CurrencyMismatch(Currency.Chf, Currency.Eur), account.Correct(Owner, organization, Key("g"), 4, Eur(1), Clock()).Value);
        Assert.Equal(new AmountNotPositive(Chf(0)), account.Correct(Owner, organization, Key("h"), 4, Chf(0), Clock()).Value);
        Assert.Equal(4, account.LastSequence);
        Assert.Equal(Chf(150), account.Balance);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void ACorrection_OfACorrection_GoesTheOtherWay_AndNeverTakesMoreThanIsAvailable()
    {
        var organization = Organization();
        var account = Funded(organization, 100, 100);
        account.Pay(Owner, organization, Key("pay"), Chf(60), Order, Clock()).GetValueOrThrow();
        account.Correct(Owner, organization, Key("undo-pay"), 3, Chf(60), Clock()).GetValueOrThrow();
        account.RequestWithdrawal(Owner, organization, Key("w"), Chf(150), Bank, Clock(), new SeededRandomSource(1)).GetValueOrThrow();

        var tooMuch = account.Correct(Owner, organization, Key("undo-undo"), 4, Chf(60), Clock());
        var ok = account.Correct(Owner, organization, Key("undo-undo-part"), 4, Chf(50), Clock()).GetValueOrThrow();

        Assert.Equal(new InsufficientAvailableBalance(account.Id, Chf(60), Chf(50), Chf(10)), tooMuch.Value);
        Assert.Equal(CorrectionDirection.TakesFromBalance, ok.Direction);
        Assert.Equal(4, ok.Corrects);
        Assert.Equal(Chf(0), account.Available);
        Assert.Equal(Chf(150), account.Balance);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void PuttingMoneyBack_BeyondTheLargestAmountTheLibraryHandles_IsRefused()
    {
        var organization = Organization();
        var account = Open(organization);
        var largest = Chf(Money.MaxMagnitude);
        var unbounded = TopUpPolicy.Create([PaymentMethod.BankTransfer], Chf(1), largest, largest).GetValueOrThrow();
        account.TopUp(Owner, organization, Key("big"), largest, PaymentMethod.BankTransfer, unbounded, Clock()).GetValueOrThrow();
        account.Pay(Owner, organization, Key("spend"), largest, Order, Clock()).GetValueOrThrow();
        account.TopUp(Owner, organization, Key("big-again"), Chf(Money.MaxMagnitude - 1), PaymentMethod.BankTransfer, unbounded, Clock()).GetValueOrThrow();

        var refused = account.Correct(Owner, organization, Key("refund"), 2, Chf(2), Clock());
        var upToTheLargest = account.Correct(Owner, organization, Key("refund-1"), 2, Chf(1), Clock());

        Assert.Equal(new AmountOutOfRange(Money.MaxMagnitude + 1, Currency.Chf), refused.Value);
        Assert.IsType<PrepaidCorrected>(upToTheLargest.Value);
        Assert.Equal(largest, account.Balance);
        Assert.Equal(4, account.LastSequence);
    }
}
