using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

public class OrganizationCreationTests
{
    [Fact]
    [Trait("Rule", "ORG-2")]
    public void Create_ForAnIndividual_IsNamedAfterTheirFirstAndLastName()
    {
        var organization = Given.Create(1, Given.Account(1), Given.Individual(" Julie ", "Munster"));

        Assert.Equal("Julie Munster", organization.Name.Value);
    }

    [Fact]
    [Trait("Rule", "ORG-2")]
    public void Create_ForACompany_IsNamedAfterTheCompany()
    {
        var organization = Given.Create(1, Given.Account(1), Given.Company("  Boulangerie   du Lac  "));

        Assert.Equal("Boulangerie du Lac", organization.Name.Value);
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    [Trait("Rule", "ORG-11")]
    public void CreateAtFirstOrder_MakesTheNewAccountTheFirstUser_AdministratorWithBilling_AndLegalRepresentative()
    {
        var account = Given.Account(7);

        var person = Given.Person(account);
        var organization = Organization.CreateAtFirstOrder(person, Given.Individual("Julie", "Munster"), Given.Ids(Given.Organization(1).Value));

        Assert.Equal(Given.Organization(1), organization.Id);
        Assert.Equal([organization.Id], person.Organizations);
        Assert.Equal(new AccountJoinedOrganization(account, organization.Id), Assert.Single(person.PendingEvents));

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
        var second = Given.Create(2, founder, Given.Company("Second"));

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
        var organization = Given.Create(1, Given.Account(1), new CustomerProfile.Individual(name));

        return organization.Name.Value == string.Join(' ', $"{name.FirstName} {name.LastName}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
            && organization.Members.Single() is { IsLegalRepresentative: true, Rights.IsAdministrator: true };
    }

    [Fact]
    [Trait("Rule", "ORG-1")]
    public void Create_WithoutAFounderProfileOrRandomSource_IsAProgrammerError()
    {
        Assert.Throws<ArgumentNullException>(() => Organization.Create(null!, Given.Company("X"), Given.Ids(Guid.NewGuid())));
        Assert.Throws<ArgumentNullException>(() => Organization.CreateAtFirstOrder(Given.Person(Given.Account(1)), Given.Company("X"), null!));
        Assert.Throws<ArgumentNullException>(() => Given.Create(1, Given.Account(1), null!));
    }

    public static class NameArbitraries
    {
        public static Arbitrary<PersonName> Names() => Arb.From(
            from first in Gen.Elements("Julie", "  Jean Marc ", "Zoë", "Ødegaard", "Li")
            from last in Gen.Elements("Munster", "de  la Tour", "Ng", "Müller-Lüdenscheidt")
            select PersonName.Create(first, last).GetValueOrThrow());
    }
}
