using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Organizations;

/// <content>The organization's name and logo, and what the Manager shows for it (ORG-2, ORG-8).</content>
public sealed partial class Organization
{
    /// <summary>The organization's name.</summary>
    public OrganizationName Name { get; private set; }

    /// <summary>The organization's logo, or null when it has none.</summary>
    public Logo? Logo { get; private set; }

    /// <summary>What the Manager shows for the organization: its logo when set, its name otherwise (ORG-8).</summary>
    public OrganizationLabel DisplayLabel => Logo is { } logo ? new OrganizationLabel.LogoLabel(logo) : new OrganizationLabel.NameLabel(Name);

    /// <summary>Renames the organization; the same name again is no change and records nothing.</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="name">The new name.</param>
    /// <returns><see cref="Success"/> or <see cref="ActionDenied"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public OneOf<Success, ActionDenied> Rename(AccountId actor, OrganizationName name)
    {
        Guard.Against.Null(name);
        if (Denied(actor, MemberAction.ManageNameAndLogo, out var denied))
        {
            return denied;
        }

        if (name != Name)
        {
            Name = name;
            Record(new OrganizationRenamed(Id, name, actor));
        }

        return new Success();
    }

    /// <summary>Sets the logo shown instead of the name (ORG-8); a <see cref="Organizations.Logo"/> is always horizontal and within its size limit.</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="logo">The logo.</param>
    /// <returns><see cref="Success"/> or <see cref="ActionDenied"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logo"/> is null.</exception>
    public OneOf<Success, ActionDenied> SetLogo(AccountId actor, Logo logo)
    {
        Guard.Against.Null(logo);
        if (Denied(actor, MemberAction.ManageNameAndLogo, out var denied))
        {
            return denied;
        }

        Logo = logo;
        Record(new OrganizationLogoSet(Id, logo, actor));
        return new Success();
    }

    /// <summary>Removes the logo, so the name is shown again; with no logo set it records nothing.</summary>
    /// <param name="actor">The administrator.</param>
    /// <returns><see cref="Success"/> or <see cref="ActionDenied"/>.</returns>
    public OneOf<Success, ActionDenied> RemoveLogo(AccountId actor)
    {
        if (Denied(actor, MemberAction.ManageNameAndLogo, out var denied))
        {
            return denied;
        }

        if (Logo is not null)
        {
            Logo = null;
            Record(new OrganizationLogoRemoved(Id, actor));
        }

        return new Success();
    }
}
