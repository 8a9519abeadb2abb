using System.Text.Json.Serialization;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Serialization;

/// <summary>
/// Source-generated metadata for every state record and domain event, so that the library's JSON works in trimmed and
/// native AOT applications with no reflection. Values with rules (ids, addresses, names, money, rights, a logo) go through
/// the converters of <see cref="DomainJson"/>, which validate again on reading.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(IDomainEvent))]
[JsonSerializable(typeof(IReadOnlyList<IDomainEvent>))]
[JsonSerializable(typeof(List<IDomainEvent>))]
[JsonSerializable(typeof(IDomainEvent[]))]
[JsonSerializable(typeof(AccountState))]
[JsonSerializable(typeof(MailServiceState))]
[JsonSerializable(typeof(OrganizationState))]
[JsonSerializable(typeof(ProductCredentialState))]
[JsonSerializable(typeof(AccountRegistered))]
[JsonSerializable(typeof(AccountPasswordChanged))]
[JsonSerializable(typeof(AccountPasswordReset))]
[JsonSerializable(typeof(AccountPasswordRehashed))]
[JsonSerializable(typeof(RecoveryAddressSet))]
[JsonSerializable(typeof(PasswordResetRequested))]
[JsonSerializable(typeof(ProductCredentialCreated))]
[JsonSerializable(typeof(ProductCredentialPasswordChanged))]
[JsonSerializable(typeof(ProductCredentialRehashed))]
[JsonSerializable(typeof(MailServiceOpened))]
[JsonSerializable(typeof(MailboxAdded))]
[JsonSerializable(typeof(MailboxRemoved))]
[JsonSerializable(typeof(WebmailReaderAttached))]
[JsonSerializable(typeof(WebmailReaderDetached))]
[JsonSerializable(typeof(MailboxPasswordChanged))]
[JsonSerializable(typeof(MailboxPasswordRehashed))]
[JsonSerializable(typeof(UnificationProposed))]
[JsonSerializable(typeof(UnificationDeclined))]
[JsonSerializable(typeof(PasswordsUnified))]
[JsonSerializable(typeof(UnificationEnded))]
[JsonSerializable(typeof(OrganizationCreated))]
[JsonSerializable(typeof(InvitationSent))]
[JsonSerializable(typeof(InvitationCancelled))]
[JsonSerializable(typeof(MemberJoined))]
[JsonSerializable(typeof(MemberRightsChanged))]
[JsonSerializable(typeof(MemberRemoved))]
[JsonSerializable(typeof(MemberLeft))]
[JsonSerializable(typeof(MemberAccountDeleted))]
[JsonSerializable(typeof(LegalRepresentativeAppointed))]
[JsonSerializable(typeof(LegalRepresentativeDismissed))]
[JsonSerializable(typeof(LegalRepresentativeReplaced))]
[JsonSerializable(typeof(OrganizationRenamed))]
[JsonSerializable(typeof(OrganizationLogoSet))]
[JsonSerializable(typeof(OrganizationLogoRemoved))]
[JsonSerializable(typeof(OrganizationProductAdded))]
[JsonSerializable(typeof(OrganizationProductTerminated))]
[JsonSerializable(typeof(OrganizationDeleted))]
[JsonSerializable(typeof(AccountDeleted))]
[JsonSerializable(typeof(EmailAddress))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(PersonName))]
[JsonSerializable(typeof(OrganizationName))]
[JsonSerializable(typeof(Logo))]
[JsonSerializable(typeof(Rights))]
[JsonSerializable(typeof(PasswordHash))]
[JsonSerializable(typeof(Password))]
[JsonSerializable(typeof(ResetToken))]
[JsonSerializable(typeof(AccountId))]
[JsonSerializable(typeof(OrganizationId))]
[JsonSerializable(typeof(ProductId))]
[JsonSerializable(typeof(MailboxId))]
[JsonSerializable(typeof(InvitationId))]
[JsonSerializable(typeof(BillingAddressId))]
[JsonSerializable(typeof(InvoiceId))]
[JsonSerializable(typeof(ProductCredentialId))]
[JsonSerializable(typeof(PrepaidAccountId))]
[JsonSerializable(typeof(WithdrawalId))]
[JsonSerializable(typeof(OrderId))]
[JsonSerializable(typeof(VoucherId))]
[JsonSerializable(typeof(PromotionCodeId))]
internal sealed partial class DomainJsonContext : JsonSerializerContext;
