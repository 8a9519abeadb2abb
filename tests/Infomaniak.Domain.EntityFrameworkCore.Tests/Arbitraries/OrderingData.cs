using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;

/// <summary>What the shop left behind: orders at every step, vouchers granted, confirmed and redeemed, promotion codes and their redemptions.</summary>
public sealed record OrderingData(IReadOnlyList<Order> Orders, IReadOnlyList<Voucher> Vouchers, IReadOnlyList<PromotionCode> PromotionCodes)
{
    public static OrderingData None { get; } = new([], [], []);

    /// <summary>The organizations the orders were placed for (shops of the data set's accounts, and new customers' organizations).</summary>
    public IEnumerable<OrganizationId> Organizations => Orders.Select(o => o.Organization).OfType<OrganizationId>().Distinct();
}

/// <summary>How one order goes: its lines (product type and price), the step it is left at, and whether it activates a voucher and applies a code.</summary>
/// <param name="Lines">The lines, as indexes into the types and prices.</param>
/// <param name="Step">0 lines, 1 cart summary, 2 payment method chosen, 3 code applied, 4 finished, 5 abandoned.</param>
/// <param name="Voucher">Whether to activate the first voucher offered for a line.</param>
/// <param name="Code">The index of the code to apply (modulo the codes), or null.</param>
/// <param name="Euros">Whether the order is in euros (most are in francs).</param>
public sealed record OrderRecipe((int Type, int Price)[] Lines, int Step, bool Voucher, int? Code, bool Euros);

/// <summary>One promotion code's terms, as indexes into small pools so that orders meet them and miss them.</summary>
public sealed record CodeRecipe(int Discount, int? Total, int? PerCustomer, bool FirstOrderOnly, bool Minimum, int Types, bool Expired);

/// <summary>
/// The shop of a data set: promotion codes, vouchers held by the accounts of the pool, and orders of shops founded by
/// those accounts (and of new customers), played through the public API in one sequence, so that finishing orders
/// redeems vouchers and codes and the customer facts are those the ordering specifications select.
/// </summary>
public sealed record OrderingRecipe(CodeRecipe[] Codes, (int Holder, int Type, bool Confirmed)[] Vouchers, (int Founder, OrderRecipe[] Orders)[] Shops, OrderRecipe[] Newcomers, int Seed)
{
    public static readonly string[] CodeTexts = ["SPRING", "SUMMER-10", "WELCOME_2026", "LAST-ONE"];

    public static readonly ProductType[] Types = [.. ProductType.WellKnown.Take(3)];

    private static readonly decimal[] Prices = [0m, 9.9m, 60m, 120m, 1_234.56m];

    private static readonly Gen<OrderRecipe> OrderGen =
        from lineCount in Gen.Elements(0, 1, 1, 2, 3)
        from lines in Gen.ArrayOf(from type in Gen.Choose(0, Types.Length - 1) from price in Gen.Choose(0, Prices.Length - 1) select (type, price), lineCount)
        from step in Gen.Elements(0, 1, 2, 3, 4, 4, 4, 5)
        from voucher in Gen.Elements(true, true, false)
        from code in Gen.Elements<int?>(null, 0, 1, 2, 3)
        from euros in Gen.Elements(false, false, false, true)
        select new OrderRecipe(lines, step, voucher, code, euros);

    private static readonly Gen<CodeRecipe> CodeGen =
        from discount in Gen.Choose(0, 3)
        from total in Gen.Elements<int?>(null, 1, 2, 5)
        from perCustomer in Gen.Elements<int?>(null, null, 1)
        from firstOnly in Gen.Elements(false, false, true)
        from minimum in Gen.Elements(false, false, true)
        from types in Gen.Choose(0, 3)
        from expired in Gen.Elements(false, false, false, true)
        select new CodeRecipe(discount, total, perCustomer, firstOnly, minimum, types, expired);

    public static Gen<OrderingRecipe> RecipeGen { get; } =
        from codeCount in Gen.Choose(0, CodeTexts.Length)
        from codes in Gen.ArrayOf(CodeGen, codeCount)
        from voucherCount in Gen.Choose(0, 6)
        from vouchers in Gen.ArrayOf(
            from holder in Gen.Choose(0, WorldRecipe.AccountPool - 1)
            from type in Gen.Choose(0, Types.Length - 1)
            from confirmed in Gen.Elements(true, true, false)
            select (holder, type, confirmed), voucherCount)
        from shopCount in Gen.Choose(0, 3)
        from shops in Gen.ArrayOf(
            from founder in Gen.Choose(0, WorldRecipe.AccountPool - 1)
            from orderCount in Gen.Choose(0, 4)
            from orders in Gen.ArrayOf(OrderGen, orderCount)
            select (founder, orders), shopCount)
        from newcomerCount in Gen.Choose(0, 2)
        from newcomers in Gen.ArrayOf(OrderGen, newcomerCount)
        from seed in Gen.Choose(0, int.MaxValue)
        select new OrderingRecipe(codes, vouchers, shops, newcomers, seed);

