using System.Globalization;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Ordering;

/// <summary>The order is another shopper's: another account's cart, a new customer's cart for a signed-in person, or the reverse.</summary>
/// <param name="Order">The order.</param>
public sealed record NotTheShopper(OrderId Order) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Order {Order} belongs to another shopper.";
}

/// <summary>A checkout step was asked for out of order (VOU-3): the order is not at a step the command follows.</summary>
/// <param name="Order">The order.</param>
/// <param name="Current">The step the order is at.</param>
/// <param name="Needed">The step the command needs the order to have reached.</param>
public sealed record StepOutOfOrder(OrderId Order, OrderStep Current, OrderStep Needed) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Order {Order} is at step {Current}; this needs step {Needed}.";
}

/// <summary>An order without lines cannot go to the cart summary.</summary>
/// <param name="Order">The order.</param>
public sealed record EmptyOrder(OrderId Order) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Order {Order} has no lines.";
}

/// <summary>An order holds at most <see cref="Order.MaxLines"/> lines.</summary>
/// <param name="Order">The order.</param>
/// <param name="Max">The most lines an order holds.</param>
public sealed record TooManyLines(OrderId Order, int Max) : Refusal
{
    /// <inheritdoc />
    public override string Message => string.Create(CultureInfo.InvariantCulture, $"Order {Order} already holds the most lines an order may hold ({Max}).");
}

/// <summary>The order has no line with this number.</summary>
/// <param name="Order">The order.</param>
/// <param name="Line">The line number given.</param>
public sealed record LineNotFound(OrderId Order, int Line) : Refusal
{
    /// <inheritdoc />
    public override string Message => string.Create(CultureInfo.InvariantCulture, $"Order {Order} has no line {Line}.");
}

/// <summary>Why a free voucher cannot be activated on a line (VOU-1, VOU-2, VOU-4).</summary>
public enum VoucherProblem
{
    /// <summary>Another account holds the voucher.</summary>
    OfAnotherAccount = 1,

    /// <summary>Support has not confirmed it yet.</summary>
    NotConfirmed,

    /// <summary>A finished order used it up.</summary>
    AlreadyUsed,

    /// <summary>It is for another product type than the line's.</summary>
    ForAnotherProductType,

    /// <summary>It is activated on another line of this order already: one voucher serves one line.</summary>
    OnAnotherLine,

    /// <summary>The line is free already by another voucher.</summary>
    LineAlreadyFree,
}

/// <summary>A free voucher cannot be activated on a line (VOU-1, VOU-2, VOU-4).</summary>
/// <param name="Voucher">The voucher.</param>
/// <param name="Line">The line.</param>
/// <param name="Problem">Why.</param>
public sealed record VoucherNotUsable(VoucherId Voucher, int Line, VoucherProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => string.Create(CultureInfo.InvariantCulture, $"Voucher {Voucher} cannot be used on line {Line}: ") + Problem switch
    {
        VoucherProblem.OfAnotherAccount => "another account holds it.",
        VoucherProblem.NotConfirmed => "support has not confirmed it yet.",
        VoucherProblem.AlreadyUsed => "it is used up.",
        VoucherProblem.ForAnotherProductType => "it is for another product type.",
        VoucherProblem.OnAnotherLine => "it is activated on another line already.",
        _ => "the line is free already.",
    };
}

/// <summary>A voucher the order activated was used up meanwhile by another finished order (VOU-4): the order is not finished.</summary>
/// <param name="Voucher">The voucher.</param>
/// <param name="RedeemedBy">The order that used it.</param>
public sealed record VoucherAlreadyRedeemed(VoucherId Voucher, OrderId RedeemedBy) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Voucher {Voucher} was used by order {RedeemedBy}; remove it from this order's line and finish again.";
}

