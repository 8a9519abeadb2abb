using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Organizations;

public class OrganizationDeletionTests
{
    private static readonly AccountId Admin = Given.Account(0);
    private static readonly Money Zero = Money.Zero(Currency.Chf);

    private static Organization EmptyTeam()
    {
        var organization = Given.OrganizationWith(1, Admin, Given.Product(1));
        Given.Join(organization, Admin, 1, Rights.Administrator(true));
        Given.Join(organization, Admin, 2, Given.Limited(false, Given.Product(1)));
        Given.ProductOf(organization, Given.Product(1)).Terminate(organization, Admin).GetValueOrThrow();
        organization.DequeueEvents();
        return organization;
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Check_ReportsEveryUnmetPrerequisiteAtOnce()
    {
        var organization = Given.OrganizationWith(1, Admin, Given.Product(1), Given.Product(2));
        var balance = Money.Create(12.50m, Currency.Chf).GetValueOrThrow();

        var refused = Assert.IsType<DeletionPrerequisitesUnmet>(
            OrganizationDeletion.Check(organization, Admin, balance, Given.ProductsOf(organization), [Unpaid(organization, 1), Unpaid(organization, 2), Unpaid(organization, 1)], false).Value);

        Assert.Equal([Given.Product(1), Given.Product(2)], refused.ActiveProducts.OrderBy(p => p.Value));
        Assert.Equal(balance, refused.PrepaidBalance);
        Assert.Equal([Given.Invoice(1), Given.Invoice(2)], refused.UnpaidInvoices);
        Assert.Equal($"Organization {organization.Id} cannot be deleted yet: terminate 2 product(s); withdraw the prepaid balance of {balance}; pay 2 invoice(s).", refused.Message);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Check_ByAMemberWithoutAllRights_IsDenied()
    {
        var organization = EmptyTeam();

        var denied = Assert.IsType<ActionDenied>(OrganizationDeletion.Check(organization, Given.Account(2), Zero, [], [], false).Value);

        Assert.Equal(DenialReason.AdministratorRequired, denied.Reason);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Delete_EndsEveryMembership_CarriesTheInvoiceRequest_AndDeletesNoAccount()
    {
        var organization = EmptyTeam();

        var approval = OrganizationDeletion.Check(organization, Admin, Zero, [], [], sendPaidInvoicesByEmail: true).AsT0;
        Assert.True(organization.Delete(approval).IsT0);

        var deleted = Assert.IsType<OrganizationDeleted>(Assert.Single(organization.PendingEvents));
        Assert.Equal([Admin, Given.Account(1), Given.Account(2)], deleted.EndedMemberships.OrderBy(a => a.Value));
        Assert.True(deleted.PaidInvoicesByEmailRequested);
        Assert.True(organization.IsDeleted);
        Assert.Empty(organization.Members);
        Assert.Equal(DenialReason.NotAMember, organization.Authorize(Admin, MemberAction.ManageUsers).AsT1.Reason);
        Assert.IsType<NotAMember>(organization.Leave(Admin).Value);
        Assert.Equal(Given.Snapshot(organization), Given.Snapshot(Organization.FromState(organization.ToState())));
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Delete_WithAnApprovalForAnEarlierVersion_IsRefused()
    {
        var organization = EmptyTeam();
        var approval = OrganizationDeletion.Check(organization, Admin, Zero, [], [], false).AsT0;
        Product.Order(organization, Admin, ProductType.WebHosting, RenewalPeriod.Yearly, Zero, Given.Clock(), new SeededRandomSource(5)).GetValueOrThrow();
        organization.DequeueEvents();

        var refused = Assert.IsType<StaleApproval>(organization.Delete(approval).Value);

        Assert.Equal(approval.Version, refused.ApprovedVersion);
        Assert.False(organization.IsDeleted);
        Assert.Empty(organization.PendingEvents);
        Assert.Throws<ArgumentException>(() => Given.OrganizationWith(7, Admin).Delete(approval));
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Check_WithABalanceThatHasNoCurrency_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => OrganizationDeletion.Check(EmptyTeam(), Admin, default, [], [], false));

    public static Arbitrary<(int Products, int Balance, int Invoices)> Facts() => Arb.From(
        from products in Gen.Choose(0, 2)
        from balance in Gen.OneOf(Gen.Constant(0), Gen.Choose(-500, 500))
        from invoices in Gen.Choose(0, 2)
        select (products, balance, invoices));

    [Property(Arbitrary = [typeof(OrganizationDeletionTests)], MaxTest = 200)]
    [Trait("Rule", "ORG-9")]
    public bool Check_SucceedsExactlyWhenAllThreePrerequisitesHold_AndOtherwiseNamesEachUnmetOne((int Products, int Balance, int Invoices) facts)
    {
        var organization = Given.OrganizationWith(1, Admin, [.. Enumerable.Range(0, facts.Products).Select(Given.Product)]);
        var balance = Money.FromMinorUnits(facts.Balance, Currency.Eur).AsT0;
        var invoices = Enumerable.Range(0, facts.Invoices).Select(i => Unpaid(organization, i)).ToList();
        var allHold = facts.Products == 0 && facts.Balance == 0 && facts.Invoices == 0;

        return OrganizationDeletion.Check(organization, Admin, balance, Given.ProductsOf(organization), invoices, false).Match(
            approval => allHold && approval.Organization == organization.Id && approval.MembershipsToEnd.SequenceEqual([Admin]),
            _ => false,
            _ => false,
            _ => false,
            _ => false,
            _ => false,
            unmet => !allHold
                && unmet.ActiveProducts.Count == facts.Products
                && (unmet.PrepaidBalance is null) == (facts.Balance == 0)
                && unmet.UnpaidInvoices.Count == facts.Invoices);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "RGT-4")]
    public void Terminate_NeedsTheRightToManageTheProduct_AndBillingRights()
    {
        var organization = Given.OrganizationWith(1, Admin, Given.Product(1), Given.Product(2));
        Given.Join(organization, Admin, 1, Given.Limited(true, Given.Product(1)));
        Given.Join(organization, Admin, 2, Given.Limited(false, Given.Product(1)));
        Given.Join(organization, Admin, 3, Rights.Administrator(false));

        Assert.Equal(DenialReason.ProductNotGranted, Given.ProductOf(organization, Given.Product(2)).Terminate(organization, Given.Account(1)).AsT1.Reason);
        Assert.Equal(DenialReason.BillingRightsRequired, Given.ProductOf(organization, Given.Product(1)).Terminate(organization, Given.Account(2)).AsT1.Reason);
        Assert.Equal(DenialReason.BillingRightsRequired, Given.ProductOf(organization, Given.Product(1)).Terminate(organization, Given.Account(3)).AsT1.Reason);
        Assert.Equal(DenialReason.ProductNotHeld, Given.ProductOf(organization, Given.Product(3)).Terminate(organization, Admin).AsT1.Reason);
        Assert.True(Given.ProductOf(organization, Given.Product(1)).Terminate(organization, Given.Account(1)).IsT0);
        Assert.Equal([Given.Product(2)], organization.Products);
        Assert.Equal(DenialReason.ProductNotHeld, organization.Authorize(Given.Account(1), MemberAction.ViewProduct(Given.Product(1))).AsT1.Reason);
        Assert.Equal(DenialReason.AdministratorRequired, Product.Order(organization, Given.Account(1), ProductType.WebHosting, RenewalPeriod.Yearly, Zero, Given.Clock(), new SeededRandomSource(3)).AsT1.Reason);
    }

    private static Invoice Unpaid(Organization organization, int n) =>
        StoredBilling.OpenInvoice(organization.Id, Given.Invoice(n), Given.Product(100 + n));
}
