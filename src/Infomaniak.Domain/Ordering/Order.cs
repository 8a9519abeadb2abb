using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Ordering;

/// <summary>
/// An order in the shop: the checkout as a state machine (VOU-2, VOU-3) that moves only forward through
/// <see cref="OrderStep"/>: lines, cart summary (vouchers can be activated), payment method chosen, promotion code
/// applied (optional), finished; or abandoned before the end. A command asked at another step is refused by name and
/// changes nothing.
/// </summary>
/// <remarks>
/// <para>
/// Every command names its <see cref="Shopper"/>. A signed-in shopper's order is authorized by the organization's one
/// decision: ordering needs the right to order products (all rights), and vouchers and promotion codes need billing
/// rights too (RGT-4); a stranger or a member of another organization gets <see cref="ActionDenied"/>. An order is its
/// shopper's own: anyone else gets <see cref="NotTheShopper"/>.
/// </para>
/// <para>
/// Money is exact and in the order's one currency; the amount due is price minus vouchers minus discount, line by line,
/// never below zero (see <see cref="Discount"/> for rounding). Vouchers and the promotion code are used up only when the
/// order finishes (<see cref="Finish"/>, <see cref="FinishAsNewCustomer"/>), which checks them again then.
/// </para>
/// </remarks>
public sealed partial class Order : AggregateRoot<OrderId>
{
    /// <summary>The most lines an order holds.</summary>
    public const int MaxLines = 50;

    private readonly List<OrderLine> lines = [];

    private Order(OrderId id, long version, Currency currency, bool byNewCustomer, AccountId? shopper, OrganizationId? organization, DateTimeOffset startedAt)
        : base(id, version)
    {
        Currency = currency;
        ByNewCustomer = byNewCustomer;
        ShopperAccount = shopper;
        Organization = organization;
        StartedAt = startedAt;
        Lines = lines.AsReadOnly();
    }

    /// <summary>The order's one currency.</summary>
    public Currency Currency { get; }

    /// <summary>Whether a new customer, without an account, started it (ORG-1).</summary>
    public bool ByNewCustomer { get; }

    /// <summary>The signed-in account that orders; for a new customer, null until the finishing creates the account.</summary>
    public AccountId? ShopperAccount { get; private set; }

    /// <summary>The organization ordered for; for a new customer, null until the finishing creates it.</summary>
    public OrganizationId? Organization { get; private set; }

    /// <summary>When it was started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>When it was finished, or null.</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The step it is at.</summary>
    public OrderStep Step { get; private set; } = OrderStep.Lines;

    /// <summary>Whether it is finished or abandoned.</summary>
    public bool IsClosed => Step is OrderStep.Finished or OrderStep.Abandoned;

    /// <summary>Its lines, by number: a read-only view.</summary>
    public IReadOnlyList<OrderLine> Lines { get; }

    /// <summary>The payment method chosen, or null before that step.</summary>
    public PaymentMethod? PaymentMethod { get; private set; }

    /// <summary>The promotion code applied, or null.</summary>
    public PromotionCodeId? PromotionCode { get; private set; }

    /// <summary>The text of the promotion code applied, or null.</summary>
    public PromotionCodeText? PromotionCodeText { get; private set; }

    /// <summary>The order's amounts, per line and in all (VOU-4).</summary>
    public OrderTotals Totals
    {
        get
        {
            List<LineTotal> totals = new(lines.Count);
            decimal price = 0m, vouchers = 0m, discount = 0m;
            foreach (var line in lines)
            {
                var voucher = line.Price.Amount - line.DueBeforeDiscount;
                totals.Add(new LineTotal(line.Number, line.Price, Exact(voucher), line.Discount, Exact(line.DueBeforeDiscount - line.Discount.Amount)));
                price += line.Price.Amount;
                vouchers += voucher;
                discount += line.Discount.Amount;
            }

            return new OrderTotals(totals, Exact(price), Exact(vouchers), Exact(discount), Exact(price - vouchers - discount));
        }
    }

