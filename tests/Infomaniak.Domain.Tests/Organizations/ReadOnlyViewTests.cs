using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>
/// An organization exposes its members, legal representatives and products as read-only views over its own indexes
/// (no copy per read): a view follows the organization's changes, and cannot be cast back to something that changes it.
/// </summary>
public class ReadOnlyViewTests
{
    private static readonly AccountId Founder = Given.Account(0);

    [Fact]
    [Trait("Rule", "ORG-7")]
    public void Products_IsALiveView_ThatCannotBeCastToAMutableSet()
    {
        var organization = Given.OrganizationWith(1, Founder, Given.Product(1));
        var products = organization.Products;

        var added = Given.Hold(organization, Founder, Given.Product(2));
        added.Terminate(organization, Founder).GetValueOrThrow();
        Given.Hold(organization, Founder, Given.Product(3));

        Assert.Equal([Given.Product(1), Given.Product(3)], products.OrderBy(p => p.Value == Given.Product(1).Value ? 0 : 1));
        Assert.False(products is ISet<ProductId>);
        Assert.False(products is ICollection<ProductId>);
        Assert.Same(products, organization.Products);
    }

    [Fact]
    [Trait("Rule", "ORG-11")]
    public void LegalRepresentatives_IsALiveView_ThatRefusesChanges()
    {
        var organization = Given.OrganizationWith(1, Founder);
        Given.Join(organization, Founder, 1, Rights.Administrator(false));
        var representatives = organization.LegalRepresentatives;

        organization.AppointLegalRepresentative(Founder, Given.Account(1)).GetValueOrThrow();
        Assert.Equal([Founder, Given.Account(1)], representatives);
        organization.DismissLegalRepresentative(Founder, Founder).GetValueOrThrow();
        Assert.Equal([Given.Account(1)], representatives);

        var asList = Assert.IsAssignableFrom<IList<AccountId>>(representatives);
        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList.Add(Founder));
        Assert.Throws<NotSupportedException>(() => asList.Clear());
        Assert.False(representatives is List<AccountId>);
    }

    [Fact]
    [Trait("Rule", "ORG-6")]
    public void Members_IsALiveView_ThatRefusesChanges()
    {
        var organization = Given.OrganizationWith(1, Founder);
        var members = organization.Members;

        Given.Join(organization, Founder, 1, Rights.Administrator(false));
        Assert.Equal(2, members.Count);

        var asCollection = Assert.IsAssignableFrom<ICollection<Member>>(members);
        Assert.True(asCollection.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asCollection.Clear());
        Assert.Throws<NotSupportedException>(() => asCollection.Remove(members.First()));
        Assert.Equal(2, organization.Members.Count);
    }

    [Fact]
    [Trait("Rule", "ORG-11")]
    [Trait("Rule", "RGT-5")]
    public void ChangingALegalRepresentativesRights_KeepsThemListedOnce()
    {
        var organization = Given.OrganizationWith(1, Founder);
        Given.Join(organization, Founder, 1, Rights.Administrator(false));
        organization.AppointLegalRepresentative(Founder, Given.Account(1)).GetValueOrThrow();

        organization.ChangeRights(Founder, Given.Account(1), Rights.Administrator(true)).GetValueOrThrow();
        organization.RemoveMember(Given.Account(1), Founder).GetValueOrThrow();

        Assert.Equal([Given.Account(1)], organization.LegalRepresentatives);
        Assert.Equal(organization.LegalRepresentatives, Organization.FromState(organization.ToState()).LegalRepresentatives);
    }
}
