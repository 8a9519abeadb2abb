using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>What a correct caller never does (null arguments, default ids) throws, as documented, instead of being taken as input.</summary>
public class GuardTests
{
    private static readonly AccountId Admin = Given.Account(0);

    public static TheoryData<string, Action> ProgrammerErrors()
    {
        var organization = Given.OrganizationWith(1, Admin);
        var clock = Given.Clock();
        var random = new SeededRandomSource(1);
        var rights = Rights.Administrator(false);
        return new()
        {
            { "invite to null", () => _ = organization.Invite(Admin, null!, rights, clock, random) },
            { "invite with null rights", () => _ = organization.Invite(Admin, Given.Email(1), null!, clock, random) },
            { "invite without clock", () => _ = organization.Invite(Admin, Given.Email(1), rights, null!, random) },
            { "invite without randomness", () => _ = organization.Invite(Admin, Given.Email(1), rights, clock, null!) },
            { "accept with a null account", () => _ = organization.AcceptInvitation(InvitationId.From(Guid.NewGuid()), null!, new ManualTimeProvider(Given.Start)) },
            { "accept with a null clock", () => _ = organization.AcceptInvitation(InvitationId.From(Guid.NewGuid()), Given.Person(Admin), null!) },
            { "change to null rights", () => _ = organization.ChangeRights(Admin, Given.Account(1), null!) },
            { "rename to null", () => _ = organization.Rename(Admin, null!) },
            { "set a null logo", () => _ = organization.SetLogo(Admin, null!) },
            { "delete with a null approval", () => _ = organization.Delete(null!) },
            { "end a membership with a null approval", () => _ = organization.EndMembershipOfDeletedAccount(null!) },
            { "rebuild from null", () => Organization.FromState(null!) },
            { "rebuild without members", () => Organization.FromState(organization.ToState() with { Members = null! }) },
            { "rebuild without invitations", () => Organization.FromState(organization.ToState() with { Invitations = null! }) },
            { "rebuild without products", () => Organization.FromState(organization.ToState() with { Products = null! }) },
            { "rebuild with a null member", () => Organization.FromState(organization.ToState() with { Members = [null!] }) },
            { "rebuild with a null invitation", () => Organization.FromState(organization.ToState() with { Invitations = [null!] }) },
            { "rebuild with null granted products", () => Organization.FromState(organization.ToState() with { Members = [organization.ToState().Members[0] with { GrantedProducts = null! }] }) },
            { "limit to null products", () => _ = Rights.LimitedTo(null!, false) },
            { "check deletion of null", () => _ = OrganizationDeletion.Check(null!, Admin, [], [], [], false) },
            { "check deletion with null products", () => _ = OrganizationDeletion.Check(organization, Admin, [], null!, [], false) },
            { "check deletion with a null product", () => _ = OrganizationDeletion.Check(organization, Admin, [], [null!], [], false) },
            { "check deletion with null invoices", () => _ = OrganizationDeletion.Check(organization, Admin, [], [], null!, false) },
            { "check deletion with a null invoice", () => _ = OrganizationDeletion.Check(organization, Admin, [], [], [null!], false) },
            { "check deletion of a null account", () => _ = AccountDeletion.Check(null!, [organization]) },
            { "check account deletion with null organizations", () => _ = AccountDeletion.Check(Given.Person(Admin), null!) },
            { "open the Manager for the default account", () => _ = ManagerContext.Open(default, [organization]) },
            { "open the Manager with null organizations", () => _ = ManagerContext.Open(Admin, null!) },
            { "an individual without a name", () => _ = new CustomerProfile.Individual(null!) },
            { "a company without a name", () => _ = new CustomerProfile.Company(null!) },
            { "view the default product", () => MemberAction.ViewProduct(default) },
            { "manage the default product", () => MemberAction.ManageProduct(default) },
            { "change a mailbox password of the default product", () => MemberAction.ChangeMailboxPassword(default) },
            { "pending invitations of null", () => _ = new Infomaniak.Domain.Organizations.Specifications.PendingInvitationsOfAddressSpec(null!, Given.Clock()) },
        };
    }

    [Theory]
    [Trait("Rule", "ORG-11")]
    [MemberData(nameof(ProgrammerErrors))]
    public void AProgrammerError_ThrowsAnArgumentException(string description, Action error)
    {
        Assert.NotEmpty(description);
        Assert.ThrowsAny<ArgumentException>(error);
    }
}
