using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Ordering;

/// <summary>
/// What finishing an order made and changed, to save in one unit of work together with the payment: the order, the
/// organization (with its new products in its index), the new account of a new customer (ORG-1), the products, the
/// redeemed vouchers and promotion code, each with its events pending.
/// </summary>
/// <remarks>
/// Paying: <see cref="AmountDue"/> is what <see cref="PaymentMethod"/> takes, and nothing when it is zero. The library
/// does not take the money itself: for <see cref="Common.PaymentMethod.PrepaidAccount"/> the application debits the
/// organization's prepaid account with <c>PrepaidPayments.PayOrder</c> in the same unit of work (the ledger's debit
/// points to the order, and its key, derived from the order, pays it once), and reports any other method to its payment
/// provider. A refused debit means the unit of work is not saved, and the order stays unfinished.
/// </remarks>
/// <param name="Order">The finished order, with <see cref="OrderPlaced"/> pending.</param>
/// <param name="Organization">The organization that holds the new products.</param>
/// <param name="NewAccount">The account created for a new customer (ORG-1), or null for a signed-in shopper.</param>
/// <param name="Products">The products created, one per line, in line order.</param>
/// <param name="Vouchers">The vouchers used up, with <see cref="VoucherRedeemed"/> pending.</param>
/// <param name="PromotionCode">The promotion code redeemed, with <see cref="PromotionCodeRedeemed"/> pending, or null.</param>
/// <param name="Totals">The order's amounts.</param>
public sealed record PlacedOrder(
    Order Order, Organization Organization, Account? NewAccount, IReadOnlyList<Product> Products, IReadOnlyList<Voucher> Vouchers, PromotionCode? PromotionCode, OrderTotals Totals)
{
    /// <summary>What the payment method takes.</summary>
    public Money AmountDue => Totals.AmountDue;

    /// <summary>The payment method chosen.</summary>
    public PaymentMethod PaymentMethod => Order.PaymentMethod ?? throw new InvalidOperationException("A finished order has a payment method.");
}
