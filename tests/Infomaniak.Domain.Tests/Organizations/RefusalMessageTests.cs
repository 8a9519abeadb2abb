using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>Each refusal explains itself with the facts it carries, so a caller can show it as is.</summary>
public class RefusalMessageTests
{
    private static readonly OrganizationId Org = Given.Organization(1);
    private static readonly AccountId Someone = Given.Account(1);
    private static readonly OrganizationName Name = OrganizationName.Parse("Boulangerie du Lac").GetValueOrThrow();
    private static readonly EmailAddress Login = Given.Email(1);
    private static readonly InvitationId Invitation = InvitationId.From(new Guid("7f000000-0000-4000-8000-000000000001"));

    public static TheoryData<Refusal, string> Refusals() => new()
    {
        { new ActionDenied(Org, Name, Someone, null, MemberAction.ViewProduct(Given.Product(3)), DenialReason.NotAMember), $"Account {Someone} is not a member of Boulangerie du Lac." },
        { new ActionDenied(Org, Name, Someone, Login, MemberAction.ViewProduct(Given.Product(3)), DenialReason.ProductNotHeld), $"Product {Given.Product(3)} is not held by Boulangerie du Lac." },
        { new ActionDenied(Org, Name, Someone, Login, MemberAction.ViewProduct(Given.Product(3)), DenialReason.ProductNotGranted), $"user1@example.com has no rights on product {Given.Product(3)} in Boulangerie du Lac." },
        { new ActionDenied(Org, Name, Someone, Login, MemberAction.ManageInvoices, DenialReason.BillingRightsRequired), "ManageInvoices needs billing rights in Boulangerie du Lac, which user1@example.com does not have." },
        { new ActionDenied(Org, Name, Someone, null, MemberAction.ManageInvoices, DenialReason.BillingRightsRequired), $"ManageInvoices needs billing rights in Boulangerie du Lac, which account {Someone} does not have." },
        { new ActionDenied(Org, Name, Someone, Login, MemberAction.ManageUsers, DenialReason.AdministratorRequired), "ManageUsers needs all rights in Boulangerie du Lac, and user1@example.com has limited rights." },
        { new ActionDenied(Org, Name, Someone, Login, MemberAction.ManageInvoices, DenialReason.OwnedByAnotherOrganization), "ManageInvoices is on something that belongs to another organization than Boulangerie du Lac." },
        { new NotAMember(Org, Name, Someone), $"Account {Someone} is not a member of Boulangerie du Lac." },
        { new AlreadyMember(Org, Name, Someone, Login), "user1@example.com is already a member of Boulangerie du Lac." },
        { new InvitationAlreadyPending(Org, Invitation, Given.Email(2)), $"user2@example.com already has a pending invitation ({Invitation}) to organization {Org}." },
        { new InvitationNotFound(Org, Invitation), $"Organization {Org} has no invitation {Invitation}." },
        { new InvitationForAnotherAddress(Invitation), $"Invitation {Invitation} was sent to another address; only the account with that login can accept it." },
        { new InvitationExpired(Invitation, Given.Start), $"Invitation {Invitation} expired at 2026-03-01 09:00:00Z; ask an administrator for a new one." },
        { new CannotChangeOwnRights(Org, Name, Someone, Login), "user1@example.com cannot change its own rights in Boulangerie du Lac; another administrator must." },
        { new CannotRemoveSelf(Org, Name, Someone, Login), "user1@example.com cannot remove itself from Boulangerie du Lac; it may leave the organization instead." },
        { new LastBillingAdministrator(Org, Name, Someone, Login), "user1@example.com is the last administrator with billing rights of Boulangerie du Lac; give another administrator billing rights first." },
        { new OnlyLegalRepresentative(Org, Someone), $"Account {Someone} is the only legal representative of organization {Org}; appoint another first." },
        { new LegalRepresentativeRequiresAllRights(Org, Someone), $"A legal representative of organization {Org} must have all rights, so account {Someone} cannot have limited rights and be one." },
        { new AlreadyLegalRepresentative(Org, Someone), $"Account {Someone} is already a legal representative of organization {Org}." },
        { new NotALegalRepresentative(Org, Someone), $"Account {Someone} is not a legal representative of organization {Org}." },
        { new CannotLeave(Org, Name, Someone, Login, true, true, true), "user1@example.com is the last user and the only legal representative and the last administrator with billing rights of Boulangerie du Lac, so it cannot leave." },
        { new CannotLeave(Org, Name, Someone, Login, false, true, false), "user1@example.com is the only legal representative of Boulangerie du Lac, so it cannot leave." },
        { new CannotLeave(Org, Name, Someone, Login, false, false, true), "user1@example.com is the last administrator with billing rights of Boulangerie du Lac, so it cannot leave." },
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
        { new AccountStillResponsible(Someone, Login, [new(Org, Name)], [new(Org, Name), new(Given.Organization(2), OrganizationName.Parse("Studio").GetValueOrThrow())], []), "user1@example.com cannot be deleted while it is the last user of Boulangerie du Lac and the only legal representative of Boulangerie du Lac, Studio." },
        { new AccountStillResponsible(Someone, Login, [], [new(Org, Name)], []), "user1@example.com cannot be deleted while it is the only legal representative of Boulangerie du Lac." },
        { new AccountStillResponsible(Someone, Login, [], [], [new(Org, Name)]), "user1@example.com cannot be deleted while it is the last administrator with billing rights of Boulangerie du Lac." },
        { new FactsNotGiven([Someone], [Org, Given.Organization(2)], []), $"This decision needs facts that were not given; load account {Someone}; organizations {Org}, {Given.Organization(2)} and try again." },
        { new ProductAlreadyTerminated(Given.Product(1)), $"Product {Given.Product(1)} was terminated; its credentials open nothing." },
    };

    [Theory]
    [Trait("Rule", "ORG-6")]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "ACC-8")]
    [Trait("Rule", "RGT-5")]
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
