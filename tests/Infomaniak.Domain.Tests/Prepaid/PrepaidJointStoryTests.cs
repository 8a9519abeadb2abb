using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Billing;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>
/// The knowledge base's prepaid account from end to end: a bakery tops up its account, pays a renewal with it, turns on
/// one-click automatic renewal, lets a year pass, withdraws everything, and deletes its organization.
/// </summary>
public class PrepaidJointStoryTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    [Fact]
    [Trait("Rule", "PRE-1")]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "PRE-4")]
    [Trait("Rule", "ORG-9")]
    public void TopUp_PayARenewal_AutoRenew_WithdrawEverything_ThenDeleteTheOrganization()
    {
        var scene = new BillingScene(products: 2);
        var (hosting, domain) = (scene.Products[0], scene.Products[1]);
        var account = PrepaidAccount.Open(scene.Organization, Owner, Currency.Chf, scene.Random).GetValueOrThrow();

        account.TopUp(Owner, scene.Organization, Key("top-up-1"), Chf(400m), PaymentMethod.Twint, Policy, scene.Clock).GetValueOrThrow();

        var invoice = scene.Issue(hosting);
        var payment = PrepaidPayments.PayInvoice(account, invoice, scene.Organization, Owner, [hosting], Key($"invoice-{invoice.Id}"), scene.Clock).GetValueOrThrow();
        Assert.Equal(Chf(280m), account.Balance);
        Assert.Equal(LedgerReference.ForInvoice(invoice.Id), payment.Reference);
        Assert.IsType<InvoiceDocument>(invoice.Download(scene.Organization, Owner).Value);

        AutomaticRenewal.Choose(scene.Organization, Owner, [hosting, domain], RenewalPreference.Automatic(AutomaticRenewal.Method)).GetValueOrThrow();
        scene.Clock.Advance(TimeSpan.FromDays(30));
        var run = AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, [hosting, domain], TimeSpan.Zero, null, scene.Clock, scene.Random).GetValueOrThrow();
        Assert.Equal([domain.Id], run.Renewed.Select(r => r.Product));
        Assert.Equal(NotRenewedReason.NotDue, Assert.Single(run.NotRenewed).Reason);
        Assert.Equal(Chf(150m), account.Balance);

        scene.Clock.Advance(TimeSpan.FromDays(365));
        var nextYear = AutomaticRenewal.Run(account, scene.Billing, scene.Organization, Owner, [hosting, domain], TimeSpan.Zero, null, scene.Clock, scene.Random).GetValueOrThrow();
        var renewed = Assert.Single(nextYear.Renewed);
        var missed = Assert.Single(nextYear.NotRenewed);
        Assert.Equal((NotRenewedReason.InsufficientBalance, Chf(100m)), (missed.Reason, missed.Shortfall));
        Assert.Equal(Chf(150m - renewed.Debit.Amount.Amount), account.Balance);
        var left = account.Balance;

        var withdrawal = account.RequestWithdrawal(Owner, scene.Organization, Key("withdraw-all"), account.Available, Bank, scene.Clock, scene.Random).GetValueOrThrow();
        hosting.Terminate(scene.Organization, Owner).GetValueOrThrow();
        domain.Terminate(scene.Organization, Owner).GetValueOrThrow();
        var waiting = Assert.IsType<DeletionPrerequisitesUnmet>(OrganizationDeletion.Check(scene.Organization, Owner, [account], scene.Products, [], false).Value);
        Assert.Equal([withdrawal.Withdrawal], waiting.PendingWithdrawals);

        account.CompleteWithdrawal(Owner, scene.Organization, Key("withdraw-all-done"), withdrawal.Withdrawal, scene.Clock).GetValueOrThrow();
        Assert.True(account.Balance.IsZero);

        var deleted = OrganizationDeletion.Delete(scene.Organization, Owner, [account], scene.Products, [], sendPaidInvoicesByEmail: true);
        Assert.True(Assert.IsType<OrganizationDeleted>(deleted.Value).PaidInvoicesByEmailRequested);
        Assert.Equal(Chf(400m), Money.Sum(Currency.Chf, [.. account.Entries.OfType<PrepaidDebited>().Select(d => d.Amount), left]).GetValueOrThrow());
    }
}
