using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// The authorization decision runs on every request the Manager serves: it must stay cheap on a large organization
/// (10,000 members and granted products), whoever asks and whatever the answer. Each result is stored in a field, so
/// that a denial's refusal is paid for as a caller pays for it. The baseline scans lists and throws, the usual way.
/// </summary>
[MemoryDiagnoser]
public class AuthorizationBenchmarks
{
    private LargeOrganization scene = null!;
    private Organization organization = null!;
    private UsualOrganization usual = null!;
    private ProductId grantedProduct;
    private ProductId otherProduct;
    private ProductId foreignProduct;
    private AccountId stranger;
    private object? decision;

    [Params(10, 10_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new CryptoRandomSource();
        scene = new LargeOrganization(Members, Members, random);
        organization = scene.Organization;
        usual = new UsualOrganization(scene);
        var granted = organization.ToState().Members.Single(m => m.AccountId == scene.LastMember).GrantedProducts;
        grantedProduct = granted[^1];
        otherProduct = scene.Products.First(p => !granted.Contains(p));
        foreignProduct = TypedId.New<ProductId>(random);
        stranger = TypedId.New<AccountId>(random);
    }

    [Benchmark(Baseline = true)]
    public bool UsualWay_LimitedMemberViewsAGrantedProduct() => usual.MayViewProduct(scene.LastMember.Value, grantedProduct.Value);

    [Benchmark]
    public bool UsualWay_LimitedMemberIsDeniedAnotherProduct()
    {
        try
        {
            return usual.MayViewProduct(scene.LastMember.Value, otherProduct.Value);
        }
        catch (UnauthorizedAccessException denied)
        {
            decision = denied;
            return false;
        }
    }

    [Benchmark]
    public bool AdministratorManagesAProduct() => Store(organization.Authorize(scene.Founder, MemberAction.ManageProduct(otherProduct)));

    [Benchmark]
    public bool LimitedMemberViewsAGrantedProduct() => Store(organization.Authorize(scene.LastMember, MemberAction.ViewProduct(grantedProduct)));

    [Benchmark]
    public bool LimitedMemberIsDeniedAnotherProduct() => Store(organization.Authorize(scene.LastMember, MemberAction.ViewProduct(otherProduct)));

    [Benchmark]
    public bool LimitedMemberIsDeniedBilling() => Store(organization.Authorize(scene.Accounts[^1], MemberAction.DeleteOrganization));

    [Benchmark]
    public bool StrangerIsDenied() => Store(organization.Authorize(stranger, MemberAction.ManageInvoices));

    [Benchmark]
    public bool ForeignProductIsDenied() => Store(organization.Authorize(scene.Founder, MemberAction.ManageProduct(foreignProduct)));

    [Benchmark]
    public bool IsAllowed_LimitedMemberViewsAGrantedProduct() => organization.IsAllowed(scene.LastMember, MemberAction.ViewProduct(grantedProduct));

    [Benchmark]
    public bool IsAllowed_LimitedMemberIsDeniedAnotherProduct() => organization.IsAllowed(scene.LastMember, MemberAction.ViewProduct(otherProduct));

    [Benchmark]
    public bool IsAllowed_StrangerIsDenied() => organization.IsAllowed(stranger, MemberAction.ManageInvoices);

    private bool Store(OneOf.OneOf<Allowed, ActionDenied> result)
    {
        decision = result.TryPickT1(out var denied, out _) ? denied : null;
        return result.IsT0;
    }
}
