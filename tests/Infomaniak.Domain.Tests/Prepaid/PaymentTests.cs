using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>PRE-2 (the part that needs no invoice): the account pays an amount for a reference, in whole or not at all.</summary>
public class PaymentTests
{
    private static readonly LedgerReference Order = LedgerReference.ForOrder(Given.Order(7));

    [Property(MaxTest = 300)]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    public bool APayment_IsMadeInWhole_ExactlyWhenTheAvailableBalanceCoversIt_AndOtherwiseNamesTheShortfall(PositiveInt funded, PositiveInt reserved, PositiveInt price)
    {
        var organization = Organization();
        var account = Funded(organization, 10m + (funded.Get % 4_990));
        var reservation = Math.Min(reserved.Get % 2_000, (int)account.Balance.Amount - 1) / 2m;
        if (reservation > 0)
        {
            account.RequestWithdrawal(Owner, organization, Key("withdraw"), Chf(reservation), Bank, Clock(), new Support.SeededRandomSource(3)).GetValueOrThrow();
        }

        var available = account.Available;
        var amount = Money.FromMinorUnits(price.Get % 1_000_000, Currency.Chf).GetValueOrThrow();
        var entries = account.LastSequence;

        return account.Pay(Owner, organization, Key("pay"), amount, Order, Clock()).Match(
            debit => amount.Amount <= available.Amount && debit.Amount == amount && debit.Reference == Order
                && account.Available.Amount == available.Amount - amount.Amount && account.LastSequence == entries + 1,
            _ => false,
            _ => false,
            _ => false,
            notPositive => amount.IsZero,
            shortfall => amount.Amount > available.Amount && shortfall.Requested == amount && shortfall.Available == available
                && shortfall.Shortfall.Amount == amount.Amount - available.Amount && account.Available == available && account.LastSequence == entries);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void APayment_AppendsADebitThatPointsToWhatItPaid()
    {
        var organization = Organization();
        var account = Funded(organization, 100);
        var order = LedgerReference.ForOrder(Given.Order(1));

        var debit = account.Pay(Accountant, organization, Key("order-2026"), Chf(35.50m), order, Clock()).GetValueOrThrow();

        Assert.Equal(order, debit.Reference);
        Assert.Equal(LedgerEntryKind.Debit, debit.Kind);
        Assert.Equal(Chf(-35.50m), debit.BalanceChange);
        Assert.Equal(Accountant, debit.Actor);
        Assert.Equal(2, debit.Sequence);
        Assert.Equal(Chf(64.50m), account.Balance);
        Assert.Equal([debit], account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    public void PayingTheWholeAvailableBalance_LeavesExactlyZero_AndAPendingWithdrawalIsNotAvailable()
    {
        var organization = Organization();
        var account = Funded(organization, 100);
        account.RequestWithdrawal(Owner, organization, Key("withdraw"), Chf(30), Bank, Clock(), new Support.SeededRandomSource(1)).GetValueOrThrow();

        var refused = account.Pay(Owner, organization, Key("too-much"), Chf(70.01m), Order, Clock());
        account.Pay(Owner, organization, Key("all"), Chf(70), Order, Clock()).GetValueOrThrow();

        Assert.Equal(new InsufficientAvailableBalance(account.Id, Chf(70.01m), Chf(70), Chf(0.01m)), refused.Value);
        Assert.Equal(Chf(0), account.Available);
        Assert.Equal(Chf(30), account.Balance);
        Assert.IsType<InsufficientAvailableBalance>(account.Pay(Owner, organization, Key("one-more"), Chf(0.01m), Order, Clock()).Value);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void BadAmounts_AreNamedRefusals_AndChangeNothing()
    {
        var organization = Organization();
        var account = Funded(organization, 100);

        Assert.Equal(new CurrencyMismatch(Currency.Chf, Currency.Eur), account.Pay(Owner, organization, Key("eur"), Eur(10), Order, Clock()).Value);
        Assert.Equal(new AmountNotPositive(Chf(0)), account.Pay(Owner, organization, Key("zero"), Chf(0), Order, Clock()).Value);
        Assert.Equal(new AmountNotPositive(Chf(-1)), account.Pay(Owner, organization, Key("negative"), Chf(-1), Order, Clock()).Value);
        Assert.Equal(1, account.LastSequence);
        Assert.Empty(account.PendingEvents);
        Assert.Throws<ArgumentNullException>(() => account.Pay(Owner, organization, Key("k"), Chf(1), null!, Clock()));
        Assert.Throws<ArgumentException>(() => account.Pay(Owner, organization, Key("k"), default, Order, Clock()));
    }

    public static TheoryData<string> PolicyReferences() => ["invoice", "renewal"];

    [Theory]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-3")]
    [MemberData(nameof(PolicyReferences))]
    public void Pay_ForAnInvoiceOrARenewal_Throws_NamingThePolicyThatPaysIt_AndChangesNothing(string kind)
    {
        var organization = Organization();
        var account = Funded(organization, 100);
        var (reference, policy) = kind == "invoice"
            ? (LedgerReference.ForInvoice(Given.Invoice(7)), "PrepaidPayments.PayInvoice")
            : (LedgerReference.ForRenewal(Given.Product(1), new DateOnly(2026, 3, 1)), "AutomaticRenewal.Run");
        var before = account.ToState();

        foreach (var actor in new[] { Owner, Accountant, Stranger, Neighbour })
        {
            var thrown = Assert.Throws<ArgumentException>(() => account.Pay(actor, organization, Key("pay"), Chf(10), reference, Clock()));
            Assert.Equal("reference", thrown.ParamName);
            Assert.Contains(policy, thrown.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, account.ToState());
        Assert.Empty(account.PendingEvents);
    }

    [Property(MaxTest = 100)]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-3")]
    public bool Pay_NeverDebitsForAnInvoiceOrARenewal_WhateverTheAmountOrKey(PositiveInt cents, PositiveInt id, bool renewal)
    {
        var organization = Organization();
        var account = Funded(organization, 100);
        var reference = renewal
            ? LedgerReference.ForRenewal(Given.Product(id.Get % 1_000), new DateOnly(2026, 1, 1).AddDays(id.Get % 3_000))
            : LedgerReference.ForInvoice(Given.Invoice(id.Get % 1_000));
        var amount = Money.FromMinorUnits(cents.Get % 20_000, Currency.Chf).GetValueOrThrow();
        var entries = account.LastSequence;
        try
        {
            _ = account.Pay(Owner, organization, Key($"pay-{id.Get}"), amount, reference, Clock());
            return false;
        }
        catch (ArgumentException thrown) when (thrown.ParamName == "reference")
        {
            return account.LastSequence == entries && account.Balance == Chf(100) && account.PendingEvents.Count == 0;
        }
    }
}
