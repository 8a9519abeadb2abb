using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>Each refusal explains itself with the facts it carries, so a caller can show it as is.</summary>
public class RefusalMessageTests
{
    private static readonly OrganizationId Org = Given.Organization(1);
    private static readonly AccountId Someone = Given.Account(1);
    private static readonly InvitationId Invitation = InvitationId.From(new Guid("7f000000-0000-4000-8000-000000000001"));

    public static TheoryData<Refusal, string> Refusals() => new()
    {
        { new ActionDenied(Someone, MemberAction.ViewProduct(Given.Product(3)), DenialReason.NotAMember), $"Account {Someone} is not a member of this organization." },
        { new ActionDenied(Someone, MemberAction.ViewProduct(Given.Product(3)), DenialReason.ProductNotHeld), $"Product {Given.Product(3)} is not held by this organization." },
        { new ActionDenied(Someone, MemberAction.ViewProduct(Given.Product(3)), DenialReason.ProductNotGranted), $"Account {Someone} has no rights on product {Given.Product(3)}." },
        { new ActionDenied(Someone, MemberAction.ManageInvoices, DenialReason.BillingRightsRequired), $"ManageInvoices needs billing rights, which account {Someone} does not have." },
        { new ActionDenied(Someone, MemberAction.ManageUsers, DenialReason.AdministratorRequired), $"ManageUsers needs all rights, and account {Someone} has limited rights." },
        { new NotAMember(Org, Someone), $"Account {Someone} is not a member of organization {Org}." },
        { new AlreadyMember(Org, Someone), $"Account {Someone} is already a member of organization {Org}." },
        { new InvitationAlreadyPending(Org, Invitation, Given.Email(2)), $"user2@example.com already has a pending invitation ({Invitation}) to organization {Org}." },
        { new InvitationNotFound(Org, Invitation), $"Organization {Org} has no invitation {Invitation}." },
        { new InvitationForAnotherAddress(Invitation), $"Invitation {Invitation} was sent to another address; only the account with that login can accept it." },
        { new InvitationExpired(Invitation, Given.Start), $"Invitation {Invitation} expired at 2026-03-01 09:00:00Z; ask an administrator for a new one." },
        { new InvitationAlreadyAccepted(Invitation), $"Invitation {Invitation} was already accepted." },
        { new CannotChangeOwnRights(Someone), $"Account {Someone} cannot change its own rights; another administrator must." },
        { new CannotRemoveSelf(Someone), $"Account {Someone} cannot remove itself; it may leave the organization instead." },
        { new OnlyLegalRepresentative(Org, Someone), $"Account {Someone} is the only legal representative of organization {Org}; appoint another first." },
        { new LegalRepresentativeRequiresAllRights(Org, Someone), $"A legal representative of organization {Org} must have all rights, so account {Someone} cannot have limited rights and be one." },
        { new AlreadyLegalRepresentative(Org, Someone), $"Account {Someone} is already a legal representative of organization {Org}." },
        { new NotALegalRepresentative(Org, Someone), $"Account {Someone} is not a legal representative of organization {Org}." },
        { new CannotLeave(Org, Someone, true, true), $"Account {Someone} is the last user and the only legal representative of organization {Org}, so it cannot leave." },
        { new CannotLeave(Org, Someone, false, true), $"Account {Someone} is the only legal representative of organization {Org}, so it cannot leave." },
        { new CannotLeave(Org, Someone, true, false), $"Account {Someone} is the last user of organization {Org}, so it cannot leave." },
        { new ProductsNotHeld(Org, [Given.Product(1), Given.Product(2)]), $"Organization {Org} does not hold {Given.Product(1)}, {Given.Product(2)}." },
        { new UnsupportedLogoMediaType("image/gif"), "'image/gif' is not a supported logo format; use image/png, image/jpeg, image/svg+xml or image/webp." },
        { new InvalidLogoDimensions(0, 10, 5), "A logo of 0x10 pixels and 5 bytes is not an image; all three must be positive." },
        { new LogoNotHorizontal(10, 20), "A logo must be wider than high; 10x20 is not." },
        { new LogoTooLarge(2_000_000, Logo.MaxSizeInBytes), "A logo may have at most 1048576 bytes; this one has 2000000." },
        { new NoProductGranted(), "Limited rights must grant at least one product; give all rights instead of none." },
        { new InvalidOrganizationName(" ", NameProblem.Empty), "An organization's name is required." },
        { new InvalidOrganizationName("x", NameProblem.TooLong), $"An organization's name has at most {OrganizationName.MaxLength} characters." },
        { new InvalidOrganizationName("---", NameProblem.NoLetter), "An organization's name needs at least one letter or digit." },
        { new InvalidOrganizationName("\u202Ex", NameProblem.BidiControl), "An organization's name cannot hold characters that change the direction of text (bidirectional controls)." },
        { new DeletionPrerequisitesUnmet(Org, [], [Money.Create(5m, Currency.Chf).AsT0], [], []), $"Organization {Org} cannot be deleted yet: withdraw the prepaid balance of 5.00 CHF." },
        { new DeletionPrerequisitesUnmet(Org, [], [], [WithdrawalId.From(Guid.Parse("0b4d3c2a-0000-4000-8000-000000000001")), WithdrawalId.From(Guid.Parse("0b4d3c2a-0000-4000-8000-000000000002"))], []), $"Organization {Org} cannot be deleted yet: wait until 2 prepaid withdrawal(s) are completed or cancelled." },
        { new DeletionPrerequisitesUnmet(Org, [Given.Product(1)], [], [], [Given.Invoice(1)]), $"Organization {Org} cannot be deleted yet: terminate 1 product(s); pay 1 invoice(s)." },
        { new StaleApproval(Org, 3, 5), $"Organization {Org} changed since the approval (version 3, now 5); check again." },
        { new AccountStillResponsible(Someone, [Org], [Org, Given.Organization(2)]), $"Account {Someone} cannot be deleted while it is the last user of {Org} and the only legal representative of {Org}, {Given.Organization(2)}." },
        { new AccountStillResponsible(Someone, [], [Org]), $"Account {Someone} cannot be deleted while it is the only legal representative of {Org}." },
        { new AccountStillResponsible(Someone, [Org], []), $"Account {Someone} cannot be deleted while it is the last user of {Org}." },
    };

    [Theory]
    [Trait("Rule", "ORG-6")]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "ACC-8")]
    [MemberData(nameof(Refusals))]
    public void EveryRefusal_ExplainsItselfWithItsFacts(Refusal refusal, string expected)
    {
        Assert.Equal(expected, refusal.Message);
        Assert.Equal(refusal.GetType().Name, refusal.Code);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void AMemberAction_ReadsAsItsKindAndProduct()
    {
        Assert.Equal($"ChangeMailboxPassword {Given.Product(4)}", MemberAction.ChangeMailboxPassword(Given.Product(4)).ToString());
        Assert.Equal("DeleteOrganization", MemberAction.DeleteOrganization.ToString());
    }
}
