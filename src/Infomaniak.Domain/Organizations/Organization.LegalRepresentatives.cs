using Infomaniak.Domain.Common;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Organizations;

/// <content>The organization's legal representatives (ORG-10, ORG-11): appointing, dismissing and replacing them.</content>
public sealed partial class Organization
{
    /// <summary>The members who are legal representatives (ORG-10, ORG-11), in no set order: a read-only view, not a copy.</summary>
    public IReadOnlyList<AccountId> LegalRepresentatives => legalRepresentativesView;

    /// <summary>Appoints a member with all rights as an additional legal representative (ORG-10, ORG-11).</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="member">The member to appoint.</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/>, <see cref="NotAMember"/>, <see cref="LegalRepresentativeRequiresAllRights"/> or <see cref="AlreadyLegalRepresentative"/>.</returns>
    public OneOf<Success, ActionDenied, NotAMember, LegalRepresentativeRequiresAllRights, AlreadyLegalRepresentative> AppointLegalRepresentative(
        AccountId actor, AccountId member)
    {
        if (Denied(actor, MemberAction.ManageUsers, out var denied))
        {
            return denied;
        }

        if (!members.TryGetValue(member, out var found))
        {
            return new NotAMember(Id, Name, member);
        }

        if (!found.Rights.IsAdministrator)
        {
            return new LegalRepresentativeRequiresAllRights(Id, member);
        }

        if (found.IsLegalRepresentative)
        {
            return new AlreadyLegalRepresentative(Id, member);
        }

        PutMember(found with { IsLegalRepresentative = true });
        Record(new LegalRepresentativeAppointed(Id, member, actor));
        return new Success();
    }

    /// <summary>Dismisses one of several legal representatives, who stays a member (ORG-11: the only one cannot be dismissed).</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="representative">The legal representative to dismiss.</param>
    /// <returns><see cref="Success"/>, <see cref="ActionDenied"/>, <see cref="NotAMember"/>, <see cref="NotALegalRepresentative"/> or <see cref="OnlyLegalRepresentative"/>.</returns>
    public OneOf<Success, ActionDenied, NotAMember, NotALegalRepresentative, OnlyLegalRepresentative> DismissLegalRepresentative(
        AccountId actor, AccountId representative)
    {
        if (Denied(actor, MemberAction.ManageUsers, out var denied))
        {
            return denied;
        }

        if (!members.TryGetValue(representative, out var found))
        {
            return new NotAMember(Id, Name, representative);
        }

        if (!found.IsLegalRepresentative)
        {
            return new NotALegalRepresentative(Id, representative);
        }

        if (legalRepresentatives.Count == 1)
        {
            return new OnlyLegalRepresentative(Id, representative);
        }

        PutMember(found with { IsLegalRepresentative = false });
        Record(new LegalRepresentativeDismissed(Id, representative, actor));
        return new Success();
    }

    /// <summary>
    /// Replaces a legal representative with another member with all rights, at once (ORG-10); the former one stays a member.
    /// </summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="current">The legal representative to replace.</param>
    /// <param name="successor">The member who takes over.</param>
    /// <returns><see cref="Success"/>, or <see cref="ActionDenied"/>, <see cref="NotAMember"/> (for either), <see cref="NotALegalRepresentative"/>,
    /// <see cref="LegalRepresentativeRequiresAllRights"/> or <see cref="AlreadyLegalRepresentative"/>.</returns>
    public OneOf<Success, ActionDenied, NotAMember, NotALegalRepresentative, LegalRepresentativeRequiresAllRights, AlreadyLegalRepresentative> ReplaceLegalRepresentative(
        AccountId actor, AccountId current, AccountId successor)
    {
        if (Denied(actor, MemberAction.ManageUsers, out var denied))
        {
            return denied;
        }

        if (!members.TryGetValue(current, out var previous))
        {
            return new NotAMember(Id, Name, current);
        }

        if (!members.TryGetValue(successor, out var next))
        {
            return new NotAMember(Id, Name, successor);
        }

        if (!previous.IsLegalRepresentative)
        {
            return new NotALegalRepresentative(Id, current);
        }

        if (!next.Rights.IsAdministrator)
        {
            return new LegalRepresentativeRequiresAllRights(Id, successor);
        }

        if (next.IsLegalRepresentative)
        {
            return new AlreadyLegalRepresentative(Id, successor);
        }

        PutMember(previous with { IsLegalRepresentative = false });
        PutMember(next with { IsLegalRepresentative = true });
        Record(new LegalRepresentativeReplaced(Id, current, successor, actor));
        return new Success();
    }
}
