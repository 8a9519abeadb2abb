using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.EntityFrameworkCore.Outbox;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Support;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests;

/// <summary>The schema a DBA reads: keys, foreign keys, indexes and options, checked on the model itself.</summary>
public class ModelTests
{
    private static readonly Type[] Roots = [typeof(AccountState), typeof(MailServiceState), typeof(OrganizationState), typeof(ProductCredentialState)];

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
    [InlineData(typeof(InvitationState), nameof(InvitationState.NormalizedEmail))]
    [InlineData(typeof(MailboxState), nameof(MailboxState.AddressNormalized))]
    [InlineData(typeof(WebmailReaderState), nameof(WebmailReaderState.AccountId))]
    [InlineData(typeof(MemberState), nameof(MemberState.AccountId))]
    [InlineData(typeof(MailServiceState), nameof(MailServiceState.Organization))]
    public void WhatTheSpecificationsLookUp_IsIndexed(Type row, string column) =>
        Assert.Contains(Model().FindEntityType(row)!.GetIndexes(), index => index.Properties[0].Name == column);

    [Fact]
    [Trait("Rule", "ORG-11")]
    public void EveryAggregate_HasItsVersionAsConcurrencyToken_AndItsChildRowsCascade()
    {
        var model = Model();
        foreach (var root in Roots.Select(model.FindEntityType))
        {
            Assert.True(root!.FindProperty("Version")!.IsConcurrencyToken);
            Assert.Equal("Id", Assert.Single(root.FindPrimaryKey()!.Properties).Name);
        }

        var children = model.GetEntityTypes().SelectMany(type => type.GetForeignKeys()).ToList();
        Assert.Equal(4, children.Count);
        Assert.All(children, foreignKey => Assert.Equal(DeleteBehavior.Cascade, foreignKey.DeleteBehavior));
        Assert.Equal(["MailboxId", "AccountId"], model.FindEntityType(typeof(WebmailReaderState))!.FindPrimaryKey()!.Properties.Select(p => p.Name));
        Assert.Equal(["OrganizationId", "AccountId"], model.FindEntityType(typeof(MemberState))!.FindPrimaryKey()!.Properties.Select(p => p.Name));
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
        Assert.Equal(9, model.GetEntityTypes().Select(type => type.GetTableName()).Distinct().Count());
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
