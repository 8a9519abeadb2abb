using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Organizations;

public class ManagerContextTests
{
    private static readonly AccountId Webmaster = Given.Account(0);

    private static Organization[] ThreeOrganizations()
    {
        var first = Given.OrganizationWith(1, Webmaster);
        var second = Given.OrganizationWith(2, Given.Account(1));
        Given.Join(second, Given.Account(1), 0, Rights.Administrator(false));
        var foreign = Given.OrganizationWith(3, Given.Account(2));
        return [first, second, foreign];
    }

    [Fact]
    [Trait("Rule", "ORG-5")]
    public void Open_ListsTheOrganizationsTheAccountBelongsTo_CreatedOrInvitedTo()
    {
        var organizations = ThreeOrganizations();

        var context = ManagerContext.Open(Webmaster, organizations);

        Assert.Equal([Given.Organization(1), Given.Organization(2)], context.Organizations);
        Assert.Equal(Given.Organization(1), context.Current);
        Assert.Equal(Given.Organization(2), ManagerContext.Open(Webmaster, organizations, Given.Organization(2)).Current);
        Assert.Equal(Given.Organization(1), ManagerContext.Open(Webmaster, organizations, Given.Organization(3)).Current);
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    public void SwitchTo_AnOrganizationOfTheAccount_IsImmediate_AndToAnyOtherIsRefused()
    {
        var organizations = ThreeOrganizations();
        var context = ManagerContext.Open(Webmaster, organizations);

        var switched = context.SwitchTo(organizations[1]).GetValueOrThrow();
        var refused = context.SwitchTo(organizations[2]);

        Assert.Equal(Given.Organization(2), switched.Current);
        Assert.Equal(new NotAMember(Given.Organization(3), organizations[2].Name, Webmaster), refused.Value);
        Assert.Contains("Company 3", refused.AsT1.Message, StringComparison.Ordinal);
        Assert.Equal(Given.Organization(1), context.Current);
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    [Trait("Rule", "ORG-6")]
    public void AfterLeavingTheCurrentOrganization_TheContextFallsBackToAnother_ThenToNone()
    {
        var organizations = ThreeOrganizations();
        var context = ManagerContext.Open(Webmaster, organizations).SwitchTo(organizations[1]).GetValueOrThrow();

        var afterLeaving = context.Without(Given.Organization(2));
        var afterLeavingAnother = context.Without(Given.Organization(1));
        var alone = afterLeaving.Without(Given.Organization(1));

        Assert.Equal(Given.Organization(1), afterLeaving.Current);
        Assert.Equal(Given.Organization(2), afterLeavingAnother.Current);
        Assert.Null(alone.Current);
        Assert.Empty(alone.Organizations);
        organizations[1].RemoveMember(Given.Account(1), Webmaster).GetValueOrThrow();
        Assert.True(alone.SwitchTo(organizations[1]).IsT1);
        Assert.Null(ManagerContext.Open(Given.Account(5), ThreeOrganizations()).Current);
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    public void LeavingAnotherOrganization_KeepsTheCurrentOne()
    {
        var organizations = ThreeOrganizations();
        Given.Join(organizations[2], Given.Account(2), 0, Rights.Administrator(false));
        var context = ManagerContext.Open(Webmaster, organizations).With(organizations[2]).GetValueOrThrow().SwitchTo(organizations[2]).GetValueOrThrow();

        var afterLeaving = context.Without(Given.Organization(1));

        Assert.Equal(Given.Organization(3), afterLeaving.Current);
        Assert.Equal([Given.Organization(2), Given.Organization(3)], afterLeaving.Organizations);
    }

    [Fact]
    [Trait("Rule", "ORG-5")]
    public void AfterJoining_TheOrganizationIsListed_AndBecomesCurrentOnlyWhenThereWasNone()
    {
        var organizations = ThreeOrganizations();
        var none = ManagerContext.Open(Given.Account(5), organizations);
        Assert.Equal(new NotAMember(Given.Organization(3), organizations[2].Name, Given.Account(5)), none.With(organizations[2]).AsT1);
        Given.Join(organizations[2], Given.Account(2), 5, Rights.Administrator(false));
        Given.Join(organizations[0], Webmaster, 5, Rights.Administrator(false));

        var joined = none.With(organizations[2]).GetValueOrThrow();
        var joinedAnother = joined.With(organizations[0]).GetValueOrThrow();

        Assert.Equal(Given.Organization(3), joined.Current);
        Assert.Equal([Given.Organization(3), Given.Organization(1)], joinedAnother.Organizations);
        Assert.Equal(Given.Organization(3), joinedAnother.Current);
        Assert.Same(joinedAnother, joinedAnother.With(organizations[0]).GetValueOrThrow());
        Assert.Equal(joinedAnother, ManagerContext.Open(Given.Account(5), [])
            .With(organizations[2]).GetValueOrThrow().With(organizations[0]).GetValueOrThrow());
        Assert.NotEqual(joinedAnother, joinedAnother.SwitchTo(organizations[0]).GetValueOrThrow());
        Assert.Equal(joinedAnother.GetHashCode(), joinedAnother.Without(Given.Organization(9)).GetHashCode());
        Assert.IsNotType<List<OrganizationId>>(joinedAnother.Organizations);
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    public void AStaleContext_OpensNothing_InAnOrganizationTheAccountWasRemovedFrom()
    {
        var organizations = ThreeOrganizations();
        var context = ManagerContext.Open(Webmaster, organizations).SwitchTo(organizations[1]).GetValueOrThrow();
        var stale = ManagerContext.Open(Webmaster, organizations);

        organizations[1].RemoveMember(Given.Account(1), Webmaster).GetValueOrThrow();

        Assert.Equal(new NotAMember(organizations[1].Id, organizations[1].Name, Webmaster), stale.SwitchTo(organizations[1]).AsT1);
        Assert.Equal(new NotAMember(organizations[1].Id, organizations[1].Name, Webmaster), context.VisibleProducts(organizations[1]).AsT1);
        Assert.Throws<ArgumentException>(() => stale.VisibleProducts(organizations[1]));
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    [Trait("Rule", "RGT-4")]
    public void VisibleProducts_AreEveryProductForAnAdministrator_AndTheGrantedOnesStillHeldForALimitedMember()
    {
        var organization = Given.OrganizationWith(1, Given.Account(1), Given.Product(1), Given.Product(2), Given.Product(3));
        Given.Join(organization, Given.Account(1), 0, Given.Limited(false, Given.Product(3), Given.Product(1)));
        Given.ProductOf(organization, Given.Product(3)).Terminate(organization, Given.Account(1)).GetValueOrThrow();

        var limited = ManagerContext.Open(Webmaster, [organization]).VisibleProducts(organization).GetValueOrThrow();
        var admin = ManagerContext.Open(Given.Account(1), [organization]).VisibleProducts(organization).GetValueOrThrow();

        Assert.Equal([Given.Product(1)], limited);
        Assert.Equal([Given.Product(1), Given.Product(2)], admin.OrderBy(p => p == Given.Product(2)));
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    public void SwitchTo_AnOrganizationJoinedSinceTheContextOpened_AddsIt()
    {
        var organizations = ThreeOrganizations();
        var context = ManagerContext.Open(Webmaster, organizations);
        Given.Join(organizations[2], Given.Account(2), 0, Rights.Administrator(false));

        var switched = context.SwitchTo(organizations[2]).GetValueOrThrow();

        Assert.Equal([Given.Organization(1), Given.Organization(2), Given.Organization(3)], switched.Organizations);
        Assert.Equal(Given.Organization(3), switched.Current);
    }

    public static Arbitrary<(WorldRecipe World, int Account, int[] Targets, int[] Leaves)> Journeys() => Arb.From(
        from world in OrganizationArbitraries.WorldGen
        from account in Gen.Choose(0, WorldRecipe.AccountPool - 1)
        from targets in Gen.Choose(1, 10).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 5), n))
        from leaves in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 5), n))
        select (world, account, targets, leaves));

