using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Organizations;

public class RightsTests
{
    [Fact]
    [Trait("Rule", "RGT-1")]
    public void LimitedTo_NoProduct_IsRefused() =>
        Assert.IsType<NoProductGranted>(Rights.LimitedTo([], withBillingRights: true).Value);

    [Fact]
    [Trait("Rule", "RGT-1")]
    public void LimitedRights_AreEqualByTheirSetOfProducts()
    {
        var one = Given.Limited(false, Given.Product(1), Given.Product(2), Given.Product(1));
        var other = Given.Limited(false, Given.Product(2), Given.Product(1));

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, Given.Limited(true, Given.Product(1), Given.Product(2)));
        Assert.NotEqual(one, Rights.Administrator(false));
        Assert.Equal("2 products, without billing", one.ToString());
    }

    [Fact]
    [Trait("Rule", "RGT-1")]
    public void Administrator_CoversEveryProduct_LimitedOnlyTheGrantedOnes()
    {
        var limited = Given.Limited(true, Given.Product(1));

        Assert.True(Rights.Administrator(false).Covers(Given.Product(9)));
        Assert.True(limited.Covers(Given.Product(1)));
        Assert.False(limited.Covers(Given.Product(2)));
        Assert.True(limited.HasBillingRights);
        Assert.False(limited.IsAdministrator);
        Assert.Equal("all rights, with billing", Rights.Administrator(true).ToString());
        Assert.Equal("all rights, without billing", Rights.Administrator(false).ToString());
        Assert.Equal("1 product, with billing", limited.ToString());
    }

    [Property(Arbitrary = [typeof(OrganizationArbitraries)])]
    [Trait("Rule", "RGT-1")]
    public bool EveryRights_IsEitherAllOrANonEmptyLimitedSet(RightsRecipe recipe)
    {
        var rights = recipe.For([Given.Product(1), Given.Product(2), Given.Product(3)]);

        return rights switch
        {
            Rights.All => rights.IsAdministrator,
            Rights.Limited limited => limited.Products.Count > 0 && !rights.IsAdministrator,
            _ => false,
        };
    }

    [Fact]
    [Trait("Rule", "RGT-1")]
    public void LimitedTo_ADefaultProduct_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => Rights.LimitedTo([default], false));
}
