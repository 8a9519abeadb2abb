using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Organizations;

/// <content>
/// Members and their rights (RGT-2, RGT-3, RGT-5, ORG-6): changing rights, removing a member, leaving. The counts of
/// legal representatives and of administrators with billing rights are kept up to date as members change, so that no
/// rule scans the members.
/// </content>
public sealed partial class Organization
{
    /// <summary>
    /// Changes another member's rights (RGT-2, RGT-3, RGT-5). Nobody changes their own rights; a legal representative keeps
    /// all rights (which also keeps the last administrator, always a legal representative, from being demoted); the last
    /// administrator with billing rights keeps all rights and billing rights.
    /// </summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="member">The member whose rights change.</param>
    /// <param name="rights">The new rights; limited rights must name products the organization holds.</param>
    /// <returns><see cref="Success"/>, or why the rights cannot change (<see cref="ActionDenied"/> also when granting billing rights without having them, RGT-4).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rights"/> is null.</exception>
    public OneOf<Success, ActionDenied, NotAMember, CannotChangeOwnRights, LegalRepresentativeRequiresAllRights, LastBillingAdministrator, ProductsNotHeld> ChangeRights(
        AccountId actor, AccountId member, Rights rights)
    {
        Guard.Against.Null(rights);
        if (Denied(actor, MemberAction.ManageUsers, out var denied))
        {
            return denied;
        }

        if (!members.TryGetValue(member, out var found))
        {
            return new NotAMember(Id, Name, member);
        }

        if (actor == member)
        {
            return new CannotChangeOwnRights(Id, Name, actor, found.Login);
        }

        if (found.IsLegalRepresentative && !rights.IsAdministrator)
        {
            return new LegalRepresentativeRequiresAllRights(Id, member);
        }

        if (found.IsBillingAdministrator && !(rights.IsAdministrator && rights.HasBillingRights) && billingAdministratorCount == 1)
        {
            return new LastBillingAdministrator(Id, Name, member, found.Login);
        }

        if (BillingGrantDenied(actor, rights) is { } billing)
        {
            return billing;
        }

        if (NotHeld(rights) is { } notHeld)
        {
            return notHeld;
        }

        PutMember(found with { Rights = rights });
        Record(new MemberRightsChanged(Id, member, rights, actor));
        return new Success();
    }

    /// <summary>
    /// Removes another member from the organization (RGT-2). The only legal representative (RGT-3) and the last
    /// administrator with billing rights (RGT-5) cannot be removed; a member removes themselves by leaving (<see cref="Leave"/>).
    /// </summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="member">The member to remove.</param>
    /// <returns><see cref="Success"/>, or why the member cannot be removed.</returns>
    public OneOf<Success, ActionDenied, NotAMember, CannotRemoveSelf, OnlyLegalRepresentative, LastBillingAdministrator> RemoveMember(AccountId actor, AccountId member)
    {
        if (Denied(actor, MemberAction.ManageUsers, out var denied))
        {
            return denied;
        }

        if (!members.TryGetValue(member, out var found))
        {
            return new NotAMember(Id, Name, member);
        }

        if (actor == member)
        {
            return new CannotRemoveSelf(Id, Name, actor, found.Login);
        }

        var held = ResponsibilitiesOf(found);
        if (held.OnlyLegalRepresentative)
        {
            return new OnlyLegalRepresentative(Id, member);
        }

        if (held.LastBillingAdministrator)
        {
            return new LastBillingAdministrator(Id, Name, member, found.Login);
        }

        DropMember(member);
        Record(new MemberRemoved(Id, member, actor));
        return new Success();
    }

    /// <summary>
    /// The member leaves the organization (ORG-6, RGT-5), unless they are its last user, its only legal representative or
    /// its last administrator with billing rights; the refusal says which.
    /// </summary>
    /// <param name="member">The member leaving.</param>
    /// <returns><see cref="Success"/>, <see cref="NotAMember"/> or <see cref="CannotLeave"/>.</returns>
    public OneOf<Success, NotAMember, CannotLeave> Leave(AccountId member)
    {
        if (!members.TryGetValue(member, out var found))
        {
            return new NotAMember(Id, Name, member);
        }

        var held = ResponsibilitiesOf(found);
        if (held.Any)
        {
            return new CannotLeave(Id, Name, member, found.Login, held.LastUser, held.OnlyLegalRepresentative, held.LastBillingAdministrator);
        }

        DropMember(member);
        Record(new MemberLeft(Id, member));
        return new Success();
    }

    /// <summary>What holds a member back from leaving, or its account from being deleted (ORG-6, ACC-8, RGT-5).</summary>
    internal Responsibilities ResponsibilitiesOf(AccountId account) =>
        members.TryGetValue(account, out var found) ? ResponsibilitiesOf(found) : default;

    private Responsibilities ResponsibilitiesOf(Member member) => new(
        members.Count == 1,
        member.IsLegalRepresentative && legalRepresentatives.Count == 1,
        member.IsBillingAdministrator && billingAdministratorCount == 1);

    /// <summary>Adds or replaces a member, keeping the counts the rules read.</summary>
    private void PutMember(Member member)
    {
        var wasLegalRepresentative = members.Remove(member.Account, out var previous) && previous.IsLegalRepresentative;
        billingAdministratorCount -= previous?.IsBillingAdministrator == true ? 1 : 0;
        members.Add(member.Account, member);
        billingAdministratorCount += member.IsBillingAdministrator ? 1 : 0;
        if (member.IsLegalRepresentative && !wasLegalRepresentative)
        {
            legalRepresentatives.Add(member.Account);
        }
        else if (wasLegalRepresentative && !member.IsLegalRepresentative)
        {
            legalRepresentatives.Remove(member.Account);
        }
    }

    private void DropMember(AccountId account)
    {
        if (members.Remove(account, out var previous))
        {
            billingAdministratorCount -= previous.IsBillingAdministrator ? 1 : 0;
            if (previous.IsLegalRepresentative)
            {
                legalRepresentatives.Remove(account);
            }
        }
    }

    /// <summary>What a member is the last or only one of.</summary>
    internal readonly record struct Responsibilities(bool LastUser, bool OnlyLegalRepresentative, bool LastBillingAdministrator)
    {
        public bool Any => LastUser || OnlyLegalRepresentative || LastBillingAdministrator;
    }
}
