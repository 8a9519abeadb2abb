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
    private readonly Organization[] organizations;

    /// <summary>Reads mailbox password rights from the organization that holds the Mail Service.</summary>
    /// <param name="owner">The organization holding the Mail Service product.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is null.</exception>
    public OrganizationMailboxPasswordRights(Organization owner) => organizations = [Guard.Against.Null(owner)];

    /// <summary>
    /// Reads mailbox password rights from several organizations, for an operation that spans Mail Services of more
    /// than one (an account password change of someone who reads mailboxes of several organizations, rule ORG-3).
    /// </summary>
    /// <param name="organizations">The organizations holding the Mail Services concerned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organizations"/> or one of them is null.</exception>
    public OrganizationMailboxPasswordRights(IEnumerable<Organization> organizations)
    {
        this.organizations = [.. Guard.Against.Null(organizations)];
        Array.ForEach(this.organizations, organization => Guard.Against.Null(organization, nameof(organizations)));
    }

    /// <inheritdoc />
    public bool MayChangePassword(AccountId account, ProductId mailService, MailboxId mailbox) =>
        Array.Exists(organizations, organization =>
            organization.Products.Contains(mailService)
            && organization.Authorize(account, MemberAction.ChangeMailboxPassword(mailService)).Match(_ => true, _ => false));
}
