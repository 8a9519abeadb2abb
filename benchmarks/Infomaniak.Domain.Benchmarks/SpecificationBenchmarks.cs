using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// Specifications evaluated in memory over 100,000 rows (a cache, a test double of a repository, a batch already
/// loaded), prebuilt and built per call, against the same query as hand-written LINQ. Each returns the count of rows
/// selected.
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

    [GlobalSetup]
    public void Setup()
    {
        var random = new CryptoRandomSource();
        var organizationIds = Enumerable.Range(0, 1_000).Select(_ => TypedId.New<OrganizationId>(random)).ToArray();
        var accounts = Enumerable.Range(0, 1_000).Select(_ => TypedId.New<AccountId>(random)).ToArray();
        account = accounts[7];
        organization = organizationIds[7];
        invitee = EmailAddress.Parse("guest7@agence.example").GetValueOrThrow();
        clock = new FixedClock(now);
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

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
