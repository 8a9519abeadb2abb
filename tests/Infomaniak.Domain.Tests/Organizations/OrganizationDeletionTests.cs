using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
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
        var prepaid = Prepaid.PrepaidGiven.Holding(organization, 12.50m, pending: 2.50m, actor: Admin);
        var balance = Money.Create(12.50m, Currency.Chf).GetValueOrThrow();

        var refused = Assert.IsType<DeletionPrerequisitesUnmet>(
            OrganizationDeletion.Check(organization, Admin, [prepaid, prepaid], Given.ProductsOf(organization), [Unpaid(organization, 1), Unpaid(organization, 2), Unpaid(organization, 1)], false).Value);

        Assert.Equal([Given.Product(1), Given.Product(2)], refused.ActiveProducts.OrderBy(p => p.Value));
        Assert.Equal([balance], refused.PrepaidBalances);
        Assert.Equal([Assert.Single(prepaid.PendingWithdrawals).Withdrawal], refused.PendingWithdrawals);
        Assert.Equal([Given.Invoice(1), Given.Invoice(2)], refused.UnpaidInvoices);
        Assert.Equal(
            $"Organization {organization.Id} cannot be deleted yet: terminate 2 product(s); withdraw the prepaid balance of {balance}; wait until 1 prepaid withdrawal(s) are completed or cancelled; pay 2 invoice(s).",
            refused.Message);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Check_ByAMemberWithoutAllRights_IsDenied()
    {
        var organization = EmptyTeam();

        var denied = Assert.IsType<ActionDenied>(OrganizationDeletion.Check(organization, Given.Account(2), [], [], [], false).Value);

        Assert.Equal(DenialReason.AdministratorRequired, denied.Reason);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void Delete_EndsEveryMembership_CarriesTheInvoiceRequest_AndDeletesNoAccount()
    {
        var organization = EmptyTeam();

        var approval = OrganizationDeletion.Check(organization, Admin, [], [], [], sendPaidInvoicesByEmail: true).AsT0;
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
        var approval = OrganizationDeletion.Check(organization, Admin, [], [], [], false).AsT0;
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
    public void Check_WithoutItsPrepaidAccountsList_IsAProgrammerError()
    {
        Assert.Throws<ArgumentNullException>(() => OrganizationDeletion.Check(EmptyTeam(), Admin, null!, [], [], false));
        Assert.Throws<ArgumentNullException>(() => OrganizationDeletion.Check(EmptyTeam(), Admin, [null!], [], [], false));
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "ORG-7")]
    public void Check_WithThePrepaidAccountOfAnotherOrganization_IsRefusedByName_BeforeAnyPrerequisite()
    {
        var organization = EmptyTeam();
        var other = Given.OrganizationWith(2, Given.Account(5));
        var foreign = Prepaid.PrepaidGiven.Holding(other, 0m, actor: Given.Account(5), seed: 3);
        var own = Prepaid.PrepaidGiven.Holding(organization, 30m, actor: Admin);

        var refused = Assert.IsType<PrepaidAccountsOfAnotherOrganization>(OrganizationDeletion.Check(organization, Admin, [own, foreign, foreign], [], [], false).Value);

        Assert.Equal(new PrepaidAccountsOfAnotherOrganization(organization.Id, [foreign.Id]).Accounts, refused.Accounts);
        Assert.Equal(organization.Id, refused.Organization);
        Assert.Equal($"Prepaid accounts {foreign.Id} do not belong to organization {organization.Id}.", refused.Message);
        Assert.IsType<PrepaidAccountsOfAnotherOrganization>(OrganizationDeletion.Delete(organization, Admin, [foreign], [], [], false).Value);
        Assert.False(organization.IsDeleted);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    [Trait("Rule", "PRE-4")]
    public void APendingWithdrawal_BlocksDeletion_UntilItIsCompletedOrCancelled()
    {
        var organization = EmptyTeam();
        var prepaid = Prepaid.PrepaidGiven.Holding(organization, 40m, pending: 40m, actor: Admin);
        var withdrawal = Assert.Single(prepaid.PendingWithdrawals).Withdrawal;

        var blocked = Assert.IsType<DeletionPrerequisitesUnmet>(OrganizationDeletion.Check(organization, Admin, [prepaid], [], [], false).Value);
        Assert.Equal([withdrawal], blocked.PendingWithdrawals);
        Assert.Equal([Money.Create(40m, Currency.Chf).AsT0], blocked.PrepaidBalances);
        Assert.True(prepaid.Available.IsZero);

        prepaid.CompleteWithdrawal(Admin, organization, Prepaid.PrepaidGiven.Key("done"), withdrawal, Given.Clock()).GetValueOrThrow();

        Assert.True(prepaid.Balance.IsZero);
        Assert.True(OrganizationDeletion.Delete(organization, Admin, [prepaid], [], [], false).IsT0);
    }

    public static Arbitrary<(int Products, int Balance, int Pending, int Invoices, bool HasAccount)> Facts() => Arb.From(
        from products in Gen.Choose(0, 2)
        from balance in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 50_000))
        from pending in balance == 0 ? Gen.Constant(0) : Gen.OneOf(Gen.Constant(0), Gen.Choose(1, balance))
        from invoices in Gen.Choose(0, 2)
        from hasAccount in balance == 0 ? Gen.Elements(true, false) : Gen.Constant(true)
        select (products, balance, pending, invoices, hasAccount));

    [Property(Arbitrary = [typeof(OrganizationDeletionTests)], MaxTest = 200)]
    [Trait("Rule", "ORG-9")]
    public bool Check_SucceedsExactlyWhenAllPrerequisitesHold_AndOtherwiseNamesEachUnmetOne((int Products, int Balance, int Pending, int Invoices, bool HasAccount) facts)
    {
        var organization = Given.OrganizationWith(1, Admin, [.. Enumerable.Range(0, facts.Products).Select(Given.Product)]);
        PrepaidAccount[] accounts = facts.HasAccount ? [Prepaid.PrepaidGiven.Holding(organization, facts.Balance / 100m, facts.Pending / 100m, Admin)] : [];
        var invoices = Enumerable.Range(0, facts.Invoices).Select(i => Unpaid(organization, i)).ToList();
        var allHold = facts.Products == 0 && facts.Balance == 0 && facts.Invoices == 0;

        return OrganizationDeletion.Check(organization, Admin, accounts, Given.ProductsOf(organization), invoices, false).Match(
            approval => allHold && approval.Organization == organization.Id && approval.MembershipsToEnd.SequenceEqual([Admin]),
            _ => false,
            _ => false,
            _ => false,
            _ => false,
            _ => false,
            _ => false,
            unmet => !allHold
                && unmet.ActiveProducts.Count == facts.Products
                && unmet.PrepaidBalances.SequenceEqual(facts.Balance == 0 ? [] : [Money.FromMinorUnits(facts.Balance, Currency.Chf).AsT0])
                && unmet.PendingWithdrawals.Count == (facts.Pending == 0 ? 0 : 1)
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
