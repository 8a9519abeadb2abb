using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.PackageAnalyzerCheck;

/// <summary>Drops a refusal where the consumer's .editorconfig makes IMD0001 an error.</summary>
public static class Escalated
{
    /// <summary>Leaves an organization without looking whether leaving was refused.</summary>
    public static void Leave(Organization bakery, AccountId member)
    {
        bakery.Leave(member);
    }
}
