using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Ordering;

/// <summary>A shopper started an order in a currency.</summary>
/// <param name="Order">The order.</param>
/// <param name="Shopper">The signed-in account, or null for a new customer.</param>
/// <param name="Organization">The organization ordered for, or null for a new customer.</param>
/// <param name="Currency">The order's one currency.</param>
public sealed record OrderStarted(OrderId Order, AccountId? Shopper, OrganizationId? Organization, Currency Currency) : IDomainEvent;

/// <summary>A line was added to an order.</summary>
/// <param name="Order">The order.</param>
/// <param name="Line">The line's number, from 1.</param>
/// <param name="Type">The product type ordered.</param>
/// <param name="Period">Its renewal period.</param>
/// <param name="Price">Its price for the first period.</param>
public sealed record OrderLineAdded(OrderId Order, int Line, ProductType Type, RenewalPeriod Period, Money Price) : IDomainEvent;

/// <summary>An order reached its cart summary, where vouchers can be activated (VOU-2).</summary>
/// <param name="Order">The order.</param>
public sealed record OrderSummaryReached(OrderId Order) : IDomainEvent;

/// <summary>A free voucher was activated on a line of an order, which it makes free; it is used up only when the order finishes (VOU-2).</summary>
/// <param name="Order">The order.</param>
/// <param name="Line">The line.</param>
/// <param name="Voucher">The voucher.</param>
public sealed record OrderVoucherActivated(OrderId Order, int Line, VoucherId Voucher) : IDomainEvent;

/// <summary>An order's payment method was chosen (VOU-3).</summary>
/// <param name="Order">The order.</param>
/// <param name="Method">The method.</param>
public sealed record OrderPaymentMethodChosen(OrderId Order, PaymentMethod Method) : IDomainEvent;

/// <summary>A promotion code was applied to an order (VOU-3); it is redeemed only when the order finishes.</summary>
/// <param name="Order">The order.</param>
/// <param name="Code">The promotion code.</param>
/// <param name="Discount">The discount it gives the order.</param>
public sealed record OrderPromotionCodeApplied(OrderId Order, PromotionCodeId Code, Money Discount) : IDomainEvent;

/// <summary>An order was finished: its products exist in the organization, and the amount due is to be taken by the method chosen.</summary>
/// <param name="Order">The order.</param>
/// <param name="Organization">The organization that holds the products (created by the order for a new customer, ORG-1).</param>
/// <param name="Shopper">The account that ordered.</param>
/// <param name="Method">The payment method.</param>
/// <param name="AmountDue">The amount the method takes: price minus vouchers minus discount, never below zero.</param>
public sealed record OrderPlaced(OrderId Order, OrganizationId Organization, AccountId Shopper, PaymentMethod Method, Money AmountDue) : IDomainEvent;

/// <summary>An order was abandoned: its vouchers and code stay unused (VOU-2).</summary>
/// <param name="Order">The order.</param>
public sealed record OrderAbandoned(OrderId Order) : IDomainEvent;

/// <summary>A free voucher was granted for a product type to a customer account (VOU-1); it is usable once confirmed.</summary>
/// <param name="Voucher">The voucher.</param>
/// <param name="Holder">The account that holds it.</param>
/// <param name="Type">The product type it makes free.</param>
/// <param name="GrantedBy">The staff member's account.</param>
public sealed record VoucherGranted(VoucherId Voucher, AccountId Holder, ProductType Type, AccountId GrantedBy) : IDomainEvent;

/// <summary>Support confirmed a free voucher (VOU-1): it is usable.</summary>
/// <param name="Voucher">The voucher.</param>
/// <param name="Holder">The account that holds it.</param>
/// <param name="ConfirmedBy">The support agent's account.</param>
public sealed record VoucherConfirmed(VoucherId Voucher, AccountId Holder, AccountId ConfirmedBy) : IDomainEvent;

/// <summary>A free voucher was used up by a finished order (VOU-4).</summary>
/// <param name="Voucher">The voucher.</param>
/// <param name="Holder">The account that held it.</param>
/// <param name="Order">The order.</param>
public sealed record VoucherRedeemed(VoucherId Voucher, AccountId Holder, OrderId Order) : IDomainEvent;

/// <summary>A promotion code was created.</summary>
/// <param name="Code">The code's id.</param>
/// <param name="Text">The code, in upper case.</param>
/// <param name="CreatedBy">The staff member's account.</param>
public sealed record PromotionCodeCreated(PromotionCodeId Code, string Text, AccountId CreatedBy) : IDomainEvent;

/// <summary>A finished order redeemed a promotion code (VOU-4).</summary>
/// <param name="Code">The code.</param>
/// <param name="Order">The order.</param>
/// <param name="Customer">The organization the order was for.</param>
/// <param name="Redemptions">The code's redemptions, this one included.</param>
public sealed record PromotionCodeRedeemed(PromotionCodeId Code, OrderId Order, OrganizationId Customer, int Redemptions) : IDomainEvent;
