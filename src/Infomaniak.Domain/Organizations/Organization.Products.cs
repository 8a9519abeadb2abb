using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Organizations;

/// <content>
/// The organization's index of the products it holds: what <see cref="Authorize(AccountId, MemberAction)"/> needs for
/// product actions (ORG-7, RGT-4). The <see cref="Products.Product"/> aggregate is the one source of truth for a product;
/// the index changes only together with it, through <see cref="Products.Product.Order"/> and
/// <see cref="Products.Product.Terminate"/>, which authorize the change before making it.
/// </content>
public sealed partial class Organization
{
    /// <summary>Adds a product just ordered to the index.</summary>
    internal void HoldProduct(ProductId product, AccountId orderedBy)
    {
        products.Add(product);
        Record(new OrganizationProductAdded(Id, product, orderedBy));
    }

    /// <summary>Removes a product just terminated from the index (a prerequisite of ORG-9).</summary>
    internal void ReleaseProduct(ProductId product, AccountId terminatedBy)
    {
        products.Remove(product);
        Record(new OrganizationProductTerminated(Id, product, terminatedBy));
    }
}
