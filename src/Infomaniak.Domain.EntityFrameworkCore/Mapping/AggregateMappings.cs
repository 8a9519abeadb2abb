namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>Every aggregate the package stores: a new aggregate's mapping is added here and in <see cref="Storage.DomainStore"/>.</summary>
internal static class AggregateMappings
{
    public static AccountMapping Accounts { get; } = new();

    public static MailServiceMapping MailServices { get; } = new();

    public static OrganizationMapping Organizations { get; } = new();

    public static ProductCredentialMapping ProductCredentials { get; } = new();

    public static ProductMapping Products { get; } = new();

    public static BillingProfileMapping BillingProfiles { get; } = new();

    public static InvoiceMapping Invoices { get; } = new();

    public static PrepaidAccountMapping PrepaidAccounts { get; } = new();

    public static OrderMapping Orders { get; } = new();

    public static VoucherMapping Vouchers { get; } = new();

    public static PromotionCodeMapping PromotionCodes { get; } = new();

    public static IReadOnlyList<IAggregateMapping> All { get; } =
        [Accounts, MailServices, Organizations, ProductCredentials, Products, BillingProfiles, Invoices, PrepaidAccounts, Orders, Vouchers, PromotionCodes];
}
