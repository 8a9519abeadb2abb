using Infomaniak.Domain.Mail;

namespace Infomaniak.Domain.Tests.Support;

/// <summary>Canonical texts of stored states, so that "nothing changed" can be asserted by comparing two strings.</summary>
public static class Snapshots
{
    public static string Of(MailServiceState state) =>
        $"{state.Id}|{state.Version}|{state.Organization}|" + string.Join(";", state.Mailboxes.Select(mailbox =>
            $"{mailbox.Id},{mailbox.Address},{mailbox.AddressNormalized},{mailbox.PasswordHash.Value},[{string.Join(",", mailbox.WebmailReaders.Select(reader => reader.AccountId).OrderBy(reader => reader.Value))}],{mailbox.UnifiedWith},{mailbox.UnificationProposedTo}"));

    public static string Of(MailService service) => Of(service.ToState());
}
