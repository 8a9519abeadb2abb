using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Billing;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

public class AutomaticRenewalTests
{
    private static readonly AccountId Owner = BillingScene.Owner;
    private static readonly RenewalPreference ByPrepaid = RenewalPreference.Automatic(AutomaticRenewal.Method);

    /// <summary>
    /// Yearly products at the given prices, ordered a day apart, set to renew automatically from the prepaid account, and a
    /// year later (all due), the account holding <paramref name="balance"/>. No pending event.
    /// </summary>
    private static (BillingScene Scene, PrepaidAccount Account) Due(decimal balance, params decimal[] prices)
    {
        var scene = new BillingScene(products: 0);
        foreach (var price in prices)
        {
            scene.Products.Add(scene.Order(price, Currency.Chf));
            scene.Clock.Advance(TimeSpan.FromDays(1));
        }

        AutomaticRenewal.Choose(scene.Organization, Owner, scene.Products, ByPrepaid).GetValueOrThrow();
        scene.Clock.Advance(TimeSpan.FromDays(365));
        scene.Dequeue();
        return (scene, Holding(scene.Organization, balance, actor: Owner));
    }

    private static RenewalRun Run(BillingScene scene, PrepaidAccount account, IReadOnlyCollection<Product>? products = null, AccountId? actor = null) =>
        AutomaticRenewal.Run(account, scene.Billing, scene.Organization, actor ?? Owner, products ?? scene.Products, TimeSpan.Zero, null, scene.Clock, scene.Random).GetValueOrThrow();

