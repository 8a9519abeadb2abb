using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>
/// The model-based test of the organization: random sequences of membership commands, run against the aggregate and
/// against a plain dictionary that says what should happen; invariants are checked after every step.
/// </summary>
public class MembershipModelTests
{
    private const int Accounts = 5;
    private static readonly ProductId[] Held = [Given.Product(1), Given.Product(2), Given.Product(3)];

    public abstract record Command;

    public sealed record Join(int Actor, int Account, RightsRecipe Rights) : Command;

    public sealed record ChangeRights(int Actor, int Member, RightsRecipe Rights) : Command;

    public sealed record Remove(int Actor, int Member) : Command;

    public sealed record Leave(int Member) : Command;

    public sealed record Appoint(int Actor, int Member) : Command;

    public sealed record Dismiss(int Actor, int Member) : Command;

    public sealed record Replace(int Actor, int Current, int Successor) : Command;

    public sealed record Rename(int Actor) : Command;

    public sealed record SetLogo(int Actor) : Command;

    private sealed record ModelMember(bool Admin, bool Billing, bool Representative);

    private static readonly Gen<int> Someone = Gen.Choose(0, Accounts - 1);

    public static Gen<Command> CommandGen { get; } = Gen.OneOf(
        from actor in Someone from account in Someone from rights in OrganizationArbitraries.RightsRecipeGen select (Command)new Join(actor, account, rights),
        from actor in Someone from account in Someone from rights in OrganizationArbitraries.RightsRecipeGen select (Command)new ChangeRights(actor, account, rights),
        from actor in Someone from account in Someone select (Command)new Remove(actor, account),
        from account in Someone select (Command)new Leave(account),
        from actor in Someone from account in Someone select (Command)new Appoint(actor, account),
        from actor in Someone from account in Someone select (Command)new Dismiss(actor, account),
        from actor in Someone from current in Someone from successor in Someone select (Command)new Replace(actor, current, successor),
        from actor in Someone select (Command)new Rename(actor),
        from actor in Someone select (Command)new SetLogo(actor));

    public static Arbitrary<Command[]> Sequences() => Arb.From(Gen.Choose(1, 60).SelectMany(n => Gen.ArrayOf(CommandGen, n)));

