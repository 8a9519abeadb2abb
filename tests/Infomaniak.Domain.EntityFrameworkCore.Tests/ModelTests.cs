using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.EntityFrameworkCore.Mapping;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.EntityFrameworkCore.Outbox;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Support;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests;

/// <summary>The schema a DBA reads: keys, foreign keys, indexes and options, checked on the model itself.</summary>
public class ModelTests
{
    private static readonly Type[] Roots =
    [
        typeof(AccountState), typeof(MailServiceState), typeof(OrganizationState), typeof(ProductCredentialState),
        typeof(ProductState), typeof(BillingProfileState), typeof(InvoiceState), typeof(PrepaidAccountState),
        typeof(OrderState), typeof(VoucherState), typeof(PromotionCodeState),
    ];

    [Fact]
    [Trait("Rule", "ACC-1")]
    public void TheNormalizedLogin_IsUniqueAmongAccounts()
    {
        var index = Model().FindEntityType(typeof(AccountState))!.GetIndexes().Single(i => i.Properties.Single().Name == nameof(AccountState.LoginNormalized));

        Assert.True(index.IsUnique);
    }

    [Theory]
    [Trait("Rule", "ORG-5")]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "VOU-2")]
    [InlineData(typeof(InvitationState), nameof(InvitationState.NormalizedEmail))]
    [InlineData(typeof(MailboxState), nameof(MailboxState.AddressNormalized))]
    [InlineData(typeof(WebmailReaderState), nameof(WebmailReaderState.AccountId))]
    [InlineData(typeof(MemberState), nameof(MemberState.AccountId))]
    [InlineData(typeof(MailServiceState), nameof(MailServiceState.Organization))]
    [InlineData(typeof(AccountOrganizationState), nameof(AccountOrganizationState.OrganizationId))]
    [InlineData(typeof(ProductCredentialState), nameof(ProductCredentialState.Organization))]
    [InlineData(typeof(ProductState), nameof(ProductState.OrganizationId))]
    [InlineData(typeof(ProductState), nameof(ProductState.OpenInvoiceId))]
    [InlineData(typeof(BillingProfileState), nameof(BillingProfileState.OrganizationId))]
    [InlineData(typeof(InvoiceState), nameof(InvoiceState.OrganizationId))]
    [InlineData(typeof(PrepaidAccountState), nameof(PrepaidAccountState.OrganizationId))]
    [InlineData(typeof(LedgerEntryState), nameof(LedgerEntryState.AccountId))]
    [InlineData(typeof(OrderState), nameof(OrderState.ShopperId))]
    [InlineData(typeof(OrderState), nameof(OrderState.OrganizationId))]
    [InlineData(typeof(VoucherState), nameof(VoucherState.HolderId))]
    public void WhatTheSpecificationsLookUp_IsIndexed(Type row, string column) =>
        Assert.Contains(Model().FindEntityType(row)!.GetIndexes(), index => index.Properties[0].Name == column);

    [Fact]
    [Trait("Rule", "ORG-11")]
    [Trait("Rule", "VOU-4")]
    public void EveryAggregate_HasItsVersionAsConcurrencyToken_AndItsChildRowsCascade()
    {
        var model = Model();
        foreach (var root in Roots.Select(model.FindEntityType))
        {
            Assert.True(root!.FindProperty("Version")!.IsConcurrencyToken);
            Assert.Equal("Id", Assert.Single(root.FindPrimaryKey()!.Properties).Name);
        }

        var children = model.GetEntityTypes().SelectMany(type => type.GetForeignKeys()).ToList();
        Assert.Equal(10, children.Count);
        Assert.All(children, foreignKey => Assert.Equal(DeleteBehavior.Cascade, foreignKey.DeleteBehavior));
        Assert.Equal(["MailboxId", "AccountId"], model.FindEntityType(typeof(WebmailReaderState))!.FindPrimaryKey()!.Properties.Select(p => p.Name));
        Assert.Equal(["OrganizationId", "AccountId"], model.FindEntityType(typeof(MemberState))!.FindPrimaryKey()!.Properties.Select(p => p.Name));
        Assert.Equal(["AccountId", "OrganizationId"], model.FindEntityType(typeof(AccountOrganizationState))!.FindPrimaryKey()!.Properties.Select(p => p.Name));
        Assert.Equal(["InvoiceId", "Position"], model.FindEntityType(typeof(InvoiceLineState))!.FindPrimaryKey()!.Properties.Select(p => p.Name));
        Assert.Equal(["AccountId", "Sequence"], model.FindEntityType(typeof(LedgerEntryState))!.FindPrimaryKey()!.Properties.Select(p => p.Name));
        Assert.Equal(["OrderId", "Line"], model.FindEntityType(typeof(OrderLineState))!.FindPrimaryKey()!.Properties.Select(p => p.Name));
    }

    [Theory]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "PRE-1")]
    [Trait("Rule", "VOU-3")]
    [InlineData(typeof(InvoiceState), "OrganizationId,Sequence")]
    [InlineData(typeof(BillingProfileState), "OrganizationId")]
    [InlineData(typeof(PrepaidAccountState), "OrganizationId")]
    [InlineData(typeof(LedgerEntryState), "AccountId,IdempotencyKey")]
    [InlineData(typeof(LedgerEntryState), "AccountId,Corrects")]
    [InlineData(typeof(AccountState), "LoginNormalized")]
    [InlineData(typeof(PromotionCodeState), "Code")]
    public void WhatMustNeverBeStoredTwice_HasAUniqueIndex(Type row, string columns) =>
        Assert.Contains(Model().FindEntityType(row)!.GetIndexes(), index => index.IsUnique && string.Join(',', index.Properties.Select(p => p.Name)) == columns);

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void TheLedger_IsAppendOnly_AndNotLoadedBySaves()
    {
        var entries = Model().FindEntityType(typeof(PrepaidAccountState))!.FindNavigation(nameof(PrepaidAccountState.Entries))!;

        Assert.True(entries.IsAppendOnly());
        Assert.False(entries.IsEagerLoaded);
        Assert.Single(Model().GetEntityTypes().SelectMany(type => type.GetNavigations()), navigation => navigation.IsAppendOnly());
    }

    [Theory]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "VOU-4")]
    [InlineData(typeof(ProductState), nameof(ProductState.Price))]
    [InlineData(typeof(InvoiceState), nameof(InvoiceState.Total))]
    [InlineData(typeof(InvoiceLineState), nameof(InvoiceLineState.Tax))]
    [InlineData(typeof(PrepaidAccountState), nameof(PrepaidAccountState.Balance))]
    [InlineData(typeof(LedgerEntryState), nameof(LedgerEntryState.Amount))]
    [InlineData(typeof(PendingWithdrawalState), nameof(PendingWithdrawalState.Amount))]
    [InlineData(typeof(OrderLineState), nameof(OrderLineState.Price))]
    [InlineData(typeof(OrderLineState), nameof(OrderLineState.Discount))]
    [InlineData(typeof(PromotionCodeState), nameof(PromotionCodeState.DiscountAmount))]
    [InlineData(typeof(PromotionCodeState), nameof(PromotionCodeState.MinimumAmount))]
    public void Money_IsAnExactAmountAndACurrencyCode(Type row, string property)
    {
        var money = Model().FindEntityType(row)!.FindComplexProperty(property)!.ComplexType;
        var amount = money.FindProperty(nameof(Money.Amount))!;
        var currency = money.FindProperty(nameof(Money.Currency))!;

        Assert.Equal((19, 4), (amount.GetPrecision(), amount.GetScale()));
        Assert.Equal(typeof(string), currency.GetTypeMapping().Converter!.ProviderClrType);
        Assert.Equal(3, currency.GetMaxLength());
    }

    [Fact]
    [Trait("Rule", "ORG-11")]
    public void EveryPublicPropertyOfEveryMappedStateRecord_IsStored()
    {
        foreach (var entityType in Model().GetEntityTypes().Where(type => type.ClrType != typeof(OutboxMessage)))
        {
            var mapped = entityType.GetProperties().Select(p => p.Name)
                .Concat(entityType.GetNavigations().Select(n => n.Name))
                .Concat(entityType.GetComplexProperties().Select(c => c.Name))
                .ToHashSet();
            Assert.All(entityType.ClrType.GetProperties(), property => Assert.Contains(property.Name, mapped));
        }
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void TextColumns_HaveSensibleLengths()
    {
        var model = Model();
        Assert.Equal(EmailAddress.MaxLength, model.FindEntityType(typeof(AccountState))!.FindProperty(nameof(AccountState.Login))!.GetMaxLength());
        Assert.Equal(ProductCredential.MaxUserNameLength, model.FindEntityType(typeof(ProductCredentialState))!.FindProperty(nameof(ProductCredentialState.UserName))!.GetMaxLength());
        Assert.Equal(OrganizationName.MaxLength, model.FindEntityType(typeof(OrganizationState))!.FindProperty(nameof(OrganizationState.Name))!.GetMaxLength());
        Assert.NotNull(model.FindEntityType(typeof(MailboxState))!.FindProperty(nameof(MailboxState.PasswordHash))!.GetMaxLength());
        Assert.Equal(EmailAddress.MaxLength, model.FindEntityType(typeof(MemberState))!.FindProperty(nameof(MemberState.Login))!.GetMaxLength());
        Assert.Equal(IdempotencyKey.MaxLength, model.FindEntityType(typeof(LedgerEntryState))!.FindProperty(nameof(LedgerEntryState.IdempotencyKey))!.GetMaxLength());
        Assert.Equal(ProductType.MaxLength, model.FindEntityType(typeof(ProductState))!.FindProperty(nameof(ProductState.Type))!.GetMaxLength());
        Assert.Equal(PromotionCodeText.MaxLength, model.FindEntityType(typeof(PromotionCodeState))!.FindProperty(nameof(PromotionCodeState.Code))!.GetMaxLength());
        Assert.Equal(PromotionCodeText.MaxLength, model.FindEntityType(typeof(OrderState))!.FindProperty(nameof(OrderState.PromotionCode))!.GetMaxLength());
        Assert.Equal(PaymentMethod.MaxLength, model.FindEntityType(typeof(OrderState))!.FindProperty(nameof(OrderState.PaymentMethod))!.GetMaxLength());
        Assert.Equal(ProductType.MaxLength, model.FindEntityType(typeof(OrderLineState))!.FindProperty(nameof(OrderLineState.Type))!.GetMaxLength());
        Assert.Equal(ProductType.MaxLength, model.FindEntityType(typeof(VoucherState))!.FindProperty(nameof(VoucherState.Type))!.GetMaxLength());
    }

    [Fact]
    [Trait("Rule", "ORG-7")]
    public void TheSchemaAndTablePrefix_ApplyToEveryTable()
    {
        using var context = new PrefixedContext();
        var model = context.Model;

        Assert.All(model.GetEntityTypes(), type =>
        {
            Assert.Equal("customer_space", type.GetSchema());
            Assert.StartsWith("domain_", type.GetTableName(), StringComparison.Ordinal);
        });
        Assert.Equal(22, model.GetEntityTypes().Select(type => type.GetTableName()).Distinct().Count());
    }

    private static IModel Model()
    {
        using var context = new SqliteContext(new DbContextOptionsBuilder<SqliteContext>().UseSqlite("Data Source=:memory:").Options);
        return context.Model;
    }

    /// <summary>An application that puts the library's tables in a schema of their own, with a prefix (no connection needed to build its model).</summary>
    private sealed class PrefixedContext() : DbContext(new DbContextOptionsBuilder<PrefixedContext>().UseNpgsql("Host=localhost").Options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyInfomaniakDomain(options =>
            {
                options.Schema = "customer_space";
                options.TablePrefix = "domain_";
            });
    }
}
