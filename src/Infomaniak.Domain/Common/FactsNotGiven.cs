using System.Globalization;

namespace Infomaniak.Domain.Common;

/// <summary>
/// A rule that spans aggregates was not given every aggregate it needs to decide, so it decided nothing: load the ones
/// named and call again. The aggregates remember enough (an account its unified mailbox and its organizations, a Mail
/// Service its organization) for the rule to notice what is missing instead of deciding on partial facts.
/// </summary>
/// <param name="Accounts">The accounts to load, if any.</param>
/// <param name="Organizations">The organizations to load, if any (for instance the one that holds a Mail Service, whose rights decide).</param>
/// <param name="MailServices">The Mail Services to load, if any.</param>
public sealed record FactsNotGiven(IReadOnlyList<AccountId> Accounts, IReadOnlyList<OrganizationId> Organizations, IReadOnlyList<ProductId> MailServices) : Refusal
{
    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var missing = new List<string>();
            Add("account", Accounts.Select(id => id.ToString()));
            Add("organization", Organizations.Select(id => id.ToString()));
            Add("Mail Service", MailServices.Select(id => id.ToString()));
            return $"This decision needs facts that were not given; load {string.Join("; ", missing)} and try again.";

            void Add(string kind, IEnumerable<string> ids)
            {
                var list = ids.ToList();
                if (list.Count > 0)
                {
                    missing.Add(string.Create(CultureInfo.InvariantCulture, $"{kind}{(list.Count > 1 ? "s" : string.Empty)} {string.Join(", ", list)}"));
                }
            }
        }
    }

    /// <summary>Whether both refusals name the same missing ids, in the same order.</summary>
    /// <param name="other">The other refusal.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(FactsNotGiven? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);

    internal static FactsNotGiven OfAccounts(params AccountId[] accounts) => new(accounts, [], []);

    internal static FactsNotGiven OfOrganizations(params OrganizationId[] organizations) => new([], organizations, []);

    internal static FactsNotGiven OfMailServices(params ProductId[] services) => new([], [], services);
}

/// <summary>A product was terminated (or its credential revoked): its credentials open nothing, and it takes no new command.</summary>
/// <param name="Product">The product.</param>
public sealed record ProductAlreadyTerminated(ProductId Product) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"Product {Product} was terminated; its credentials open nothing.";
}
