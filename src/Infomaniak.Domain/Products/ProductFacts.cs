using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Products;

/// <summary>The checks a rule across aggregates makes on the products it is given, before it decides anything.</summary>
internal static class ProductFacts
{
    /// <summary>Throws for a null list or a null product in it.</summary>
    public static void RequireEach(IReadOnlyCollection<Product> products)
    {
        Guard.Against.Null(products);
        foreach (var product in products)
        {
            Guard.Against.Null(product, nameof(products));
        }
    }

    /// <summary>The products given that belong to another organization, if any.</summary>
    public static ProductsOfAnotherOrganization? OfAnotherOrganization(OrganizationId organization, IEnumerable<Product> products) =>
        products.Where(p => p.Organization != organization).Select(p => p.Id).Distinct().ToList() is { Count: > 0 } foreign
            ? new ProductsOfAnotherOrganization(organization, foreign)
            : null;

    /// <summary>The products the organization's index names that were not given, if any.</summary>
    public static ProductsNotGiven? NotGiven(Organization organization, IEnumerable<Product> products)
    {
        var given = products.Select(p => p.Id).ToHashSet();
        return organization.Products.Where(p => !given.Contains(p)).ToList() is { Count: > 0 } missing
            ? new ProductsNotGiven(organization.Id, missing)
            : null;
    }
}
