using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Ordering;

public sealed partial class Order
{
    /// <summary>Exports the order's state for storage.</summary>
    /// <returns>A state <see cref="FromState"/> rebuilds an equal order from.</returns>
    public OrderState ToState() => new()
    {
        Id = Id,
        Version = Version,
        Step = Step,
        Currency = Currency,
        ShopperId = ShopperAccount,
        OrganizationId = Organization,
        ByNewCustomer = ByNewCustomer,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
        PaymentMethod = PaymentMethod?.Code,
        PromotionCodeId = PromotionCode,
        PromotionCode = PromotionCodeText?.Value,
        Lines = [.. lines.Select(line => new OrderLineState
        {
            OrderId = Id,
            Line = line.Number,
            Type = line.Type.Code,
            RenewalMonths = line.Period.Months,
            Price = line.Price,
            VoucherId = line.Voucher,
            Discount = line.Discount,
        })],
    };

    /// <summary>Rebuilds an order from a stored state, with no pending events.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a default id, an unknown step, lines not numbered
    /// 1 to n or of another order, an invalid type, period or payment method, an amount in another currency, negative or
    /// above what remains to pay, a voucher on two lines, or a step its facts contradict.</exception>
    public static Order FromState(OrderState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.Lines, nameof(state));
        Require(Enum.IsDefined(state.Step), "The step is not an order step.");
        Require(!state.Currency.IsDefault, "The currency is missing.");
        var finished = state.Step == OrderStep.Finished;
        Require(state.ByNewCustomer && !finished ? state.ShopperId is null && state.OrganizationId is null : state.ShopperId is not null && state.OrganizationId is not null,
            "The shopper and organization do not match who started the order and whether it is finished.");
        Require(finished == state.FinishedAt is not null, "Only a finished order has a finishing time.");
        Require((state.PaymentMethod is not null) == (state.Step is OrderStep.PaymentMethodChosen or OrderStep.PromotionCodeApplied or OrderStep.Finished) || state.Step == OrderStep.Abandoned,
            "The payment method does not match the step.");
        Require((state.PromotionCodeId is null) == (state.PromotionCode is null), "The promotion code's id and text go together.");
        Require(state.PromotionCodeId is null || state.Step is OrderStep.PromotionCodeApplied or OrderStep.Finished or OrderStep.Abandoned, "A promotion code is applied only after the payment method.");
        Require(state.Step != OrderStep.PromotionCodeApplied || state.PromotionCodeId is not null, "An order at the step of its promotion code holds that code.");
        Require(state.Lines.Count <= MaxLines && (state.Lines.Count > 0 || state.Step is OrderStep.Lines or OrderStep.Abandoned), "The lines do not fit the step.");
        PaymentMethod? method = state.PaymentMethod is null ? null : Common.PaymentMethod.Parse(state.PaymentMethod).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        Require(method?.Code == state.PaymentMethod, "The payment method is not stored in its canonical form.");
        PromotionCodeText? code = state.PromotionCode is null ? null : Ordering.PromotionCodeText.Parse(state.PromotionCode).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        Require(code?.Value == state.PromotionCode, "The promotion code is not stored in upper case.");
        var order = new Order(state.Id, state.Version, state.Currency, state.ByNewCustomer, state.ShopperId, state.OrganizationId, state.StartedAt)
        {
            Step = state.Step,
            FinishedAt = state.FinishedAt,
            PaymentMethod = method,
            PromotionCode = state.PromotionCodeId,
            PromotionCodeText = code,
        };
        var total = 0m;
        foreach (var (line, index) in state.Lines.Select((line, index) => (line, index)))
        {
            Guard.Against.Null(line, nameof(state));
            Require(line.OrderId == state.Id && line.Line == index + 1, "The lines are not numbered 1 to n, or belong to another order.");
            var type = ProductType.Parse(line.Type).Match(valid => valid, invalid => throw Invalid(invalid.Message));
            Require(type.Code == line.Type, "A line's type is not stored in its canonical form.");
            var period = RenewalPeriod.FromMonths(line.RenewalMonths).Match(valid => valid, invalid => throw Invalid(invalid.Message));
            Require(line.Price.Currency == state.Currency && line.Discount.Currency == state.Currency, "A line's amount is in another currency.");
            Require(!line.Price.IsNegative && !line.Discount.IsNegative, "A line's amount is negative.");
            var due = line.VoucherId is null ? line.Price.Amount : 0m;
            Require(line.Discount.Amount <= due && (line.Discount.IsZero || state.PromotionCodeId is not null), "A line's discount exceeds what remains to pay, or has no code.");
            Require(line.VoucherId is null || (state.Step != OrderStep.Lines && !state.ByNewCustomer), "A voucher is activated only at the cart summary of a signed-in shopper.");
            Require(line.VoucherId is null || order.lines.TrueForAll(other => other.Voucher != line.VoucherId), "A voucher is activated on two lines.");
            total += line.Price.Amount;
            Require(total <= Money.MaxMagnitude, "The order's total is out of range.");
            order.lines.Add(new OrderLine(line.Line, type, period, line.Price, line.VoucherId, line.Discount));
        }

        return order;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    private static ArgumentException Invalid(string message) => new($"Invalid order state: {message}", "state");
}
