using Ardalis.Specification;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Accounts.Specifications;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Support;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Mail.Specifications;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Microsoft.EntityFrameworkCore;
using AnySpecification = OneOf.OneOf<Ardalis.Specification.ISpecification<Infomaniak.Domain.Accounts.AccountState>, Ardalis.Specification.ISpecification<Infomaniak.Domain.Mail.MailServiceState>, Ardalis.Specification.ISpecification<Infomaniak.Domain.Organizations.OrganizationState>, Ardalis.Specification.ISpecification<Infomaniak.Domain.Organizations.MemberState>, Ardalis.Specification.ISpecification<Infomaniak.Domain.Organizations.InvitationState>>;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// Every specification of the library, found by reflection, each made with the arguments that exercise it on a data
/// set: a specification with neither a factory here nor a place in <see cref="AwaitingTheirAggregatesMapping"/> fails
/// <see cref="SpecificationCatalogTests"/>.
/// </summary>
public static class Specifications
{
    private static readonly IReadOnlyList<AccountId> Accounts = [.. Enumerable.Range(0, WorldRecipe.AccountPool + 1).Select(Given.Account)];

    private static readonly DateTimeOffset[] Instants = [Given.Start, Given.Start.AddDays(3), Given.Start.AddDays(60), Given.Start.AddDays(200)];

    public static IReadOnlyDictionary<Type, Func<DataSet, IEnumerable<object>>> Factories { get; } = new Dictionary<Type, Func<DataSet, IEnumerable<object>>>
    {
        [typeof(AccountByLoginSpec)] = data => data.Addresses.Concat(data.Accounts.Select(a => Upper(a.Login))).Select(login => new AccountByLoginSpec(login)),
        [typeof(AccountsByLoginsSpec)] = data => [new AccountsByLoginsSpec(data.Addresses.Take(4)), new AccountsByLoginsSpec(data.Accounts.Select(a => a.Login)), new AccountsByLoginsSpec([])],
        [typeof(MailServicesReadByAccountSpec)] = _ => Accounts.Select(account => new MailServicesReadByAccountSpec(account)),
        [typeof(MailServiceHostingAddressSpec)] = data => data.Addresses.Concat(data.MailServices.SelectMany(s => s.Mailboxes).Select(m => Upper(m.Address))).Select(address => new MailServiceHostingAddressSpec(address)),
        [typeof(MailServicesOfOrganizationSpec)] = data => data.MailServices.Select(s => s.Organization).Append(Given.Organization(77)).Select(o => new MailServicesOfOrganizationSpec(o)),
        [typeof(AdministratorsOfOrganizationSpec)] = data => OrganizationIds(data).Select(o => new AdministratorsOfOrganizationSpec(o)),
        [typeof(MembersWithBillingRightsSpec)] = data => OrganizationIds(data).Select(o => new MembersWithBillingRightsSpec(o)),
        [typeof(OrganizationsOfAccountSpec)] = _ => Accounts.Select(account => new OrganizationsOfAccountSpec(account)),
        [typeof(PendingInvitationsOfAddressSpec)] = data => data.Addresses.SelectMany(address => Instants.Select(now => new PendingInvitationsOfAddressSpec(address, now))),
    };

    /// <summary>
    /// The specifications over the states of aggregates that merged after the EF Core package and that it does not map
    /// yet (billing, the prepaid ledger, products): mapping an aggregate (docs/persistence.md) moves its specifications
    /// from here to <see cref="Factories"/>.
    /// </summary>
    public static IReadOnlyList<string> AwaitingTheirAggregatesMapping { get; } =
    [
        "Infomaniak.Domain.Billing.Specifications.BillingProfileOfOrganizationSpec",
        "Infomaniak.Domain.Billing.Specifications.InvoiceHistorySpec",
        "Infomaniak.Domain.Billing.Specifications.UnpaidInvoicesSpec",
        "Infomaniak.Domain.Prepaid.Specifications.LedgerEntriesByKeysSpec",
        "Infomaniak.Domain.Prepaid.Specifications.LedgerEntriesForCorrectionSpec",
        "Infomaniak.Domain.Prepaid.Specifications.LedgerOfAccountSpec",
        "Infomaniak.Domain.Prepaid.Specifications.PrepaidAccountOfOrganizationSpec",
        "Infomaniak.Domain.Products.Specifications.ActiveProductsOfOrganizationSpec",
        "Infomaniak.Domain.Products.Specifications.DueProductsNotYetInvoicedSpec",
        "Infomaniak.Domain.Products.Specifications.ProductsDueForAutomaticRenewalSpec",
        "Infomaniak.Domain.Products.Specifications.ProductsDueForRenewalSpec",
        "Infomaniak.Domain.Products.Specifications.ProductsOnOpenInvoiceSpec",
    ];

    /// <summary>Every public specification type of the library.</summary>
    public static IReadOnlyList<Type> OfTheLibrary { get; } =
        [.. typeof(AccountState).Assembly.GetExportedTypes()
            .Where(type => !type.IsAbstract && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpecification<>)))];

    /// <summary>The specifications to run on a data set, by the state they select.</summary>
    public static IEnumerable<AnySpecification> All(DataSet data) =>
        Factories.Values.SelectMany(factory => factory(data)).Select<object, AnySpecification>(spec => spec switch
        {
            ISpecification<AccountState> account => AnySpecification.FromT0(account),
            ISpecification<MailServiceState> service => AnySpecification.FromT1(service),
            ISpecification<OrganizationState> organization => AnySpecification.FromT2(organization),
            ISpecification<MemberState> member => AnySpecification.FromT3(member),
            ISpecification<InvitationState> invitation => AnySpecification.FromT4(invitation),
            _ => throw new InvalidOperationException($"{spec.GetType().Name} selects a state this test does not store yet: add it to Specifications.All."),
        });

    private static IEnumerable<OrganizationId> OrganizationIds(DataSet data) => data.Organizations.Select(o => o.Id).Append(Given.Organization(77));

    private static EmailAddress Upper(EmailAddress address) => EmailAddress.Parse(address.Value.ToUpperInvariant()).AsT0;
}

public class SpecificationCatalogTests
{
    [Fact]
    [Trait("Rule", "ORG-5")]
    public void EverySpecificationOfTheLibrary_HasAFactory_OrAwaitsItsAggregatesMapping()
    {
        var library = Specifications.OfTheLibrary.Select(type => type.FullName!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            library.Except(Specifications.AwaitingTheirAggregatesMapping),
            Specifications.Factories.Keys.Select(type => type.FullName!).Order(StringComparer.Ordinal));
        Assert.All(Specifications.AwaitingTheirAggregatesMapping, name => Assert.Contains(name, library));
    }

    [Fact]
    [Trait("Rule", "ORG-5")]
    public void ASpecificationAwaitingItsMapping_SelectsAStateThePackageDoesNotMapYet()
    {
        using var context = new SqliteContext(new DbContextOptionsBuilder<SqliteContext>().UseSqlite("Data Source=:memory:").Options);
        var awaiting = Specifications.OfTheLibrary.Where(type => Specifications.AwaitingTheirAggregatesMapping.Contains(type.FullName!));

        Assert.All(awaiting, type => Assert.Null(context.Model.FindEntityType(SelectedState(type))));
        Assert.All(Specifications.Factories.Keys, type => Assert.NotNull(context.Model.FindEntityType(SelectedState(type))));
    }

    private static Type SelectedState(Type specification) =>
        specification.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpecification<>)).GetGenericArguments()[0];
}
