using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Serialization;

/// <summary>
/// The stable name of every domain event, written as the <c>$type</c> discriminator of its JSON: an outbox or an event store
/// keeps these names for years, so a name never changes once released, even if the C# type is renamed or moved.
/// </summary>
/// <remarks>A new event is added here with a new name; a test checks that no public event is missing.</remarks>
internal static class EventTypes
{
    public static readonly (Type Type, string Name)[] All =
    [
        (typeof(AccountRegistered), "accounts.account-registered"),
        (typeof(AccountPasswordChanged), "accounts.password-changed"),
        (typeof(AccountPasswordReset), "accounts.password-reset"),
        (typeof(AccountPasswordRehashed), "accounts.password-rehashed"),
        (typeof(RecoveryAddressSet), "accounts.recovery-address-set"),
        (typeof(PasswordResetRequested), "accounts.password-reset-requested"),
        (typeof(AccountJoinedOrganization), "accounts.organization-joined"),
        (typeof(AccountUnificationEnded), "accounts.unification-ended"),
        (typeof(ProductCredentialCreated), "credentials.product-credential-created"),
        (typeof(ProductCredentialPasswordChanged), "credentials.product-credential-password-changed"),
        (typeof(ProductCredentialRehashed), "credentials.product-credential-rehashed"),
        (typeof(ProductCredentialRevoked), "credentials.product-credential-revoked"),
        (typeof(MailServiceOpened), "mail.mail-service-opened"),
        (typeof(MailboxAdded), "mail.mailbox-added"),
        (typeof(MailboxRemoved), "mail.mailbox-removed"),
        (typeof(WebmailReaderAttached), "mail.webmail-reader-attached"),
        (typeof(WebmailReaderDetached), "mail.webmail-reader-detached"),
        (typeof(MailboxPasswordChanged), "mail.mailbox-password-changed"),
        (typeof(MailboxPasswordRehashed), "mail.mailbox-password-rehashed"),
        (typeof(UnificationProposed), "mail.unification-proposed"),
        (typeof(UnificationDeclined), "mail.unification-declined"),
        (typeof(PasswordsUnified), "mail.passwords-unified"),
        (typeof(UnificationEnded), "mail.unification-ended"),
        (typeof(MailServiceTerminated), "mail.mail-service-terminated"),
        (typeof(OrganizationCreated), "organizations.organization-created"),
        (typeof(InvitationSent), "organizations.invitation-sent"),
        (typeof(InvitationCancelled), "organizations.invitation-cancelled"),
        (typeof(MemberJoined), "organizations.member-joined"),
        (typeof(MemberRightsChanged), "organizations.member-rights-changed"),
        (typeof(MemberRemoved), "organizations.member-removed"),
        (typeof(MemberLeft), "organizations.member-left"),
        (typeof(MemberAccountDeleted), "organizations.member-account-deleted"),
        (typeof(LegalRepresentativeAppointed), "organizations.legal-representative-appointed"),
        (typeof(LegalRepresentativeDismissed), "organizations.legal-representative-dismissed"),
        (typeof(LegalRepresentativeReplaced), "organizations.legal-representative-replaced"),
        (typeof(OrganizationRenamed), "organizations.organization-renamed"),
        (typeof(OrganizationLogoSet), "organizations.logo-set"),
        (typeof(OrganizationLogoRemoved), "organizations.logo-removed"),
        (typeof(OrganizationProductAdded), "organizations.product-added"),
        (typeof(OrganizationProductTerminated), "organizations.product-terminated"),
        (typeof(OrganizationDeleted), "organizations.organization-deleted"),
        (typeof(AccountDeleted), "organizations.account-deleted"),
        (typeof(ProductOrdered), "products.product-ordered"),
        (typeof(ProductTerminated), "products.product-terminated"),
        (typeof(ProductBillingAddressChanged), "products.billing-address-changed"),
        (typeof(ProductRenewalPreferenceChanged), "products.renewal-preference-changed"),
        (typeof(ProductInvoiced), "products.product-invoiced"),
        (typeof(ProductRenewed), "products.product-renewed"),
        (typeof(ProductInvoiceVoided), "products.product-invoice-voided"),
        (typeof(BillingProfileOpened), "billing.billing-profile-opened"),
        (typeof(BillingAddressAdded), "billing.billing-address-added"),
        (typeof(BillingAddressRemoved), "billing.billing-address-removed"),
        (typeof(InvoiceNumberAssigned), "billing.invoice-number-assigned"),
        (typeof(InvoiceIssued), "billing.invoice-issued"),
        (typeof(InvoicePaid), "billing.invoice-paid"),
        (typeof(InvoiceVoided), "billing.invoice-voided"),
        (typeof(PrepaidAccountOpened), "prepaid.prepaid-account-opened"),
        (typeof(PrepaidCredited), "prepaid.prepaid-credited"),
        (typeof(PrepaidDebited), "prepaid.prepaid-debited"),
        (typeof(WithdrawalReserved), "prepaid.withdrawal-reserved"),
        (typeof(WithdrawalCompleted), "prepaid.withdrawal-completed"),
        (typeof(WithdrawalCancelled), "prepaid.withdrawal-cancelled"),
        (typeof(PrepaidCorrected), "prepaid.prepaid-corrected"),
        (typeof(OrderStarted), "ordering.order-started"),
        (typeof(OrderLineAdded), "ordering.order-line-added"),
        (typeof(OrderSummaryReached), "ordering.order-summary-reached"),
        (typeof(OrderVoucherActivated), "ordering.order-voucher-activated"),
        (typeof(OrderPaymentMethodChosen), "ordering.order-payment-method-chosen"),
        (typeof(OrderPromotionCodeApplied), "ordering.order-promotion-code-applied"),
        (typeof(OrderPlaced), "ordering.order-placed"),
        (typeof(OrderAbandoned), "ordering.order-abandoned"),
        (typeof(VoucherGranted), "ordering.voucher-granted"),
        (typeof(VoucherConfirmed), "ordering.voucher-confirmed"),
        (typeof(VoucherRedeemed), "ordering.voucher-redeemed"),
        (typeof(PromotionCodeCreated), "ordering.promotion-code-created"),
        (typeof(PromotionCodeRedeemed), "ordering.promotion-code-redeemed"),
    ];

    private static readonly Dictionary<Type, string> Names = All.ToDictionary(entry => entry.Type, entry => entry.Name);

    private static readonly Dictionary<string, Type> Types = All.ToDictionary(entry => entry.Name, entry => entry.Type, StringComparer.Ordinal);

    public static Type? TypeOf(string name) => Types.GetValueOrDefault(name);

    public static string NameOf(IDomainEvent domainEvent) =>
        Names.TryGetValue(domainEvent.GetType(), out var name)
            ? name
            : throw new ArgumentException($"{domainEvent.GetType().Name} is not a registered domain event.", nameof(domainEvent));
}
