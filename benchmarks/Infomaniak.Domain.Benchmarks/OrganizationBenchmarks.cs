using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// Every membership and product operation, at 10 and 10,000 members (and as many products), against the usual way
/// (<see cref="UsualOrganization"/>). Each benchmark leaves the organization as it found it, so that every
/// invocation measures the same organization; its result is returned (as a flag, so that no boxing of a success is measured).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class OrganizationBenchmarks
{
    private readonly CryptoRandomSource random = new();
    private readonly TimeProvider clock = TimeProvider.System;
    private LargeOrganization scene = null!;
    private Organization organization = null!;
    private UsualOrganization usual = null!;
    private Account joiner = null!;
    private Rights limited = null!;
    private Rights administrator = null!;

    [Params(10, 10_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        scene = new LargeOrganization(Members, Members, random);
        organization = scene.Organization;
        usual = new UsualOrganization(scene);
        joiner = Founder.Register("joiner@agence.example", random);
        limited = Rights.LimitedTo(scene.Products.Take(3), withBillingRights: false).GetValueOrThrow();
        administrator = Rights.Administrator(withBillingRights: false);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Invite, then cancel")]
    public Guid UsualWay_InviteThenCancel()
    {
        var invitation = usual.Invite(scene.Founder.Value, "guest@agence.example");
        usual.CancelInvitation(scene.Founder.Value, invitation);
        return invitation;
    }

    [Benchmark]
    [BenchmarkCategory("Invite, then cancel")]
    public bool Library_InviteThenCancel()
    {
        var invitation = organization.Invite(scene.Founder, joiner.Login, limited, clock, random).GetValueOrThrow();
        var cancelled = organization.CancelInvitation(scene.Founder, invitation.Id);
        organization.DequeueEvents();
        return cancelled.IsT0;
    }

    [Benchmark]
    [BenchmarkCategory("Invite, accept, change rights, remove")]
    public bool Library_InviteAcceptChangeRightsRemove()
    {
        var invitation = organization.Invite(scene.Founder, joiner.Login, limited, clock, random).GetValueOrThrow();
        organization.AcceptInvitation(invitation.Id, joiner, clock).GetValueOrThrow();
        organization.ChangeRights(scene.Founder, joiner.Id, administrator).GetValueOrThrow();
        var removed = organization.RemoveMember(scene.Founder, joiner.Id);
        organization.DequeueEvents();
        return removed.IsT0;
    }

    [Benchmark]
    [BenchmarkCategory("Invite, accept, leave")]
    public bool Library_InviteAcceptLeave()
    {
        var invitation = organization.Invite(scene.Founder, joiner.Login, limited, clock, random).GetValueOrThrow();
        organization.AcceptInvitation(invitation.Id, joiner, clock).GetValueOrThrow();
        var left = organization.Leave(joiner.Id);
        organization.DequeueEvents();
        return left.IsT0;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Appoint, then dismiss a legal representative")]
    public int UsualWay_AppointThenDismiss()
    {
        usual.SetLegalRepresentative(scene.Founder.Value, scene.SecondAdministrator.Value, isLegalRepresentative: true);
        usual.SetLegalRepresentative(scene.Founder.Value, scene.SecondAdministrator.Value, isLegalRepresentative: false);
        return 2;
    }

    [Benchmark]
    [BenchmarkCategory("Appoint, then dismiss a legal representative")]
    public bool Library_AppointThenDismiss()
    {
        organization.AppointLegalRepresentative(scene.Founder, scene.SecondAdministrator).GetValueOrThrow();
        var dismissed = organization.DismissLegalRepresentative(scene.Founder, scene.SecondAdministrator);
        organization.DequeueEvents();
        return dismissed.IsT0;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read the members' count")]
    public int UsualWay_MembersCount() => usual.Members.Count;

    [Benchmark]
    [BenchmarkCategory("Read the members' count")]
    public int Library_MembersCount() => organization.Members.Count + organization.LegalRepresentatives.Count + organization.Products.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Add, then terminate a product")]
    public Guid UsualWay_AddThenTerminateAProduct()
    {
        var product = Guid.NewGuid();
        usual.AddProduct(scene.Founder.Value, product);
        usual.RemoveProduct(scene.Founder.Value, product);
        return product;
    }

    [Benchmark]
    [BenchmarkCategory("Add, then terminate a product")]
    public bool Library_AddThenTerminateAProduct()
    {
        var product = Product.Order(organization, scene.Founder, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Zero(Currency.Chf), clock, random).GetValueOrThrow();
        var terminated = product.Terminate(organization, scene.Founder);
        organization.DequeueEvents();
        return terminated.IsT0;
    }
}
