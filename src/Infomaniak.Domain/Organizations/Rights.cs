using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// What a member may do in an organization (RGT-1): all rights (an administrator of the customer account) or
/// access limited to some of its products, either way with or without billing rights.
/// </summary>
/// <remarks>
/// A closed choice of two cases, <see cref="All"/> and <see cref="Limited"/>; no other kind of rights can be
/// made (the cases are sealed, and a type outside this library cannot derive from <see cref="Rights"/>). Limited rights always name at least one product: <see cref="LimitedTo"/> refuses an empty set.
/// </remarks>
public abstract record Rights
{
    private Rights(bool hasBillingRights) => HasBillingRights = hasBillingRights;

    private protected abstract bool IsClosedCase { get; }

    /// <summary>Whether the member may manage billing addresses, invoices, payments, the prepaid account and vouchers (RGT-4).</summary>
    public bool HasBillingRights { get; }

    /// <summary>Whether these are all rights: the member is an administrator.</summary>
    public bool IsAdministrator => this is All;

    /// <summary>All rights: an administrator of the customer account.</summary>
    /// <param name="withBillingRights">Whether billing rights come with them.</param>
    /// <returns>Administrator rights.</returns>
    public static Rights Administrator(bool withBillingRights) => new All(withBillingRights);

    /// <summary>Rights limited to some products of the organization.</summary>
    /// <param name="products">The products the member may see and act on; duplicates are ignored.</param>
    /// <param name="withBillingRights">Whether billing rights come with them.</param>
    /// <returns>The limited rights, or <see cref="NoProductGranted"/> when <paramref name="products"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="products"/> is null.</exception>
    /// <exception cref="ArgumentException">A product id is the default value.</exception>
    public static OneOf<Rights, NoProductGranted> LimitedTo(IEnumerable<ProductId> products, bool withBillingRights)
    {
        Guard.Against.Null(products);
        var set = products.ToFrozenSet();
        if (set.Contains(default))
        {
            throw new ArgumentException("A product id must not be the default value.", nameof(products));
        }

        return set.Count == 0 ? new NoProductGranted() : new Limited(set, withBillingRights);
    }

    /// <summary>Whether these rights reach a product: always for an administrator, only for a granted product otherwise.</summary>
    /// <param name="product">The product.</param>
    /// <returns><see langword="true"/> when the member may see and act on the product.</returns>
    public abstract bool Covers(ProductId product);

    /// <summary>All rights: the member administers the customer account and may act on every product.</summary>
    public sealed record All : Rights
    {
        internal All(bool hasBillingRights)
            : base(hasBillingRights)
        {
        }

        private protected override bool IsClosedCase => true;

        /// <inheritdoc />
        public override bool Covers(ProductId product) => true;

        /// <summary>A short description (<c>all rights, with billing</c>).</summary>
        /// <returns>The description.</returns>
        public override string ToString() => HasBillingRights ? "all rights, with billing" : "all rights, without billing";
    }

    /// <summary>Rights limited to a non-empty set of products.</summary>
    public sealed record Limited : Rights
    {
        internal Limited(FrozenSet<ProductId> products, bool hasBillingRights)
            : base(hasBillingRights) => Products = products;

        /// <summary>The products the member may see and act on; never empty.</summary>
        public IReadOnlySet<ProductId> Products { get; }

        private protected override bool IsClosedCase => true;

        /// <inheritdoc />
        public override bool Covers(ProductId product) => Products.Contains(product);

        /// <summary>Whether both grant the same products with the same billing rights.</summary>
        /// <param name="other">The other rights.</param>
        /// <returns><see langword="true"/> when they are equal.</returns>
        public bool Equals(Limited? other) =>
            other is not null && HasBillingRights == other.HasBillingRights && Products.SetEquals(other.Products);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = 0;
            foreach (var product in Products)
            {
                hash ^= product.GetHashCode();
            }

            return HashCode.Combine(HasBillingRights, hash, Products.Count);
        }

        /// <summary>A short description (<c>3 products, without billing</c>).</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            $"{Products.Count} product{(Products.Count == 1 ? string.Empty : "s")}, {(HasBillingRights ? "with" : "without")} billing";
    }
}
