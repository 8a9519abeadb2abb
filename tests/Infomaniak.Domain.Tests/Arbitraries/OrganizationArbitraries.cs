using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Organizations;

namespace Infomaniak.Domain.Tests.Arbitraries;

/// <summary>How to grant rights in a generated organization: all rights, or a subset of its products (by index), with or without billing.</summary>
public sealed record RightsRecipe(bool All, bool Billing, int[] ProductIndexes)
{
    public Rights For(IReadOnlyList<ProductId> products) =>
        All || ProductIndexes.Length == 0 || products.Count == 0
            ? Rights.Administrator(Billing)
            : Rights.LimitedTo(ProductIndexes.Select(i => products[i % products.Count]), Billing).GetValueOrThrow();
}

/// <summary>One generated organization: its founder, how many products it holds, and the accounts invited with their rights.</summary>
public sealed record OrganizationRecipe(int Founder, int ProductCount, (int Account, RightsRecipe Rights)[] Members);

/// <summary>A generated world of several organizations sharing a pool of accounts; every product belongs to exactly one organization.</summary>
public sealed record WorldRecipe(OrganizationRecipe[] Organizations)
{
    public const int AccountPool = 6;

    public World Build()
    {
        var organizations = new List<Organization>();
        var nextProduct = 0;
        for (var n = 0; n < Organizations.Length; n++)
        {
            var recipe = Organizations[n];
            var products = Enumerable.Range(nextProduct, recipe.ProductCount).Select(Given.Product).ToArray();
            nextProduct += recipe.ProductCount;
            var founder = Given.Account(recipe.Founder);
            var organization = Given.OrganizationWith(n, founder, products);
            foreach (var (account, rights) in recipe.Members.DistinctBy(m => m.Account).Where(m => m.Account != recipe.Founder))
            {
                Given.Join(organization, founder, account, rights.For(products));
            }

            organizations.Add(organization);
        }

        return new World(organizations, Enumerable.Range(0, nextProduct).Select(Given.Product).ToList());
    }

    public override string ToString() =>
        string.Join(" | ", Organizations.Select((o, i) =>
            $"org{i}: founder {o.Founder}, {o.ProductCount} products, members [{string.Join(", ", o.Members.Select(m => $"{m.Account}:{(m.Rights.All ? "all" : string.Join('+', m.Rights.ProductIndexes))}{(m.Rights.Billing ? "$" : string.Empty)}"))}]"));
}

/// <summary>A built world: its organizations and every product id any of them holds.</summary>
public sealed record World(IReadOnlyList<Organization> Organizations, IReadOnlyList<ProductId> Products)
{
    public IEnumerable<AccountId> Accounts => Enumerable.Range(0, WorldRecipe.AccountPool).Select(Given.Account);
}

/// <summary>Generators for organizations: rights, worlds of organizations, and command sequences for the model-based test.</summary>
public static class OrganizationArbitraries
{
    public static Gen<RightsRecipe> RightsRecipeGen { get; } =
        from all in Gen.Elements(true, false)
        from billing in Gen.Elements(true, false)
        from count in Gen.Choose(1, 3)
        from indexes in Gen.ArrayOf(Gen.Choose(0, 9), count)
        select new RightsRecipe(all, billing, indexes);

    public static Gen<OrganizationRecipe> OrganizationRecipeGen { get; } =
        from founder in Gen.Choose(0, WorldRecipe.AccountPool - 1)
        from productCount in Gen.Choose(1, 4)
        from memberCount in Gen.Choose(0, 4)
        from members in Gen.ArrayOf(
            from account in Gen.Choose(0, WorldRecipe.AccountPool - 1)
            from rights in RightsRecipeGen
            select (account, rights),
            memberCount)
        select new OrganizationRecipe(founder, productCount, members);

    public static Gen<WorldRecipe> WorldGen { get; } =
        from count in Gen.Choose(2, 4)
        from organizations in Gen.ArrayOf(OrganizationRecipeGen, count)
        select new WorldRecipe(organizations);

    public static Arbitrary<WorldRecipe> Worlds() => Arb.From(WorldGen);

    public static Arbitrary<RightsRecipe> RightsRecipes() => Arb.From(RightsRecipeGen);
}
