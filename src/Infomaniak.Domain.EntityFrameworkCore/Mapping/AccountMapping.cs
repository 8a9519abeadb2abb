using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>Accounts: one row each, the last reset link in the same row, the normalized login unique.</summary>
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
    }

    public override AccountState ToState(Account aggregate) => aggregate.ToState();

    public override Account FromState(AccountState state) => Account.FromState(state);
}
