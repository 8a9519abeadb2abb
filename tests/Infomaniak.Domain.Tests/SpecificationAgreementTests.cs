using Ardalis.Specification;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Accounts.Specifications;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Billing.Specifications;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Mail.Specifications;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Prepaid.Specifications;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Products.Specifications;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Billing;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Prepaid;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests;

/// <summary>
/// Every specification that evaluates in memory as plain code (its <c>Evaluate</c> and <c>IsSatisfiedBy</c> overrides)
/// selects, orders and pages exactly as its expression does, compiled by Ardalis' in-memory evaluator: the expression
/// is what a database translates, so in memory and in the database agree. Rows are drawn from small pools of
/// organizations, ids, addresses, dates and keys, so that every criterion both matches and misses.
/// </summary>
public class SpecificationAgreementTests
{
    private const int Pool = 4;
    private static readonly DateTimeOffset Now = Given.Start;
    private static readonly string[] Logins = ["julie@entreprise-familiale.xyz", "compta@entreprise-familiale.xyz", "info@other-company.ch", "someone@example.ch"];

    private static readonly Lazy<ProductState> ProductTemplate = new(() => new BillingScene(products: 1).Products[0].ToState());
    private static readonly Lazy<BillingProfileState> ProfileTemplate = new(() => new BillingScene(products: 0).Billing.ToState());
    private static readonly Lazy<AccountState> AccountTemplate = new(() => new Family().Munster.ToState());
    private static readonly Lazy<OrganizationState> OrganizationTemplate = new(() => new Family().Organization.ToState());
    private static readonly Lazy<MailServiceState> ServiceTemplate = new(() => new Family().Service.ToState());
    private static readonly Lazy<PrepaidAccountState> LedgerTemplate = new(() =>
        PrepaidGiven.Funded(PrepaidGiven.Organization(), 100, 200).ToState());

    private static OrganizationId OrganizationOf(int code) => Given.Organization(1 + (code % Pool));

    private static DateTimeOffset DateOf(int code) => Now.AddDays((code % 7) - 3);

    private static string LoginOf(int code) => Logins[code % Logins.Length];

    private static PrepaidAccountId PrepaidAccountOf(int code) =>
        PrepaidAccountId.From(new Guid($"7a000000-0000-4000-8000-00000000000{1 + (code % 2)}"));

    private static IdempotencyKey KeyOf(int code) => PrepaidGiven.Key($"key-{code % Pool}");

    private static ManualTimeProvider Clock => new(Now);

    [Property(Arbitrary = [typeof(RowCodes)], MaxTest = 100)]
    [Trait("Rule", "ACC-1")]
    [Trait("Rule", "UNI-1")]
    public bool AccountSpecifications_InMemory_AgreeWithTheirExpression(int[] codes, int pick)
    {
        var rows = codes.Select(code => AccountTemplate.Value with { LoginNormalized = LoginOf(code) }).ToList();
        var login = Family.Address(LoginOf(pick));

        return Agrees(new AccountByLoginSpec(login), rows)
            && Agrees(new AccountsByLoginsSpec([login, Family.Address(LoginOf(pick + 1))]), rows)
            && Agrees(new AccountsByLoginsSpec([]), rows);
    }

    [Property(Arbitrary = [typeof(RowCodes)], MaxTest = 100)]
    [Trait("Rule", "ACC-8")]
    [Trait("Rule", "ORG-5")]
    public bool OrganizationsListedByAnAccount_InMemory_AgreeWithTheirExpression(int[] codes, int pick)
    {
        var rows = codes.Select(code => OrganizationTemplate.Value with { Id = OrganizationOf(code), IsDeleted = (code >> 2) % 3 == 0 }).ToList();
        var template = AccountTemplate.Value;
        Account Listing(params int[] picks) => Account.FromState(template with
        {
            Organizations = [.. picks.Select(OrganizationOf).Distinct().Select(organization => new AccountOrganizationState { AccountId = template.Id, OrganizationId = organization })],
        });

        return Agrees(new OrganizationsListedByAccountSpec(Listing(pick)), rows)
            && Agrees(new OrganizationsListedByAccountSpec(Listing(pick, pick + 1, pick + 2)), rows)
            && Agrees(new OrganizationsListedByAccountSpec(Listing()), rows);
    }

