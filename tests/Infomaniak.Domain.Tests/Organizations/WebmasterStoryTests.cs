using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

/// <summary>
/// The knowledge base's webmaster: one login administering the products of three companies, each in its own
/// organization, switching among them without signing out, with no access across them.
/// </summary>
public class WebmasterStoryTests
{
    private static readonly AccountId Webmaster = Given.Account(0);
    private static readonly EmailAddress WebmasterLogin = Given.Email(0);
    private static readonly AccountId[] Owners = [Given.Account(1), Given.Account(2), Given.Account(3)];
    private static readonly string[] Companies = ["Boulangerie du Lac", "Garage Favre", "Cabinet Rochat"];

    /// <summary>Each company founds its organization, holding one site, and invites the webmaster as administrator without billing rights.</summary>
    private static (Organization[] Organizations, ManualTimeProvider Clock) ThreeCompanies()
    {
        var clock = Given.Clock();
        var organizations = new Organization[3];
        for (var i = 0; i < 3; i++)
        {
            var organization = Given.Create(i, Owners[i], Given.Company(Companies[i]));
            Given.Hold(organization, Owners[i], Given.Product(i));
            var invitation = organization.Invite(Owners[i], WebmasterLogin, Rights.Administrator(withBillingRights: false), clock, new SeededRandomSource(i)).GetValueOrThrow();
            clock.Advance(TimeSpan.FromHours(1));
            Assert.True(organization.AcceptInvitation(invitation.Id, Given.Person(Webmaster, WebmasterLogin), clock).IsT0);
            organizations[i] = organization;
        }

        return (organizations, clock);
    }

    [Fact]
    [Trait("Rule", "ORG-3")]
    [Trait("Rule", "ORG-5")]
    [Trait("Rule", "RGT-2")]
    public void Step1_TheWebmasterBelongsToTheThreeOrganizations_WithOneLogin()
    {
        var (organizations, _) = ThreeCompanies();

        var listed = new OrganizationsOfAccountSpec(Webmaster).Evaluate(organizations.Select(o => o.ToState())).Select(s => s.Name);
        var context = ManagerContext.Open(Webmaster, organizations);

        Assert.Equal(Companies, listed);
        Assert.Equal(organizations.Select(o => o.Id), context.Organizations);
        Assert.All(organizations, o => Assert.Equal([o.Members.First(m => m.Account != Webmaster).Account], o.LegalRepresentatives));
    }

    [Fact]
    [Trait("Rule", "ORG-4")]
    [Trait("Rule", "ORG-7")]
    public void Step2_SwitchingIsImmediate_AndEachOrganizationShowsItsOwnProductsOnly()
    {
        var (organizations, _) = ThreeCompanies();
        var context = ManagerContext.Open(Webmaster, organizations);

        foreach (var (organization, index) in organizations.Select((o, i) => (o, i)))
        {
            context = context.SwitchTo(organization).GetValueOrThrow();
            var current = organizations.Single(o => o.Id == context.Current);

            Assert.True(current.Authorize(Webmaster, MemberAction.ManageProduct(Given.Product(index))).IsT0);
            Assert.All(
                Enumerable.Range(0, 3).Where(other => other != index),
                other => Assert.Equal(DenialReason.ProductNotHeld, current.Authorize(Webmaster, MemberAction.ManageProduct(Given.Product(other))).AsT1.Reason));
        }
    }

    [Fact]
    [Trait("Rule", "ORG-7")]
    [Trait("Rule", "RGT-4")]
    public void Step3_TheCompaniesDoNotSeeEachOther_AndTheWebmasterHasNoBillingRights()
    {
        var (organizations, _) = ThreeCompanies();

        Assert.Equal(DenialReason.NotAMember, organizations[1].Authorize(Owners[0], MemberAction.ViewProduct(Given.Product(1))).AsT1.Reason);
        Assert.Equal(DenialReason.BillingRightsRequired, organizations[0].Authorize(Webmaster, MemberAction.ManageInvoices).AsT1.Reason);
        Assert.True(organizations[0].Authorize(Owners[0], MemberAction.ManageInvoices).IsT0);
    }

    [Fact]
    [Trait("Rule", "ORG-6")]
    [Trait("Rule", "ORG-4")]
    public void Step4_TheWebmasterLeavesOneCompany_ButAnOwnerAloneCannotLeave()
    {
        var (organizations, _) = ThreeCompanies();
        var context = ManagerContext.Open(Webmaster, organizations, organizations[2].Id);

        Assert.True(organizations[2].Leave(Webmaster).IsT0);
        context = context.Without(organizations[2].Id);
        var refused = Assert.IsType<CannotLeave>(organizations[2].Leave(Owners[2]).Value);

        Assert.Equal(organizations[0].Id, context.Current);
        Assert.True(context.SwitchTo(organizations[2]).IsT1);
        Assert.True(refused.IsLastUser && refused.IsOnlyLegalRepresentative);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "ACC-8")]
    public void Step5_OneCompanyClosesItsOrganization_AfterTheChecklist_AndTheWebmasterKeepsTheOthers()
    {
        var (organizations, _) = ThreeCompanies();
        var closing = organizations[1];
        var prepaid = Prepaid.PrepaidGiven.Holding(closing, 20m, actor: Owners[1]);

        var unpaid = StoredBilling.OpenInvoice(closing.Id, Given.Invoice(1), Given.Product(1));
        var checklist = OrganizationDeletion.Check(closing, Owners[1], [prepaid], Given.ProductsOf(closing), [unpaid], sendPaidInvoicesByEmail: true).AsT7;
        Assert.Equal([Given.Product(1)], checklist.ActiveProducts);
        Assert.Equal([Money.Create(20m, Currency.Chf).AsT0], checklist.PrepaidBalances);
        Assert.Equal([Given.Invoice(1)], checklist.UnpaidInvoices);

        var site = Given.ProductOf(closing, Given.Product(1));
        Assert.Equal(DenialReason.BillingRightsRequired, site.Terminate(closing, Webmaster).AsT1.Reason);
        Assert.True(site.Terminate(closing, Owners[1]).IsT0);
        var approval = OrganizationDeletion.Check(closing, Owners[1], [], [site], [], sendPaidInvoicesByEmail: true).AsT0;
        Assert.True(closing.Delete(approval).IsT0);

        var context = ManagerContext.Open(Webmaster, organizations);
        Assert.Equal([organizations[0].Id, organizations[2].Id], context.Organizations);
        Assert.True(AccountDeletion.Check(Given.Person(Webmaster), organizations).IsT0);
        Assert.Equal([Given.Organization(0)], AccountDeletion.Check(Given.Person(Owners[0]), organizations).AsT2.OnlyLegalRepresentativeOf.Select(o => o.Id));
    }
}
