using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Billing;

public class BillingProfileTests
{
    private static readonly AccountId Owner = BillingScene.Owner;

    [Fact]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "RGT-4")]
    public void Open_StartsTheSequenceAtOne_WithItsPrefix_ForAMemberWithBillingRights()
    {
        var organization = Given.OrganizationWith(1, Owner);
        Given.Join(organization, Owner, 1, Rights.Administrator(withBillingRights: false));
        var prefix = InvoiceNumberPrefix.Parse("2026/").GetValueOrThrow();

        var profile = BillingProfile.Open(organization, Owner, prefix, new SeededRandomSource(1)).GetValueOrThrow();

        Assert.Equal((organization.Id, prefix, 1L), (profile.Organization, profile.InvoiceNumberPrefix, profile.NextInvoiceSequence));
        Assert.Empty(profile.Addresses);
        Assert.Equal(new BillingProfileOpened(profile.Id, organization.Id, prefix, Owner), Assert.Single(profile.PendingEvents));
        Assert.Equal(DenialReason.BillingRightsRequired, BillingProfile.Open(organization, Given.Account(1), prefix, new SeededRandomSource(1)).AsT1.Reason);
        Assert.Equal(DenialReason.NotAMember, BillingProfile.Open(organization, Given.Account(9), prefix, new SeededRandomSource(1)).AsT1.Reason);
    }

    [Fact]
    [Trait("Rule", "BIL-1")]
    public void AnOrganization_HoldsSeveralBillingAddresses_AndMoreCanBeAdded()
    {
        var scene = new BillingScene(products: 0);

        var second = scene.Billing.AddAddress(scene.Organization, BillingScene.LimitedWithBilling, StoredBilling.Geneva, scene.Random).GetValueOrThrow();

        Assert.Equal(2, scene.Billing.Addresses.Count);
        Assert.Equal(StoredBilling.Geneva, scene.Billing.Addresses[second]);
        Assert.Equal(StoredBilling.Lausanne, scene.Billing.Addresses[scene.Address]);
        Assert.Equal(new BillingAddressAdded(scene.Billing.Id, scene.Organization.Id, second, StoredBilling.Geneva, BillingScene.LimitedWithBilling), Assert.Single(scene.Billing.PendingEvents));
        Assert.Same(scene.Billing.Addresses, scene.Billing.Addresses);
    }

    [Fact]
    [Trait("Rule", "BIL-1")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public void AddingOrRemovingAnAddress_NeedsBillingRightsInTheOrganizationThatHoldsIt()
    {
        var scene = new BillingScene(products: 0);
        var before = scene.Snapshot();

        foreach (var (actor, reason) in BillingScene.NoBillingRights)
        {
            Assert.Equal(reason, Assert.IsType<ActionDenied>(scene.Billing.AddAddress(scene.Organization, actor, StoredBilling.Geneva, scene.Random).Value).Reason);
            Assert.Equal(reason, Assert.IsType<ActionDenied>(scene.Billing.RemoveAddress(scene.Organization, actor, scene.Address, []).Value).Reason);
        }

        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(scene.Billing.AddAddress(scene.Other, BillingScene.OtherOwner, StoredBilling.Geneva, scene.Random).Value).Reason);
        Assert.Equal(DenialReason.OwnedByAnotherOrganization, Assert.IsType<ActionDenied>(scene.Billing.RemoveAddress(scene.Other, BillingScene.OtherOwner, scene.Address, []).Value).Reason);
        Assert.Equal(before, scene.Snapshot());
        Assert.Equal(0, scene.PendingEvents());
    }

    [Fact]
    [Trait("Rule", "BIL-1")]
    public void AProfile_KeepsAtMostFiftyAddresses()
    {
        var scene = new BillingScene(products: 0);
        for (var i = 1; i < BillingProfile.MaxAddresses; i++)
        {
            scene.Billing.AddAddress(scene.Organization, Owner, StoredBilling.Geneva, scene.Random).GetValueOrThrow();
        }

        scene.Dequeue();
        Assert.Equal(new BillingAddressLimitReached(scene.Organization.Id, 50), scene.Billing.AddAddress(scene.Organization, Owner, StoredBilling.Geneva, scene.Random).Value);
        Assert.Equal(50, scene.Billing.Addresses.Count);
        Assert.Empty(scene.Billing.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "BIL-2")]
    public void AnAddressStillUsedByAProduct_CannotBeRemoved_UntilTheProductUsesAnother()
    {
        var scene = new BillingScene(products: 2);
        var geneva = scene.Billing.AddAddress(scene.Organization, Owner, StoredBilling.Geneva, scene.Random).GetValueOrThrow();
        scene.Dequeue();

        var refused = scene.Billing.RemoveAddress(scene.Organization, Owner, scene.Address, scene.Products);
        Assert.Equal(scene.Products.Select(p => p.Id), Assert.IsType<BillingAddressInUse>(refused.Value).Products);
        Assert.Equal(scene.Address, ((BillingAddressInUse)refused.Value).Address);

        scene.Products[0].ChangeBillingAddress(scene.Organization, scene.Billing, Owner, geneva).GetValueOrThrow();
        scene.Products[1].Terminate(scene.Organization, Owner).GetValueOrThrow();
        scene.Dequeue();
        Assert.True(scene.Billing.RemoveAddress(scene.Organization, Owner, scene.Address, scene.Products).IsT0);

        Assert.Equal([geneva], scene.Billing.Addresses.Keys);
        Assert.Equal(new BillingAddressRemoved(scene.Billing.Id, scene.Organization.Id, scene.Address, Owner), Assert.Single(scene.Billing.PendingEvents));
        Assert.Equal(new BillingAddressNotFound(scene.Organization.Id, scene.Address), scene.Billing.RemoveAddress(scene.Organization, Owner, scene.Address, scene.Products).Value);
    }

    [Fact]
    [Trait("Rule", "BIL-2")]
    [Trait("Rule", "ORG-7")]
    public void RemoveAddress_RefusesTooFewProducts_AndProductsOfAnotherOrganization_InsteadOfDecidingOnPartialFacts()
    {
        var scene = new BillingScene(products: 2);
        var before = scene.Snapshot();

        var partial = scene.Billing.RemoveAddress(scene.Organization, Owner, scene.Address, [scene.Products[1]]);
        var foreign = scene.Billing.RemoveAddress(scene.Organization, Owner, scene.Address, [.. scene.Products, scene.ForeignProduct]);
        var missing = scene.Billing.RemoveAddress(scene.Organization, Owner, scene.OtherAddress, scene.Products);

        Assert.Equal([scene.Products[0].Id], Assert.IsType<ProductsNotGiven>(partial.Value).Products);
        Assert.Equal([scene.ForeignProduct.Id], Assert.IsType<ProductsOfAnotherOrganization>(foreign.Value).Products);
        Assert.Equal(new BillingAddressNotFound(scene.Organization.Id, scene.OtherAddress), missing.Value);
        Assert.Equal(before, scene.Snapshot());
        Assert.Equal(0, scene.PendingEvents());
    }

    [Fact]
    [Trait("Rule", "BIL-5")]
    public void FromState_RebuildsTheProfile_AndRejectsStatesThatBreakAnInvariant()
    {
        var scene = new BillingScene(products: 1);
        scene.Billing.AddAddress(scene.Organization, Owner, StoredBilling.Geneva, scene.Random).GetValueOrThrow();
        scene.Issue(scene.Products[0]);
        var state = scene.Billing.ToState();
        var row = state.Addresses[0];

        Assert.Equal(state, BillingProfile.FromState(state).ToState());
        Assert.Equal(2L, state.NextInvoiceSequence);
        Assert.Equal(state.Addresses.OrderBy(a => a.Id.Value), state.Addresses);
        Assert.Throws<ArgumentNullException>(() => BillingProfile.FromState(null!));
        Assert.Throws<ArgumentNullException>(() => BillingProfile.FromState(state with { Addresses = null! }));
        Assert.Throws<ArgumentNullException>(() => BillingProfile.FromState(state with { Addresses = [null!] }));
        Assert.Throws<ArgumentNullException>(() => BillingProfile.FromState(state with { Addresses = [row with { Address = null! }] }));
        var stranger = BillingProfileId.From(Guid.NewGuid());
        foreach (var (corrupt, problem) in new (BillingProfileState State, string Problem)[]
        {
            (state with { Id = default }, "(Parameter 'id')"),
            (state with { OrganizationId = default }, "(Parameter 'organization')"),
            (state with { Version = -1 }, "(Parameter 'version')"),
            (state with { InvoiceNumberPrefix = "INV #" }, "Invalid billing profile state: 'INV #' is not an invoice number prefix"),
            (state with { InvoiceNumberPrefix = " INV-" }, "Invalid billing profile state: The invoice number prefix is not stored trimmed."),
            (state with { NextInvoiceSequence = 0 }, "Invalid billing profile state: The next invoice sequence number is below 1."),
            (state with { Addresses = [row, row] }, $"Invalid billing profile state: Address {row.Id} is the default id or appears twice."),
            (state with { Addresses = [row with { Id = default }] }, $"Address {default(BillingAddressId)} is the default id or appears twice."),
            (state with { Addresses = [row with { BillingProfileId = stranger }] }, $"Invalid billing profile state: Address {row.Id} belongs to profile {stranger}."),
            (state with { Addresses = [row with { Address = row.Address with { Country = "XX" } }] }, "Invalid stored address: The billing address's country is not an ISO 3166-1 alpha-2 code."),
            (state with { Addresses = [row with { Address = row.Address with { Country = "ch" } }] }, "Invalid stored address: it is not in its canonical form (trimmed, upper-case country, street lines from the first)."),
            (state with { Addresses = [row with { Address = row.Address with { City = " Lausanne" } }] }, "Invalid stored address: it is not in its canonical form"),
            (state with { Addresses = [row with { Address = row.Address with { StreetLine2 = null, StreetLine3 = "Case postale 12" } }] }, "Invalid stored address: it is not in its canonical form"),
            (state with { Addresses = [.. Enumerable.Range(0, 51).Select(_ => row with { Id = BillingAddressId.From(Guid.NewGuid()) })] }, "Invalid billing profile state: The profile holds more addresses than it may."),
        })
        {
            var thrown = Assert.ThrowsAny<ArgumentException>(() => BillingProfile.FromState(corrupt));
            Assert.Contains(problem, thrown.Message, StringComparison.Ordinal);
        }

        Assert.Equal(50, BillingProfile.FromState(state with { Addresses = [.. Enumerable.Range(0, 50).Select(_ => row with { Id = BillingAddressId.From(Guid.NewGuid()) })] }).Addresses.Count);
    }

    [Fact]
    [Trait("Rule", "BIL-1")]
    public void AProgrammerError_Throws()
    {
        var scene = new BillingScene(products: 0);
        var random = new SeededRandomSource(1);

        Assert.Throws<ArgumentNullException>(() => BillingProfile.Open(null!, Owner, InvoiceNumberPrefix.None, random));
        Assert.Throws<ArgumentNullException>(() => BillingProfile.Open(scene.Organization, Owner, InvoiceNumberPrefix.None, null!));
        Assert.Throws<ArgumentNullException>(() => scene.Billing.AddAddress(null!, Owner, StoredBilling.Geneva, random));
        Assert.Throws<ArgumentNullException>(() => scene.Billing.AddAddress(scene.Organization, Owner, null!, random));
        Assert.Throws<ArgumentNullException>(() => scene.Billing.AddAddress(scene.Organization, Owner, StoredBilling.Geneva, null!));
        Assert.Throws<ArgumentNullException>(() => scene.Billing.RemoveAddress(null!, Owner, scene.Address, []));
        Assert.Throws<ArgumentNullException>(() => scene.Billing.RemoveAddress(scene.Organization, Owner, scene.Address, null!));
        Assert.Throws<ArgumentNullException>(() => scene.Billing.RemoveAddress(scene.Organization, Owner, scene.Address, [null!]));
        Assert.Single(scene.Billing.Addresses);
    }
}
