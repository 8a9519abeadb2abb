using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Mail;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// Who may change a mailbox's password, read from the rights of the organization that holds the Mail Service:
/// an administrator, or a member granted that product (rules RGT-1, RGT-4, ORG-7). It answers condition (c) of
/// unification (rule UNI-1) and guards <see cref="PasswordChanges.ChangeMailboxPassword"/>.
/// </summary>
/// <remarks>
/// A Mail Service that the organization does not hold is never authorized, so passing the wrong organization
/// denies rather than leaks a right across organizations.
/// </remarks>
public sealed class OrganizationMailboxPasswordRights : IMailboxPasswordRights
{
    private readonly Organization owner;

    /// <summary>Reads mailbox password rights from the organization that holds the Mail Service.</summary>
    /// <param name="owner">The organization holding the Mail Service product.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is null.</exception>
    public OrganizationMailboxPasswordRights(Organization owner) => this.owner = Guard.Against.Null(owner);

    /// <inheritdoc />
    public bool MayChangePassword(AccountId account, ProductId mailService, MailboxId mailbox) =>
        owner.Authorize(account, MemberAction.ChangeMailboxPassword(mailService)).IsT0;
}
