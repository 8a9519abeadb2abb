using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.PackageAnalyzerCheck;

/// <summary>Drops a refusal once (IMD0001 at its default severity, a warning) and discards one on purpose.</summary>
public static class Dropped
{
    /// <summary>Renames an organization twice, looking at neither result.</summary>
    public static void Rename(Organization bakery, AccountId owner, OrganizationName name)
    {
        bakery.Rename(owner, name);
        _ = bakery.Rename(owner, name);
    }
}
