using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Billing;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

public class PrepaidPaymentsTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    /// <summary>A scene with two products (120 and 130 CHF) and the organization's CHF account holding <paramref name="balance"/>.</summary>
    internal static (BillingScene Scene, PrepaidAccount Account) Funded(decimal balance, int products = 2, decimal pending = 0m, Currency? currency = null)
    {
        var scene = new BillingScene(products: products, currency: currency);
        return (scene, Holding(scene.Organization, balance, pending, Owner));
    }

    /// <summary>What a refusal must leave unchanged: the ledger, the invoice, the products, and no event anywhere.</summary>
    internal static string Snapshot(BillingScene scene, PrepaidAccount account, Invoice? invoice = null) =>
        $"{account.LastSequence}|{account.Balance}|{account.Reserved}|{account.PendingEvents.Count}|{invoice?.Status}|{invoice?.PendingEvents.Count}|{scene.PendingEvents()}|{scene.Snapshot()}";

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "BIL-5")]
    public void PayingAnOpenInvoice_DebitsItsTotal_PointingToIt_AndMarksItPaidByThePrepaidAccount()
    {
        var (scene, account) = Funded(300m);
        var invoice = scene.Issue([.. scene.Products]);
        var ends = invoice.Lines.Select(l => l.PeriodEnd).ToList();
        scene.Dequeue();

        var debit = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock).GetValueOrThrow();

        Assert.Equal(Chf(250m), debit.Amount);
        Assert.Equal(LedgerReference.ForInvoice(invoice.Id), debit.Reference);
        Assert.Equal((2, Owner, scene.Clock.GetUtcNow()), (debit.Sequence, debit.Actor, debit.RecordedAt));
        Assert.Equal(Chf(50m), account.Balance);
        Assert.Equal([debit], account.PendingEvents);
        Assert.Equal(new InvoiceStatus.Paid(scene.Clock.GetUtcNow(), PaymentMethod.PrepaidAccount), invoice.Status);
        Assert.Equal(new InvoicePaid(invoice.Id, scene.Organization.Id, invoice.Number, invoice.Total, PaymentMethod.PrepaidAccount, Owner), Assert.Single(invoice.PendingEvents));
        Assert.Equal(ends, scene.Products.Select(p => p.PaidUntil));
        Assert.All(scene.Products, p => Assert.IsType<ProductRenewed>(Assert.Single(p.PendingEvents)));
        Assert.IsType<InvoiceDocument>(invoice.Download(scene.Organization, Owner).Value);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    public void TheSameKeyForTheSameInvoice_ReturnsTheFirstDebit_AndChangesNothing()
    {
        var (scene, account) = Funded(300m);
        var invoice = scene.Issue([.. scene.Products]);
        var first = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock).GetValueOrThrow();
        scene.Dequeue();
        account.DequeueEvents();
        var before = Snapshot(scene, account, invoice);
        scene.Clock.Advance(TimeSpan.FromHours(1));

        var again = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock);

        Assert.Same(first, again.Value);
        Assert.Equal(before, Snapshot(scene, account, invoice));
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "BIL-5")]
    public void APaidInvoice_IsNeverPaidAgain_WithANewKey_NorAVoidOne()
    {
        var (scene, account) = Funded(1_000m);
        var paid = scene.Issue(scene.Products[0]);
        var voided = scene.Issue(scene.Products[1]);
        PrepaidPayments.PayInvoice(account, paid, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock).GetValueOrThrow();
        Invoicing.Void(voided, scene.Organization, Owner, VoidReason.IssuedInError, scene.Products, scene.Clock).GetValueOrThrow();
        var byCard = scene.Issue(scene.Products[0]);
        scene.Pay(byCard);
        scene.Dequeue();
        account.DequeueEvents();

        Assert.Equal(new InvoiceNotOpen(paid.Id, InvoiceStatusKind.Paid), PrepaidPayments.PayInvoice(account, paid, scene.Organization, Owner, scene.Products, Key("pay-2"), scene.Clock).Value);
        Assert.Equal(new InvoiceNotOpen(voided.Id, InvoiceStatusKind.Void), PrepaidPayments.PayInvoice(account, voided, scene.Organization, Owner, scene.Products, Key("pay-3"), scene.Clock).Value);
        Assert.Equal(new InvoiceNotOpen(byCard.Id, InvoiceStatusKind.Paid), PrepaidPayments.PayInvoice(account, byCard, scene.Organization, Owner, scene.Products, Key("pay-4"), scene.Clock).Value);
        Assert.Equal(Chf(880m), account.Balance);
        Assert.Empty(account.PendingEvents);
        Assert.Equal(0, scene.PendingEvents());
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    public void AKeyUsedForAnythingElse_IsRefusedByName_AndChangesNothing()
    {
        var (scene, account) = Funded(1_000m);
        var first = scene.Issue(scene.Products[0]);
        var second = scene.Issue(scene.Products[1]);
        PrepaidPayments.PayInvoice(account, first, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock).GetValueOrThrow();
        scene.Dequeue();
        account.DequeueEvents();
        var before = Snapshot(scene, account, second);

        var otherInvoice = PrepaidPayments.PayInvoice(account, second, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock);
        var topUpKey = PrepaidPayments.PayInvoice(account, second, scene.Organization, Owner, scene.Products, Key("holding"), scene.Clock);

        Assert.Equal(new IdempotencyKeyReused(account.Id, Key("pay-1"), 2, LedgerEntryKind.Debit), otherInvoice.Value);
        Assert.Equal(new IdempotencyKeyReused(account.Id, Key("holding"), 1, LedgerEntryKind.Credit), topUpKey.Value);
        Assert.Equal(before, Snapshot(scene, account, second));
        Assert.True(second.IsOpen);
    }

    [Theory]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    [InlineData(0, 0, 250)]
    [InlineData(249.95, 0, 0.05)]
    [InlineData(300, 60, 10)]
    public void AnInvoiceTheAvailableBalanceDoesNotCover_IsRefusedWithTheShortfall_AndNothingIsPaid(double balance, double pending, double shortfall)
    {
        var (scene, account) = Funded((decimal)balance, pending: (decimal)pending);
        var invoice = scene.Issue([.. scene.Products]);
        scene.Dequeue();
        var before = Snapshot(scene, account, invoice);

        var refused = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock);

        Assert.Equal(new InsufficientAvailableBalance(account.Id, Chf(250m), account.Available, Chf((decimal)shortfall)), refused.Value);
        Assert.Equal(before, Snapshot(scene, account, invoice));
        Assert.DoesNotContain(account.Entries, e => e.IdempotencyKey.Value == "pay-1");
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void AnInvoiceInAnotherCurrency_IsRefusedByName()
    {
        var (scene, account) = Funded(1_000m, currency: Currency.Eur);
        var invoice = scene.Issue([.. scene.Products]);
        scene.Dequeue();
        var before = Snapshot(scene, account, invoice);

        Assert.Equal(new CurrencyMismatch(Currency.Chf, Currency.Eur), PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock).Value);
        Assert.Equal(before, Snapshot(scene, account, invoice));
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void AnInvoiceOfZero_IsNotPaidFromTheLedger()
    {
        var (scene, account) = Funded(10m, products: 0);
        var free = scene.Order(0m, Currency.Chf);
        var invoice = scene.Issue(free);
        scene.Dequeue();

        Assert.Equal(new AmountNotPositive(Chf(0m)), PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, [free], Key("pay-1"), scene.Clock).Value);
        Assert.True(invoice.IsOpen);
        Assert.Equal(1, account.LastSequence);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void TheInvoicesProducts_MustBeGiven()
    {
        var (scene, account) = Funded(1_000m);
        var invoice = scene.Issue([.. scene.Products]);
        scene.Dequeue();
        var before = Snapshot(scene, account, invoice);

        var refused = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, [scene.Products[0]], Key("pay-1"), scene.Clock);

        Assert.Equal([scene.Products[1].Id], Assert.IsType<ProductsNotGiven>(refused.Value).Products);
        Assert.Equal(before, Snapshot(scene, account, invoice));
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public void AMemberWithoutBillingRights_AStranger_OrAnotherOrganizationsInvoiceOrAccount_IsDenied_AndNothingChanges()
    {
        var (scene, account) = Funded(1_000m);
        var invoice = scene.Issue([.. scene.Products]);
        var foreignInvoice = Invoicing.Issue(scene.OtherBilling, scene.Other, BillingScene.OtherOwner, [new(scene.ForeignProduct)], scene.Clock, scene.Random).GetValueOrThrow();
        var foreignAccount = Holding(scene.Other, 1_000m, actor: BillingScene.OtherOwner, seed: 7);
        scene.Dequeue();
        var before = Snapshot(scene, account, invoice);

        foreach (var (actor, reason) in BillingScene.NoBillingRights)
        {
            var denied = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, actor, scene.Products, Key("pay-1"), scene.Clock);
            Assert.Equal(reason, Assert.IsType<ActionDenied>(denied.Value).Reason);
        }

        var theirInvoice = PrepaidPayments.PayInvoice(account, foreignInvoice, scene.Organization, Owner, [scene.ForeignProduct], Key("pay-2"), scene.Clock);
        var theirAccount = PrepaidPayments.PayInvoice(foreignAccount, invoice, scene.Organization, Owner, scene.Products, Key("pay-3"), scene.Clock);
        var asTheOtherOwner = PrepaidPayments.PayInvoice(foreignAccount, invoice, scene.Other, BillingScene.OtherOwner, scene.Products, Key("pay-4"), scene.Clock);

        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(theirInvoice.Value).Reason);
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(theirAccount.Value).Reason);
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(asTheOtherOwner.Value).Reason);
        Assert.Equal(before, Snapshot(scene, account, invoice));
        Assert.True(foreignInvoice.IsOpen);
        Assert.Equal(1, foreignAccount.LastSequence);
        Assert.True(PrepaidPayments.PayInvoice(account, invoice, scene.Organization, BillingScene.LimitedWithBilling, scene.Products, Key("pay-5"), scene.Clock).IsT0);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void InvoicingPay_WithThePrepaidAccountMethod_IsAProgrammerError_SinceItWouldTakeNoMoney()
    {
        var scene = new BillingScene(products: 1);
        var invoice = scene.Issue(scene.Products[0]);

        Assert.Throws<ArgumentException>(() => Invoicing.Pay(invoice, scene.Organization, Owner, PaymentMethod.PrepaidAccount, scene.Products, scene.Clock));
        Assert.True(invoice.IsOpen);
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void ALedgerThatPaidAnInvoiceStillOpen_WasNotSavedWithIt_AndIsAProgrammerError()
    {
        var (scene, account) = Funded(1_000m);
        var invoice = scene.Issue([.. scene.Products]);
        var stale = Invoice.FromState(invoice.ToState());
        var staleProducts = scene.Products.Select(p => Product.FromState(p.ToState())).ToList();
        PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, scene.Products, Key("pay-1"), scene.Clock).GetValueOrThrow();

        var thrown = Assert.Throws<ArgumentException>(() => PrepaidPayments.PayInvoice(account, stale, scene.Organization, Owner, staleProducts, Key("pay-1"), scene.Clock));

        Assert.Equal(
            ($"The prepaid ledger holds the payment of invoice {invoice.Id}, which is Open: the account and the invoice were not saved together. (Parameter 'invoice')", "invoice"),
            (thrown.Message, thrown.ParamName));
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void NullArguments_OrADefaultKey_AreProgrammerErrors()
    {
        var (scene, account) = Funded(1_000m);
        var invoice = scene.Issue([.. scene.Products]);
        var key = Key("pay-1");

        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayInvoice(null!, invoice, scene.Organization, Owner, scene.Products, key, scene.Clock)).ParamName);
        Assert.Equal("invoice", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayInvoice(account, null!, scene.Organization, Owner, scene.Products, key, scene.Clock)).ParamName);
        Assert.Equal("organization", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayInvoice(account, invoice, null!, Owner, scene.Products, key, scene.Clock)).ParamName);
        Assert.Equal("products", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, null!, key, scene.Clock)).ParamName);
        Assert.Equal("products", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, [null!], key, scene.Clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, scene.Products, key, null!)).ParamName);
        var noKey = Assert.Throws<ArgumentException>(() => PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, scene.Products, default, scene.Clock));
        Assert.Equal(("An idempotency key is required; the default value is not one. (Parameter 'key')", "key"), (noKey.Message, noKey.ParamName));
        Assert.True(invoice.IsOpen);
        Assert.Equal(1, account.LastSequence);
    }

    public static Arbitrary<PaymentCase> Cases() => Arb.From(
        from balance in Gen.Choose(0, 40_000)
        from pending in Gen.Choose(0, 10_000)
        from products in Gen.Choose(1, 3)
        from status in Gen.Elements(InvoiceStatusKind.Open, InvoiceStatusKind.Open, InvoiceStatusKind.Paid, InvoiceStatusKind.Void)
        from actor in Gen.Elements(0, 0, 0, 1, 2, 3, 4, 5)
        from key in Gen.Elements("fresh", "fresh", "holding", "pay-earlier")
        from allProducts in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new PaymentCase(balance / 100m, Math.Min(pending, balance) / 100m, products, status, actor, key, allProducts));

    [Property(Arbitrary = [typeof(PrepaidPaymentsTests)], MaxTest = 200)]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "RGT-4")]
    public bool Paying_ChangesTheLedgerAndTheInvoiceTogether_OrNeither_AndNeverTakesTheBalanceBelowZero(PaymentCase c)
    {
        var (scene, account) = Funded(c.Balance, c.Products, c.Pending);
        var earlier = scene.Order(1m, Currency.Chf);
        if (account.Available.Amount >= 1m)
        {
            PrepaidPayments.PayInvoice(account, scene.Issue(earlier), scene.Organization, Owner, [earlier], Key("pay-earlier"), scene.Clock).GetValueOrThrow();
        }

        var invoice = scene.Issue([.. scene.Products]);
        if (c.Status == InvoiceStatusKind.Paid)
        {
            scene.Pay(invoice);
        }
        else if (c.Status == InvoiceStatusKind.Void)
        {
            Invoicing.Void(invoice, scene.Organization, Owner, VoidReason.IssuedInError, scene.Products, scene.Clock).GetValueOrThrow();
        }

        scene.Dequeue();
        account.DequeueEvents();
        var before = Snapshot(scene, account, invoice);
        var (balance, sequence) = (account.Balance, account.LastSequence);
        var given = c.AllProducts ? scene.Products : scene.Products.Take(c.Products - 1).ToList();
        var fresh = account.Entries.All(e => e.IdempotencyKey.Value != c.Key);

        var result = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Organizations.Given.Account(c.Actor), given, Key(c.Key), scene.Clock);

        var paid = result.IsT0;
        var shouldPay = c.Actor is 0 or 2 && fresh && c.Status == InvoiceStatusKind.Open && c.AllProducts && invoice.Total.Amount <= balance.Amount - account.Reserved.Amount;
        var changedTogether = paid
            ? account.LastSequence == sequence + 1 && account.Balance.Amount == balance.Amount - invoice.Total.Amount
                && invoice.Status is InvoiceStatus.Paid { Method.Code: "prepaid-account" } && scene.Products.All(p => p.OpenInvoice is null)
            : Snapshot(scene, account, invoice) == before;
        return paid == shouldPay && changedTogether && !account.Available.IsNegative && !account.Balance.IsNegative;
    }

    public sealed record PaymentCase(decimal Balance, decimal Pending, int Products, InvoiceStatusKind Status, int Actor, string Key, bool AllProducts);
}
