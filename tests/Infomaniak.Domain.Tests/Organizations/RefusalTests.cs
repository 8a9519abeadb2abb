using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;
using OneOf;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>Every command of the organization, tried by every account of generated worlds: whenever it is refused, nothing changed.</summary>
public class RefusalTests
{
    private static readonly Func<Organization, AccountId, AccountId, ProductId, IOneOf>[] Commands =
    [
        (o, actor, target, product) => o.Invite(actor, Given.Email(7), Given.Limited(false, product), Given.Clock(), new SeededRandomSource(7), inviteeAccount: target),
        (o, actor, target, product) => o.AcceptInvitation(o.Invitations.FirstOrDefault()?.Id ?? InvitationId.From(Guid.NewGuid()), Given.Person(actor, Given.Email(3)), new ManualTimeProvider(Given.Start.AddDays(8))),
        (o, actor, target, product) => o.ChangeRights(actor, target, Given.Limited(true, product)),
        (o, actor, target, product) => o.RemoveMember(actor, target),
        (o, actor, target, product) => o.Leave(actor),
        (o, actor, target, product) => o.AppointLegalRepresentative(actor, target),
        (o, actor, target, product) => o.DismissLegalRepresentative(actor, target),
        (o, actor, target, product) => o.ReplaceLegalRepresentative(actor, target, actor),
        (o, actor, target, product) => o.Rename(actor, OrganizationName.Parse("Renamed").GetValueOrThrow()),
        (o, actor, target, product) => o.SetLogo(actor, Logo.Create("image/png", 300, 100, 1000).GetValueOrThrow()),
        (o, actor, target, product) => o.RemoveLogo(actor),
        (o, actor, target, product) => Product.Order(o, actor, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Zero(Currency.Chf), Given.Clock(), new SeededRandomSource(7)),
        (o, actor, target, product) => Given.ProductOf(o, product).Terminate(o, actor),
        (o, actor, target, product) => OrganizationDeletion.Check(o, actor, [], Given.ProductsOf(o), [], false)
            .Match<IOneOf>(
                approval => o.Delete(approval),
                denied => (OneOf<ActionDenied>)denied,
                foreignProducts => (OneOf<ProductsOfAnotherOrganization>)foreignProducts,
                foreignInvoices => (OneOf<Infomaniak.Domain.Billing.InvoicesOfAnotherOrganization>)foreignInvoices,
                foreignAccounts => (OneOf<Infomaniak.Domain.Prepaid.PrepaidAccountsOfAnotherOrganization>)foreignAccounts,
                missingProducts => (OneOf<ProductsNotGiven>)missingProducts,
                missingInvoices => (OneOf<Infomaniak.Domain.Billing.InvoicesNotGiven>)missingInvoices,
                unmet => (OneOf<DeletionPrerequisitesUnmet>)unmet),
    ];

    public static Arbitrary<(WorldRecipe World, int Command, int Target, int Product)> Attempts() => Arb.From(
        from world in OrganizationArbitraries.WorldGen
        from command in Gen.Choose(0, Commands.Length - 1)
        from target in Gen.Choose(0, WorldRecipe.AccountPool - 1)
        from product in Gen.Choose(0, 20)
        select (world, command, target, product));

    [Property(Arbitrary = [typeof(RefusalTests)], MaxTest = 300)]
    [Trait("Rule", "ORG-11")]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "ORG-7")]
    public bool ARefusedCommand_ChangesNothing_AndRecordsNothing((WorldRecipe World, int Command, int Target, int Product) attempt)
    {
        var world = attempt.World.Build();
        var ok = true;
        foreach (var organization in world.Organizations)
        {
            foreach (var actor in world.Accounts)
            {
                var copy = Organization.FromState(organization.ToState());
                var before = Given.Snapshot(copy);

                var result = Commands[attempt.Command](copy, actor, Given.Account(attempt.Target), Given.Product(attempt.Product));

                var refused = result.Value is Refusal;
                ok &= !refused || (Given.Snapshot(copy) == before && copy.PendingEvents.Count == 0);
                ok &= refused || copy.PendingEvents.Count > 0 || Given.Snapshot(copy) == before;
            }
        }

        return ok;
    }
}