/// <summary>The new customer's order cannot be paid with this method: a new customer has no prepaid account yet.</summary>
/// <param name="Order">The order.</param>
/// <param name="Method">The method chosen.</param>
public sealed record PaymentMethodNotAvailable(OrderId Order, PaymentMethod Method) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Order {Order} cannot be paid with {Method}: a new customer has no prepaid account yet.";
}

/// <summary>A promotion code is applied only once the payment method is chosen (VOU-3).</summary>
/// <param name="Order">The order.</param>
public sealed record PaymentMethodNotChosen(OrderId Order) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Choose the payment method of order {Order} before entering a promotion code.";
}

/// <summary>An order takes one promotion code (VOU-3).</summary>
/// <param name="Order">The order.</param>
/// <param name="Applied">The code applied already.</param>
public sealed record PromotionCodeAlreadyApplied(OrderId Order, string Applied) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Order {Order} has the promotion code {Applied} already; an order takes one code.";
}

/// <summary>Why a promotion code does not apply to an order (VOU-3, VOU-4).</summary>
public enum PromotionCodeProblem
{
    /// <summary>No promotion code has this text.</summary>
    Unknown = 1,

    /// <summary>Its validity has not started.</summary>
    NotYetValid,

    /// <summary>Its validity has ended.</summary>
    Expired,

    /// <summary>It has reached its total number of redemptions.</summary>
    UsedUp,

    /// <summary>This customer may not use it: not a first order, or its own redemptions are used up.</summary>
    NotForThisCustomer,

    /// <summary>Its amounts are in another currency than the order's.</summary>
    OtherCurrency,

    /// <summary>The order costs less than the code's minimum amount.</summary>
    MinimumNotReached,

    /// <summary>No line left to pay is of a product type the code discounts.</summary>
    NoEligibleLine,
}

/// <summary>A promotion code does not apply to the order (VOU-3, VOU-4); the order is unchanged.</summary>
/// <param name="Text">The code as entered, in upper case.</param>
/// <param name="Problem">Why.</param>
public sealed record PromotionCodeRefused(string Text, PromotionCodeProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"The promotion code {Text} " + Problem switch
    {
        PromotionCodeProblem.Unknown => "does not exist.",
        PromotionCodeProblem.NotYetValid => "is not valid yet.",
        PromotionCodeProblem.Expired => "has expired.",
        PromotionCodeProblem.UsedUp => "has been used as many times as it may.",
        PromotionCodeProblem.NotForThisCustomer => "is not for this customer.",
        PromotionCodeProblem.OtherCurrency => "is for orders in another currency.",
        PromotionCodeProblem.MinimumNotReached => "needs a higher order amount.",
        _ => "does not apply to any product of this order.",
    };
}

/// <summary>
/// A decision about an order needs facts the caller did not give: the vouchers its lines activated, its promotion code,
/// or facts about the customer its code's terms ask for. Nothing is decided on partial facts.
/// </summary>
/// <param name="Order">The order.</param>
/// <param name="Vouchers">The activated vouchers to load and give.</param>
/// <param name="PromotionCode">The applied promotion code to load and give, or null.</param>
/// <param name="CustomerFacts">The facts about the customer to give.</param>
public sealed record OrderFactsNotGiven(OrderId Order, IReadOnlyList<VoucherId> Vouchers, PromotionCodeId? PromotionCode, IReadOnlyList<CustomerFact> CustomerFacts) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        $"Order {Order} needs facts that were not given: vouchers [{string.Join(", ", Vouchers)}], promotion code [{PromotionCode}], customer facts [{string.Join(", ", CustomerFacts)}].";
}

/// <summary>The order is finished or abandoned: nothing more can be done with it.</summary>
/// <param name="Order">The order.</param>
/// <param name="Step">Its last step: <see cref="OrderStep.Finished"/> or <see cref="OrderStep.Abandoned"/>.</param>
public sealed record OrderClosed(OrderId Order, OrderStep Step) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Order {Order} is {Step.ToString().ToLowerInvariant()}; start a new order.";
}
