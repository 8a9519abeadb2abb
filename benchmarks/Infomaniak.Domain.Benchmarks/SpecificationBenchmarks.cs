using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Accounts.Specifications;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Billing.Specifications;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Mail.Specifications;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Prepaid.Specifications;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Products.Specifications;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// Specifications evaluated in memory over 100,000 rows (a cache, a test double of a repository, a batch already
/// loaded), prebuilt and built per call, against the same query as hand-written LINQ. Each returns the count of rows
/// selected; an ordered or paged specification is enumerated to the end (<see cref="Drain{T}"/>), so that its sort runs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SpecificationBenchmarks
{
    private const int Rows = 100_000;
    private readonly DateTimeOffset now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private OrganizationState[] organizations = [];
    private MemberState[] members = [];
    private InvitationState[] invitations = [];
    private AccountId account;
    private OrganizationId organization;
    private EmailAddress invitee = null!;
    private TimeProvider clock = null!;
    private OrganizationsOfAccountSpec organizationsOfAccount = null!;
    private AdministratorsOfOrganizationSpec administrators = null!;
    private MembersWithBillingRightsSpec billingMembers = null!;
    private PendingInvitationsOfAddressSpec pendingInvitations = null!;
    private readonly TimeSpan window = TimeSpan.FromDays(30);
    private AccountState[] accountRows = [];
    private MailServiceState[] services = [];
    private ProductState[] products = [];
    private InvoiceState[] invoices = [];
    private BillingProfileState[] profiles = [];
    private PrepaidAccountState[] prepaidAccounts = [];
    private LedgerEntryState[] entries = [];
    private EmailAddress[] logins = [];
    private HashSet<string> loginSet = [];
    private InvoiceId invoice;
    private PrepaidAccountId ledger;
    private IdempotencyKey[] keys = [];
    private string[] keyValues = [];
    private AccountByLoginSpec accountByLogin = null!;
    private AccountsByLoginsSpec accountsByLogins = null!;
    private MailServicesReadByAccountSpec servicesReadByAccount = null!;
    private MailServiceHostingAddressSpec serviceHostingAddress = null!;
    private MailServicesOfOrganizationSpec servicesOfOrganization = null!;
    private ActiveProductsOfOrganizationSpec activeProducts = null!;
    private ProductsDueForRenewalSpec dueForRenewal = null!;
    private DueProductsNotYetInvoicedSpec dueNotYetInvoiced = null!;
    private ProductsDueForAutomaticRenewalSpec dueForAutomaticRenewal = null!;
    private ProductsOnOpenInvoiceSpec onOpenInvoice = null!;
    private BillingProfileOfOrganizationSpec profileOfOrganization = null!;
    private InvoiceHistorySpec invoiceHistory = null!;
    private UnpaidInvoicesSpec unpaidInvoices = null!;
    private PrepaidAccountOfOrganizationSpec prepaidAccountOfOrganization = null!;
    private LedgerEntriesByKeysSpec entriesByKeys = null!;
    private LedgerEntriesForCorrectionSpec entriesForCorrection = null!;
    private LedgerOfAccountSpec ledgerOfAccount = null!;

    /// <summary>The rows of organizations, their members and invitations.</summary>
    [GlobalSetup(Targets = new[] { nameof(HandLinq_OrganizationsOfAccount), nameof(Prebuilt_OrganizationsOfAccount), nameof(PerCall_OrganizationsOfAccount), nameof(HandLinq_Administrators), nameof(Prebuilt_Administrators), nameof(PerCall_Administrators), nameof(HandLinq_MembersWithBillingRights), nameof(Prebuilt_MembersWithBillingRights), nameof(PerCall_MembersWithBillingRights), nameof(HandLinq_PendingInvitations), nameof(Prebuilt_PendingInvitations), nameof(PerCall_PendingInvitations) })]
    public void SetupOrganizations()
    {
        var (random, organizationIds, accounts) = Ids();
        MemberState Member(int i, OrganizationId of) => new()
        {
            OrganizationId = of,
            AccountId = accounts[i % accounts.Length],
            Login = $"member{i % accounts.Length}@agence.example",
            HasAllRights = i % 3 == 0,
            HasBillingRights = i % 2 == 0,
            GrantedProducts = [],
            IsLegalRepresentative = false,
        };
        organizations = [.. Enumerable.Range(0, Rows).Select(i =>
        {
            var id = TypedId.New<OrganizationId>(random);
            return new OrganizationState
            {
                Id = id,
                Version = 1,
                Name = "Agence Web",
                IsDeleted = i % 10 == 0,
                Members = [Member(i, id), Member(i + 1, id), Member(i + 2, id)],
                Invitations = [],
                Products = [],
                Logo = null,
            };
        })];
        members = [.. Enumerable.Range(0, Rows).Select(i => Member(i, organizationIds[i % organizationIds.Length]))];
        invitations = [.. Enumerable.Range(0, Rows).Select(i => new InvitationState
        {
            Id = TypedId.New<InvitationId>(random),
            OrganizationId = organizationIds[i % organizationIds.Length],
            Email = $"guest{i % 1_000}@agence.example",
            NormalizedEmail = $"guest{i % 1_000}@agence.example",
            HasAllRights = true,
            HasBillingRights = false,
            GrantedProducts = [],
            InvitedBy = accounts[0],
            ExpiresAt = now.AddDays((i % 20) - 10),
        })];
        organizationsOfAccount = new OrganizationsOfAccountSpec(account);
        administrators = new AdministratorsOfOrganizationSpec(organization);
        billingMembers = new MembersWithBillingRightsSpec(organization);
        pendingInvitations = new PendingInvitationsOfAddressSpec(invitee, clock);
    }

    /// <summary>The rows of accounts.</summary>
    [GlobalSetup(Targets = new[] { nameof(HandLinq_AccountByLogin), nameof(Prebuilt_AccountByLogin), nameof(PerCall_AccountByLogin), nameof(HandLinq_AccountsByLogins), nameof(Prebuilt_AccountsByLogins), nameof(PerCall_AccountsByLogins) })]
    public void SetupAccounts()
    {
        var (random, organizationIds, accounts) = Ids();
        var founder = Founder.Register("founder@agence.example", random).ToState();
        accountRows = [.. Enumerable.Range(0, Rows).Select(i => founder with
        {
            Id = TypedId.New<AccountId>(random),
            Login = $"member{i}@agence.example",
            LoginNormalized = $"member{i}@agence.example",
        })];
        logins = [.. Enumerable.Range(0, 10).Select(i => EmailAddress.Parse($"member{i * 997}@agence.example").GetValueOrThrow())];
        loginSet = [.. logins.Select(login => login.Normalized)];
        accountByLogin = new AccountByLoginSpec(logins[3]);
        accountsByLogins = new AccountsByLoginsSpec(logins);
    }

    /// <summary>The rows of Mail Services, two mailboxes each.</summary>
    [GlobalSetup(Targets = new[] { nameof(HandLinq_MailServicesReadByAccount), nameof(Prebuilt_MailServicesReadByAccount), nameof(PerCall_MailServicesReadByAccount), nameof(HandLinq_MailServiceHostingAddress), nameof(Prebuilt_MailServiceHostingAddress), nameof(PerCall_MailServiceHostingAddress), nameof(HandLinq_MailServicesOfOrganization), nameof(Prebuilt_MailServicesOfOrganization), nameof(PerCall_MailServicesOfOrganization) })]
    public void SetupMail()
    {
        var (random, organizationIds, accounts) = Ids();
        var founder = Founder.Register("founder@agence.example", random).ToState();
        MailboxState Mailbox(ProductId service, int i) => new()
        {
            Id = TypedId.New<MailboxId>(random),
            Service = service,
            Address = $"box{i}@agence.example",
            AddressNormalized = $"box{i}@agence.example",
            PasswordHash = founder.PasswordHash,
            WebmailReaders = [],
            UnifiedWith = null,
            UnificationProposedTo = null,
        };
        services = [.. Enumerable.Range(0, Rows).Select(i =>
        {
            var id = TypedId.New<ProductId>(random);
            var first = Mailbox(id, 2 * i);
            var second = Mailbox(id, (2 * i) + 1);
            return new MailServiceState
            {
                Id = id,
                Version = 1,
                Organization = organizationIds[i % organizationIds.Length],
                IsTerminated = false,
                Mailboxes =
                [
                    first with { WebmailReaders = [new WebmailReaderState { MailboxId = first.Id, AccountId = accounts[i % accounts.Length] }] },
                    second with { WebmailReaders = [new WebmailReaderState { MailboxId = second.Id, AccountId = accounts[(i + 1) % accounts.Length] }] },
                ],
            };
        })];
        servicesReadByAccount = new MailServicesReadByAccountSpec(account);
        serviceHostingAddress = new MailServiceHostingAddressSpec(HostedAddress);
        servicesOfOrganization = new MailServicesOfOrganizationSpec(organization);
    }

    /// <summary>The rows of products.</summary>
    [GlobalSetup(Targets = new[] { nameof(HandLinq_ActiveProducts), nameof(Prebuilt_ActiveProducts), nameof(PerCall_ActiveProducts), nameof(HandLinq_ProductsDueForRenewal), nameof(Prebuilt_ProductsDueForRenewal), nameof(PerCall_ProductsDueForRenewal), nameof(HandLinq_DueProductsNotYetInvoiced), nameof(Prebuilt_DueProductsNotYetInvoiced), nameof(PerCall_DueProductsNotYetInvoiced), nameof(HandLinq_ProductsDueForAutomaticRenewal), nameof(Prebuilt_ProductsDueForAutomaticRenewal), nameof(PerCall_ProductsDueForAutomaticRenewal), nameof(HandLinq_ProductsOnOpenInvoice), nameof(Prebuilt_ProductsOnOpenInvoice), nameof(PerCall_ProductsOnOpenInvoice) })]
    public void SetupProducts()
    {
        var (random, organizationIds, accounts) = Ids();
        var chf = Money.Create(120m, Currency.Chf).GetValueOrThrow();
        var invoiceIds = Enumerable.Range(0, 1_000).Select(_ => TypedId.New<InvoiceId>(random)).ToArray();
        invoice = invoiceIds[7];
        products = [.. Enumerable.Range(0, Rows).Select(i => new ProductState
        {
            Id = TypedId.New<ProductId>(random),
            Version = 1,
            OrganizationId = organizationIds[i % organizationIds.Length],
            Type = "web-hosting",
            PaidUntil = now.AddDays((i % 90) - 30),
            RenewalMonths = 12,
            Price = chf,
            Status = i % 7 == 0 ? ProductStatus.Terminated : ProductStatus.Active,
            BillingAddressId = null,
            AutomaticRenewal = i % 2 == 0,
            PaymentMethod = i % 2 == 0 ? PaymentMethod.Card.Code : null,
            OpenInvoiceId = i % 5 == 0 ? invoiceIds[i % invoiceIds.Length] : null,
        })];
        activeProducts = new ActiveProductsOfOrganizationSpec(organization);
        dueForRenewal = new ProductsDueForRenewalSpec(organization, clock, window);
        dueNotYetInvoiced = new DueProductsNotYetInvoicedSpec(organization, clock, window);
        dueForAutomaticRenewal = new ProductsDueForAutomaticRenewalSpec(organization, clock, window);
        onOpenInvoice = new ProductsOnOpenInvoiceSpec(invoice);
    }

    /// <summary>The rows of invoices and billing profiles.</summary>
    [GlobalSetup(Targets = new[] { nameof(HandLinq_BillingProfileOfOrganization), nameof(Prebuilt_BillingProfileOfOrganization), nameof(PerCall_BillingProfileOfOrganization), nameof(HandLinq_InvoiceHistory), nameof(Prebuilt_InvoiceHistory), nameof(PerCall_InvoiceHistory), nameof(HandLinq_UnpaidInvoices), nameof(Prebuilt_UnpaidInvoices), nameof(PerCall_UnpaidInvoices) })]
    public void SetupBilling()
    {
        var (random, organizationIds, accounts) = Ids();
        var chf = Money.Create(120m, Currency.Chf).GetValueOrThrow();
        var address = new AddressState
        {
            Recipient = "Agence Web",
            Company = null,
            VatNumber = null,
            StreetLine1 = "Rue du Lac 1",
            StreetLine2 = null,
            StreetLine3 = null,
            PostalCode = "1003",
            City = "Lausanne",
            Country = "CH",
        };
        invoices = [.. Enumerable.Range(0, Rows).Select(i => new InvoiceState
        {
            Id = TypedId.New<InvoiceId>(random),
            Version = 1,
            OrganizationId = organizationIds[i % organizationIds.Length],
            Number = $"INV-{i}",
            NumberPrefix = "INV-",
            Sequence = i,
            IssuedAt = now.AddDays(-(i % 365)),
            Currency = Currency.Chf,
            BillingAddressId = TypedId.New<BillingAddressId>(random),
            BillingAddress = address,
            Subtotal = chf,
            TaxTotal = chf,
            Total = chf,
            Status = i % 3 == 0 ? InvoiceStatusKind.Open : InvoiceStatusKind.Paid,
            ClosedAt = null,
            PaymentMethod = null,
            VoidReason = null,
            Lines = [],
        })];
        profiles = [.. Enumerable.Range(0, Rows).Select(i => new BillingProfileState
        {
            Id = TypedId.New<BillingProfileId>(random),
            Version = 1,
            OrganizationId = i < organizationIds.Length ? organizationIds[i] : TypedId.New<OrganizationId>(random),
            InvoiceNumberPrefix = "INV-",
            NextInvoiceSequence = 1,
            Addresses = [],
        })];
        profileOfOrganization = new BillingProfileOfOrganizationSpec(organization);
        invoiceHistory = new InvoiceHistorySpec(organization, 10, 50);
        unpaidInvoices = new UnpaidInvoicesSpec(organization);
    }

    /// <summary>The rows of prepaid accounts and ledger entries.</summary>
    [GlobalSetup(Targets = new[] { nameof(HandLinq_PrepaidAccountOfOrganization), nameof(Prebuilt_PrepaidAccountOfOrganization), nameof(PerCall_PrepaidAccountOfOrganization), nameof(HandLinq_LedgerEntriesByKeys), nameof(Prebuilt_LedgerEntriesByKeys), nameof(PerCall_LedgerEntriesByKeys), nameof(HandLinq_LedgerEntriesForCorrection), nameof(Prebuilt_LedgerEntriesForCorrection), nameof(PerCall_LedgerEntriesForCorrection), nameof(HandLinq_LedgerOfAccount), nameof(Prebuilt_LedgerOfAccount), nameof(PerCall_LedgerOfAccount) })]
    public void SetupPrepaid()
    {
        var (random, organizationIds, accounts) = Ids();
        var chf = Money.Create(120m, Currency.Chf).GetValueOrThrow();
        prepaidAccounts = [.. Enumerable.Range(0, Rows).Select(i => new PrepaidAccountState
        {
            Id = TypedId.New<PrepaidAccountId>(random),
            OrganizationId = i < organizationIds.Length ? organizationIds[i] : TypedId.New<OrganizationId>(random),
            Currency = Currency.Chf,
            Version = 1,
            Balance = chf,
            Reserved = Money.Zero(Currency.Chf),
            LastSequence = 0,
            PendingWithdrawals = [],
            Entries = [],
        })];
        var ledgers = prepaidAccounts.Take(1_000).Select(a => a.Id).ToArray();
        ledger = ledgers[7];
        entries = [.. Enumerable.Range(0, Rows).Select(i => new LedgerEntryState
        {
            AccountId = ledgers[i % ledgers.Length],
            Sequence = 1 + (i / ledgers.Length),
            Kind = LedgerEntryKind.Credit,
            IdempotencyKey = $"top-up-{i / ledgers.Length}",
            Amount = chf,
            Actor = accounts[0],
            RecordedAt = now,
            PaymentMethod = PaymentMethod.Card.Code,
            ReferenceKind = null,
            Invoice = null,
            RenewedProduct = null,
            RenewalDueOn = null,
            Order = null,
            Withdrawal = null,
            DestinationKind = null,
            Destination = null,
            Corrects = null,
            Direction = null,
        })];
        keys = [.. new[] { "top-up-3", "top-up-50", "top-up-99" }.Select(key => IdempotencyKey.Parse(key).GetValueOrThrow())];
        keyValues = [.. keys.Select(key => key.Value)];
        prepaidAccountOfOrganization = new PrepaidAccountOfOrganizationSpec(organization);
        entriesByKeys = new LedgerEntriesByKeysSpec(ledger, keys);
        entriesForCorrection = new LedgerEntriesForCorrectionSpec(ledger, 42);
        ledgerOfAccount = new LedgerOfAccountSpec(ledger, 50);
    }

    private (CryptoRandomSource Random, OrganizationId[] Organizations, AccountId[] Accounts) Ids()
    {
        var random = new CryptoRandomSource();
        var organizationIds = Enumerable.Range(0, 1_000).Select(_ => TypedId.New<OrganizationId>(random)).ToArray();
        var accounts = Enumerable.Range(0, 1_000).Select(_ => TypedId.New<AccountId>(random)).ToArray();
        account = accounts[7];
        organization = organizationIds[7];
        invitee = EmailAddress.Parse("guest7@agence.example").GetValueOrThrow();
        clock = new FixedClock(now);
        return (random, organizationIds, accounts);
    }

    private static EmailAddress HostedAddress { get; } = EmailAddress.Parse("box4242@agence.example").GetValueOrThrow();

    private static int Drain<T>(IEnumerable<T> rows)
    {
        var count = 0;
        foreach (var _ in rows)
        {
            count++;
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Organizations of an account")]
    public int HandLinq_OrganizationsOfAccount() => organizations.Where(o => !o.IsDeleted && o.Members.Any(m => m.AccountId == account)).Count();

    [Benchmark]
    [BenchmarkCategory("Organizations of an account")]
    public int Prebuilt_OrganizationsOfAccount() => organizationsOfAccount.Evaluate(organizations).Count();

    [Benchmark]
    [BenchmarkCategory("Organizations of an account")]
    public int PerCall_OrganizationsOfAccount() => new OrganizationsOfAccountSpec(account).Evaluate(organizations).Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Administrators of an organization")]
    public int HandLinq_Administrators() => members.Where(m => m.OrganizationId == organization && m.HasAllRights).Count();

    [Benchmark]
    [BenchmarkCategory("Administrators of an organization")]
    public int Prebuilt_Administrators() => administrators.Evaluate(members).Count();

    [Benchmark]
    [BenchmarkCategory("Administrators of an organization")]
    public int PerCall_Administrators() => new AdministratorsOfOrganizationSpec(organization).Evaluate(members).Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Members with billing rights")]
    public int HandLinq_MembersWithBillingRights() => members.Where(m => m.OrganizationId == organization && m.HasBillingRights).Count();

    [Benchmark]
    [BenchmarkCategory("Members with billing rights")]
    public int Prebuilt_MembersWithBillingRights() => billingMembers.Evaluate(members).Count();

    [Benchmark]
    [BenchmarkCategory("Members with billing rights")]
    public int PerCall_MembersWithBillingRights() => new MembersWithBillingRightsSpec(organization).Evaluate(members).Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Pending invitations of an address")]
    public int HandLinq_PendingInvitations() => invitations.Where(i => i.NormalizedEmail == invitee.Normalized && i.ExpiresAt > now).Count();

    [Benchmark]
    [BenchmarkCategory("Pending invitations of an address")]
    public int Prebuilt_PendingInvitations() => pendingInvitations.Evaluate(invitations).Count();

    [Benchmark]
    [BenchmarkCategory("Pending invitations of an address")]
    public int PerCall_PendingInvitations() => new PendingInvitationsOfAddressSpec(invitee, clock).Evaluate(invitations).Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Account by login")]
    public int HandLinq_AccountByLogin() => Drain(accountRows.Where(a => a.LoginNormalized == logins[3].Normalized));

    [Benchmark]
    [BenchmarkCategory("Account by login")]
    public int Prebuilt_AccountByLogin() => Drain(accountByLogin.Evaluate(accountRows));

    [Benchmark]
    [BenchmarkCategory("Account by login")]
    public int PerCall_AccountByLogin() => Drain(new AccountByLoginSpec(logins[3]).Evaluate(accountRows));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Accounts by logins")]
    public int HandLinq_AccountsByLogins() => Drain(accountRows.Where(a => loginSet.Contains(a.LoginNormalized)));

    [Benchmark]
    [BenchmarkCategory("Accounts by logins")]
    public int Prebuilt_AccountsByLogins() => Drain(accountsByLogins.Evaluate(accountRows));

    [Benchmark]
    [BenchmarkCategory("Accounts by logins")]
    public int PerCall_AccountsByLogins() => Drain(new AccountsByLoginsSpec(logins).Evaluate(accountRows));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Mail Services read by an account")]
    public int HandLinq_MailServicesReadByAccount() => Drain(services.Where(s => s.Mailboxes.Any(m => m.WebmailReaders.Any(r => r.AccountId == account))));

    [Benchmark]
    [BenchmarkCategory("Mail Services read by an account")]
    public int Prebuilt_MailServicesReadByAccount() => Drain(servicesReadByAccount.Evaluate(services));

    [Benchmark]
    [BenchmarkCategory("Mail Services read by an account")]
    public int PerCall_MailServicesReadByAccount() => Drain(new MailServicesReadByAccountSpec(account).Evaluate(services));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Mail Service hosting an address")]
    public int HandLinq_MailServiceHostingAddress() => Drain(services.Where(s => s.Mailboxes.Any(m => m.AddressNormalized == HostedAddress.Normalized)));

    [Benchmark]
    [BenchmarkCategory("Mail Service hosting an address")]
    public int Prebuilt_MailServiceHostingAddress() => Drain(serviceHostingAddress.Evaluate(services));

    [Benchmark]
    [BenchmarkCategory("Mail Service hosting an address")]
    public int PerCall_MailServiceHostingAddress() => Drain(new MailServiceHostingAddressSpec(HostedAddress).Evaluate(services));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Mail Services of an organization")]
    public int HandLinq_MailServicesOfOrganization() => Drain(services.Where(s => s.Organization == organization));

    [Benchmark]
    [BenchmarkCategory("Mail Services of an organization")]
    public int Prebuilt_MailServicesOfOrganization() => Drain(servicesOfOrganization.Evaluate(services));

    [Benchmark]
    [BenchmarkCategory("Mail Services of an organization")]
    public int PerCall_MailServicesOfOrganization() => Drain(new MailServicesOfOrganizationSpec(organization).Evaluate(services));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Active products of an organization")]
    public int HandLinq_ActiveProducts() => Drain(products.Where(p => p.OrganizationId == organization && p.Status == ProductStatus.Active));

    [Benchmark]
    [BenchmarkCategory("Active products of an organization")]
    public int Prebuilt_ActiveProducts() => Drain(activeProducts.Evaluate(products));

    [Benchmark]
    [BenchmarkCategory("Active products of an organization")]
    public int PerCall_ActiveProducts() => Drain(new ActiveProductsOfOrganizationSpec(organization).Evaluate(products));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Products due for renewal")]
    public int HandLinq_ProductsDueForRenewal() => Drain(products.Where(p => p.OrganizationId == organization && p.Status == ProductStatus.Active && p.PaidUntil <= now + window).OrderBy(p => p.PaidUntil));

    [Benchmark]
    [BenchmarkCategory("Products due for renewal")]
    public int Prebuilt_ProductsDueForRenewal() => Drain(dueForRenewal.Evaluate(products));

    [Benchmark]
    [BenchmarkCategory("Products due for renewal")]
    public int PerCall_ProductsDueForRenewal() => Drain(new ProductsDueForRenewalSpec(organization, clock, window).Evaluate(products));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Due products not yet invoiced")]
    public int HandLinq_DueProductsNotYetInvoiced() => Drain(products.Where(p => p.OrganizationId == organization && p.Status == ProductStatus.Active && p.PaidUntil <= now + window && p.OpenInvoiceId == null).OrderBy(p => p.PaidUntil));

    [Benchmark]
    [BenchmarkCategory("Due products not yet invoiced")]
    public int Prebuilt_DueProductsNotYetInvoiced() => Drain(dueNotYetInvoiced.Evaluate(products));

    [Benchmark]
    [BenchmarkCategory("Due products not yet invoiced")]
    public int PerCall_DueProductsNotYetInvoiced() => Drain(new DueProductsNotYetInvoicedSpec(organization, clock, window).Evaluate(products));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Products due for automatic renewal")]
    public int HandLinq_ProductsDueForAutomaticRenewal() => Drain(products.Where(p => p.OrganizationId == organization && p.Status == ProductStatus.Active && p.PaidUntil <= now + window && p.AutomaticRenewal).OrderBy(p => p.PaidUntil));

    [Benchmark]
    [BenchmarkCategory("Products due for automatic renewal")]
    public int Prebuilt_ProductsDueForAutomaticRenewal() => Drain(dueForAutomaticRenewal.Evaluate(products));

    [Benchmark]
    [BenchmarkCategory("Products due for automatic renewal")]
    public int PerCall_ProductsDueForAutomaticRenewal() => Drain(new ProductsDueForAutomaticRenewalSpec(organization, clock, window).Evaluate(products));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Products on an open invoice")]
    public int HandLinq_ProductsOnOpenInvoice() => Drain(products.Where(p => p.OpenInvoiceId == invoice));

    [Benchmark]
    [BenchmarkCategory("Products on an open invoice")]
    public int Prebuilt_ProductsOnOpenInvoice() => Drain(onOpenInvoice.Evaluate(products));

    [Benchmark]
    [BenchmarkCategory("Products on an open invoice")]
    public int PerCall_ProductsOnOpenInvoice() => Drain(new ProductsOnOpenInvoiceSpec(invoice).Evaluate(products));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Billing profile of an organization")]
    public int HandLinq_BillingProfileOfOrganization() => Drain(profiles.Where(p => p.OrganizationId == organization));

    [Benchmark]
    [BenchmarkCategory("Billing profile of an organization")]
    public int Prebuilt_BillingProfileOfOrganization() => Drain(profileOfOrganization.Evaluate(profiles));

    [Benchmark]
    [BenchmarkCategory("Billing profile of an organization")]
    public int PerCall_BillingProfileOfOrganization() => Drain(new BillingProfileOfOrganizationSpec(organization).Evaluate(profiles));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Invoice history page")]
    public int HandLinq_InvoiceHistory() => Drain(invoices.Where(i => i.OrganizationId == organization).OrderByDescending(i => i.IssuedAt).ThenByDescending(i => i.Sequence).Skip(10).Take(50));

    [Benchmark]
    [BenchmarkCategory("Invoice history page")]
    public int Prebuilt_InvoiceHistory() => Drain(invoiceHistory.Evaluate(invoices));

    [Benchmark]
    [BenchmarkCategory("Invoice history page")]
    public int PerCall_InvoiceHistory() => Drain(new InvoiceHistorySpec(organization, 10, 50).Evaluate(invoices));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Unpaid invoices")]
    public int HandLinq_UnpaidInvoices() => Drain(invoices.Where(i => i.OrganizationId == organization && i.Status == InvoiceStatusKind.Open).OrderBy(i => i.IssuedAt).ThenBy(i => i.Sequence));

    [Benchmark]
    [BenchmarkCategory("Unpaid invoices")]
    public int Prebuilt_UnpaidInvoices() => Drain(unpaidInvoices.Evaluate(invoices));

    [Benchmark]
    [BenchmarkCategory("Unpaid invoices")]
    public int PerCall_UnpaidInvoices() => Drain(new UnpaidInvoicesSpec(organization).Evaluate(invoices));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Prepaid account of an organization")]
    public int HandLinq_PrepaidAccountOfOrganization() => Drain(prepaidAccounts.Where(a => a.OrganizationId == organization));

    [Benchmark]
    [BenchmarkCategory("Prepaid account of an organization")]
    public int Prebuilt_PrepaidAccountOfOrganization() => Drain(prepaidAccountOfOrganization.Evaluate(prepaidAccounts));

    [Benchmark]
    [BenchmarkCategory("Prepaid account of an organization")]
    public int PerCall_PrepaidAccountOfOrganization() => Drain(new PrepaidAccountOfOrganizationSpec(organization).Evaluate(prepaidAccounts));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Ledger entries by keys")]
    public int HandLinq_LedgerEntriesByKeys() => Drain(entries.Where(e => e.AccountId == ledger && keyValues.Contains(e.IdempotencyKey)).OrderBy(e => e.Sequence));

    [Benchmark]
    [BenchmarkCategory("Ledger entries by keys")]
    public int Prebuilt_LedgerEntriesByKeys() => Drain(entriesByKeys.Evaluate(entries));

    [Benchmark]
    [BenchmarkCategory("Ledger entries by keys")]
    public int PerCall_LedgerEntriesByKeys() => Drain(new LedgerEntriesByKeysSpec(ledger, keys).Evaluate(entries));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Ledger entries for a correction")]
    public int HandLinq_LedgerEntriesForCorrection() => Drain(entries.Where(e => e.AccountId == ledger && (e.Sequence == 42 || e.Corrects == 42)).OrderBy(e => e.Sequence));

    [Benchmark]
    [BenchmarkCategory("Ledger entries for a correction")]
    public int Prebuilt_LedgerEntriesForCorrection() => Drain(entriesForCorrection.Evaluate(entries));

    [Benchmark]
    [BenchmarkCategory("Ledger entries for a correction")]
    public int PerCall_LedgerEntriesForCorrection() => Drain(new LedgerEntriesForCorrectionSpec(ledger, 42).Evaluate(entries));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Ledger of an account")]
    public int HandLinq_LedgerOfAccount() => Drain(entries.Where(e => e.AccountId == ledger && e.Sequence >= 50).OrderBy(e => e.Sequence));

    [Benchmark]
    [BenchmarkCategory("Ledger of an account")]
    public int Prebuilt_LedgerOfAccount() => Drain(ledgerOfAccount.Evaluate(entries));

    [Benchmark]
    [BenchmarkCategory("Ledger of an account")]
    public int PerCall_LedgerOfAccount() => Drain(new LedgerOfAccountSpec(ledger, 50).Evaluate(entries));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
