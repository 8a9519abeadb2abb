using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>Each prepaid refusal explains itself with the facts and limits it carries.</summary>
public class PrepaidRefusalMessageTests
{
    private static readonly PrepaidAccountId Account = PrepaidAccountId.From(new Guid("0c000000-0000-4000-8000-00000000000c"));
    private static readonly PrepaidAccountId OtherAccount = PrepaidAccountId.From(new Guid("0e000000-0000-4000-8000-00000000000e"));
    private static readonly WithdrawalId Withdrawal = WithdrawalId.From(new Guid("0d000000-0000-4000-8000-00000000000d"));

    public static TheoryData<Refusal, string> Refusals() => new()
    {
        { new IdempotencyKeyReused(Account, Key("order-1"), 4, LedgerEntryKind.Debit), "Idempotency key 'order-1' was first used for entry 4 (Debit) with a different request; a new operation needs a new key." },
        { new AmountNotPositive(Chf(0)), "An amount moved through the prepaid account must be above zero; 0.00 CHF is not." },
        { new PaymentMethodNotAccepted(PaymentMethod.PayPal, Policy.AcceptedMethods), "'paypal' is not accepted for top-ups; accepted: bank-transfer, card, twint." },
        { new TopUpBelowMinimum(Chf(5), Chf(10)), "A top-up of 5.00 CHF is below the minimum of 10.00 CHF." },
        { new TopUpAboveMaximum(Chf(6_000), Chf(5_000)), "A top-up of 6000.00 CHF is above the maximum of 5000.00 CHF." },
        { new BalanceLimitExceeded(Chf(19_000), Chf(2_000), Chf(20_000)), "A top-up of 2000.00 CHF on a balance of 19000.00 CHF would pass the maximum balance of 20000.00 CHF." },
        { new InsufficientAvailableBalance(Account, Chf(100), Chf(60), Chf(40)), "The prepaid account has 60.00 CHF available, 40.00 CHF short of 100.00 CHF." },
        { new NoPendingWithdrawal(Account, Withdrawal), $"Prepaid account {Account} has no pending withdrawal {Withdrawal}." },
        { new PrepaidAccountsOfAnotherOrganization(Given.Organization(1), [Account, OtherAccount]), $"Prepaid accounts {Account}, {OtherAccount} do not belong to organization {Given.Organization(1)}." },
        { new LedgerEntryNotFound(Account, 12, 9), $"Prepaid account {Account} has no entry 12; its entries run from 1 to 9." },
        { new LedgerEntryNotFound(Account, 0, 9), $"Prepaid account {Account} has no entry 0; its entries run from 1 to 9." },
        { new LedgerEntryNotFound(Account, 9, 9), $"Entry 9 of prepaid account {Account} was not loaded with it; load it and its correction to correct it." },
        { new LedgerEntryNotFound(Account, 1, 9), $"Entry 1 of prepaid account {Account} was not loaded with it; load it and its correction to correct it." },
        { new CorrectionNotAllowed(Account, 3, CorrectionProblem.NoBalanceEffect), "Entry 3 did not change the balance, so there is nothing to correct; cancel the withdrawal instead." },
        { new CorrectionNotAllowed(Account, 3, CorrectionProblem.AlreadyCorrected), "Entry 3 was already corrected; correct that correction instead." },
        { new CorrectionNotAllowed(Account, 3, CorrectionProblem.ExceedsEntry), "A correction of entry 3 cannot exceed that entry's amount." },
        { new InvalidIban(IbanProblem.Empty, ""), "An IBAN is required." },
        { new InvalidIban(IbanProblem.InvalidCharacter, "CH93"), "An IBAN holds only letters, digits and spaces between groups." },
        { new InvalidIban(IbanProblem.UnknownCountry, "XX12"), "'XX12' does not start with the country code of an IBAN." },
        { new InvalidIban(IbanProblem.WrongLength, "CH93"), "The IBAN starting 'CH93' does not have the length of its country's IBANs." },
        { new InvalidIban(IbanProblem.WrongCheckDigits, "CH39"), "The check digits of the IBAN starting 'CH39' do not match: it was mistyped." },
        { new InvalidIdempotencyKey(IdempotencyKeyProblem.Empty), "An idempotency key is required." },
        { new InvalidIdempotencyKey(IdempotencyKeyProblem.TooLong), "An idempotency key has at most 100 characters." },
        { new InvalidIdempotencyKey(IdempotencyKeyProblem.InvalidCharacter), "An idempotency key holds only visible ASCII characters, without spaces." },
        { new InvalidTopUpPolicy(TopUpPolicyProblem.NoPaymentMethod), "A top-up policy accepts at least one payment method." },
        { new InvalidTopUpPolicy(TopUpPolicyProblem.CurrenciesDiffer), "A top-up policy's limits are all in one currency." },
        { new InvalidTopUpPolicy(TopUpPolicyProblem.MinimumNotPositive), "A top-up policy's minimum top-up is above zero." },
        { new InvalidTopUpPolicy(TopUpPolicyProblem.MinimumAboveMaximum), "A top-up policy's minimum top-up is at most its maximum top-up." },
        { new InvalidTopUpPolicy(TopUpPolicyProblem.MaximumAboveBalanceLimit), "A top-up policy's maximum top-up is at most its maximum balance." },
    };

    [Theory]
    [Trait("Rule", "PRE-1")]
    [Trait("Rule", "PRE-4")]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(Refusals))]
    public void EveryRefusal_ExplainsItselfWithItsFacts(Refusal refusal, string expected)
    {
        Assert.Equal(expected, refusal.Message);
        Assert.Equal(refusal.GetType().Name, refusal.Code);
    }
}
