using System.Text.Json;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Billing;

/// <summary>
/// An organization set up for billing through the public API: a founder with all rights and billing rights, members
/// with every other kind of rights, a billing profile with one address, products due for renewal, and a second
/// organization whose founder is a stranger here. Every aggregate starts with no pending event.
/// </summary>
public sealed class BillingScene
{
    public static readonly AccountId Owner = Given.Account(0);
    public static readonly AccountId AdministratorWithoutBilling = Given.Account(1);
    public static readonly AccountId LimitedWithBilling = Given.Account(2);
    public static readonly AccountId LimitedWithoutBilling = Given.Account(3);
    public static readonly AccountId Stranger = Given.Account(4);
    public static readonly AccountId OtherOwner = Given.Account(5);

    /// <summary>Every actor that is refused a billing action here, with the reason.</summary>
    public static readonly (AccountId Actor, DenialReason Reason)[] NoBillingRights =
    [
        (AdministratorWithoutBilling, DenialReason.BillingRightsRequired),
        (LimitedWithoutBilling, DenialReason.BillingRightsRequired),
        (Stranger, DenialReason.NotAMember),
        (OtherOwner, DenialReason.NotAMember),
    ];

    public BillingScene(int products = 2, int seed = 1, string prefix = "INV-", Currency? currency = null)
    {
        Random = new SeededRandomSource(seed);
        Organization = Given.Create(1, Owner, Given.Company("Boulangerie du Lac"));
        Other = Given.Create(2, OtherOwner, Given.Company("Garage Favre"));
        Billing = BillingProfile.Open(Organization, Owner, InvoiceNumberPrefix.Parse(prefix).GetValueOrThrow(), Random).GetValueOrThrow();
        OtherBilling = BillingProfile.Open(Other, OtherOwner, InvoiceNumberPrefix.None, Random).GetValueOrThrow();
        Address = Billing.AddAddress(Organization, Owner, StoredBilling.Lausanne, Random).GetValueOrThrow();
        OtherAddress = OtherBilling.AddAddress(Other, OtherOwner, StoredBilling.Geneva, Random).GetValueOrThrow();
        for (var i = 0; i < products; i++)
        {
            Products.Add(Order(120m + (10m * i), currency ?? Currency.Chf));
        }

        ForeignProduct = Product.Order(Other, OtherOwner, ProductType.DomainName, RenewalPeriod.Yearly, Chf(15m), Clock, Random).GetValueOrThrow();
        ForeignProduct.ChangeBillingAddress(Other, OtherBilling, OtherOwner, OtherAddress).GetValueOrThrow();
        var granted = Products.Count > 0 ? Products[0].Id : Order(10m, Currency.Chf).Id;
        Given.Join(Organization, Owner, 1, Rights.Administrator(withBillingRights: false));
        Given.Join(Organization, Owner, 2, Given.Limited(true, granted));
        Given.Join(Organization, Owner, 3, Given.Limited(false, granted));
        Clock.Advance(TimeSpan.FromDays(355));
        Dequeue();
    }

    public ManualTimeProvider Clock { get; } = Given.Clock();

    public SeededRandomSource Random { get; }

    public Organization Organization { get; }

    public Organization Other { get; }

    public BillingProfile Billing { get; }

    public BillingProfile OtherBilling { get; }

    public BillingAddressId Address { get; }

    public BillingAddressId OtherAddress { get; }

    public List<Product> Products { get; } = [];

    public Product ForeignProduct { get; }

    public List<Invoice> Invoices { get; } = [];

    public static Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

    /// <summary>Orders a yearly web hosting billed to <see cref="Address"/>.</summary>
    public Product Order(decimal price, Currency currency, bool withAddress = true)
    {
        var product = Product.Order(Organization, Owner, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Create(price, currency).GetValueOrThrow(), Clock, Random).GetValueOrThrow();
        if (withAddress)
        {
            product.ChangeBillingAddress(Organization, Billing, Owner, Address).GetValueOrThrow();
        }

        return product;
    }

    public OneOf.OneOf<Invoice, ActionDenied, EmptySelection, ProductsOfAnotherOrganization, ProductsNotBillable, CurrencyMismatch, NoSingleBillingAddress, BillingAddressNotFound, AmountOutOfRange> TryIssue(
        AccountId actor, IEnumerable<Product> products, BillingAddressId? address = null)
    {
        var result = Invoicing.Issue(Billing, Organization, actor, [.. products.Select(p => new InvoiceItem(p))], Clock, Random, address);
        if (result.TryPickT0(out var invoice, out _))
        {
            Invoices.Add(invoice);
        }

        return result;
    }

    public Invoice Issue(params Product[] products) => TryIssue(Owner, products).GetValueOrThrow();

    public void Pay(Invoice invoice) =>
        Invoicing.Pay(invoice, Organization, Owner, PaymentMethod.Card, Products, Clock).GetValueOrThrow();

    /// <summary>Forgets every pending event of every aggregate of the scene.</summary>
    public void Dequeue()
    {
        foreach (var (_, dequeue) in Aggregates())
        {
            dequeue();
        }
    }

    /// <summary>How many events the scene's aggregates have pending.</summary>
    public int PendingEvents() => Aggregates().Sum(aggregate => aggregate.Pending());

    /// <summary>The stored state of every aggregate of the scene, as one text: equal texts mean nothing changed.</summary>
    public string Snapshot() => string.Join(
        "\n",
        new object[] { Organization.ToState(), Other.ToState(), Billing.ToState(), OtherBilling.ToState(), ForeignProduct.ToState() }
            .Concat(Products.Select(p => (object)p.ToState()))
            .Concat(Invoices.Select(i => (object)i.ToState()))
            .Select(state => JsonSerializer.Serialize(state, state.GetType())));

    private static (Func<int> Pending, Action Dequeue) Of<TId>(AggregateRoot<TId> aggregate)
        where TId : struct, ITypedId<TId> => (() => aggregate.PendingEvents.Count, () => aggregate.DequeueEvents());

    private IEnumerable<(Func<int> Pending, Action Dequeue)> Aggregates() =>
        new[] { Of(Organization), Of(Other), Of(Billing), Of(OtherBilling), Of(ForeignProduct) }.Concat(Products.Select(Of)).Concat(Invoices.Select(Of));
}
