using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// An organization's billing profile: its billing addresses (BIL-1) and the one sequence its final invoices take their
/// numbers from (BIL-5). One per organization.
/// </summary>
/// <remarks>
/// <para>
/// Why a profile of its own rather than more state on <see cref="Organization"/>: numbering must be a single point of
/// concurrency. Issuing a final invoice takes <see cref="NextInvoiceSequence"/> and records an event here, so the
/// profile's <see cref="AggregateRoot{TId}.Version"/> is the optimistic-concurrency token that keeps the sequence
/// gapless and unique: of two issuers that loaded the same version, the store accepts the first and rejects the
/// second, which reloads and takes the next number. Keeping that counter apart from the organization means that
/// invoicing never conflicts with membership changes, and the organization stays small. The next number is kept, never
/// found by scanning earlier invoices, so issuing costs the same after 10 or 100,000 invoices.
/// </para>
/// <para>
/// Every command is a billing action (RGT-4), authorized by the organization the profile belongs to. The profile does
/// not know which products use an address; <see cref="RemoveAddress"/> takes the organization's products and refuses
/// when its product index names one that was not given.
/// </para>
/// </remarks>
public sealed class BillingProfile : AggregateRoot<BillingProfileId>
{
    /// <summary>The most billing addresses a profile keeps.</summary>
    public const int MaxAddresses = 50;

    private readonly Dictionary<BillingAddressId, BillingAddress> addresses = [];
    private readonly ReadOnlyDictionary<BillingAddressId, BillingAddress> addressesView;

    private BillingProfile(BillingProfileId id, long version, OrganizationId organization, InvoiceNumberPrefix prefix, long nextSequence)
        : base(id, version)
    {
        Organization = Guard.Against.Default(organization);
        InvoiceNumberPrefix = prefix;
        NextInvoiceSequence = nextSequence;
        addressesView = addresses.AsReadOnly();
    }

    /// <summary>The organization billed.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The prefix of the organization's invoice numbers.</summary>
    public InvoiceNumberPrefix InvoiceNumberPrefix { get; }

    /// <summary>The sequence number the next final invoice will take: one more than the number of final invoices issued so far.</summary>
    public long NextInvoiceSequence { get; private set; }

    /// <summary>The organization's billing addresses, by id: a read-only view, not a copy.</summary>
    public IReadOnlyDictionary<BillingAddressId, BillingAddress> Addresses => addressesView;

