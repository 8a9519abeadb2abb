using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>Product credentials: a row each, indexed by product and by organization.</summary>
internal sealed class ProductCredentialMapping : AggregateMapping<ProductCredential, ProductCredentialId, ProductCredentialState>
{
    public override void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var credential = Root(model, options, "ProductCredentials");
        credential.Property(c => c.UserName).HasMaxLength(ProductCredential.MaxUserNameLength);
        credential.HasIndex(c => c.Product);
        credential.HasIndex(c => c.Organization);
    }

    public override ProductCredentialState ToState(ProductCredential aggregate) => aggregate.ToState();

    public override ProductCredential FromState(ProductCredentialState state) => ProductCredential.FromState(state);
}
