using Ardalis.Specification;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Accounts.Specifications;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Billing.Specifications;
using Infomaniak.Domain.EntityFrameworkCore.Specifications;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Support;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Mail.Specifications;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Ordering.Specifications;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Prepaid.Specifications;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Products.Specifications;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// Every specification of the library, found by reflection, each made with the arguments that exercise it on a data
/// set: a specification without a factory here fails <see cref="SpecificationCatalogTests"/>.
/// </summary>
public static class Specifications
{
    private static readonly IReadOnlyList<AccountId> Accounts = [.. Enumerable.Range(0, WorldRecipe.AccountPool + 1).Select(Given.Account)];

    private static readonly DateTimeOffset[] Instants = [Given.Start, Given.Start.AddDays(3), Given.Start.AddDays(60), Given.Start.AddDays(200)];

    /// <summary>When renewals are looked for: before anything is due, around the billing (a month ahead), and long after.</summary>
    private static readonly (DateTimeOffset Now, TimeSpan Window)[] RenewalChecks =
        [(Given.Start, TimeSpan.Zero), (DataSets.BilledAt, TimeSpan.FromDays(30)), (DataSets.BilledAt.AddDays(400), TimeSpan.Zero)];

    private static readonly PrepaidAccountId UnknownPrepaidAccount = PrepaidAccountId.From(new Guid("0f000000-0000-4000-8000-0000000000a1"));

    private static readonly PromotionCodeId UnknownPromotionCode = PromotionCodeId.From(new Guid("0f000000-0000-4000-8000-0000000000c1"));

    public static IReadOnlyDictionary<Type, Func<DataSet, IEnumerable<object>>> Factories { get; } = new Dictionary<Type, Func<DataSet, IEnumerable<object>>>
    {
        [typeof(AccountByLoginSpec)] = data => data.Addresses.Concat(data.Accounts.Select(a => Upper(a.Login))).Select(login => new AccountByLoginSpec(login)),
        [typeof(AccountsByLoginsSpec)] = data => [new AccountsByLoginsSpec(data.Addresses.Take(4)), new AccountsByLoginsSpec(data.Accounts.Select(a => a.Login)), new AccountsByLoginsSpec([])],
        [typeof(MailServicesReadByAccountSpec)] = data => AccountIds(data).Select(account => new MailServicesReadByAccountSpec(account)),
        [typeof(MailServiceHostingAddressSpec)] = data => data.Addresses.Concat(data.MailServices.SelectMany(s => s.Mailboxes).Select(m => Upper(m.Address))).Select(address => new MailServiceHostingAddressSpec(address)),
        [typeof(MailServicesOfOrganizationSpec)] = data => data.MailServices.Select(s => s.Organization).Append(Given.Organization(77)).Select(o => new MailServicesOfOrganizationSpec(o)),
        [typeof(AdministratorsOfOrganizationSpec)] = data => OrganizationIds(data).Select(o => new AdministratorsOfOrganizationSpec(o)),
        [typeof(MembersWithBillingRightsSpec)] = data => OrganizationIds(data).Select(o => new MembersWithBillingRightsSpec(o)),
        [typeof(OrganizationsOfAccountSpec)] = data => AccountIds(data).Select(account => new OrganizationsOfAccountSpec(account)),
        [typeof(OrganizationsListedByAccountSpec)] = data => data.Accounts.Append(Listing(data)).Select(account => new OrganizationsListedByAccountSpec(account)),
        [typeof(PendingInvitationsOfAddressSpec)] = data => data.Addresses.SelectMany(address => Instants.Select(now => new PendingInvitationsOfAddressSpec(address, new ManualTimeProvider(now)))),
        [typeof(ActiveProductsOfOrganizationSpec)] = data => BilledOrganizationIds(data).Select(o => new ActiveProductsOfOrganizationSpec(o)),
        [typeof(ProductsDueForRenewalSpec)] = data => Due(data, (o, clock, window) => new ProductsDueForRenewalSpec(o, clock, window)),
        [typeof(DueProductsNotYetInvoicedSpec)] = data => Due(data, (o, clock, window) => new DueProductsNotYetInvoicedSpec(o, clock, window)),
        [typeof(ProductsDueForAutomaticRenewalSpec)] = data => Due(data, (o, clock, window) => new ProductsDueForAutomaticRenewalSpec(o, clock, window)),
        [typeof(ProductsOnOpenInvoiceSpec)] = data => data.Billing.Invoices.Select(i => i.Id).Append(Given.Invoice(77)).Select(i => new ProductsOnOpenInvoiceSpec(i)),
        [typeof(BillingProfileOfOrganizationSpec)] = data => BilledOrganizationIds(data).Select(o => new BillingProfileOfOrganizationSpec(o)),
        [typeof(InvoiceHistorySpec)] = data => BilledOrganizationIds(data).SelectMany(o => new[] { new InvoiceHistorySpec(o), new InvoiceHistorySpec(o, 1, 1), new InvoiceHistorySpec(o, 0, 2) }),
        [typeof(UnpaidInvoicesSpec)] = data => BilledOrganizationIds(data).Select(o => new UnpaidInvoicesSpec(o)),
        [typeof(PrepaidAccountOfOrganizationSpec)] = data => BilledOrganizationIds(data).Select(o => new PrepaidAccountOfOrganizationSpec(o)),
        [typeof(LedgerOfAccountSpec)] = data => PrepaidAccountIds(data).SelectMany(a => new[] { new LedgerOfAccountSpec(a), new LedgerOfAccountSpec(a, 3) }),
        [typeof(LedgerEntriesForCorrectionSpec)] = data => PrepaidAccountIds(data).SelectMany(a => Enumerable.Range(1, 3).Select(sequence => new LedgerEntriesForCorrectionSpec(a, sequence))),
        [typeof(LedgerEntriesByKeysSpec)] = data => data.Billing.PrepaidAccounts
            .Select(a => new LedgerEntriesByKeysSpec(a.Id, a.Entries.Where(e => e.Sequence % 2 == 1).Select(e => e.IdempotencyKey).Append(IdempotencyKey.Parse("never-used").GetValueOrThrow())))
            .Append(new LedgerEntriesByKeysSpec(UnknownPrepaidAccount, [IdempotencyKey.Parse("op-1-0").GetValueOrThrow()])),
        [typeof(VouchersOfferedSpec)] = data => Accounts.SelectMany(account => OrderingRecipe.Types.Select(type => new VouchersOfferedSpec(account, type))),
        [typeof(PromotionCodeByTextSpec)] = data => OrderingRecipe.CodeTexts.SelectMany(text => new[] { text, text.ToLowerInvariant() }).Append("NEVER-ISSUED")
            .Select(text => new PromotionCodeByTextSpec(PromotionCodeText.Parse(text).GetValueOrThrow())),
        [typeof(OpenOrdersOfAccountSpec)] = data => AccountIds(data).Concat(data.Ordering.Orders.Select(o => o.ShopperAccount).OfType<AccountId>()).Distinct()
            .Select(account => new OpenOrdersOfAccountSpec(account)),
        [typeof(FinishedOrdersOfOrganizationSpec)] = data => ShopIds(data).Select(o => new FinishedOrdersOfOrganizationSpec(o)),
        [typeof(OrdersRedeemingCodeSpec)] = data => data.Ordering.Orders.Where(o => o.Organization is not null && o.PromotionCode is not null)
            .Select(o => (Organization: o.Organization!.Value, Code: o.PromotionCode!.Value))
            .Concat(ShopIds(data).Take(2).Select(o => (Organization: o, Code: UnknownPromotionCode)))
            .Distinct().Select(pair => new OrdersRedeemingCodeSpec(pair.Organization, pair.Code)),
    };

