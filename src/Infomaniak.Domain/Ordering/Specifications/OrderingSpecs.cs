using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Ordering.Specifications;

/// <summary>The vouchers a cart summary offers an account for a line of a product type (VOU-2): held by it, confirmed, unused and for that type.</summary>
/// <remarks>
/// A database translates the criterion; in memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the same
/// criterion and order run as plain code, without compiling the expression.
/// </remarks>
public sealed class VouchersOfferedSpec : Specification<VoucherState>
{
    private readonly AccountId holder;
    private readonly string type;

    /// <summary>Selects the usable vouchers of one account for one product type, oldest first.</summary>
    /// <param name="holder">The signed-in account.</param>
    /// <param name="type">The line's product type.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is the default value.</exception>
    public VouchersOfferedSpec(AccountId holder, ProductType type)
    {
        var code = Guard.Against.Expression(t => t.IsDefault, type, "A product type is required; the default value is not one.", nameof(type)).Code;
        this.holder = holder;
        this.type = code;
        Query.Where(voucher => voucher.HolderId == holder && voucher.Type == code && voucher.ConfirmedAt != null && voucher.RedeemedByOrderId == null)
            .OrderBy(voucher => voucher.GrantedAt);
    }

    /// <summary>The offered vouchers among <paramref name="entities"/>, oldest first, without compiling the criterion.</summary>
    /// <param name="entities">The vouchers to filter.</param>
    /// <returns>The selected vouchers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<VoucherState> Evaluate(IEnumerable<VoucherState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy).OrderBy(voucher => voucher.GrantedAt);

    /// <summary>Whether the voucher is held by the account, confirmed, unused and for the type, as plain code.</summary>
    /// <param name="entity">The voucher.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(VoucherState entity) =>
        Guard.Against.Null(entity).HolderId == holder && string.Equals(entity.Type, type, StringComparison.Ordinal)
        && entity.ConfirmedAt is not null && entity.RedeemedByOrderId is null;
}

/// <summary>The promotion code with a text, matched case-insensitively (VOU-3): at most one, since codes are unique.</summary>
/// <remarks>The stored code is in upper case, as the entered one is: the database compares them as they are, without a function on the column.</remarks>
public sealed class PromotionCodeByTextSpec : Specification<PromotionCodeState>, ISingleResultSpecification<PromotionCodeState>
{
    private readonly string text;

    /// <summary>Selects the code whose upper-case text is the one entered.</summary>
    /// <param name="code">The code entered.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public PromotionCodeByTextSpec(PromotionCodeText code)
    {
        var text = PromotionCodeText.Require(code, nameof(code)).Value;
        this.text = text;
        Query.Where(promotion => promotion.Code == text);
    }

    /// <summary>The code among <paramref name="entities"/> with the text, without compiling the criterion.</summary>
    /// <param name="entities">The codes to filter.</param>
    /// <returns>The selected code, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<PromotionCodeState> Evaluate(IEnumerable<PromotionCodeState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy);

    /// <summary>Whether the code has the text, as plain code.</summary>
    /// <param name="entity">The code.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(PromotionCodeState entity) =>
        string.Equals(Guard.Against.Null(entity).Code, text, StringComparison.Ordinal);
}

/// <summary>The orders an account has started and neither finished nor abandoned, newest first.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion and order run as plain code.</remarks>
public sealed class OpenOrdersOfAccountSpec : Specification<OrderState>
{
    private readonly AccountId shopper;

    /// <summary>Selects the open orders of one signed-in account.</summary>
    /// <param name="shopper">The account.</param>
    public OpenOrdersOfAccountSpec(AccountId shopper)
    {
        this.shopper = shopper;
        Query.Where(order => order.ShopperId == shopper && order.Step != OrderStep.Finished && order.Step != OrderStep.Abandoned)
            .OrderByDescending(order => order.StartedAt);
    }

    /// <summary>The open orders of the account among <paramref name="entities"/>, newest first, without compiling the criterion.</summary>
    /// <param name="entities">The orders to filter.</param>
    /// <returns>The selected orders.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<OrderState> Evaluate(IEnumerable<OrderState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy).OrderByDescending(order => order.StartedAt);

    /// <summary>Whether the account started the order and it is neither finished nor abandoned, as plain code.</summary>
    /// <param name="entity">The order.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(OrderState entity) =>
        Guard.Against.Null(entity).ShopperId == shopper && entity.Step is not (OrderStep.Finished or OrderStep.Abandoned);
}

/// <summary>The finished orders of an organization: none means its next order is its first (<see cref="CustomerFacts.IsFirstOrder"/>).</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code.</remarks>
public sealed class FinishedOrdersOfOrganizationSpec : Specification<OrderState>
{
    private readonly OrganizationId organization;

    /// <summary>Selects the finished orders of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public FinishedOrdersOfOrganizationSpec(OrganizationId organization)
    {
        this.organization = organization;
        Query.Where(order => order.OrganizationId == organization && order.Step == OrderStep.Finished);
    }

    /// <summary>The finished orders of the organization among <paramref name="entities"/>, without compiling the criterion.</summary>
    /// <param name="entities">The orders to filter.</param>
    /// <returns>The selected orders.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<OrderState> Evaluate(IEnumerable<OrderState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy);

    /// <summary>Whether the order is the organization's and finished, as plain code.</summary>
    /// <param name="entity">The order.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(OrderState entity) =>
        Guard.Against.Null(entity).OrganizationId == organization && entity.Step == OrderStep.Finished;
}

/// <summary>The finished orders of an organization that redeemed a promotion code: their count is <see cref="CustomerFacts.RedemptionsOfCode"/>.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code.</remarks>
public sealed class OrdersRedeemingCodeSpec : Specification<OrderState>
{
    private readonly OrganizationId organization;
    private readonly PromotionCodeId code;

    /// <summary>Selects the finished orders of one organization with one code.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="code">The promotion code.</param>
    public OrdersRedeemingCodeSpec(OrganizationId organization, PromotionCodeId code)
    {
        this.organization = organization;
        this.code = code;
        Query.Where(order => order.OrganizationId == organization && order.Step == OrderStep.Finished && order.PromotionCodeId == code);
    }

    /// <summary>The finished orders of the organization with the code among <paramref name="entities"/>, without compiling the criterion.</summary>
    /// <param name="entities">The orders to filter.</param>
    /// <returns>The selected orders.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<OrderState> Evaluate(IEnumerable<OrderState> entities) =>
        Guard.Against.Null(entities).Where(IsSatisfiedBy);

    /// <summary>Whether the order is the organization's, finished, and redeemed the code, as plain code.</summary>
    /// <param name="entity">The order.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(OrderState entity) =>
        Guard.Against.Null(entity).OrganizationId == organization && entity.Step == OrderStep.Finished && entity.PromotionCodeId == code;
}