    [Fact]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "BIL-5")]
    public void ARun_RenewsInOrderWhatTheBalanceCovers_EachOnItsOwnPaidInvoice_AndReportsTheRestWithTheShortfall()
    {
        var (scene, account) = Due(280m, 120m, 130m, 140m);
        var paidUntil = scene.Products.Select(p => p.PaidUntil).ToList();

        var run = Run(scene, account);

        Assert.Equal([scene.Products[0].Id, scene.Products[1].Id], run.Renewed.Select(r => r.Product));
        Assert.Equal([new ProductNotRenewed(scene.Products[2].Id, NotRenewedReason.InsufficientBalance, Chf(110m), null)], run.NotRenewed);
        Assert.Equal(Chf(250m), run.Debited);
        Assert.Equal(Chf(30m), account.Balance);
        Assert.Equal((scene.Organization.Id, scene.Clock.GetUtcNow()), (run.Organization, run.RanAt));
        for (var i = 0; i < 2; i++)
        {
            var renewal = run.Renewed[i];
            Assert.Equal(paidUntil[i].AddMonths(12), scene.Products[i].PaidUntil);
            Assert.Equal(scene.Products[i].PaidUntil, renewal.PaidUntil);
            Assert.Equal(new InvoiceStatus.Paid(scene.Clock.GetUtcNow(), PaymentMethod.PrepaidAccount), renewal.Invoice.Status);
            Assert.Equal([scene.Products[i].Id], renewal.Invoice.Lines.Select(l => l.Product));
            Assert.Equal(renewal.Invoice.Total, renewal.Debit.Amount);
            Assert.Equal(LedgerReference.ForRenewal(scene.Products[i].Id, DateOnly.FromDateTime(paidUntil[i].UtcDateTime)), renewal.Debit.Reference);
            Assert.Equal(renewal.Debit.IdempotencyKey, AutomaticRenewal.KeyFor(Product.FromState(scene.Products[i].ToState() with { PaidUntil = paidUntil[i] })));
            Assert.Contains(account.PendingEvents, e => ReferenceEquals(e, renewal.Debit));
            Assert.Contains(scene.Products[i].PendingEvents, e => e is ProductRenewed renewed && renewed.Invoice == renewal.Invoice.Id);
        }

        Assert.Equal(2, run.Renewed.Select(r => r.Invoice.Number).Distinct().Count());
        Assert.Equal(paidUntil[2], scene.Products[2].PaidUntil);
        Assert.Empty(scene.Products[2].PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void AProductTheBalanceLeftDoesNotCover_IsSkipped_AndALaterCheaperOneIsStillRenewed()
    {
        var (scene, account) = Due(100m, 300m, 50m);

        var run = Run(scene, account);

        Assert.Equal([scene.Products[1].Id], run.Renewed.Select(r => r.Product));
        Assert.Equal(new ProductNotRenewed(scene.Products[0].Id, NotRenewedReason.InsufficientBalance, Chf(200m), null), Assert.Single(run.NotRenewed));
        Assert.Equal(Chf(50m), account.Balance);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void ProductsDueTheSameInstant_AreTakenByIdOrder_WhateverTheOrderGiven()
    {
        var scene = new BillingScene(products: 2);
        AutomaticRenewal.Choose(scene.Organization, Owner, scene.Products, ByPrepaid).GetValueOrThrow();
        scene.Clock.Advance(TimeSpan.FromDays(30));
        var account = Holding(scene.Organization, 140m, actor: Owner);
        var first = scene.Products.MinBy(p => p.Id.Value)!;
        Assert.Equal(scene.Products[0].PaidUntil, scene.Products[1].PaidUntil);

        var run = Run(scene, account, [.. Enumerable.Reverse(scene.Products)]);

        Assert.Equal(first.Id, Assert.Single(run.Renewed).Product);
        Assert.Equal(NotRenewedReason.InsufficientBalance, Assert.Single(run.NotRenewed).Reason);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "PRE-5")]
    public void RunningTwice_OrWithProductsLoadedStale_RenewsNothingTwice_AndChangesNothing()
    {
        var (scene, account) = Due(280m, 120m, 130m, 140m);
        var stale = scene.Products.Select(p => Product.FromState(p.ToState())).ToList();
        Run(scene, account);
        scene.Dequeue();
        account.DequeueEvents();
        var before = PrepaidPaymentsTests.Snapshot(scene, account);

        var again = Run(scene, account);
        var withStale = Run(scene, account, stale);

        Assert.Empty(again.Renewed);
        Assert.Equal([NotRenewedReason.InsufficientBalance, NotRenewedReason.NotDue, NotRenewedReason.NotDue], again.NotRenewed.Select(n => n.Reason));
        Assert.Empty(withStale.Renewed);
        Assert.Equal([NotRenewedReason.AlreadyRenewed, NotRenewedReason.AlreadyRenewed, NotRenewedReason.InsufficientBalance], withStale.NotRenewed.Select(n => n.Reason));
        Assert.Equal(Chf(0m), again.Debited);
        Assert.Equal(before, PrepaidPaymentsTests.Snapshot(scene, account));
        Assert.All(stale, p => Assert.Empty(p.PendingEvents));
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void EveryProductNotRenewed_IsReportedWithItsReason()
    {
        var (scene, account) = Due(100m, 10m, 11m, 12m, 13m, 500m);
        var manual = scene.Products[0];
        var byCard = scene.Products[1];
        var terminated = scene.Products[2];
        var invoiced = scene.Products[3];
        manual.SetRenewalPreference(scene.Organization, Owner, RenewalPreference.Manual(AutomaticRenewal.Method)).GetValueOrThrow();
        byCard.SetRenewalPreference(scene.Organization, Owner, RenewalPreference.Automatic(PaymentMethod.Card)).GetValueOrThrow();
        terminated.Terminate(scene.Organization, Owner).GetValueOrThrow();
        var open = scene.Issue(invoiced);
        var inEuros = scene.Order(5m, Currency.Eur);
        var withoutAddress = scene.Order(5m, Currency.Chf, withAddress: false);
        var cheap = scene.Order(5m, Currency.Chf);
        scene.Clock.Advance(TimeSpan.FromDays(400));
        var dueLater = scene.Order(5m, Currency.Chf);
        AutomaticRenewal.Choose(scene.Organization, Owner, [inEuros, withoutAddress, cheap, dueLater], ByPrepaid).GetValueOrThrow();
        scene.ForeignProduct.SetRenewalPreference(scene.Other, BillingScene.OtherOwner, ByPrepaid).GetValueOrThrow();
        scene.Dequeue();

        var run = Run(scene, account, [.. scene.Products, inEuros, withoutAddress, cheap, dueLater, scene.ForeignProduct, manual]);

        var reasons = run.NotRenewed.ToDictionary(n => n.Product, n => n.Reason);
        Assert.Equal(NotRenewedReason.AutomaticRenewalOff, reasons[manual.Id]);
        Assert.Equal(NotRenewedReason.OtherPaymentMethod, reasons[byCard.Id]);
        Assert.Equal(NotRenewedReason.Terminated, reasons[terminated.Id]);
        Assert.Equal(NotRenewedReason.AlreadyInvoiced, reasons[invoiced.Id]);
        Assert.Equal(open.Id, run.NotRenewed.Single(n => n.Product == invoiced.Id).OpenInvoice);
        Assert.Equal(NotRenewedReason.OtherCurrency, reasons[inEuros.Id]);
        Assert.Equal(NotRenewedReason.NoBillingAddress, reasons[withoutAddress.Id]);
        Assert.Equal(NotRenewedReason.NotDue, reasons[dueLater.Id]);
        Assert.Equal(NotRenewedReason.OtherOrganization, reasons[scene.ForeignProduct.Id]);
        Assert.Equal(NotRenewedReason.InsufficientBalance, reasons[scene.Products[4].Id]);
        Assert.Equal([cheap.Id], run.Renewed.Select(r => r.Product));
        Assert.Equal(9, run.NotRenewed.Count);
        Assert.Equal(Chf(95m), account.Balance);
        Assert.Empty(scene.ForeignProduct.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void AFreeProduct_IsLeftToBeRenewedByHand_SinceTheLedgerCouldNotKeepItFromBeingRenewedTwice()
    {
        var (scene, account) = Due(10m, 0m);
        var before = PrepaidPaymentsTests.Snapshot(scene, account);

        var run = Run(scene, account);

        Assert.Empty(run.Renewed);
        Assert.Equal(new ProductNotRenewed(scene.Products[0].Id, NotRenewedReason.NothingToPay, null, null), Assert.Single(run.NotRenewed));
        Assert.Equal(before, PrepaidPaymentsTests.Snapshot(scene, account));
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public void ARun_ByAMemberWithoutBillingRights_OrWithAnotherOrganizationsAccountOrProfile_IsDenied_AndChangesNothing()
    {
        var (scene, account) = Due(1_000m, 120m);
        var foreignAccount = Holding(scene.Other, 1_000m, actor: BillingScene.OtherOwner, seed: 7);
        var before = PrepaidPaymentsTests.Snapshot(scene, account);

        foreach (var (actor, reason) in BillingScene.NoBillingRights)
        {
            var denied = AutomaticRenewal.Run(account, scene.Billing, scene.Organization, actor, scene.Products, TimeSpan.Zero, null, scene.Clock, scene.Random);
            Assert.Equal(reason, Assert.IsType<ActionDenied>(denied.Value).Reason);
        }

        var theirAccount = AutomaticRenewal.Run(foreignAccount, scene.Billing, scene.Organization, Owner, scene.Products, TimeSpan.Zero, null, scene.Clock, scene.Random);
        var theirProfile = AutomaticRenewal.Run(account, scene.OtherBilling, scene.Organization, Owner, scene.Products, TimeSpan.Zero, null, scene.Clock, scene.Random);

        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(theirAccount.Value).Reason);
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(theirProfile.Value).Reason);
        Assert.Equal(before, PrepaidPaymentsTests.Snapshot(scene, account));
        Assert.Equal(1, foreignAccount.LastSequence);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void ARunWithATaxRate_DebitsTheInvoicesTotalWithTax()
    {
        var (scene, account) = Due(200m, 100m);
        var rate = TaxRate.Create(8.1m).GetValueOrThrow();

        var run = AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, scene.Products, TimeSpan.Zero, rate, scene.Clock, scene.Random).GetValueOrThrow();

        Assert.Equal(Chf(108.10m), Assert.Single(run.Renewed).Debit.Amount);
        Assert.Equal(Chf(91.90m), account.Balance);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "RGT-4")]
    public void Choose_SetsOnePreferenceOnEveryProductChosen_OrOnNoneWhenOneIsNotTheMembersToManage()
    {
        var scene = new BillingScene(products: 2);

        var denied = AutomaticRenewal.Choose(scene.Organization, BillingScene.LimitedWithBilling, scene.Products, ByPrepaid);
        var foreign = AutomaticRenewal.Choose(scene.Organization, Owner, [scene.Products[0], scene.ForeignProduct], ByPrepaid);

        Assert.Equal(DenialReason.ProductNotGranted, Assert.IsType<ActionDenied>(denied.Value).Reason);
        Assert.IsType<ActionDenied>(foreign.Value);
        Assert.All(scene.Products, p => Assert.Equal(RenewalPreference.None, p.Renewal));
        Assert.Equal(0, scene.PendingEvents());

        Assert.True(AutomaticRenewal.Choose(scene.Organization, BillingScene.LimitedWithBilling, [scene.Products[0]], ByPrepaid).IsT0);
        Assert.True(AutomaticRenewal.Choose(scene.Organization, Owner, scene.Products, ByPrepaid).IsT0);
        Assert.All(scene.Products, p => Assert.Equal(ByPrepaid, p.Renewal));
        Assert.Equal(2, scene.PendingEvents());
        Assert.True(AutomaticRenewal.Choose(scene.Organization, Owner, [scene.Products[1]], RenewalPreference.Manual(PaymentMethod.Card)).IsT0);
        Assert.False(scene.Products[1].Renewal.IsAutomatic);
        Assert.Equal(DenialReason.BillingRightsRequired, AutomaticRenewal.Choose(scene.Organization, BillingScene.AdministratorWithoutBilling, scene.Products, ByPrepaid).AsT1.Reason);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void NullArguments_OrANegativeWindow_AreProgrammerErrors()
    {
        var (scene, account) = Due(100m, 10m);
        var products = scene.Products;

        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Run(null!, scene.Billing, scene.Organization, Owner, products, TimeSpan.Zero, null, scene.Clock, scene.Random)).ParamName);
        Assert.Equal("billing", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Run(account, null!, scene.Organization, Owner, products, TimeSpan.Zero, null, scene.Clock, scene.Random)).ParamName);
        Assert.Equal("organization", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Run(account, scene.Billing, null!, Owner, products, TimeSpan.Zero, null, scene.Clock, scene.Random)).ParamName);
        Assert.Equal("products", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, null!, TimeSpan.Zero, null, scene.Clock, scene.Random)).ParamName);
        Assert.Equal("products", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, [null!], TimeSpan.Zero, null, scene.Clock, scene.Random)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, products, TimeSpan.Zero, null, null!, scene.Random)).ParamName);
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, products, TimeSpan.Zero, null, scene.Clock, null!)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentException>(() => AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, products, TimeSpan.FromTicks(-1), null, scene.Clock, scene.Random)).ParamName);
        Assert.Equal("organization", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Choose(null!, Owner, products, ByPrepaid)).ParamName);
        Assert.Equal("products", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Choose(scene.Organization, Owner, null!, ByPrepaid)).ParamName);
        Assert.Equal("products", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Choose(scene.Organization, Owner, [null!], ByPrepaid)).ParamName);
        Assert.Equal("preference", Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.Choose(scene.Organization, Owner, products, null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => AutomaticRenewal.KeyFor(null!));
        Assert.Equal(0, scene.PendingEvents());
    }

    public static Arbitrary<RenewalCase> Cases() => Arb.From(
        from products in Gen.Choose(0, 6).SelectMany(n => Gen.ListOf(ProductCaseGen, n))
        from balance in Gen.Choose(0, 80_000)
        from later in Gen.Choose(0, 20)
        select new RenewalCase([.. products], balance / 100m, later));

    private static Gen<ProductCase> ProductCaseGen { get; } =
        from price in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 30_000)))
        from offset in Gen.Choose(0, 10)
        from automatic in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from prepaid in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from address in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new ProductCase(price / 100m, offset, automatic, prepaid, address);

    [Property(Arbitrary = [typeof(AutomaticRenewalTests)], MaxTest = 150)]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    public bool ARun_RenewsExactlyWhatTheDocumentedOrderAndTheBalanceCover_DebitsTheirSum_AndASecondRunRenewsNothing(RenewalCase c)
    {
        var scene = new BillingScene(products: 0);
        var start = scene.Clock.GetUtcNow();
        var products = new List<Product>();
        foreach (var p in c.Products)
        {
            scene.Clock.Advance(start.AddDays(p.Offset) - scene.Clock.GetUtcNow());
            var product = scene.Order(p.Price, Currency.Chf, p.Address);
            product.SetRenewalPreference(scene.Organization, Owner, p.Automatic
                ? RenewalPreference.Automatic(p.Prepaid ? AutomaticRenewal.Method : PaymentMethod.Twint)
                : RenewalPreference.Manual(AutomaticRenewal.Method)).GetValueOrThrow();
            products.Add(product);
        }

        scene.Products.AddRange(products);
        scene.Clock.Advance(start.AddYears(1).AddDays(c.Later - 5) - scene.Clock.GetUtcNow());
        var account = Holding(scene.Organization, c.Balance, actor: Owner);
        var stale = products.Select(p => Product.FromState(p.ToState())).ToList();
        var before = products.ToDictionary(p => p.Id, p => p.PaidUntil);

        var left = c.Balance;
        var expected = new List<ProductId>();
        foreach (var p in products.Zip(c.Products).Where(x => x.Second.Automatic && x.Second.Prepaid && x.Second.Address && x.First.PaidUntil <= scene.Clock.GetUtcNow())
            .Select(x => x.First).OrderBy(p => p.PaidUntil).ThenBy(p => p.Id.Value))
        {
            if (p.Price.IsPositive && p.Price.Amount <= left)
            {
                expected.Add(p.Id);
                left -= p.Price.Amount;
            }
        }

        var run = Run(scene, account, products);
        var second = Run(scene, account, products);
        var fromStale = Run(scene, account, stale);

        return run.Renewed.Select(r => r.Product).SequenceEqual(expected)
            && run.Renewed.Count + run.NotRenewed.Count == products.Count
            && run.Debited.Amount == c.Balance - left
            && run.Debited.Amount == run.Renewed.Sum(r => r.Invoice.Total.Amount)
            && account.Balance.Amount == left
            && run.Renewed.All(r => r.PaidUntil == before[r.Product].AddMonths(12))
            && run.NotRenewed.Where(n => n.Reason == NotRenewedReason.InsufficientBalance).All(n => n.Shortfall!.Value.Amount > 0 && n.Shortfall.Value.Amount <= products.Single(p => p.Id == n.Product).Price.Amount)
            && second.Renewed.Count == 0 && fromStale.Renewed.Count == 0
            && account.Balance.Amount == left;
    }

    public static Arbitrary<RunsCase> Runs() => Arb.From(
        from steps in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(StepGen, n))
        from prices in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Gen.Choose(1, 200), n))
        select new RunsCase([.. steps], [.. prices]));

    private static Gen<Step> StepGen { get; } =
        from days in Gen.Elements(0, 0, 10, 200, 400)
        from topUp in Gen.Elements(0, 0, 100, 500)
        from useStale in Gen.Elements(false, false, true)
        select new Step(days, topUp, useStale);

    [Property(Arbitrary = [typeof(AutomaticRenewalTests)], MaxTest = 100)]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "PRE-5")]
    public bool RunsInAnyOrder_WithProductsFreshOrStale_NeverRenewAProductTwiceForOnePeriod_NorTakeTheBalanceBelowZero(RunsCase c)
    {
        var (scene, account) = Due(50m, [.. c.Prices.Select(p => (decimal)p)]);
        var stale = scene.Products.Select(p => Product.FromState(p.ToState())).ToList();
        var debits = new List<PrepaidDebited>();
        var policy = TopUpPolicy.Create([PaymentMethod.Card], Chf(1m), Chf(10_000m), Chf(100_000m)).GetValueOrThrow();
        var n = 0;
        foreach (var step in c.Steps)
        {
            scene.Clock.Advance(TimeSpan.FromDays(step.Days));
            if (step.TopUp > 0)
            {
                account.TopUp(Owner, scene.Organization, Key($"top-up-{++n}"), Chf(step.TopUp), PaymentMethod.Card, policy, scene.Clock).GetValueOrThrow();
            }

            var run = Run(scene, account, step.UseStale ? stale : scene.Products);
            debits.AddRange(run.Renewed.Select(r => r.Debit));
            if (account.Available.IsNegative || account.Balance.IsNegative)
            {
                return false;
            }
        }

        var periods = debits.Select(d => (LedgerReference.ProductRenewal)d.Reference).Select(r => (r.Product, r.DueOn)).ToList();
        return periods.Distinct().Count() == periods.Count
            && account.Entries.OfType<PrepaidDebited>().Count() == debits.Count;
    }

    public sealed record ProductCase(decimal Price, int Offset, bool Automatic, bool Prepaid, bool Address);

    public sealed record RenewalCase(ProductCase[] Products, decimal Balance, int Later);

    public sealed record Step(int Days, int TopUp, bool UseStale);

    public sealed record RunsCase(Step[] Steps, int[] Prices);

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void AProductLoadedActiveAfterTheOrganizationTerminatedIt_IsReportedTerminated_AndNothingIsPaid()
    {
        var (scene, account) = Due(100m, 10m);
        var stale = Product.FromState(scene.Products[0].ToState());
        scene.Products[0].Terminate(scene.Organization, Owner).GetValueOrThrow();
        scene.Dequeue();
        Assert.True(stale.IsActive);

        var run = Run(scene, account, [stale]);

        Assert.Empty(run.Renewed);
        Assert.Equal(new ProductNotRenewed(stale.Id, NotRenewedReason.Terminated, null, null), Assert.Single(run.NotRenewed));
        Assert.Equal(Chf(100m), account.Balance);
        Assert.Empty(stale.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "PRE-3")]
    public void AProductWhoseInvoiceTotalWouldPassTheLargestAmount_IsReportedTotalOutOfRange_NotAsMissingItsAddress()
    {
        var (scene, account) = Due(100m, Money.MaxMagnitude);
        var product = scene.Products[0];

        var run = AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, [product], TimeSpan.Zero, TaxRate.Create(8.1m).GetValueOrThrow(), scene.Clock, scene.Random).GetValueOrThrow();

        Assert.Empty(run.Renewed);
        Assert.Equal(new ProductNotRenewed(product.Id, NotRenewedReason.TotalOutOfRange, null, null), Assert.Single(run.NotRenewed));
        Assert.Equal(Chf(100m), account.Balance);
    }
}
