namespace Infomaniak.Domain.Ordering;

/// <summary>
/// Where an order stands in the shop's checkout (VOU-2, VOU-3): lines, then the cart summary, then the payment method,
/// then an optional promotion code, then finished; or abandoned at any step before the end.
/// </summary>
public enum OrderStep
{
    /// <summary>The shopper adds the lines of what they order.</summary>
    Lines = 1,

    /// <summary>The cart summary is shown: free vouchers can be activated on its lines (VOU-2).</summary>
    CartSummary,

    /// <summary>The payment method is chosen: a promotion code can now be applied, or the order finished (VOU-3).</summary>
    PaymentMethodChosen,

    /// <summary>A promotion code is applied; the order can only be finished or abandoned now (VOU-3).</summary>
    PromotionCodeApplied,

    /// <summary>The order is finished: the products exist, its voucher and code are used up.</summary>
    Finished,

    /// <summary>The order was abandoned: nothing was used up (VOU-2).</summary>
    Abandoned,
}