    /// <summary>Starts an order in one currency.</summary>
    /// <param name="shopper">Who orders: signed in (needs the right to order products) or a new customer.</param>
    /// <param name="currency">The order's currency: every price of it is in it.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="random">The source of the order's id.</param>
    /// <returns>The order at <see cref="OrderStep.Lines"/>, with <see cref="OrderStarted"/> pending; or <see cref="ActionDenied"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value.</exception>
    public static OneOf<Order, ActionDenied> Start(Shopper shopper, Currency currency, TimeProvider clock, IRandomSource random)
    {
        Guard.Against.Null(shopper);
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        Guard.Against.Expression(c => c.IsDefault, currency, "A currency is required; the default value is not one.", nameof(currency));
        if (shopper is Shopper.Member member && member.Organization.Authorize(member.Account, MemberAction.OrderProduct).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        var (account, organization) = shopper is Shopper.Member m ? (m.Account, m.Organization.Id) : ((AccountId?)null, (OrganizationId?)null);
        var order = new Order(TypedId.New<OrderId>(random), 0, currency, shopper is Shopper.Newcomer, account, organization, clock.GetUtcNow());
        order.Record(new OrderStarted(order.Id, account, organization, currency));
        return order;
    }

    /// <summary>Adds a line: a product type, its renewal period and its price for the first period.</summary>
    /// <param name="shopper">The order's shopper.</param>
    /// <param name="type">The product type.</param>
    /// <param name="period">Its renewal period.</param>
    /// <param name="price">Its price, zero or more, in the order's currency.</param>
    /// <returns>The new line's number; or <see cref="ActionDenied"/>, <see cref="NotTheShopper"/>, <see cref="OrderClosed"/>,
    /// <see cref="StepOutOfOrder"/> (after the lines step), <see cref="TooManyLines"/>, <see cref="CurrencyMismatch"/>,
    /// <see cref="NegativePrice"/> or <see cref="AmountOutOfRange"/> (the order's total would leave the range of money).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shopper"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/>, <paramref name="period"/> or the currency of <paramref name="price"/> is the default value.</exception>
    public OneOf<int, ActionDenied, NotTheShopper, OrderClosed, StepOutOfOrder, TooManyLines, CurrencyMismatch, NegativePrice, AmountOutOfRange> AddLine(
        Shopper shopper, ProductType type, RenewalPeriod period, Money price)
    {
        Guard.Against.Expression(t => t.IsDefault, type, "A product type is required; the default value is not one.", nameof(type));
        Guard.Against.Expression(p => p.IsDefault, period, "A renewal period is required; the default value is not one.", nameof(period));
        Guard.Against.Expression(p => p.Currency.IsDefault, price, "A price needs a currency; the default value has none.", nameof(price));
        if (Denied(shopper, billing: false) is { } denied)
        {
            return denied;
        }

        if (NotShopper(shopper) is { } other)
        {
            return other;
        }

        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Step != OrderStep.Lines)
        {
            return new StepOutOfOrder(Id, Step, OrderStep.Lines);
        }

        if (lines.Count >= MaxLines)
        {
            return new TooManyLines(Id, MaxLines);
        }

        if (price.Currency != Currency)
        {
            return new CurrencyMismatch(Currency, price.Currency);
        }

        if (price.IsNegative)
        {
            return new NegativePrice(price);
        }

        var total = lines.Sum(line => line.Price.Amount) + price.Amount;
        if (total > Money.MaxMagnitude)
        {
            return new AmountOutOfRange(total, Currency);
        }

        var number = lines.Count + 1;
        lines.Add(new OrderLine(number, type, period, price, null, Money.Zero(Currency)));
        Record(new OrderLineAdded(Id, number, type, period, price));
        return number;
    }

