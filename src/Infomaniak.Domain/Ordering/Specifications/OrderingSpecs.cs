using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Ordering.Specifications;

/// <summary>The vouchers a cart summary offers an account for a line of a product type (VOU-2): held by it, confirmed, unused and for that type.</summary>
public sealed class VouchersOfferedSpec : Specification<VoucherState>
{
    /// <summary>Selects the usable vouchers of one account for one product type, oldest first.</summary>
    /// <param name="holder">The signed-in account.</param>
    /// <param name="type">The line's product type.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is the default value.</exception>
    public VouchersOfferedSpec(AccountId holder, ProductType type)
    {
        var code = Guard.Against.Expression(t => t.IsDefault, type, "A product type is required; the default value is not one.", nameof(type)).Code;
        Query.Where(voucher => voucher.HolderId == holder && voucher.Type == code && voucher.ConfirmedAt != null && voucher.RedeemedByOrderId == null)
            .OrderBy(voucher => voucher.GrantedAt);
    }
}

/// <summary>The promotion code with a text, matched case-insensitively (VOU-3): at most one, since codes are unique.</summary>
public sealed class PromotionCodeByTextSpec : Specification<PromotionCodeState>
{
    /// <summary>Selects the code whose upper-case text is the one entered.</summary>
    /// <param name="code">The code entered.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public PromotionCodeByTextSpec(PromotionCodeText code)
    {
        var text = PromotionCodeText.Require(code, nameof(code)).Value;
        Query.Where(promotion => promotion.Code == text);
    }
}

/// <summary>The orders an account has started and neither finished nor abandoned, newest first.</summary>
public sealed class OpenOrdersOfAccountSpec : Specification<OrderState>
{
    /// <summary>Selects the open orders of one signed-in account.</summary>
    /// <param name="shopper">The account.</param>
    public OpenOrdersOfAccountSpec(AccountId shopper) =>
        Query.Where(order => order.ShopperId == shopper && order.Step != OrderStep.Finished && order.Step != OrderStep.Abandoned)
            .OrderByDescending(order => order.StartedAt);
}

/// <summary>The finished orders of an organization: none means its next order is its first (<see cref="CustomerFacts.IsFirstOrder"/>).</summary>
public sealed class FinishedOrdersOfOrganizationSpec : Specification<OrderState>
{
    /// <summary>Selects the finished orders of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public FinishedOrdersOfOrganizationSpec(OrganizationId organization) =>
        Query.Where(order => order.OrganizationId == organization && order.Step == OrderStep.Finished);
}

/// <summary>The finished orders of an organization that redeemed a promotion code: their count is <see cref="CustomerFacts.RedemptionsOfCode"/>.</summary>
public sealed class OrdersRedeemingCodeSpec : Specification<OrderState>
{
    /// <summary>Selects the finished orders of one organization with one code.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="code">The promotion code.</param>
    public OrdersRedeemingCodeSpec(OrganizationId organization, PromotionCodeId code) =>
        Query.Where(order => order.OrganizationId == organization && order.Step == OrderStep.Finished && order.PromotionCodeId == code);
}
