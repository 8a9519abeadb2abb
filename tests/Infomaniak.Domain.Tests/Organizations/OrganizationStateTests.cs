using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

public class OrganizationStateTests
{
    private static OrganizationState Sample()
    {
        var organization = Given.OrganizationWith(1, Given.Account(0), Given.Product(1));
        Given.Join(organization, Given.Account(0), 1, Given.Limited(true, Given.Product(1)));
        organization.Invite(Given.Account(0), Given.Email(2), Rights.Administrator(false), Given.Clock(), new SeededRandomSource(100)).GetValueOrThrow();
        organization.SetLogo(Given.Account(0), Logo.Create("image/webp", 300, 100, 5000).GetValueOrThrow()).GetValueOrThrow();
        return organization.ToState();
    }

    [Property(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 100)]
    [Trait("Rule", "ORG-11")]
    public bool FromState_OfToState_RebuildsTheSameOrganization(WorldRecipe recipe) =>
        recipe.Build().Organizations.All(organization =>
        {
            var rebuilt = Organization.FromState(organization.ToState());
            return Given.Snapshot(rebuilt) == Given.Snapshot(organization) && rebuilt.Version == organization.Version && rebuilt.PendingEvents.Count == 0;
        });

    [Fact]
    [Trait("Rule", "ORG-11")]
    public void FromState_KeepsEverything()
    {
        var state = Sample();

        var rebuilt = Organization.FromState(state);

        Assert.Equal(JsonOf(state), Given.Snapshot(rebuilt));
        Assert.Equal(state.Version, rebuilt.PersistedVersion);
        Assert.Equal(LogoMediaType.Webp, rebuilt.Logo!.MediaType);
        Assert.Single(rebuilt.Invitations);
    }

    public static TheoryData<string> BrokenStates() =>
    [
        "no member", "no legal representative", "limited legal representative", "duplicate member", "foreign member",
        "empty limited rights", "products with all rights", "bad name", "bad logo", "duplicate product", "deleted with members",
        "bad invitation address", "bad member login", "no billing administrator", "duplicate invitation", "default member account", "foreign invitation",
        "default invitation id", "default inviter", "deleted with invitations", "default product",
    ];

    [Theory]
    [Trait("Rule", "ORG-11")]
    [MemberData(nameof(BrokenStates))]
    public void FromState_RejectsAStateThatBreaksAnInvariant(string broken)
    {
        var state = Sample();
        var founder = state.Members[0];
        var member = state.Members[1];
        var invitation = state.Invitations[0];
        var corrupted = broken switch
        {
            "no member" => state with { Members = [] },
            "no legal representative" => state with { Members = [founder with { IsLegalRepresentative = false }, member] },
            "limited legal representative" => state with { Members = [founder, member with { IsLegalRepresentative = true }] },
            "duplicate member" => state with { Members = [founder, member, member] },
            "foreign member" => state with { Members = [founder, member with { OrganizationId = Given.Organization(9) }] },
            "empty limited rights" => state with { Members = [founder, member with { GrantedProducts = [] }] },
            "products with all rights" => state with { Members = [founder with { GrantedProducts = [Given.Product(1)] }, member] },
            "bad name" => state with { Name = "  " },
            "bad logo" => state with { Logo = new LogoState { MediaType = LogoMediaType.Png, Width = 100, Height = 300, SizeInBytes = 10 } },
            "duplicate product" => state with { Products = [Given.Product(1), Given.Product(1)] },
            "deleted with members" => state with { IsDeleted = true },
            "bad invitation address" => state with { Invitations = [invitation with { NormalizedEmail = "someone@else.com" }] },
            "bad member login" => state with { Members = [founder, member with { Login = "not an address" }] },
            "no billing administrator" => state with { Members = [founder with { HasBillingRights = false }, member] },
            "duplicate invitation" => state with { Invitations = [invitation, invitation] },
            "default member account" => state with { Members = [founder, member with { AccountId = default }] },
            "foreign invitation" => state with { Invitations = [invitation with { OrganizationId = Given.Organization(9) }] },
            "default invitation id" => state with { Invitations = [invitation with { Id = default }] },
            "default inviter" => state with { Invitations = [invitation with { InvitedBy = default }] },
            "deleted with invitations" => state with { IsDeleted = true, Members = [] },
            _ => state with { Products = [default] },
        };

        Assert.Throws<ArgumentException>(() => Organization.FromState(corrupted));
    }

    private static string JsonOf(OrganizationState state) => System.Text.Json.JsonSerializer.Serialize(state);
}