    /// <summary>Every public specification type of the library.</summary>
    public static IReadOnlyList<Type> OfTheLibrary { get; } =
        [.. typeof(AccountState).Assembly.GetExportedTypes()
            .Where(type => !type.IsAbstract && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpecification<>)))];

    /// <summary>The specifications to run on a data set, each with the rows it selects from in memory.</summary>
    public static IEnumerable<SpecificationCase> All(DataSet data) =>
        Factories.Values.SelectMany(factory => factory(data)).Select<object, SpecificationCase>(spec => spec switch
        {
            ISpecification<AccountState> account => new SpecificationCase<AccountState>(account, d => d.Accounts.Select(a => a.ToState()), a => a.Id),
            ISpecification<MailServiceState> service => new SpecificationCase<MailServiceState>(service, d => d.MailServices.Select(s => s.ToState()), s => s.Id),
            ISpecification<OrganizationState> organization => new SpecificationCase<OrganizationState>(organization, d => d.Organizations.Select(o => o.ToState()), o => o.Id),
            ISpecification<MemberState> member => new SpecificationCase<MemberState>(member, d => d.Organizations.SelectMany(o => o.ToState().Members), m => (m.OrganizationId, m.AccountId)),
            ISpecification<InvitationState> invitation => new SpecificationCase<InvitationState>(invitation, d => d.Organizations.SelectMany(o => o.ToState().Invitations), i => i.Id),
            ISpecification<ProductState> product => new SpecificationCase<ProductState>(product, d => d.Billing.Products.Select(p => p.ToState()), p => p.Id),
            ISpecification<BillingProfileState> profile => new SpecificationCase<BillingProfileState>(profile, d => d.Billing.Profiles.Select(p => p.ToState()), p => p.Id),
            ISpecification<InvoiceState> invoice => new SpecificationCase<InvoiceState>(invoice, d => d.Billing.Invoices.Select(i => i.ToState()), i => i.Id),
            ISpecification<PrepaidAccountState> prepaid => new SpecificationCase<PrepaidAccountState>(prepaid, d => d.Billing.PrepaidAccounts.Select(a => a.ToState()), a => a.Id),
            ISpecification<LedgerEntryState> entry => new SpecificationCase<LedgerEntryState>(entry, d => d.Billing.PrepaidAccounts.SelectMany(a => a.ToState().Entries), e => (e.AccountId, e.Sequence)),
            ISpecification<OrderState> order => new SpecificationCase<OrderState>(order, d => d.Ordering.Orders.Select(o => o.ToState()), o => o.Id),
            ISpecification<VoucherState> voucher => new SpecificationCase<VoucherState>(voucher, d => d.Ordering.Vouchers.Select(v => v.ToState()), v => v.Id),
            ISpecification<PromotionCodeState> code => new SpecificationCase<PromotionCodeState>(code, d => d.Ordering.PromotionCodes.Select(c => c.ToState()), c => c.Id),
            _ => throw new InvalidOperationException($"{spec.GetType().Name} selects a state this test does not store yet: add it to Specifications.All."),
        });

    private static IEnumerable<ISpecification<ProductState>> Due(DataSet data, Func<OrganizationId, TimeProvider, TimeSpan, ISpecification<ProductState>> make) =>
        BilledOrganizationIds(data).SelectMany(o => RenewalChecks.Select(check => make(o, new ManualTimeProvider(check.Now), check.Window)));

    /// <summary>An account that lists every other organization of the data set (and one that is not stored).</summary>
    private static Account Listing(DataSet data)
    {
        var id = Given.Account(WorldRecipe.AccountPool + 3);
        var listed = data.Organizations.Where((_, i) => i % 2 == 0).Select(o => o.Id).Append(Given.Organization(77)).Distinct().OrderBy(o => o.Value);
        return Account.FromState(Given.Person(id).ToState() with
        {
            Organizations = [.. listed.Select(o => new AccountOrganizationState { AccountId = id, OrganizationId = o })],
        });
    }

    private static IEnumerable<OrganizationId> OrganizationIds(DataSet data) =>
        data.Organizations.Select(o => o.Id).Append(Given.Organization(77));

    /// <summary>The organizations that bill (have a billing profile), one that does not, and one that is not stored.</summary>
    private static IEnumerable<OrganizationId> BilledOrganizationIds(DataSet data) =>
        data.Billing.Profiles.Select(p => p.Organization)
            .Concat(data.Organizations.Select(o => o.Id).Where(o => data.Billing.Profiles.All(p => p.Organization != o)).Take(1))
            .Append(Given.Organization(77));

    private static IEnumerable<AccountId> AccountIds(DataSet data) => Accounts.Concat(data.Accounts.Select(a => a.Id)).Distinct();

    /// <summary>The organizations orders were placed for, and one that is not stored.</summary>
    private static IEnumerable<OrganizationId> ShopIds(DataSet data) => data.Ordering.Organizations.Append(Given.Organization(77));

    private static IEnumerable<PrepaidAccountId> PrepaidAccountIds(DataSet data) => data.Billing.PrepaidAccounts.Select(a => a.Id).Append(UnknownPrepaidAccount);

    private static EmailAddress Upper(EmailAddress address) => EmailAddress.Parse(address.Value.ToUpperInvariant()).AsT0;
}

