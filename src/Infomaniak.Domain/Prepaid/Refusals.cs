using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// The idempotency key was already used on the account for a different request (PRE-5): a retry must repeat its
/// request exactly, and a new operation needs a new key.
/// </summary>
/// <param name="Account">The prepaid account.</param>
/// <param name="Key">The key given.</param>
/// <param name="FirstSequence">The entry the key's first request appended.</param>
/// <param name="FirstKind">The kind of that entry.</param>
public sealed record IdempotencyKeyReused(PrepaidAccountId Account, IdempotencyKey Key, long FirstSequence, LedgerEntryKind FirstKind) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        $"Idempotency key '{Key}' was first used for entry {FirstSequence} ({FirstKind}) with a different request; a new operation needs a new key.";
}

/// <summary>An amount moved through the prepaid account is zero or negative; every movement is a positive amount.</summary>
/// <param name="Amount">The amount given.</param>
public sealed record AmountNotPositive(Money Amount) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"An amount moved through the prepaid account must be above zero; {Amount} is not.";
}

/// <summary>A top-up was asked with a payment method the policy does not accept (PRE-1).</summary>
/// <param name="Method">The method given.</param>
/// <param name="Accepted">The methods the policy accepts.</param>
public sealed record PaymentMethodNotAccepted(PaymentMethod Method, IReadOnlyList<PaymentMethod> Accepted) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"'{Method}' is not accepted for top-ups; accepted: {string.Join(", ", Accepted)}.";
}

/// <summary>A top-up is below the smallest one the policy allows (PRE-1).</summary>
/// <param name="Amount">The amount given.</param>
/// <param name="Minimum">The smallest top-up allowed.</param>
public sealed record TopUpBelowMinimum(Money Amount, Money Minimum) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"A top-up of {Amount} is below the minimum of {Minimum}.";
}

/// <summary>A top-up is above the largest one the policy allows (PRE-1).</summary>
/// <param name="Amount">The amount given.</param>
/// <param name="Maximum">The largest top-up allowed.</param>
public sealed record TopUpAboveMaximum(Money Amount, Money Maximum) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"A top-up of {Amount} is above the maximum of {Maximum}.";
}

/// <summary>A top-up would bring the balance above the largest the policy allows (PRE-1).</summary>
/// <param name="Balance">The balance before the top-up.</param>
/// <param name="Amount">The amount given.</param>
/// <param name="MaximumBalance">The largest balance allowed.</param>
public sealed record BalanceLimitExceeded(Money Balance, Money Amount, Money MaximumBalance) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"A top-up of {Amount} on a balance of {Balance} would pass the maximum balance of {MaximumBalance}.";
}

/// <summary>
/// The available balance (the balance less pending withdrawals) does not cover the amount (PRE-2, PRE-4, PRE-5): the
/// prepaid account never pays in part and never goes negative.
/// </summary>
/// <param name="Account">The prepaid account.</param>
/// <param name="Requested">The amount asked for.</param>
/// <param name="Available">The available balance.</param>
/// <param name="Shortfall">What is missing: the amount less the available balance.</param>
public sealed record InsufficientAvailableBalance(PrepaidAccountId Account, Money Requested, Money Available, Money Shortfall) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"The prepaid account has {Available} available, {Shortfall} short of {Requested}.";
}

/// <summary>The account has no pending withdrawal with that id: it never existed, or it was completed or cancelled (PRE-4).</summary>
/// <param name="Account">The prepaid account.</param>
/// <param name="Withdrawal">The withdrawal given.</param>
public sealed record NoPendingWithdrawal(PrepaidAccountId Account, WithdrawalId Withdrawal) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Prepaid account {Account} has no pending withdrawal {Withdrawal}.";
}

/// <summary>
/// The entry to correct is not one the account holds: its sequence is outside the ledger, or the account was loaded
/// without it (load it with <c>LedgerEntriesForCorrectionSpec</c>).
/// </summary>
/// <param name="Account">The prepaid account.</param>
/// <param name="Sequence">The sequence given.</param>
/// <param name="LastSequence">The sequence of the account's last entry.</param>
public sealed record LedgerEntryNotFound(PrepaidAccountId Account, long Sequence, long LastSequence) : Refusal
{
    /// <inheritdoc />
    public override string Message => Sequence >= 1 && Sequence <= LastSequence
        ? $"Entry {Sequence} of prepaid account {Account} was not loaded with it; load it and its correction to correct it."
        : $"Prepaid account {Account} has no entry {Sequence}; its entries run from 1 to {LastSequence}.";
}

/// <summary>Why an entry cannot be corrected as asked.</summary>
public enum CorrectionProblem
{
    /// <summary>The entry did not change the balance (a withdrawal reserved or cancelled): cancel the withdrawal instead.</summary>
    NoBalanceEffect = 1,

    /// <summary>The entry was already corrected once; correct that correction instead.</summary>
    AlreadyCorrected,

    /// <summary>The correction is larger than the entry it compensates.</summary>
    ExceedsEntry,
}

/// <summary>A correction was refused (PRE-5): it may only compensate, once and at most in full, an entry that changed the balance.</summary>
/// <param name="Account">The prepaid account.</param>
/// <param name="Sequence">The entry to correct.</param>
/// <param name="Problem">Why it cannot be corrected so.</param>
public sealed record CorrectionNotAllowed(PrepaidAccountId Account, long Sequence, CorrectionProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        CorrectionProblem.NoBalanceEffect => $"Entry {Sequence} did not change the balance, so there is nothing to correct; cancel the withdrawal instead.",
        CorrectionProblem.AlreadyCorrected => $"Entry {Sequence} was already corrected; correct that correction instead.",
        _ => $"A correction of entry {Sequence} cannot exceed that entry's amount.",
    };
}

/// <summary>Prepaid accounts given as facts about an organization belong to another one (ORG-7, ORG-9).</summary>
/// <param name="Organization">The organization concerned.</param>
/// <param name="Accounts">The prepaid accounts of other organizations.</param>
public sealed record PrepaidAccountsOfAnotherOrganization(OrganizationId Organization, IReadOnlyList<PrepaidAccountId> Accounts) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Prepaid accounts {string.Join(", ", Accounts)} do not belong to organization {Organization}.";
}
