using Infomaniak.Domain.Common;
using Infomaniak.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Mail Services: a row each, their mailboxes (unique address within a service, indexed by address) and each
/// mailbox's Webmail readers (indexed by account), deleted with their service.
/// </summary>
internal sealed class MailServiceMapping : AggregateMapping<MailService, ProductId, MailServiceState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var service = Root(model, options, "MailServices");
        service.HasIndex(s => s.Organization);
        service.HasMany(s => s.Mailboxes).WithOne().HasForeignKey(m => m.Service).OnDelete(DeleteBehavior.Cascade);
        service.Navigation(s => s.Mailboxes).AutoInclude();

        var mailbox = Child<MailboxState>(model, options, "Mailboxes");
        mailbox.HasKey(m => m.Id);
        mailbox.Property(m => m.Address).HasMaxLength(EmailAddress.MaxLength);
        mailbox.Property(m => m.AddressNormalized).HasMaxLength(ValueTypes.NormalizedAddressLength);
        mailbox.HasIndex(m => new { m.Service, m.AddressNormalized }).IsUnique();
        mailbox.HasIndex(m => m.AddressNormalized);
        mailbox.HasMany(m => m.WebmailReaders).WithOne().HasForeignKey(r => r.MailboxId).OnDelete(DeleteBehavior.Cascade);
        mailbox.Navigation(m => m.WebmailReaders).AutoInclude();

        var reader = Child<WebmailReaderState>(model, options, "WebmailReaders");
        reader.HasKey(r => new { r.MailboxId, r.AccountId });
        reader.HasIndex(r => r.AccountId);
    }

    public override MailServiceState ToState(MailService aggregate) => aggregate.ToState();

    public override MailService FromState(MailServiceState state) => MailService.FromState(state);
}
