using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>
/// The knowledge base's prepaid story, step by step: top up the prepaid account, use it to pay a renewal and an invoice,
/// then retrieve the balance to a bank account, which leaves it at zero (the organization-deletion prerequisite).
/// </summary>
public class PrepaidStoryTests
{
    [Fact]
    [Trait("Rule", "PRE-1")]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-4")]
    [Trait("Rule", "PRE-5")]
    public void TopUp_Pay_ThenWithdrawEverything_LeavesExactlyZero_WithEveryMovementInTheLedger()
    {
        var organization = Organization();
        var clock = Clock();
        var random = new SeededRandomSource(2026);
        var account = PrepaidAccount.Open(organization, Owner, Currency.Chf, random).GetValueOrThrow();

        // Accounting > Prepaid Account > Credit Account: 200 CHF by TWINT.
        account.TopUp(Owner, organization, Key("credit-2026-03-01"), Chf(200), PaymentMethod.Twint, Policy, clock).GetValueOrThrow();
        clock.Advance(TimeSpan.FromDays(10));

        // Two orders in the shop, the prepaid account as the payment method.
        account.Pay(Owner, organization, Key("order-domain-2026"), Chf(13.90m), LedgerReference.ForOrder(Given.Order(1)), clock).GetValueOrThrow();
        account.Pay(Accountant, organization, Key("order-42"), Chf(57.60m), LedgerReference.ForOrder(Given.Order(42)), clock).GetValueOrThrow();
        Assert.Equal(Chf(128.50m), account.Available);

        // Retrieve Balance: everything available, to the bank account.
        var withdrawal = account.RequestWithdrawal(Owner, organization, Key("retrieve-balance"), account.Available, Bank, clock, random).GetValueOrThrow();
        Assert.Equal((Chf(128.50m), Chf(128.50m), Chf(0)), (account.Balance, account.Reserved, account.Available));
        Assert.IsType<InsufficientAvailableBalance>(account.Pay(Owner, organization, Key("late-order"), Chf(1), LedgerReference.ForOrder(Given.Order(43)), clock).Value);

        // The transfer is sent.
        clock.Advance(TimeSpan.FromDays(2));
        account.CompleteWithdrawal(Owner, organization, Key("retrieve-balance-sent"), withdrawal.Withdrawal, clock).GetValueOrThrow();

        Assert.Equal(Money.Zero(Currency.Chf), account.Balance);
        Assert.Empty(account.PendingWithdrawals);
        Assert.Equal(
            [LedgerEntryKind.Credit, LedgerEntryKind.Debit, LedgerEntryKind.Debit, LedgerEntryKind.WithdrawalReserved, LedgerEntryKind.WithdrawalCompleted],
            account.Entries.Select(entry => entry.Kind));
        Assert.Equal(0m, account.Entries.Sum(entry => entry.BalanceChange.Amount));
        Assert.IsType<PrepaidAccountOpened>(account.PendingEvents[0]);
        Assert.Equal(account.Entries.Cast<IDomainEvent>(), account.PendingEvents.Skip(1));
        Assert.Equal(account.ToState(), PrepaidAccount.Rebuild(account.Id, organization.Id, Currency.Chf, account.Entries).ToState());
    }
}