    [Property(Arbitrary = [typeof(MembershipModelTests)], MaxTest = 300)]
    [Trait("Rule", "ORG-11")]
    [Trait("Rule", "ORG-6")]
    [Trait("Rule", "RGT-2")]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "ORG-10")]
    [Trait("Rule", "RGT-5")]
    public void AnySequenceOfMembershipCommands_AgreesWithTheModel_KeepsTheInvariants_AndRefusalsChangeNothing(Command[] commands)
    {
        var organization = Given.OrganizationWith(1, Given.Account(0), Held);
        var model = new Dictionary<int, ModelMember> { [0] = new(Admin: true, Billing: true, Representative: true) };
        var step = 0;
        foreach (var command in commands)
        {
            step++;
            var before = Given.Snapshot(organization);
            var eventsBefore = organization.PendingEvents.Count;
            var expected = Expected(model, command);

            var succeeded = Run(organization, command, step);

            Assert.True(expected is not null == succeeded, $"step {step}: {command} was expected to {(expected is null ? "be refused" : "succeed")}");
            if (expected is null)
            {
                Assert.Equal(before, Given.Snapshot(organization));
                Assert.Equal(eventsBefore, organization.PendingEvents.Count);
            }
            else
            {
                Assert.True(organization.PendingEvents.Count > eventsBefore);
                expected(model);
            }

            AssertAgrees(model, organization);
            AssertInvariants(organization);
        }

        Assert.Equal(Given.Snapshot(organization), Given.Snapshot(Organization.FromState(organization.ToState())));
    }

    private static Action<Dictionary<int, ModelMember>>? Expected(Dictionary<int, ModelMember> model, Command command)
    {
        bool IsAdmin(int account) => model.TryGetValue(account, out var m) && m.Admin;
        int Representatives() => model.Values.Count(m => m.Representative);
        bool LastBillingAdmin(ModelMember member) => member is { Admin: true, Billing: true } && model.Values.Count(m => m is { Admin: true, Billing: true }) == 1;
        ModelMember? Get(int account) => model.GetValueOrDefault(account);
        var held = Held;

        return command switch
        {
            Join(var actor, var account, var rights) when IsAdmin(actor) && Get(account) is null && (!rights.Billing || model[actor].Billing) =>
                m => m[account] = new ModelMember(rights.For(held).IsAdministrator, rights.Billing, false),
            ChangeRights(var actor, var member, var rights) when IsAdmin(actor) && actor != member && Get(member) is { } target
                && !(target.Representative && !rights.For(held).IsAdministrator)
                && !(LastBillingAdmin(target) && !(rights.For(held).IsAdministrator && rights.Billing)) && (!rights.Billing || model[actor].Billing) =>
                m => m[member] = target with { Admin = rights.For(held).IsAdministrator, Billing = rights.Billing },
            Remove(var actor, var member) when IsAdmin(actor) && actor != member && Get(member) is { } target
                && !(target.Representative && Representatives() == 1) && !LastBillingAdmin(target) =>
                m => m.Remove(member),
            Leave(var member) when Get(member) is { } target && model.Count > 1 && !(target.Representative && Representatives() == 1) && !LastBillingAdmin(target) =>
                m => m.Remove(member),
            Appoint(var actor, var member) when IsAdmin(actor) && Get(member) is { Admin: true, Representative: false } target =>
                m => m[member] = target with { Representative = true },
            Dismiss(var actor, var member) when IsAdmin(actor) && Get(member) is { Representative: true } target && Representatives() > 1 =>
                m => m[member] = target with { Representative = false },
            Replace(var actor, var current, var successor) when IsAdmin(actor) && Get(current) is { Representative: true } previous
                && Get(successor) is { Admin: true, Representative: false } next =>
                m =>
                {
                    m[current] = previous with { Representative = false };
                    m[successor] = next with { Representative = true };
                },
            Rename(var actor) when IsAdmin(actor) => _ => { },
            SetLogo(var actor) when IsAdmin(actor) => _ => { },
            _ => null,
        };
    }

    private static bool Run(Organization organization, Command command, int step)
    {
        var clock = Given.Clock();
        return command switch
        {
            Join(var actor, var account, var rights) =>
                organization.Invite(Given.Account(actor), Given.Email(account), rights.For(Held), clock, new SeededRandomSource(step), inviteeAccount: Given.Account(account))
                    .Match(
                        invitation => organization.AcceptInvitation(invitation.Id, Given.Person(Given.Account(account), Given.Email(account)), clock).IsT0,
                        _ => false, _ => false, _ => false, _ => false),
            ChangeRights(var actor, var member, var rights) => organization.ChangeRights(Given.Account(actor), Given.Account(member), rights.For(Held)).IsT0,
            Remove(var actor, var member) => organization.RemoveMember(Given.Account(actor), Given.Account(member)).IsT0,
            Leave(var member) => organization.Leave(Given.Account(member)).IsT0,
            Appoint(var actor, var member) => organization.AppointLegalRepresentative(Given.Account(actor), Given.Account(member)).IsT0,
            Dismiss(var actor, var member) => organization.DismissLegalRepresentative(Given.Account(actor), Given.Account(member)).IsT0,
            Replace(var actor, var current, var successor) => organization.ReplaceLegalRepresentative(Given.Account(actor), Given.Account(current), Given.Account(successor)).IsT0,
            Rename(var actor) => organization.Rename(Given.Account(actor), OrganizationName.Parse($"Renamed {step}").GetValueOrThrow()).IsT0,
            SetLogo(var actor) => organization.SetLogo(Given.Account(actor), Logo.Create("image/png", 400, 100, 2048).GetValueOrThrow()).IsT0,
            _ => throw new InvalidOperationException($"Unknown command {command}"),
        };
    }

    private static void AssertAgrees(Dictionary<int, ModelMember> model, Organization organization)
    {
        var actual = organization.Members.ToDictionary(m => m.Account, m => new ModelMember(m.Rights.IsAdministrator, m.Rights.HasBillingRights, m.IsLegalRepresentative));
        var expected = model.ToDictionary(pair => Given.Account(pair.Key), pair => pair.Value);
        Assert.Equal(expected.OrderBy(p => p.Key.Value), actual.OrderBy(p => p.Key.Value));
    }

    private static void AssertInvariants(Organization organization)
    {
        Assert.NotEmpty(organization.Members);
        Assert.Contains(organization.Members, m => m.Rights.IsAdministrator);
        Assert.NotEmpty(organization.LegalRepresentatives);
        Assert.All(organization.Members.Where(m => m.IsLegalRepresentative), m => Assert.True(m.Rights.IsAdministrator));
        Assert.Contains(organization.Members, m => m.Rights.IsAdministrator && m.Rights.HasBillingRights);
    }
}