    /// <summary>Opens the billing profile of an organization, whose first final invoice will be numbered 1.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="actor">A member with billing rights.</param>
    /// <param name="prefix">The prefix of its invoice numbers (<see cref="InvoiceNumberPrefix.None"/> for none).</param>
    /// <param name="random">The source of the profile's id.</param>
    /// <returns>The profile, with <see cref="BillingProfileOpened"/> pending, or <see cref="ActionDenied"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="random"/> is null.</exception>
    public static OneOf<BillingProfile, ActionDenied> Open(Organization organization, AccountId actor, InvoiceNumberPrefix prefix, IRandomSource random)
    {
        Guard.Against.Null(organization);
        Guard.Against.Null(random);
        if (organization.Authorize(actor, MemberAction.ManageInvoices).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        var profile = new BillingProfile(TypedId.New<BillingProfileId>(random), 0, organization.Id, prefix, 1);
        profile.Record(new BillingProfileOpened(profile.Id, organization.Id, prefix, actor));
        return profile;
    }

    /// <summary>Adds a billing address (BIL-1); products are given it with <see cref="Product.ChangeBillingAddress"/>.</summary>
    /// <param name="organization">The organization the profile belongs to.</param>
    /// <param name="actor">A member with billing rights.</param>
    /// <param name="address">The address.</param>
    /// <param name="random">The source of the address's id.</param>
    /// <returns>The new address's id, <see cref="ActionDenied"/> or <see cref="BillingAddressLimitReached"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/>, <paramref name="address"/> or <paramref name="random"/> is null.</exception>
    public OneOf<BillingAddressId, ActionDenied, BillingAddressLimitReached> AddAddress(Organization organization, AccountId actor, BillingAddress address, IRandomSource random)
    {
        Guard.Against.Null(organization);
        Guard.Against.Null(address);
        Guard.Against.Null(random);
        if (organization.Authorize(actor, MemberAction.ManageBillingAddresses, Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (addresses.Count == MaxAddresses)
        {
            return new BillingAddressLimitReached(Organization, MaxAddresses);
        }

        var id = TypedId.New<BillingAddressId>(random);
        addresses.Add(id, address);
        Record(new BillingAddressAdded(Id, Organization, id, address, actor));
        return id;
    }

    /// <summary>Removes a billing address that no active product of the organization uses (BIL-2).</summary>
    /// <param name="organization">The organization the profile belongs to.</param>
    /// <param name="actor">A member with billing rights.</param>
    /// <param name="address">The address to remove.</param>
    /// <param name="products">The organization's products: at least every one its product index names (load them with <c>ActiveProductsOfOrganizationSpec</c>).</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/>, <see cref="BillingAddressNotFound"/>, <see cref="ProductsOfAnotherOrganization"/>,
    /// <see cref="ProductsNotGiven"/> or <see cref="BillingAddressInUse"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="products"/> (or one of them) is null.</exception>
    public OneOf<Success, ActionDenied, BillingAddressNotFound, ProductsOfAnotherOrganization, ProductsNotGiven, BillingAddressInUse> RemoveAddress(
        Organization organization, AccountId actor, BillingAddressId address, IReadOnlyCollection<Product> products)
    {
        Guard.Against.Null(organization);
        ProductFacts.RequireEach(products);
        if (organization.Authorize(actor, MemberAction.ManageBillingAddresses, Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        if (!addresses.ContainsKey(address))
        {
            return new BillingAddressNotFound(Organization, address);
        }

        if (ProductFacts.OfAnotherOrganization(Organization, products) is { } foreign)
        {
            return foreign;
        }

        if (ProductFacts.NotGiven(organization, products) is { } missing)
        {
            return missing;
        }

        if (products.Where(p => p.IsActive && p.BillingAddress == address).Select(p => p.Id).ToList() is { Count: > 0 } users)
        {
            return new BillingAddressInUse(Organization, address, users);
        }

        addresses.Remove(address);
        Record(new BillingAddressRemoved(Id, Organization, address, actor));
        return new Success();
    }

    /// <summary>Exports the profile's state for storage.</summary>
    /// <returns>A state <see cref="FromState"/> rebuilds an equal profile from; addresses ordered by id.</returns>
    public BillingProfileState ToState() => new()
    {
        Id = Id,
        Version = Version,
        OrganizationId = Organization,
        InvoiceNumberPrefix = InvoiceNumberPrefix.Value,
        NextInvoiceSequence = NextInvoiceSequence,
        Addresses = [.. addresses.OrderBy(a => a.Key.Value).Select(a => new BillingAddressState { Id = a.Key, BillingProfileId = Id, Address = a.Value.ToState() })],
    };

    /// <summary>Rebuilds a profile from a stored state, with no pending events.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/>, its addresses or one of them is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a default id, an invalid prefix or address, a
    /// sequence below 1, an address of another profile or held twice, more than <see cref="MaxAddresses"/> addresses.</exception>
    public static BillingProfile FromState(BillingProfileState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.Addresses);
        var prefix = InvoiceNumberPrefix.Parse(state.InvoiceNumberPrefix).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        Require(prefix.Value == state.InvoiceNumberPrefix, "The invoice number prefix is not stored trimmed.");
        Require(state.NextInvoiceSequence >= 1, "The next invoice sequence number is below 1.");
        Require(state.Addresses.Count <= MaxAddresses, "The profile holds more addresses than it may.");
        var profile = new BillingProfile(state.Id, state.Version, state.OrganizationId, prefix, state.NextInvoiceSequence);
        foreach (var row in state.Addresses)
        {
            Guard.Against.Null(row);
            Require(row.BillingProfileId == state.Id, $"Address {row.Id} belongs to profile {row.BillingProfileId}.");
            Require(row.Id != default && profile.addresses.TryAdd(row.Id, BillingAddress.FromState(row.Address)), $"Address {row.Id} is the default id or appears twice.");
        }

        return profile;
    }

    /// <summary>Takes the next number of the sequence for a final invoice being issued; the caller has authorized it.</summary>
    internal InvoiceNumber TakeInvoiceNumber(InvoiceId invoice)
    {
        var number = new InvoiceNumber(InvoiceNumberPrefix, NextInvoiceSequence);
        NextInvoiceSequence++;
        Record(new InvoiceNumberAssigned(Id, Organization, invoice, number));
        return number;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    private static ArgumentException Invalid(string message) => new($"Invalid billing profile state: {message}", "state");
}