    [Property(Arbitrary = [typeof(ManagerContextTests)], MaxTest = 200)]
    [Trait("Rule", "ORG-4")]
    [Trait("Rule", "ORG-5")]
    public bool Switching_NeverLandsInAnOrganizationTheAccountDoesNotBelongTo((WorldRecipe World, int Account, int[] Targets, int[] Leaves) journey)
    {
        var world = journey.World.Build();
        var account = Given.Account(journey.Account);
        var belongs = world.Organizations.Where(o => o.IsMember(account)).Select(o => o.Id).ToHashSet();
        var context = ManagerContext.Open(account, world.Organizations);
        var ok = context.Organizations.ToHashSet().SetEquals(belongs) && (context.Current is null) == (belongs.Count == 0);

        foreach (var target in journey.Targets.Select(Given.Organization))
        {
            if (world.Organizations.FirstOrDefault(o => o.Id == target) is not { } organization)
            {
                continue;
            }

            context = context.SwitchTo(organization).Match(switched => switched, _ => context);
            ok &= context.Current is null ? belongs.Count == 0 : belongs.Contains(context.Current.Value);
        }

        foreach (var left in journey.Leaves.Select(Given.Organization))
        {
            belongs.Remove(left);
            context = context.Without(left);
            ok &= context.Current is null ? belongs.Count == 0 : belongs.Contains(context.Current.Value);
        }

        return ok;
    }
}
