using Infomaniak.Domain.Common;
using Infomaniak.Domain.Prepaid;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Prepaid accounts: the head as a row (one per organization: a unique index; balance and reserved amount as amount
/// and currency columns), its pending withdrawals as child rows replaced on save, and the ledger as append-only rows
/// keyed by account and sequence, with unique indexes on (account, idempotency key) and (account, corrected
/// sequence): a save inserts <see cref="PrepaidAccount.NewEntries"/> and never rewrites an entry.
/// </summary>
internal sealed class PrepaidAccountMapping : AggregateMapping<PrepaidAccount, PrepaidAccountId, PrepaidAccountState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var account = Root(model, options, "PrepaidAccounts");
        account.HasIndex(a => a.OrganizationId).IsUnique();
        account.HasMany(a => a.PendingWithdrawals).WithOne().HasForeignKey(w => w.AccountId).OnDelete(DeleteBehavior.Cascade);
        account.Navigation(a => a.PendingWithdrawals).AutoInclude();
        account.HasMany(a => a.Entries).WithOne().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
        AppendOnly(account, nameof(PrepaidAccountState.Entries));

        var withdrawal = Child<PendingWithdrawalState>(model, options, "PrepaidPendingWithdrawals");
        withdrawal.HasKey(w => new { w.AccountId, w.WithdrawalId });
        withdrawal.Property(w => w.IdempotencyKey).HasMaxLength(IdempotencyKey.MaxLength);
        withdrawal.Property(w => w.Destination).HasMaxLength(EmailAddress.MaxLength);

        var entry = Child<LedgerEntryState>(model, options, "PrepaidLedgerEntries");
        entry.HasKey(e => new { e.AccountId, e.Sequence });
        entry.Property(e => e.IdempotencyKey).HasMaxLength(IdempotencyKey.MaxLength);
        entry.Property(e => e.PaymentMethod).HasMaxLength(PaymentMethod.MaxLength);
        entry.Property(e => e.Destination).HasMaxLength(EmailAddress.MaxLength);
        entry.HasIndex(e => new { e.AccountId, e.IdempotencyKey }).IsUnique();
        entry.HasIndex(e => new { e.AccountId, e.Corrects }).IsUnique();
    }

    public override PrepaidAccountState ToState(PrepaidAccount aggregate) => aggregate.ToState();

    public override PrepaidAccount FromState(PrepaidAccountState state) => PrepaidAccount.FromState(state);

    public override IEnumerable<object> AppendedRows(PrepaidAccount aggregate) => aggregate.NewEntries.Select(entry => entry.ToState());
}
