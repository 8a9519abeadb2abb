using Ardalis.GuardClauses;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Products;

/// <summary>
/// A product an organization holds: a domain name, a web hosting, a Mail Service, a Swiss Backup or any other
/// <see cref="ProductType"/>, with its terms (paid until, renewal period and price), its status, the billing address its
/// next invoice goes to (BIL-2) and its renewal preference (PRE-3).
/// </summary>
/// <remarks>
/// <para>
/// The product is the one source of truth for what it is. The organization keeps only the index of the products it
/// holds, which its authorization decision needs (ORG-7, RGT-4), and that index changes only together with the product:
/// <see cref="Order"/> adds the product to it and <see cref="Terminate"/> removes it, each recording an event on both
/// aggregates, which the application saves in one unit of work. A product is active exactly while its organization's
/// index names it.
/// </para>
/// <para>
/// Decision (RGT-4, ORG-9): terminating a product, changing its billing address and changing its renewal preference
/// need both the right to manage the product and billing rights, since each changes what the organization is billed
/// for, where, or how. Ordering needs all rights, as any organization-wide action.
/// </para>
/// <para>
/// A product whose next period is on an open final invoice (<see cref="OpenInvoice"/>) is not invoiced again until
/// that invoice is paid (its paid-until date then moves to the end of the period) or voided.
/// </para>
/// </remarks>
public sealed class Product : AggregateRoot<ProductId>
{
    private Product(ProductId id, long version, OrganizationId organization, ProductType type, RenewalPeriod period, Money price, DateTimeOffset paidUntil)
        : base(id, version)
    {
        Organization = Guard.Against.Default(organization);
        Type = type;
        RenewalPeriod = period;
        Price = price;
        PaidUntil = paidUntil;
    }

    /// <summary>The organization that holds (or held) the product.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The product's type.</summary>
    public ProductType Type { get; }

    /// <summary>How long each renewal lasts.</summary>
    public RenewalPeriod RenewalPeriod { get; }

    /// <summary>The price of each renewal, before tax.</summary>
    public Money Price { get; }

    /// <summary>The end of the last period paid: the product is due for renewal from then on.</summary>
    public DateTimeOffset PaidUntil { get; private set; }

    /// <summary>Whether the product is active or terminated.</summary>
    public ProductStatus Status { get; private set; } = ProductStatus.Active;

    /// <summary>Whether the organization still holds the product.</summary>
    public bool IsActive => Status == ProductStatus.Active;

    /// <summary>The billing address the product's next invoice goes to; null until one is chosen (BIL-2).</summary>
    public BillingAddressId? BillingAddress { get; private set; }

    /// <summary>How the product renews (PRE-3).</summary>
    public RenewalPreference Renewal { get; private set; } = RenewalPreference.None;

    /// <summary>The open final invoice that bills the product's next period, or null.</summary>
    public InvoiceId? OpenInvoice { get; private set; }