    /// <summary>Plays the recipe: every command's refusal is a value, so a step that does not apply leaves the order where it is.</summary>
    public OrderingData Build()
    {
        var random = new SeededRandomSource(Seed);
        var clock = Given.Clock();
        var support = Given.Account(42);
        var codes = Codes.Select((recipe, i) => MakeCode(CodeTexts[i], recipe, support, random)).ToList();
        var vouchers = new List<Voucher>();
        foreach (var (holder, type, confirmed) in Vouchers)
        {
            clock.Advance(TimeSpan.FromMinutes(7));
            var voucher = Voucher.Grant(Given.Account(holder), Types[type], support, clock, random);
            if (confirmed)
            {
                voucher.Confirm(support, clock);
            }

            vouchers.Add(voucher);
        }

        var orders = new List<Order>();
        for (var s = 0; s < Shops.Length; s++)
        {
            var (founder, recipes) = Shops[s];
            var shop = Given.OrganizationWith(300 + s, Given.Account(founder));
            var shopper = Shopper.SignedIn(shop, Given.Account(founder));
            foreach (var recipe in recipes)
            {
                clock.Advance(TimeSpan.FromMinutes(11));
                orders.Add(Play(recipe, shopper, shop.Id, orders, vouchers, codes, clock, random));
            }
        }

        for (var n = 0; n < Newcomers.Length; n++)
        {
            clock.Advance(TimeSpan.FromMinutes(13));
            orders.Add(Play(Newcomers[n], Shopper.NewCustomer, null, orders, vouchers, codes, clock, random, n));
        }

        orders.ForEach(o => o.DequeueEvents());
        vouchers.ForEach(v => v.DequeueEvents());
        codes.ForEach(c => c.DequeueEvents());
        return new(orders, vouchers, codes);
    }

    private static PromotionCode MakeCode(string text, CodeRecipe recipe, AccountId support, SeededRandomSource random)
    {
        var currency = recipe.Discount == 3 ? Currency.Eur : Currency.Chf;
        var discount = recipe.Discount switch
        {
            0 => Discount.Percent(15),
            1 => Discount.Percent(100),
            2 => Discount.Fixed(DataSets.Chf(25m)),
            _ => Discount.Fixed(Money.Create(5.5m, Currency.Eur).GetValueOrThrow()),
        };
        var from = recipe.Expired ? Given.Start.AddDays(-60) : Given.Start.AddDays(-10);
        var terms = PromotionTerms.Create(
                discount.GetValueOrThrow(), from, from.AddDays(recipe.Expired ? 30 : 90), recipe.Total, recipe.PerCustomer, recipe.FirstOrderOnly,
                recipe.Minimum ? Money.Create(50m, currency).GetValueOrThrow() : null, Types.Take(recipe.Types).ToList())
            .GetValueOrThrow();
        return PromotionCode.Create(PromotionCodeText.Parse(text.ToLowerInvariant()).GetValueOrThrow(), terms, support, random);
    }

    private static Order Play(
        OrderRecipe recipe, Shopper shopper, OrganizationId? shop, List<Order> placed, List<Voucher> vouchers, List<PromotionCode> codes, ManualTimeProvider clock, SeededRandomSource random, int newcomer = 0)
    {
        var currency = recipe.Euros ? Currency.Eur : Currency.Chf;
        var order = Order.Start(shopper, currency, clock, random).GetValueOrThrow();
        foreach (var (type, price) in recipe.Lines)
        {
            order.AddLine(shopper, Types[type], RenewalPeriod.Yearly, Money.Create(Prices[price], currency).GetValueOrThrow());
        }

        if (recipe.Step == 5)
        {
            order.ShowSummary(shopper);
            order.Abandon(shopper).GetValueOrThrow();
            return order;
        }

        if (recipe.Step >= 1 && order.ShowSummary(shopper).IsT0 && recipe.Voucher && shopper is Shopper.Member)
        {
            for (var line = 1; line <= order.Lines.Count; line++)
            {
                if (order.VouchersOffered(line, vouchers).FirstOrDefault() is { } offered && order.ActivateVoucher(shopper, line, offered).IsT0)
                {
                    break;
                }
            }
        }

        if (recipe.Step >= 2)
        {
            order.ChoosePaymentMethod(shopper, recipe.Step % 2 == 0 ? PaymentMethod.Card : PaymentMethod.PrepaidAccount);
        }

        PromotionCode? code = null;
        if (recipe.Step >= 3 && recipe.Code is { } index && codes.Count > 0)
        {
            code = codes[index % codes.Count];
            if (!order.ApplyPromotionCode(shopper, code.Code, code, Facts(shop, code, placed), clock).IsT0)
            {
                code = null;
            }
        }

        if (recipe.Step == 4)
        {
            if (shopper is Shopper.Member)
            {
                order.Finish(shopper, vouchers, code, code is null ? CustomerFacts.None : Facts(shop, code, placed), clock, random);
            }
            else
            {
                var details = new NewCustomerDetails(
                    EmailAddress.Parse($"newcomer{newcomer}@example.net").GetValueOrThrow(), PersonName.Create("Zoë", "Núñez").GetValueOrThrow(),
                    TestPasswords.Of("A sunny garden in Carouge 42"), null, null);
                order.FinishAsNewCustomer(details, null, TestPasswords.Service(), code, clock, random);
            }
        }

        return order;
    }

    /// <summary>What the ordering specifications would load for the shop: whether it finished an order, and how many redeemed the code.</summary>
    private static CustomerFacts Facts(OrganizationId? shop, PromotionCode code, List<Order> placed)
    {
        var finished = placed.Where(o => o.Organization == shop && o.Step == OrderStep.Finished).ToList();
        return new CustomerFacts(finished.Count == 0, finished.Count(o => o.PromotionCode == code.Id));
    }
}
