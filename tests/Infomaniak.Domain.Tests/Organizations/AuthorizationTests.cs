using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Organizations;

public class AuthorizationTests
{
    private static readonly AccountId Admin = Given.Account(0);
    private static readonly ProductId Site = Given.Product(1);
    private static readonly ProductId Mail = Given.Product(2);

    private static readonly MemberAction[] OrganizationWideActions =
    [
        MemberAction.ManageUsers, MemberAction.OrderProduct, MemberAction.ManageBillingAddresses, MemberAction.ManageInvoices,
        MemberAction.ManagePrepaidAccount, MemberAction.ManageVouchers, MemberAction.ManageNameAndLogo, MemberAction.DeleteOrganization,
    ];

    private static Organization OrganizationWithLimitedMember(bool billing)
    {
        var organization = Given.OrganizationWith(1, Admin, Site, Mail);
        Given.Join(organization, Admin, 1, Given.Limited(billing, Mail));
        return organization;
    }

    private static DenialReason? Denial(Organization organization, AccountId member, MemberAction action) =>
        organization.Authorize(member, action).Match<DenialReason?>(_ => null, denied => denied.Reason);

    [Fact]
    [Trait("Rule", "RGT-1")]
    [Trait("Rule", "RGT-4")]
    public void Administrator_WithBilling_MayDoEverything_OnTheOrganizationsProducts()
    {
        var organization = OrganizationWithLimitedMember(billing: false);

        Assert.All(
            [.. OrganizationWideActions, MemberAction.ViewProduct(Site), MemberAction.ManageProduct(Mail), MemberAction.ChangeMailboxPassword(Mail)],
            action => Assert.Null(Denial(organization, Admin, action)));
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void LimitedMember_ActsOnlyOnGrantedProducts()
    {
        var organization = OrganizationWithLimitedMember(billing: false);
        var member = Given.Account(1);

        Assert.Null(Denial(organization, member, MemberAction.ViewProduct(Mail)));
        Assert.Null(Denial(organization, member, MemberAction.ChangeMailboxPassword(Mail)));
        Assert.Equal(DenialReason.ProductNotGranted, Denial(organization, member, MemberAction.ViewProduct(Site)));
        Assert.Equal(DenialReason.ProductNotGranted, Denial(organization, member, MemberAction.ManageProduct(Site)));
    }

    [Theory]
    [Trait("Rule", "RGT-4")]
    [InlineData(false)]
    [InlineData(true)]
    public void BillingActions_NeedBillingRights(bool billing)
    {
        var organization = OrganizationWithLimitedMember(billing);
        var member = Given.Account(1);
        var expected = billing ? (DenialReason?)null : DenialReason.BillingRightsRequired;

        Assert.Equal(expected, Denial(organization, member, MemberAction.ManageInvoices));
        Assert.Equal(expected, Denial(organization, member, MemberAction.ManageBillingAddresses));
        Assert.Equal(expected, Denial(organization, member, MemberAction.ManagePrepaidAccount));
        Assert.Equal(expected, Denial(organization, member, MemberAction.ManageVouchers));
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void AdministratorWithoutBilling_IsDeniedBillingActions()
    {
        var organization = Given.OrganizationWith(1, Admin);
        Given.Join(organization, Admin, 1, Rights.Administrator(withBillingRights: false));

        Assert.Equal(DenialReason.BillingRightsRequired, Denial(organization, Given.Account(1), MemberAction.ManageInvoices));
        Assert.Null(Denial(organization, Given.Account(1), MemberAction.ManageUsers));
    }

    [Fact]
    [Trait("Rule", "RGT-3")]
    public void LimitedMember_IsDeniedAdministrativeActions()
    {
        var organization = OrganizationWithLimitedMember(billing: true);
        var member = Given.Account(1);

        Assert.Equal(DenialReason.AdministratorRequired, Denial(organization, member, MemberAction.ManageUsers));
        Assert.Equal(DenialReason.AdministratorRequired, Denial(organization, member, MemberAction.ManageNameAndLogo));
        Assert.Equal(DenialReason.AdministratorRequired, Denial(organization, member, MemberAction.DeleteOrganization));
        Assert.Equal(DenialReason.AdministratorRequired, Denial(organization, member, MemberAction.OrderProduct));
    }

    [Fact]
    [Trait("Rule", "ORG-7")]
    public void NobodyActsOnAProductTheOrganizationDoesNotHold_NorAsANonMember()
    {
        var organization = OrganizationWithLimitedMember(billing: true);
        var foreign = Given.Product(99);

        var denied = organization.Authorize(Admin, MemberAction.ManageProduct(foreign)).AsT1;
        Assert.Equal(DenialReason.ProductNotHeld, denied.Reason);
        Assert.Contains(foreign.ToString(), denied.Message, StringComparison.Ordinal);
        Assert.Equal(DenialReason.NotAMember, Denial(organization, Given.Account(5), MemberAction.ViewProduct(Site)));
        Assert.Equal(DenialReason.NotAMember, Denial(organization, Given.Account(5), MemberAction.ManageInvoices));
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void TheDefaultAction_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => OrganizationWithLimitedMember(false).Authorize(Admin, default));

    [Property(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 200)]
    [Trait("Rule", "ORG-7")]
    public bool NoAccount_IsEverAuthorizedOnAProductItsOrganizationDoesNotHold(WorldRecipe recipe)
    {
        var world = recipe.Build();

        return (from organization in world.Organizations
                from account in world.Accounts
                from product in world.Products
                from action in new[] { MemberAction.ViewProduct(product), MemberAction.ManageProduct(product), MemberAction.ChangeMailboxPassword(product) }
                where organization.Authorize(account, action).IsT0
                select (organization, account, product))
            .All(allowed => allowed.organization.Products.Contains(allowed.product)
                && allowed.organization.IsMember(allowed.account)
                && world.Organizations.Count(o => o.Products.Contains(allowed.product)) == 1);
    }

    [Property(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 200)]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public bool LimitedMember_IsAuthorizedExactlyOnTheGrantedProducts(WorldRecipe recipe)
    {
        var world = recipe.Build();

        return (from organization in world.Organizations
                from member in organization.Members
                where member.Rights is Rights.Limited
                let granted = ((Rights.Limited)member.Rights).Products
                from product in world.Products
                select organization.Authorize(member.Account, MemberAction.ManageProduct(product)).IsT0
                    == (granted.Contains(product) && organization.Products.Contains(product)))
            .All(agrees => agrees);
    }

    [Property(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 100)]
    [Trait("Rule", "RGT-4")]
    public bool BillingActions_AreAllowedExactlyToMembersWithBillingRights(WorldRecipe recipe)
    {
        var world = recipe.Build();

        return (from organization in world.Organizations
                from account in world.Accounts
                let member = organization.Members.FirstOrDefault(m => m.Account == account)
                select organization.Authorize(account, MemberAction.ManageInvoices).IsT0 == (member?.Rights.HasBillingRights ?? false))
            .All(agrees => agrees);
    }

    [Property(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 100)]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public bool IsAllowed_GivesTheSameAnswerAsAuthorize(WorldRecipe recipe)
    {
        var world = recipe.Build();

        return (from organization in world.Organizations
                from account in world.Accounts.Append(Given.Account(99))
                from action in world.Products.SelectMany(p => new[] { MemberAction.ViewProduct(p), MemberAction.TerminateProduct(p) }).Concat(OrganizationWideActions)
                select organization.IsAllowed(account, action) == organization.Authorize(account, action).IsT0)
            .All(agrees => agrees);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    public void IsAllowed_TheDefaultAction_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => OrganizationWithLimitedMember(false).IsAllowed(Admin, default));
}