    /// <summary>Goes from the lines to the cart summary, where vouchers can be activated (VOU-2).</summary>
    /// <param name="shopper">The order's shopper.</param>
    /// <returns>The order's totals; or <see cref="ActionDenied"/>, <see cref="NotTheShopper"/>, <see cref="OrderClosed"/>,
    /// <see cref="StepOutOfOrder"/> or <see cref="EmptyOrder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shopper"/> is null.</exception>
    public OneOf<OrderTotals, ActionDenied, NotTheShopper, OrderClosed, StepOutOfOrder, EmptyOrder> ShowSummary(Shopper shopper)
    {
        if (Denied(shopper, billing: false) is { } denied)
        {
            return denied;
        }

        if (NotShopper(shopper) is { } other)
        {
            return other;
        }

        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Step != OrderStep.Lines)
        {
            return new StepOutOfOrder(Id, Step, OrderStep.Lines);
        }

        if (lines.Count == 0)
        {
            return new EmptyOrder(Id);
        }

        Step = OrderStep.CartSummary;
        Record(new OrderSummaryReached(Id));
        return Totals;
    }

    /// <summary>
    /// The vouchers the cart summary offers for a line (VOU-2): among <paramref name="candidates"/>, exactly those the
    /// signed-in shopper holds, confirmed, unused, for the line's product type and not activated on another line of this
    /// order. None for a new customer, for an unknown line, or outside the cart summary.
    /// </summary>
    /// <param name="line">The line's number.</param>
    /// <param name="candidates">Vouchers loaded for the shopper (<c>VouchersOfferedSpec</c> loads the right ones).</param>
    /// <returns>The vouchers offered, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or a voucher in it is null.</exception>
    public IReadOnlyList<Voucher> VouchersOffered(int line, IEnumerable<Voucher> candidates)
    {
        Guard.Against.Null(candidates);
        var given = candidates.Select(voucher => Guard.Against.Null(voucher, nameof(candidates))).ToList();
        if (Step != OrderStep.CartSummary || ShopperAccount is not { } shopper || LineAt(line) is not { } found)
        {
            return [];
        }

        return [.. given.Where(voucher => voucher.IsOfferedTo(shopper, found.Type) && !lines.Any(l => l.Voucher == voucher.Id && l.Number != line))];
    }

    /// <summary>Activates a free voucher on a line at the cart summary, which makes the line free (VOU-2). The voucher is
    /// used up only when the order finishes; the same voucher on the same line again changes nothing.</summary>
    /// <param name="shopper">The order's shopper; needs billing rights too (RGT-4).</param>
    /// <param name="line">The line's number.</param>
    /// <param name="voucher">The voucher.</param>
    /// <returns>The order's totals; or <see cref="ActionDenied"/>, <see cref="NotTheShopper"/>, <see cref="OrderClosed"/>,
    /// <see cref="StepOutOfOrder"/>, <see cref="LineNotFound"/> or <see cref="VoucherNotUsable"/> naming why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shopper"/> or <paramref name="voucher"/> is null.</exception>
    public OneOf<OrderTotals, ActionDenied, NotTheShopper, OrderClosed, StepOutOfOrder, LineNotFound, VoucherNotUsable> ActivateVoucher(Shopper shopper, int line, Voucher voucher)
    {
        Guard.Against.Null(voucher);
        if (Denied(shopper, billing: true) is { } denied)
        {
            return denied;
        }

        if (NotShopper(shopper) is { } other)
        {
            return other;
        }

        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Step != OrderStep.CartSummary)
        {
            return new StepOutOfOrder(Id, Step, OrderStep.CartSummary);
        }

        if (LineAt(line) is not { } found)
        {
            return new LineNotFound(Id, line);
        }

        if (found.Voucher == voucher.Id)
        {
            return Totals;
        }

        var problem = voucher.Holder != ShopperAccount ? VoucherProblem.OfAnotherAccount
            : !voucher.IsConfirmed ? VoucherProblem.NotConfirmed
            : voucher.IsRedeemed ? VoucherProblem.AlreadyUsed
            : voucher.Type != found.Type ? VoucherProblem.ForAnotherProductType
            : lines.Any(l => l.Voucher == voucher.Id) ? VoucherProblem.OnAnotherLine
            : found.Voucher is not null ? VoucherProblem.LineAlreadyFree
            : (VoucherProblem?)null;
        if (problem is { } refused)
        {
            return new VoucherNotUsable(voucher.Id, line, refused);
        }

        found.Voucher = voucher.Id;
        Record(new OrderVoucherActivated(Id, line, voucher.Id));
        return Totals;
    }

    /// <summary>Chooses the payment method after the cart summary (VOU-3); it may be chosen again until a promotion code is applied.</summary>
    /// <param name="shopper">The order's shopper.</param>
    /// <param name="method">The method; a new customer has no prepaid account to pay with.</param>
    /// <returns>The order's totals; or <see cref="ActionDenied"/>, <see cref="NotTheShopper"/>, <see cref="OrderClosed"/>,
    /// <see cref="StepOutOfOrder"/> or <see cref="PaymentMethodNotAvailable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shopper"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> is the default value.</exception>
    public OneOf<OrderTotals, ActionDenied, NotTheShopper, OrderClosed, StepOutOfOrder, PaymentMethodNotAvailable> ChoosePaymentMethod(Shopper shopper, PaymentMethod method)
    {
        Guard.Against.Expression(m => m.IsDefault, method, "A payment method is required; the default value is not one.", nameof(method));
        if (Denied(shopper, billing: false) is { } denied)
        {
            return denied;
        }

        if (NotShopper(shopper) is { } other)
        {
            return other;
        }

        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Step is not (OrderStep.CartSummary or OrderStep.PaymentMethodChosen))
        {
            return new StepOutOfOrder(Id, Step, OrderStep.CartSummary);
        }

        if (ByNewCustomer && method == Common.PaymentMethod.PrepaidAccount)
        {
            return new PaymentMethodNotAvailable(Id, method);
        }

        if (Step != OrderStep.PaymentMethodChosen || PaymentMethod != method)
        {
            Step = OrderStep.PaymentMethodChosen;
            PaymentMethod = method;
            Record(new OrderPaymentMethodChosen(Id, method));
        }

        return Totals;
    }

    /// <summary>Abandons the order before it finishes: nothing is used up, its vouchers and code stay free (VOU-2).</summary>
    /// <param name="shopper">The order's shopper.</param>
    /// <returns><see cref="Success"/> (with <see cref="OrderAbandoned"/> pending); or <see cref="ActionDenied"/>,
    /// <see cref="NotTheShopper"/> or <see cref="OrderClosed"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shopper"/> is null.</exception>
    public OneOf<Success, ActionDenied, NotTheShopper, OrderClosed> Abandon(Shopper shopper)
    {
        if (Denied(shopper, billing: false) is { } denied)
        {
            return denied;
        }

        if (NotShopper(shopper) is { } other)
        {
            return other;
        }

        if (Closed() is { } closed)
        {
            return closed;
        }

        Step = OrderStep.Abandoned;
        Record(new OrderAbandoned(Id));
        return new Success();
    }

    private OrderLine? LineAt(int number) => number >= 1 && number <= lines.Count ? lines[number - 1] : null;

    private Money Exact(decimal amount) => Money.Create(amount, Currency).Match(money => money, tooPrecise => throw new InvalidOperationException(tooPrecise.Message), outOfRange => throw new InvalidOperationException(outOfRange.Message));

    /// <summary>The organization's decision for a signed-in shopper on a signed-in order: ordering, and billing rights when asked.</summary>
    private ActionDenied? Denied(Shopper shopper, bool billing)
    {
        Guard.Against.Null(shopper);
        if (shopper is not Shopper.Member member || ByNewCustomer || Organization is not { } owner)
        {
            return null;
        }

        if (member.Organization.Authorize(member.Account, MemberAction.OrderProduct, owner).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        return billing && member.Organization.Authorize(member.Account, MemberAction.ManageVouchers, owner).TryPickT1(out var noBilling, out _) ? noBilling : null;
    }

    private NotTheShopper? NotShopper(Shopper shopper) => shopper switch
    {
        Shopper.Member member when !ByNewCustomer && member.Account == ShopperAccount => null,
        Shopper.Newcomer when ByNewCustomer => null,
        _ => new NotTheShopper(Id),
    };

    private OrderClosed? Closed() => IsClosed ? new OrderClosed(Id, Step) : null;
}
