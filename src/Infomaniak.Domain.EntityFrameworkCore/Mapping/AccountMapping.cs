using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Accounts: one row each, the last reset link and the unified mailbox in the same row, the normalized login unique;
/// the organizations each account belongs to as child rows (keyed by account and organization, indexed by organization).
/// </summary>
internal sealed class AccountMapping : AggregateMapping<Account, AccountId, AccountState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var account = Root(model, options, "Accounts");
        account.Property(a => a.Login).HasMaxLength(EmailAddress.MaxLength);
        account.Property(a => a.LoginNormalized).HasMaxLength(ValueTypes.NormalizedAddressLength);
        account.HasIndex(a => a.LoginNormalized).IsUnique();
        account.Property(a => a.FirstName).HasMaxLength(PersonName.MaxPartLength);
        account.Property(a => a.LastName).HasMaxLength(PersonName.MaxPartLength);
        account.Property(a => a.RecoveryAddress).HasMaxLength(EmailAddress.MaxLength);
        account.ComplexProperty(a => a.PasswordReset, reset =>
        {
            reset.Property(r => r.TokenDigest).HasMaxLength(64).IsFixedLength();
            ValueTypes.Apply(reset, options.Table("Accounts"));
        });
        account.HasIndex(a => a.UnifiedMailbox);
        account.HasMany(a => a.Organizations).WithOne().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Cascade);
        account.Navigation(a => a.Organizations).AutoInclude();

        var membership = Child<AccountOrganizationState>(model, options, "AccountOrganizations");
        membership.HasKey(o => new { o.AccountId, o.OrganizationId });
        membership.HasIndex(o => o.OrganizationId);
    }

    public override AccountState ToState(Account aggregate) => aggregate.ToState();

    public override Account FromState(AccountState state) => Account.FromState(state);
}
