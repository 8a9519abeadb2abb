using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

public class OrganizationCreationTests
{
    [Fact]
    [Trait("Rule", "ORG-2")]
    public void Create_ForAnIndividual_IsNamedAfterTheirFirstAndLastName()
    {
        var organization = Organization.Create(Given.Organization(1), Given.Account(1), Given.Individual(" Julie ", "Munster"));

        Assert.Equal("Julie Munster", organization.Name.Value);
    }

    [Fact]
    [Trait("Rule", "ORG-2")]
    public void Create_ForACompany_IsNamedAfterTheCompany()
    {
        var organization = Organization.Create(Given.Organization(1), Given.Account(1), Given.Company("  Boulangerie   du Lac  "));

        Assert.Equal("Boulangerie du Lac", organization.Name.Value);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    [Trait("Rule", "ORG-11")]
    public void CreateAtFirstOrder_MakesTheNewAccountTheFirstUser_AdministratorWithBilling_AndLegalRepresentative()
    {
        var account = Given.Account(7);

        var organization = Organization.CreateAtFirstOrder(Given.Organization(1), account, Given.Individual("Julie", "Munster"));

        var founder = Assert.Single(organization.Members);
        Assert.Equal(account, founder.Account);
        Assert.True(founder.Rights.IsAdministrator);
        Assert.True(founder.Rights.HasBillingRights);
        Assert.True(founder.IsLegalRepresentative);
        Assert.Equal([account], organization.LegalRepresentatives);
        var created = Assert.IsType<OrganizationCreated>(Assert.Single(organization.PendingEvents));
        Assert.True(created.AtFirstOrder);
        Assert.Equal(organization.Name, created.Name);
    }

    [Fact]
    [Trait("Rule", "ORG-3")]
    public void OneAccount_CanFoundSeveralOrganizations_EachWithItsOwnMembersAndProducts()
    {
        var founder = Given.Account(1);
        var first = Given.OrganizationWith(1, founder, Given.Product(1));
        var second = Organization.Create(Given.Organization(2), founder, Given.Company("Second"));

        Assert.True(first.IsMember(founder));
        Assert.True(second.IsMember(founder));
        Assert.False(Assert.IsType<OrganizationCreated>(Assert.Single(second.PendingEvents)).AtFirstOrder);
        Assert.Empty(second.Products);
        Assert.Single(first.Products);
    }

    [Property(Arbitrary = [typeof(NameArbitraries)])]
    [Trait("Rule", "ORG-2")]
    [Trait("Rule", "ORG-11")]
    public bool Create_AlwaysHasOneAdministratorWhoIsTheLegalRepresentative(PersonName name)
    {
        var organization = Organization.Create(Given.Organization(1), Given.Account(1), new CustomerProfile.Individual(name));

        return organization.Name.Value == string.Join(' ', $"{name.FirstName} {name.LastName}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
            && organization.Members.Single() is { IsLegalRepresentative: true, Rights.IsAdministrator: true };
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    public void Create_WithADefaultId_IsAProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => Organization.Create(default, Given.Account(1), Given.Company("X")));
        Assert.Throws<ArgumentException>(() => Organization.CreateAtFirstOrder(Given.Organization(1), default, Given.Company("X")));
        Assert.Throws<ArgumentNullException>(() => Organization.Create(Given.Organization(1), Given.Account(1), null!));
    }

    public static class NameArbitraries
    {
        public static Arbitrary<PersonName> Names() => Arb.From(
            from first in Gen.Elements("Julie", "  Jean Marc ", "Zoë", "Ødegaard", "Li")
            from last in Gen.Elements("Munster", "de  la Tour", "Ng", "Müller-Lüdenscheidt")
            select PersonName.Create(first, last).AsT0);
    }
}