    /// <summary>
    /// Orders a product for an organization: the product is created, paid for its first period (the order paid it), and
    /// added to the organization's product index. The ordering path calls it once an order is paid.
    /// </summary>
    /// <param name="organization">The organization that will hold the product.</param>
    /// <param name="actor">An administrator of the organization.</param>
    /// <param name="type">The product's type.</param>
    /// <param name="period">How long each renewal lasts.</param>
    /// <param name="price">The price of each renewal, before tax: zero or more.</param>
    /// <param name="clock">The current time: the first period starts now.</param>
    /// <param name="random">The source of the product's id.</param>
    /// <returns>The product, with <see cref="ProductOrdered"/> pending (and <see cref="OrganizationProductAdded"/> on the
    /// organization), <see cref="ActionDenied"/> or <see cref="NegativePrice"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/>, <paramref name="clock"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/>, <paramref name="period"/> or the currency of <paramref name="price"/> is the default value.</exception>
    public static OneOf<Product, ActionDenied, NegativePrice> Order(
        Organization organization, AccountId actor, ProductType type, RenewalPeriod period, Money price, TimeProvider clock, IRandomSource random)
    {
        Guard.Against.Null(organization);
        Guard.Against.Null(clock);
        Guard.Against.Null(random);
        Guard.Against.Expression(t => t.IsDefault, type, "A product type is required; the default value is not one.", nameof(type));
        RenewalPeriod.Require(period, nameof(period));
        Guard.Against.Expression(p => p.Currency.IsDefault, price, "A price needs a currency; the default value has none.", nameof(price));
        if (organization.Authorize(actor, MemberAction.OrderProduct).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (price.IsNegative)
        {
            return new NegativePrice(price);
        }

        var product = new Product(TypedId.New<ProductId>(random), 0, organization.Id, type, period, price, period.EndOfPeriodFrom(clock.GetUtcNow()));
        product.Record(new ProductOrdered(product.Id, organization.Id, type, period, price, product.PaidUntil, actor));
        organization.HoldProduct(product.Id, actor);
        return product;
    }

    /// <summary>
    /// Terminates the product (a prerequisite of ORG-9): the organization no longer holds it, limited rights that named
    /// it no longer reach it, and it is never invoiced again. An open invoice of its last period stays to be paid or voided.
    /// </summary>
    /// <param name="organization">The organization that holds it.</param>
    /// <param name="actor">A member with the right to manage the product and billing rights.</param>
    /// <returns><see cref="Success"/> (with <see cref="ProductTerminated"/> and <see cref="OrganizationProductTerminated"/> pending),
    /// or <see cref="ActionDenied"/>, also when the product is terminated already or belongs to another organization.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    /// <exception cref="ArgumentException">The organization's index names the product although it is terminated: the two were not saved together.</exception>
    public OneOf<Success, ActionDenied> Terminate(Organization organization, AccountId actor)
    {
        Guard.Against.Null(organization);
        if (organization.Authorize(actor, MemberAction.TerminateProduct(Id), Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!IsActive)
        {
            throw new ArgumentException($"Organization {Organization} holds product {Id}, which is terminated: the two were not saved together.", nameof(organization));
        }

        Status = ProductStatus.Terminated;
        Record(new ProductTerminated(Id, Organization, actor));
        organization.ReleaseProduct(Id, actor);
        return new Success();
    }

    /// <summary>Changes the billing address the product's next invoices go to (BIL-2); invoices already issued keep theirs. The same address again records nothing.</summary>
    /// <param name="organization">The organization that holds it.</param>
    /// <param name="billing">The organization's billing profile, which holds the address.</param>
    /// <param name="actor">A member with the right to manage the product and billing rights.</param>
    /// <param name="address">One of the organization's billing addresses.</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/> (also for a profile of another organization) or <see cref="BillingAddressNotFound"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="billing"/> is null.</exception>
    public OneOf<Success, ActionDenied, BillingAddressNotFound> ChangeBillingAddress(Organization organization, BillingProfile billing, AccountId actor, BillingAddressId address)
    {
        Guard.Against.Null(billing);
        if (AuthorizeBillingAction(organization, actor, MemberAction.ManageBillingAddresses, billing.Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!billing.Addresses.ContainsKey(address))
        {
            return new BillingAddressNotFound(Organization, address);
        }

        if (BillingAddress != address)
        {
            BillingAddress = address;
            Record(new ProductBillingAddressChanged(Id, Organization, address, actor));
        }

        return new Success();
    }

    /// <summary>Turns automatic renewal on or off and sets the payment method (PRE-3), at any time. The same preference again records nothing.</summary>
    /// <param name="organization">The organization that holds it.</param>
    /// <param name="actor">A member with the right to manage the product and billing rights.</param>
    /// <param name="preference">The new preference.</param>
    /// <returns><see cref="Success"/> or <see cref="ActionDenied"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="preference"/> is null.</exception>
    public OneOf<Success, ActionDenied> SetRenewalPreference(Organization organization, AccountId actor, RenewalPreference preference)
    {
        Guard.Against.Null(preference);
        if (AuthorizeBillingAction(organization, actor, MemberAction.ManageInvoices, Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (preference != Renewal)
        {
            Renewal = preference;
            Record(new ProductRenewalPreferenceChanged(Id, Organization, preference, actor));
        }

        return new Success();
    }

    /// <summary>Whether the product is active and its paid-until date falls within <paramref name="window"/> from now: what <c>ProductsDueForRenewalSpec</c> selects.</summary>
    /// <param name="clock">The current time.</param>
    /// <param name="window">How far ahead to look; zero for products whose period has ended.</param>
    /// <returns><see langword="true"/> when due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative.</exception>
    public bool IsDueForRenewal(TimeProvider clock, TimeSpan window)
    {
        var limit = Guard.Against.Null(clock).GetUtcNow() + Guard.Against.Negative(window);
        return IsActive && PaidUntil <= limit;
    }

    /// <summary>Exports the product's state for storage.</summary>
    /// <returns>A state <see cref="FromState"/> rebuilds an equal product from.</returns>
    public ProductState ToState() => new()
    {
        Id = Id,
        Version = Version,
        OrganizationId = Organization,
        Type = Type.Code,
        PaidUntil = PaidUntil,
        RenewalMonths = RenewalPeriod.Months,
        Price = Price,
        Status = Status,
        BillingAddressId = BillingAddress,
        AutomaticRenewal = Renewal.IsAutomatic,
        PaymentMethod = Renewal.PaymentMethod?.Code,
        OpenInvoiceId = OpenInvoice,
    };

    /// <summary>Rebuilds a product from a stored state, with no pending events.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a default id, an invalid type, period,
    /// payment method or status, a negative price or one without currency, or automatic renewal without a payment method.</exception>
    public static Product FromState(ProductState state)
    {
        Guard.Against.Null(state);
        var type = ProductType.Parse(state.Type).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        var period = RenewalPeriod.FromMonths(state.RenewalMonths).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        Require(type.Code == state.Type, "The type is not stored in its canonical form.");
        Require(!state.Price.Currency.IsDefault && !state.Price.IsNegative, "The price is negative or has no currency.");
        Require(Enum.IsDefined(state.Status), "The status is not a product status.");
        PaymentMethod? method = state.PaymentMethod is null ? null : PaymentMethod.Parse(state.PaymentMethod).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        Require(method?.Code == state.PaymentMethod, "The payment method is not stored in its canonical form.");
        Require(!state.AutomaticRenewal || method is not null, "Automatic renewal has no payment method.");
        return new Product(state.Id, state.Version, state.OrganizationId, type, period, state.Price, state.PaidUntil)
        {
            Status = state.Status,
            BillingAddress = state.BillingAddressId,
            Renewal = RenewalPreference.From(state.AutomaticRenewal, method),
            OpenInvoice = state.OpenInvoiceId,
        };
    }

    /// <summary>Puts the product's next period on an open final invoice; the caller has checked it may.</summary>
    internal void MarkInvoiced(InvoiceId invoice)
    {
        OpenInvoice = invoice;
        Record(new ProductInvoiced(Id, Organization, invoice));
    }

    /// <summary>The open invoice of the product's next period was paid: the product is paid until the period's end.</summary>
    internal void Renew(InvoiceId invoice, DateTimeOffset paidUntil)
    {
        OpenInvoice = null;
        PaidUntil = paidUntil;
        Record(new ProductRenewed(Id, Organization, invoice, paidUntil));
    }

    /// <summary>The open invoice of the product's next period was voided: the period can be invoiced again.</summary>
    internal void ReleaseInvoice(InvoiceId invoice)
    {
        OpenInvoice = null;
        Record(new ProductInvoiceVoided(Id, Organization, invoice));
    }

    /// <summary>
    /// A billing action on this product: the member must manage the product (it is held by the organization and within
    /// their rights) and hold billing rights for what <paramref name="owner"/> keeps.
    /// </summary>
    internal OneOf<Allowed, ActionDenied> AuthorizeBillingAction(Organization organization, AccountId actor, MemberAction billingAction, OrganizationId owner)
    {
        Guard.Against.Null(organization);
        return organization.Authorize(actor, MemberAction.ManageProduct(Id), Organization).TryPickT1(out var denied, out _)
            ? denied
            : organization.Authorize(actor, billingAction, owner);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    private static ArgumentException Invalid(string message) => new($"Invalid product state: {message}", "state");
}
