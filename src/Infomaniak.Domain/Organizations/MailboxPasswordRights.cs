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
/// A Mail Service whose holding organization was not given is <see cref="MailboxPasswordRight.Unknown"/>, so the operations
/// refuse by name instead of deciding; a Mail Service that the given organization does not hold (terminated, or of another
/// organization) is denied, never leaked across organizations.
/// </remarks>
public sealed class OrganizationMailboxPasswordRights : IMailboxPasswordRights
{
    private readonly Dictionary<OrganizationId, Organization> organizations;

    /// <summary>Reads mailbox password rights from the organization that holds the Mail Service.</summary>
    /// <param name="owner">The organization holding the Mail Service product.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is null.</exception>
    public OrganizationMailboxPasswordRights(Organization owner)
        : this([Guard.Against.Null(owner)])
    {
    }

    /// <summary>
    /// Reads mailbox password rights from several organizations, for an operation that spans Mail Services of more
    /// than one (an account password change of someone who reads mailboxes of several organizations, rule ORG-3).
    /// </summary>
    /// <param name="organizations">The organizations holding the Mail Services concerned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organizations"/> or one of them is null.</exception>
    public OrganizationMailboxPasswordRights(IEnumerable<Organization> organizations)
    {
        this.organizations = [];
        foreach (var organization in Guard.Against.Null(organizations))
        {
            Guard.Against.Null(organization, nameof(organizations));
            this.organizations[organization.Id] = organization;
        }
    }

    /// <inheritdoc />
    public MailboxPasswordRight MayChangePassword(AccountId account, OrganizationId holder, ProductId mailService, MailboxId mailbox) =>
        !organizations.TryGetValue(holder, out var organization) ? MailboxPasswordRight.Unknown
        : organization.Authorize(account, MemberAction.ChangeMailboxPassword(mailService)).IsT0 ? MailboxPasswordRight.Allowed
        : MailboxPasswordRight.Denied;
}
