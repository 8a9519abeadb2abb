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
        var context = ManagerContext.Open(Webmaster, ThreeOrganizations());

        var switched = context.SwitchTo(Given.Organization(2)).AsT0;
        var refused = context.SwitchTo(Given.Organization(3));

        Assert.Equal(Given.Organization(2), switched.Current);
        Assert.Equal(new NotAMember(Given.Organization(3), Webmaster), refused.Value);
        Assert.Equal(Given.Organization(1), context.Current);
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    [Trait("Rule", "ORG-6")]
    public void AfterLeavingTheCurrentOrganization_TheContextFallsBackToAnother_ThenToNone()
    {
        var context = ManagerContext.Open(Webmaster, ThreeOrganizations()).SwitchTo(Given.Organization(2)).AsT0;

        var afterLeaving = context.Without(Given.Organization(2));
        var afterLeavingAnother = context.Without(Given.Organization(1));
        var alone = afterLeaving.Without(Given.Organization(1));

        Assert.Equal(Given.Organization(1), afterLeaving.Current);
        Assert.Equal(Given.Organization(2), afterLeavingAnother.Current);
        Assert.Null(alone.Current);
        Assert.Empty(alone.Organizations);
        Assert.True(alone.SwitchTo(Given.Organization(1)).IsT1);
        Assert.Null(ManagerContext.Open(Given.Account(5), ThreeOrganizations()).Current);
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    public void LeavingAnotherOrganization_KeepsTheCurrentOne()
    {
        var organizations = ThreeOrganizations();
        Given.Join(organizations[2], Given.Account(2), 0, Rights.Administrator(false));
        var context = ManagerContext.Open(Webmaster, organizations).With(organizations[2]).AsT0.SwitchTo(Given.Organization(3)).AsT0;

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
        Assert.Equal(new NotAMember(Given.Organization(3), Given.Account(5)), none.With(organizations[2]).AsT1);
        Given.Join(organizations[2], Given.Account(2), 5, Rights.Administrator(false));
        Given.Join(organizations[0], Webmaster, 5, Rights.Administrator(false));

        var joined = none.With(organizations[2]).AsT0;
        var joinedAnother = joined.With(organizations[0]).AsT0;

        Assert.Equal(Given.Organization(3), joined.Current);
        Assert.Equal([Given.Organization(3), Given.Organization(1)], joinedAnother.Organizations);
        Assert.Equal(Given.Organization(3), joinedAnother.Current);
        Assert.Same(joinedAnother, joinedAnother.With(organizations[0]).AsT0);
        Assert.Equal(joinedAnother, ManagerContext.Open(Given.Account(5), [])
            .With(organizations[2]).AsT0.With(organizations[0]).AsT0);
        Assert.NotEqual(joinedAnother, joinedAnother.SwitchTo(Given.Organization(1)).AsT0);
        Assert.Equal(joinedAnother.GetHashCode(), joinedAnother.Without(Given.Organization(9)).GetHashCode());
        Assert.IsNotType<List<OrganizationId>>(joinedAnother.Organizations);
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
            context = context.SwitchTo(target).Match(switched => switched, _ => context);
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