    [Property(Arbitrary = [typeof(RowCodes)], MaxTest = 100)]
    [Trait("Rule", "ACC-4")]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "UNI-1")]
    public bool MailSpecifications_InMemory_AgreeWithTheirExpression(int[] codes, int pick)
    {
        var template = ServiceTemplate.Value;
        var mailbox = template.Mailboxes[0];
        var rows = codes.Select(code => template with
        {
            Organization = OrganizationOf(code),
            Mailboxes = [.. Enumerable.Range(0, code % 3).Select(i => mailbox with
            {
                AddressNormalized = LoginOf(code + i),
                WebmailReaders = [.. Enumerable.Range(0, (code >> (2 + i)) % 3).Select(r => new WebmailReaderState { MailboxId = mailbox.Id, AccountId = Given.Account((code + r) % Pool) })],
            })],
        }).ToList();

        return Agrees(new MailServicesReadByAccountSpec(Given.Account(pick % Pool)), rows)
            && Agrees(new MailServiceHostingAddressSpec(Family.Address(LoginOf(pick))), rows)
            && Agrees(new MailServicesOfOrganizationSpec(OrganizationOf(pick)), rows);
    }

    [Property(Arbitrary = [typeof(RowCodes)], MaxTest = 100)]
    [Trait("Rule", "BIL-4")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-3")]
    public bool ProductSpecifications_InMemory_AgreeWithTheirExpression(int[] codes, int pick)
    {
        var rows = codes.Select(code => ProductTemplate.Value with
        {
            Id = Given.Product(code),
            OrganizationId = OrganizationOf(code),
            Status = (code >> 2) % 3 == 0 ? ProductStatus.Terminated : ProductStatus.Active,
            PaidUntil = DateOf(code >> 3),
            OpenInvoiceId = (code >> 4) % 2 == 0 ? null : Given.Invoice(code % 3),
            AutomaticRenewal = (code >> 5) % 2 == 0,
        }).ToList();
        var organization = OrganizationOf(pick);
        var window = TimeSpan.FromDays(pick % 3);

        return Agrees(new ActiveProductsOfOrganizationSpec(organization), rows)
            && Agrees(new ProductsDueForRenewalSpec(organization, Clock, window), rows)
            && Agrees(new DueProductsNotYetInvoicedSpec(organization, Clock, window), rows)
            && Agrees(new ProductsDueForAutomaticRenewalSpec(organization, Clock, window), rows)
            && Agrees(new ProductsOnOpenInvoiceSpec(Given.Invoice(pick % 3)), rows);
    }

    [Property(Arbitrary = [typeof(RowCodes)], MaxTest = 100)]
    [Trait("Rule", "BIL-3")]
    [Trait("Rule", "ORG-9")]
    public bool BillingSpecifications_InMemory_AgreeWithTheirExpression(int[] codes, int pick)
    {
        var invoices = codes.Select((code, i) => StoredBilling.OpenInvoiceState(OrganizationOf(code), Given.Invoice(i), Given.Product(i), code % 5) with
        {
            IssuedAt = DateOf(code >> 2),
            Status = (code >> 5) % 3 == 0 ? InvoiceStatusKind.Paid : InvoiceStatusKind.Open,
        }).ToList();
        var profiles = codes.Select(code => ProfileTemplate.Value with { OrganizationId = OrganizationOf(code) }).ToList();
        var organization = OrganizationOf(pick);

        return Agrees(new BillingProfileOfOrganizationSpec(organization), profiles)
            && Agrees(new UnpaidInvoicesSpec(organization), invoices)
            && Agrees(new InvoiceHistorySpec(organization), invoices)
            && Agrees(new InvoiceHistorySpec(organization, pick % 4, 1 + (pick % 3)), invoices);
    }

    [Property(Arbitrary = [typeof(RowCodes)], MaxTest = 100)]
    [Trait("Rule", "PRE-5")]
    public bool PrepaidSpecifications_InMemory_AgreeWithTheirExpression(int[] codes, int pick)
    {
        var template = LedgerTemplate.Value;
        var entries = codes.Select(code => template.Entries[0] with
        {
            AccountId = PrepaidAccountOf(code),
            Sequence = 1 + (code % 5),
            Corrects = (code >> 3) % 3 == 0 ? 1 + ((code >> 5) % 5) : null,
            IdempotencyKey = KeyOf(code >> 2).Value,
        }).ToList();
        var accounts = codes.Select(code => template with { OrganizationId = OrganizationOf(code) }).ToList();
        var account = PrepaidAccountOf(pick);

        return Agrees(new PrepaidAccountOfOrganizationSpec(OrganizationOf(pick)), accounts)
            && Agrees(new LedgerEntriesByKeysSpec(account, [KeyOf(pick), KeyOf(pick + 1)]), entries)
            && Agrees(new LedgerEntriesByKeysSpec(account, []), entries)
            && Agrees(new LedgerEntriesForCorrectionSpec(account, 1 + (pick % 5)), entries)
            && Agrees(new LedgerOfAccountSpec(account, 1 + (pick % 5)), entries)
            && Agrees(new LedgerOfAccountSpec(account), entries);
    }

    /// <summary>The plain-code path against the compiled expression, ordered and paged by Ardalis' in-memory evaluator.</summary>
    private static bool Agrees<T>(Specification<T> specification, IReadOnlyList<T> rows)
        where T : class
    {
        var criterion = specification.WhereExpressions.Single().Filter.Compile();
        return specification.Evaluate(rows).SequenceEqual(InMemorySpecificationEvaluator.Default.Evaluate(rows, specification), ReferenceEqualityComparer.Instance)
            && rows.All(row => specification.IsSatisfiedBy(row) == criterion(row));
    }

    /// <summary>Row codes (each decoded into a row's fields) and a pick (which organization, address or key to select).</summary>
    public static class RowCodes
    {
        /// <summary>Up to 60 rows, each coded by a small non-negative number.</summary>
        /// <returns>The arbitrary of row codes.</returns>
        public static Arbitrary<int[]> Codes() => Arb.From(Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 1023), n)));

        /// <summary>A non-negative pick.</summary>
        /// <returns>The arbitrary of picks.</returns>
        public static Arbitrary<int> Picks() => Arb.From(Gen.Choose(0, 1023));
    }
}
