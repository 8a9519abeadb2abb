using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid.Specifications;

/// <summary>The stored prepaid account of an organization (there is at most one): the head to load before an operation.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class PrepaidAccountOfOrganizationSpec : Specification<PrepaidAccountState>, ISingleResultSpecification<PrepaidAccountState>
{
    private readonly OrganizationId organization;

    /// <summary>Selects the prepaid account of one organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is the default value.</exception>
    public PrepaidAccountOfOrganizationSpec(OrganizationId organization)
    {
        Guard.Against.Default(organization);
        this.organization = organization;
        Query.Where(account => account.OrganizationId == organization);
    }

    /// <summary>The prepaid accounts among <paramref name="entities"/> of the organization, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<PrepaidAccountState> Evaluate(IEnumerable<PrepaidAccountState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether the prepaid account is the organization's.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(PrepaidAccountState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(PrepaidAccountState account) => account.OrganizationId == organization;
}

/// <summary>
/// The stored entries of a prepaid account that carry some idempotency keys, ordered by sequence: what to load with the
/// head so that a retried operation finds its first outcome (PRE-5).
/// </summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion is one set lookup per row, without compiling the expression.</remarks>
public sealed class LedgerEntriesByKeysSpec : Specification<LedgerEntryState>
{
    private readonly PrepaidAccountId account;
    private readonly HashSet<string> keys;

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
        this.account = account;
        this.keys = new HashSet<string>(values, StringComparer.Ordinal);
        Query.Where(entry => entry.AccountId == account && values.Contains(entry.IdempotencyKey)).OrderBy(entry => entry.Sequence);
    }

    /// <summary>The entries among <paramref name="entities"/> of the account with one of the keys, by sequence.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<LedgerEntryState> Evaluate(IEnumerable<LedgerEntryState> entities) =>
        Guard.Against.Null(entities).Where(Selects).OrderBy(entry => entry.Sequence);

    /// <summary>Whether the entry is the account's and carries one of the keys.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(LedgerEntryState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(LedgerEntryState entry) => entry.AccountId == account && keys.Contains(entry.IdempotencyKey);
}

/// <summary>
/// The stored entry of a prepaid account with a given sequence and the correction of it, if any, ordered by sequence:
/// what to load with the head before <see cref="PrepaidAccount.Correct"/> (PRE-5).
/// </summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class LedgerEntriesForCorrectionSpec : Specification<LedgerEntryState>
{
    private readonly PrepaidAccountId account;
    private readonly long sequence;

    /// <summary>Selects the entry and its correction.</summary>
    /// <param name="account">The prepaid account.</param>
    /// <param name="sequence">The sequence of the entry to correct.</param>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public LedgerEntriesForCorrectionSpec(PrepaidAccountId account, long sequence)
    {
        Guard.Against.Default(account);
        this.account = account;
        this.sequence = sequence;
        Query.Where(entry => entry.AccountId == account && (entry.Sequence == sequence || entry.Corrects == sequence)).OrderBy(entry => entry.Sequence);
    }

    /// <summary>The entry and its correction among <paramref name="entities"/>, by sequence.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<LedgerEntryState> Evaluate(IEnumerable<LedgerEntryState> entities) =>
        Guard.Against.Null(entities).Where(Selects).OrderBy(entry => entry.Sequence);

    /// <summary>Whether the entry is the account's and is the entry with the sequence or a correction of it.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(LedgerEntryState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(LedgerEntryState entry) => entry.AccountId == account && (entry.Sequence == sequence || entry.Corrects == sequence);
}

/// <summary>Every stored entry of a prepaid account, ordered by sequence: the whole ledger, to verify the head or to show a statement.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class LedgerOfAccountSpec : Specification<LedgerEntryState>
{
    private readonly PrepaidAccountId account;
    private readonly long fromSequence;

    /// <summary>Selects the ledger of one account, from a sequence on.</summary>
    /// <param name="account">The prepaid account.</param>
    /// <param name="fromSequence">The first sequence to include; 1 (the default) for the whole ledger.</param>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public LedgerOfAccountSpec(PrepaidAccountId account, long fromSequence = 1)
    {
        Guard.Against.Default(account);
        this.account = account;
        this.fromSequence = fromSequence;
        Query.Where(entry => entry.AccountId == account && entry.Sequence >= fromSequence).OrderBy(entry => entry.Sequence);
    }

    /// <summary>The account's entries among <paramref name="entities"/> from the sequence on, by sequence.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<LedgerEntryState> Evaluate(IEnumerable<LedgerEntryState> entities) =>
        Guard.Against.Null(entities).Where(Selects).OrderBy(entry => entry.Sequence);

    /// <summary>Whether the entry is the account's, from the sequence on.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(LedgerEntryState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(LedgerEntryState entry) => entry.AccountId == account && entry.Sequence >= fromSequence;
}