/// <summary>One specification with the rows it selects from: run in memory and in the database, the same rows come out.</summary>
public abstract class SpecificationCase
{
    /// <summary>The SQL the specification becomes on a context's provider.</summary>
    public abstract string Sql(DbContext context);

    /// <summary>Fails unless the database selects the rows the in-memory evaluation selects (in the same order when the specification pages).</summary>
    public abstract Task AssertSameAsync(DbContext context, DataSet data);
}

public sealed class SpecificationCase<T>(ISpecification<T> specification, Func<DataSet, IEnumerable<T>> rows, Func<T, object> key) : SpecificationCase
    where T : class
{
    public override string Sql(DbContext context) => context.Set<T>().WithSpecification(specification).ToQueryString();

    public override async Task AssertSameAsync(DbContext context, DataSet data)
    {
        var paged = specification.Skip > 0 || specification.Take >= 0;
        var expected = Keys(specification.Evaluate(rows(data)), paged);
        var actual = Keys(await context.Set<T>().AsNoTracking().WithSpecification(specification).ToListAsync(), paged);
        Assert.True(expected.SequenceEqual(actual), $"{specification.GetType().Name}: in memory [{string.Join(", ", expected)}], in the database [{string.Join(", ", actual)}]");
    }

    private List<string> Keys(IEnumerable<T> selected, bool inOrder)
    {
        var keys = selected.Select(row => key(row).ToString()!);
        return inOrder ? [.. keys] : [.. keys.Order(StringComparer.Ordinal)];
    }
}

public class SpecificationCatalogTests
{
    [Fact]
    [Trait("Rule", "ORG-5")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public void EverySpecificationOfTheLibrary_HasAFactory()
    {
        var library = Specifications.OfTheLibrary.Select(type => type.FullName!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(library, Specifications.Factories.Keys.Select(type => type.FullName!).Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Rule", "ORG-5")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public void EverySpecification_SelectsAStateThePackageMaps()
    {
        using var context = new SqliteContext(new DbContextOptionsBuilder<SqliteContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.All(Specifications.Factories.Keys, type => Assert.NotNull(context.Model.FindEntityType(SelectedState(type))));
    }

    private static Type SelectedState(Type specification) =>
        specification.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpecification<>)).GetGenericArguments()[0];
}
