using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Billing profiles: a row each (one per organization: a unique index), whose <c>Version</c> guards the gapless invoice
/// sequence, and their billing addresses (the address's fields in the same row), deleted with their profile.
/// </summary>
internal sealed class BillingProfileMapping : AggregateMapping<BillingProfile, BillingProfileId, BillingProfileState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var profile = Root(model, options, "BillingProfiles");
        profile.HasIndex(p => p.OrganizationId).IsUnique();
        profile.Property(p => p.InvoiceNumberPrefix).HasMaxLength(InvoiceNumberPrefix.MaxLength);
        profile.HasMany(p => p.Addresses).WithOne().HasForeignKey(a => a.BillingProfileId).OnDelete(DeleteBehavior.Cascade);
        profile.Navigation(p => p.Addresses).AutoInclude();

        var address = Child<BillingAddressState>(model, options, "BillingAddresses");
        address.HasKey(a => a.Id);
        address.ComplexProperty(a => a.Address, fields => Fields(fields));
    }

    public override BillingProfileState ToState(BillingProfile aggregate) => aggregate.ToState();

    public override BillingProfile FromState(BillingProfileState state) => BillingProfile.FromState(state);

    /// <summary>The column sizes of an address's fields, in a profile's address book and on an invoice.</summary>
    internal static void Fields(ComplexPropertyBuilder<AddressState> fields)
    {
        fields.Property(f => f.Recipient).HasMaxLength(BillingAddress.MaxTextLength);
        fields.Property(f => f.Company).HasMaxLength(BillingAddress.MaxTextLength);
        fields.Property(f => f.VatNumber).HasMaxLength(BillingAddress.MaxVatNumberLength);
        fields.Property(f => f.StreetLine1).HasMaxLength(BillingAddress.MaxTextLength);
        fields.Property(f => f.StreetLine2).HasMaxLength(BillingAddress.MaxTextLength);
        fields.Property(f => f.StreetLine3).HasMaxLength(BillingAddress.MaxTextLength);
        fields.Property(f => f.PostalCode).HasMaxLength(BillingAddress.MaxPostalCodeLength);
        fields.Property(f => f.City).HasMaxLength(BillingAddress.MaxTextLength);
        fields.Property(f => f.Country).HasMaxLength(2).IsFixedLength();
    }
}
