using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// Pricing a cart runs on every change the shopper makes: an order of 10 lines, one made free by a voucher, priced
/// with a promotion code from its lines to its totals, must stay in the microseconds.
/// </summary>
[MemoryDiagnoser]
public class OrderingBenchmarks
{
    private const int Lines = 10;

    private readonly CryptoRandomSource random = new();
    private readonly TimeProvider clock = TimeProvider.System;
    private Organization organization = null!;
    private Shopper shopper = null!;
    private Voucher voucher = null!;
    private PromotionCode percentCode = null!;
    private PromotionCode fixedCode = null!;
    private Money[] prices = null!;

    [GlobalSetup]
    public void Setup()
    {
        var founder = Founder.Register("marie@boulangerie-du-lac.example", random);
        var owner = founder.Id;
        organization = Organization.Create(founder, new CustomerProfile.Company(OrganizationName.Parse("Boulangerie du Lac").GetValueOrThrow()), random);
        shopper = Shopper.SignedIn(organization, owner);
        voucher = Voucher.Grant(owner, ProductType.SwissBackup, owner, clock, random);
        voucher.Confirm(owner, clock);
        percentCode = Code("SPRING-15", Discount.Percent(15).GetValueOrThrow());
        fixedCode = Code("MINUS-40", Discount.Fixed(Money.Create(40m, Currency.Chf).GetValueOrThrow()).GetValueOrThrow());
        prices = [.. Enumerable.Range(1, Lines).Select(i => Money.Create(9.95m * i, Currency.Chf).GetValueOrThrow())];
    }

    [Benchmark(Baseline = true)]
    public decimal PriceTenLines_WithAVoucherAndAPercentageCode() => Price(percentCode);

    [Benchmark]
    public decimal PriceTenLines_WithAVoucherAndAFixedAmountCode() => Price(fixedCode);

    private decimal Price(PromotionCode code)
    {
        var order = Order.Start(shopper, Currency.Chf, clock, random).GetValueOrThrow();
        for (var i = 0; i < Lines; i++)
        {
            order.AddLine(shopper, i == 0 ? ProductType.SwissBackup : ProductType.WebHosting, RenewalPeriod.Yearly, prices[i]).GetValueOrThrow();
        }

        order.ShowSummary(shopper).GetValueOrThrow();
        order.ActivateVoucher(shopper, 1, voucher).GetValueOrThrow();
        order.ChoosePaymentMethod(shopper, PaymentMethod.Card).GetValueOrThrow();
        var totals = order.ApplyPromotionCode(shopper, code.Code, code, CustomerFacts.None, clock).GetValueOrThrow();
        return totals.AmountDue.Amount + totals.Lines[Lines - 1].Discount.Amount + order.PendingEvents.Count;
    }

    private PromotionCode Code(string text, Discount discount) => PromotionCode.Create(
        PromotionCodeText.Parse(text).GetValueOrThrow(),
        PromotionTerms.Create(discount, clock.GetUtcNow().AddYears(-1), clock.GetUtcNow().AddYears(10), null, null, false, null, []).GetValueOrThrow(),
        TypedId.New<AccountId>(random),
        random);
}
