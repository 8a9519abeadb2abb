using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Products;

/// <summary>A product's price is negative; a renewal costs zero or more.</summary>
/// <param name="Price">The price given.</param>
public sealed record NegativePrice(Money Price) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"A product's price cannot be negative; {Price} was given.";
}

/// <summary>Products given to a decision about an organization belong to another one (ORG-7).</summary>
/// <param name="Organization">The organization concerned.</param>
/// <param name="Products">The products of other organizations.</param>
public sealed record ProductsOfAnotherOrganization(OrganizationId Organization, IReadOnlyList<ProductId> Products) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Products {string.Join(", ", Products)} do not belong to organization {Organization}.";
}

/// <summary>
/// A decision needs products the caller did not give: the organization holds them (its product index names them), or
/// an invoice bills them. The decision is not taken on partial facts.
/// </summary>
/// <param name="Organization">The organization concerned.</param>
/// <param name="Products">The products to load and give.</param>
public sealed record ProductsNotGiven(OrganizationId Organization, IReadOnlyList<ProductId> Products) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Products {string.Join(", ", Products)} of organization {Organization} were not given; load them and ask again.";
}
