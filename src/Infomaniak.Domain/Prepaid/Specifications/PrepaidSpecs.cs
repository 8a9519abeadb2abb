using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid.Specifications;

/// <summary>The stored prepaid account of an organization (there is at most one): the head to load before an operation.</summary>
public sealed class PrepaidAccountOfOrganizationSpec : Specification<PrepaidAccountState>, ISingleResultSpecification<PrepaidAccountState>
{
    /// <summary>Selects the prepaid account of one organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is the default value.</exception>
    public PrepaidAccountOfOrganizationSpec(OrganizationId organization)
    {
        Guard.Against.Default(organization);
        Query.Where(account => account.OrganizationId == organization);
    }
}

/// <summary>
/// The stored entries of a prepaid account that carry some idempotency keys, ordered by sequence: what to load with the
/// head so that a retried operation finds its first outcome (PRE-5).
/// </summary>
public sealed class LedgerEntriesByKeysSpec : Specification<LedgerEntryState>
{
    /// <summary>Selects the entries of one account with one of the keys.</summary>
    /// <param name="account">The prepaid account.</param>
    /// <param name="keys">The keys the coming operations use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> or a key is the default value.</exception>
    public LedgerEntriesByKeysSpec(PrepaidAccountId account, IEnumerable<IdempotencyKey> keys)
    {
        Guard.Against.Default(account);
        Guard.Against.Null(keys);
        var values = keys.Select(key => key.IsDefault ? throw new ArgumentException("A key must not be the default value.", nameof(keys)) : key.Value).Distinct().ToArray();
        Query.Where(entry => entry.AccountId == account && values.Contains(entry.IdempotencyKey)).OrderBy(entry => entry.Sequence);
    }
}

/// <summary>
/// The stored entry of a prepaid account with a given sequence and the correction of it, if any, ordered by sequence:
/// what to load with the head before <see cref="PrepaidAccount.Correct"/> (PRE-5).
/// </summary>
public sealed class LedgerEntriesForCorrectionSpec : Specification<LedgerEntryState>
{
    /// <summary>Selects the entry and its correction.</summary>
    /// <param name="account">The prepaid account.</param>
    /// <param name="sequence">The sequence of the entry to correct.</param>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public LedgerEntriesForCorrectionSpec(PrepaidAccountId account, long sequence)
    {
        Guard.Against.Default(account);
        Query.Where(entry => entry.AccountId == account && (entry.Sequence == sequence || entry.Corrects == sequence)).OrderBy(entry => entry.Sequence);
    }
}

/// <summary>Every stored entry of a prepaid account, ordered by sequence: the whole ledger, to verify the head or to show a statement.</summary>
public sealed class LedgerOfAccountSpec : Specification<LedgerEntryState>
{
    /// <summary>Selects the ledger of one account, from a sequence on.</summary>
    /// <param name="account">The prepaid account.</param>
    /// <param name="fromSequence">The first sequence to include; 1 (the default) for the whole ledger.</param>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public LedgerOfAccountSpec(PrepaidAccountId account, long fromSequence = 1)
    {
        Guard.Against.Default(account);
        Query.Where(entry => entry.AccountId == account && entry.Sequence >= fromSequence).OrderBy(entry => entry.Sequence);
    }
}
