using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Billing.Specifications;

namespace Infomaniak.Domain.Tests.Billing.Specifications;

public class BillingSpecsTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    private static (BillingScene Scene, InvoiceState[] States) History()
    {
        var scene = new BillingScene(products: 3);
        foreach (var product in scene.Products)
        {
            scene.Issue(product);
            scene.Clock.Advance(TimeSpan.FromDays(1));
        }

        scene.Pay(scene.Invoices[0]);
        Invoicing.Void(scene.Invoices[1], scene.Organization, Owner, VoidReason.Duplicate, scene.Products, scene.Clock).GetValueOrThrow();
        var foreign = Invoicing.Issue(scene.OtherBilling, scene.Other, BillingScene.OtherOwner, [new(scene.ForeignProduct)], scene.Clock, scene.Random).GetValueOrThrow();
        return (scene, [.. scene.Invoices.Select(i => i.ToState()), foreign.ToState()]);
    }

    [Fact]
    [Trait("Rule", "BIL-3")]
    [Trait("Rule", "ORG-7")]
    public void InvoiceHistory_ListsTheOrganizationsInvoices_NewestFirst_OnePageAtATime()
    {
        var (scene, states) = History();
        var numbers = (InvoiceHistorySpec spec) => spec.Evaluate(states).Select(s => s.Number);

        Assert.Equal(["INV-000003", "INV-000002", "INV-000001"], numbers(new InvoiceHistorySpec(scene.Organization.Id)));
        Assert.Equal(["INV-000002"], numbers(new InvoiceHistorySpec(scene.Organization.Id, skip: 1, take: 1)));
        Assert.Equal(["000001"], numbers(new InvoiceHistorySpec(scene.Other.Id)));
        Assert.Equal(["INV-000002", "INV-000001"], numbers(new InvoiceHistorySpec(scene.Organization.Id, skip: 1, take: InvoiceHistorySpec.MaxPageSize)));
        Assert.Throws<ArgumentException>(() => new InvoiceHistorySpec(scene.Organization.Id, skip: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvoiceHistorySpec(scene.Organization.Id, take: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InvoiceHistorySpec(scene.Organization.Id, take: InvoiceHistorySpec.MaxPageSize + 1));
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "ORG-9")]
    public void TheInvoicesOfTheSameDay_AreOrderedByTheirNumber()
    {
        var scene = new BillingScene(products: 3);
        scene.Products.ForEach(p => scene.Issue(p));
        var states = scene.Invoices.Select(i => i.ToState()).Reverse().ToList();

        Assert.Equal([3L, 2L, 1L], new InvoiceHistorySpec(scene.Organization.Id).Evaluate(states).Select(s => s.Sequence));
        Assert.Equal([1L, 2L, 3L], new UnpaidInvoicesSpec(scene.Organization.Id).Evaluate(states).Select(s => s.Sequence));
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "ORG-9")]
    public void UnpaidInvoices_AreTheOrganizationsOpenOnes_AndTheProfileIsFoundByOrganization()
    {
        var (scene, states) = History();

        Assert.Equal(["INV-000003"], new UnpaidInvoicesSpec(scene.Organization.Id).Evaluate(states).Select(s => s.Number));
        Assert.Equal(
            scene.Billing.Id,
            new BillingProfileOfOrganizationSpec(scene.Organization.Id).Evaluate([scene.OtherBilling.ToState(), scene.Billing.ToState()]).Single().Id);
    }
}
