using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.PackageAnalyzerCheck;

/// <summary>Drops a refusal once (IMD0001 at its default severity, a warning) and discards one on purpose.</summary>
public static class Dropped
{
    /// <summary>Adds a product twice to an organization, looking at neither result.</summary>
    public static void AddProduct(Organization bakery, AccountId owner, ProductId site)
    {
        bakery.AddProduct(owner, site);
        _ = bakery.AddProduct(owner, site);
    }
}
