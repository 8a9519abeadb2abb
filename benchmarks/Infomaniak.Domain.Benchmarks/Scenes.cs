using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// A large organization built from its stored state (setup, not measured): the founder (all rights, billing rights,
/// legal representative), a second administrator, and limited members each granted five of its products.
/// </summary>
internal sealed class LargeOrganization
{
    public LargeOrganization(int members, int products, IRandomSource random)
    {
        var id = TypedId.New<OrganizationId>(random);
        Products = [.. Enumerable.Range(0, products).Select(_ => TypedId.New<ProductId>(random))];
        Accounts = [.. Enumerable.Range(0, members).Select(_ => TypedId.New<AccountId>(random))];
        var rows = Accounts.Select((account, i) => new MemberState
        {
            OrganizationId = id,
            AccountId = account,
            Login = $"member{i}@agence.example",
            HasAllRights = i < 2,
            HasBillingRights = i % 2 == 0,
            GrantedProducts = i < 2 ? [] : [.. Enumerable.Range(i, 5).Select(p => Products[p % products]).Distinct().OrderBy(p => p.Value)],
            IsLegalRepresentative = i == 0,
        });
        Organization = Organization.FromState(new OrganizationState
        {
            Id = id,
            Version = 1,
            Name = "Agence Web",
            IsDeleted = false,
            Members = [.. rows.OrderBy(row => row.AccountId.Value)],
            Invitations = [],
            Products = [.. Products.OrderBy(p => p.Value)],
            Logo = null,
        });
    }

    public Organization Organization { get; }

    /// <summary>The members' accounts: [0] the founder and only legal representative, [1] another administrator, then limited members.</summary>
    public AccountId[] Accounts { get; }

    public ProductId[] Products { get; }

    public AccountId Founder => Accounts[0];

    public AccountId SecondAdministrator => Accounts[1];

    public AccountId LastMember => Accounts[^1];
}

/// <summary>
/// The usual way: an organization as most .NET teams write one, with lists scanned by LINQ and rules checked by
/// throwing. Only here, as the baseline of the organization benchmarks.
/// </summary>
internal sealed class UsualOrganization
{
    private readonly List<UsualMember> members = [];
    private readonly List<UsualInvitation> invitations = [];
    private readonly List<Guid> products = [];

    public UsualOrganization(LargeOrganization from)
    {
        products.AddRange(from.Products.Select(p => p.Value));
        members.AddRange(from.Organization.ToState().Members.Select(m => new UsualMember(m.AccountId.Value, m.Login, m.HasAllRights, m.HasBillingRights, [.. m.GrantedProducts.Select(p => p.Value)], m.IsLegalRepresentative)));
    }

    public IReadOnlyList<UsualMember> Members => [.. members];

    public bool MayViewProduct(Guid account, Guid product)
    {
        var member = members.FirstOrDefault(m => m.Account == account) ?? throw new UnauthorizedAccessException("Not a member.");
        if (!products.Contains(product))
        {
            throw new UnauthorizedAccessException("Product not held.");
        }

        return member.IsAdministrator || member.Products.Contains(product) ? true : throw new UnauthorizedAccessException("Product not granted.");
    }

    public Guid Invite(Guid actor, string email)
    {
        RequireAdministrator(actor);
        if (invitations.Any(i => string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase) && i.ExpiresAt > DateTimeOffset.UtcNow))
        {
            throw new InvalidOperationException("An invitation is already pending.");
        }

        var invitation = new UsualInvitation(Guid.NewGuid(), email, DateTimeOffset.UtcNow.AddDays(7));
        invitations.Add(invitation);
        return invitation.Id;
    }

    public void CancelInvitation(Guid actor, Guid invitation)
    {
        RequireAdministrator(actor);
        if (invitations.RemoveAll(i => i.Id == invitation) == 0)
        {
            throw new InvalidOperationException("No such invitation.");
        }
    }

    public void SetLegalRepresentative(Guid actor, Guid account, bool isLegalRepresentative)
    {
        RequireAdministrator(actor);
        var index = members.FindIndex(m => m.Account == account);
        if (index < 0)
        {
            throw new InvalidOperationException("Not a member.");
        }

        if (!isLegalRepresentative && members.Count(m => m.IsLegalRepresentative) == 1)
        {
            throw new InvalidOperationException("The only legal representative cannot be dismissed.");
        }

        members[index] = members[index] with { IsLegalRepresentative = isLegalRepresentative };
    }

    public void Leave(Guid account)
    {
        var member = members.FirstOrDefault(m => m.Account == account) ?? throw new InvalidOperationException("Not a member.");
        if (member.IsLegalRepresentative && members.Count(m => m.IsLegalRepresentative) == 1)
        {
            throw new InvalidOperationException("The only legal representative cannot leave.");
        }

        members.Remove(member);
    }

    public void AddProduct(Guid actor, Guid product)
    {
        RequireAdministrator(actor);
        products.Add(product);
    }

    public void RemoveProduct(Guid actor, Guid product)
    {
        RequireAdministrator(actor);
        if (!products.Remove(product))
        {
            throw new InvalidOperationException("Product not held.");
        }

        foreach (var member in members.Where(m => m.Products.Contains(product)))
        {
            member.Products.Remove(product);
        }
    }

    private void RequireAdministrator(Guid actor)
    {
        if (members.FirstOrDefault(m => m.Account == actor) is not { IsAdministrator: true })
        {
            throw new UnauthorizedAccessException("Administrators only.");
        }
    }
}

internal sealed record UsualMember(Guid Account, string Login, bool IsAdministrator, bool HasBillingRights, List<Guid> Products, bool IsLegalRepresentative);

internal sealed record UsualInvitation(Guid Id, string Email, DateTimeOffset ExpiresAt);
