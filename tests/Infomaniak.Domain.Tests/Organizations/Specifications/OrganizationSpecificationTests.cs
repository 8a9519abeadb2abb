using Ardalis.Specification;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations.Specifications;

public class OrganizationSpecificationTests
{
    [Property(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 100)]
    [Trait("Rule", "ORG-5")]
    public bool OrganizationsOfAccount_SelectsExactlyTheOrganizationsItBelongsTo(WorldRecipe recipe)
    {
        var world = recipe.Build();
        var states = world.Organizations.Select(o => o.ToState()).ToList();

        return world.Accounts.All(account =>
            new OrganizationsOfAccountSpec(account).Evaluate(states).Select(s => s.Id)
                .SequenceEqual(world.Organizations.Where(o => o.IsMember(account)).Select(o => o.Id)));
    }

    [Fact]
    [Trait("Rule", "ORG-5")]
    [Trait("Rule", "ORG-9")]
    public void OrganizationsOfAccount_LeavesOutDeletedOrganizations()
    {
        var organization = Given.OrganizationWith(1, Given.Account(0));
        organization.Delete(OrganizationDeletion.Check(organization, Given.Account(0), [], [], [], false).AsT0).GetValueOrThrow();
        var kept = Given.OrganizationWith(2, Given.Account(0));

        Assert.Equal([kept.Id], new OrganizationsOfAccountSpec(Given.Account(0)).Evaluate([organization.ToState(), kept.ToState()]).Select(s => s.Id));
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "RGT-1")]
    public void MembersWithBillingRights_AndAdministrators_SelectWithinOneOrganization()
    {
        var organization = Given.OrganizationWith(1, Given.Account(0), Given.Product(1));
        Given.Join(organization, Given.Account(0), 1, Rights.Administrator(false));
        Given.Join(organization, Given.Account(0), 2, Given.Limited(true, Given.Product(1)));
        Given.Join(organization, Given.Account(0), 3, Given.Limited(false, Given.Product(1)));
        var other = Given.OrganizationWith(2, Given.Account(4));
        var members = organization.ToState().Members.Concat(other.ToState().Members).ToList();

        Assert.Equal([Given.Account(0), Given.Account(2)], new MembersWithBillingRightsSpec(organization.Id).Evaluate(members).Select(m => m.AccountId));
        Assert.Equal([Given.Account(0), Given.Account(1)], new AdministratorsOfOrganizationSpec(organization.Id).Evaluate(members).Select(m => m.AccountId));
        Assert.Equal([Given.Account(4)], new AdministratorsOfOrganizationSpec(other.Id).Evaluate(members).Select(m => m.AccountId));
    }

    [Fact]
    [Trait("Rule", "RGT-2")]
    public void PendingInvitationsOfAddress_AreNotAcceptedNotExpired_AndMatchTheAddressIgnoringCase()
    {
        var clock = Given.Clock();
        var first = Given.OrganizationWith(1, Given.Account(0));
        var second = Given.OrganizationWith(2, Given.Account(1));
        var third = Given.OrganizationWith(3, Given.Account(2));
        var pending = first.Invite(Given.Account(0), Given.Email(5), Rights.Administrator(false), clock, new SeededRandomSource(1)).GetValueOrThrow();
        var accepted = second.Invite(Given.Account(1), Given.Email(5), Rights.Administrator(false), clock, new SeededRandomSource(2)).GetValueOrThrow();
        second.AcceptInvitation(accepted.Id, Given.Person(Given.Account(5), Given.Email(5)), clock).GetValueOrThrow();
        third.Invite(Given.Account(2), Given.Email(5), Rights.Administrator(false), clock, new SeededRandomSource(3), TimeSpan.FromDays(1)).GetValueOrThrow();
        third.Invite(Given.Account(2), Given.Email(6), Rights.Administrator(false), clock, new SeededRandomSource(4)).GetValueOrThrow();
        var invitations = new[] { first, second, third }.SelectMany(o => o.ToState().Invitations).ToList();
        clock.Advance(TimeSpan.FromDays(2));

        var found = new PendingInvitationsOfAddressSpec(EmailAddress.Parse("USER5@Example.com").GetValueOrThrow(), clock).Evaluate(invitations);

        Assert.Equal([pending.Id], found.Select(i => i.Id));
        Assert.Empty(new PendingInvitationsOfAddressSpec(Given.Email(5), new ManualTimeProvider(pending.ExpiresAt)).Evaluate(invitations));
        Assert.True(AgreesWithItsCriterion(new PendingInvitationsOfAddressSpec(Given.Email(5), clock), invitations));
        Assert.True(AgreesWithItsCriterion(new PendingInvitationsOfAddressSpec(Given.Email(6), new ManualTimeProvider(pending.ExpiresAt.AddDays(-1))), invitations));
    }

    [Property(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 100)]
    [Trait("Rule", "ORG-5")]
    [Trait("Rule", "RGT-1")]
    [Trait("Rule", "RGT-4")]
    public bool InMemory_TheSpecificationsSelectExactlyWhatTheirDatabaseCriterionSelects(WorldRecipe recipe)
    {
        var world = recipe.Build();
        var organizations = world.Organizations.Select((o, i) => i % 2 == 1 ? o.ToState() with { IsDeleted = true } : o.ToState()).ToList();
        var members = organizations.SelectMany(o => o.Members).ToList();

        return world.Accounts.All(account => AgreesWithItsCriterion(new OrganizationsOfAccountSpec(account), organizations))
            && world.Organizations.All(o => AgreesWithItsCriterion(new AdministratorsOfOrganizationSpec(o.Id), members)
                && AgreesWithItsCriterion(new MembersWithBillingRightsSpec(o.Id), members));
    }

    /// <summary>The plain-code path (Evaluate, IsSatisfiedBy) against the compiled expression a database would translate.</summary>
    private static bool AgreesWithItsCriterion<T>(Specification<T> specification, IReadOnlyList<T> rows)
    {
        var criterion = specification.WhereExpressions.Single().Filter.Compile();
        return specification.Evaluate(rows).SequenceEqual(rows.Where(criterion))
            && rows.All(row => specification.IsSatisfiedBy(row) == criterion(row));
    }
}
