using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Mail.Specifications;

/// <summary>The stored Mail Services that hold a mailbox an account reads in Webmail: what an account password change needs (rules ACC-4, UNI-3).</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain loops, without compiling the expression nor allocating a delegate per row.</remarks>
public sealed class MailServicesReadByAccountSpec : Specification<MailServiceState>
{
    private readonly AccountId account;

    /// <summary>Selects the services with a mailbox read by this account.</summary>
    /// <param name="account">The account.</param>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public MailServicesReadByAccountSpec(AccountId account)
    {
        Guard.Against.Default(account);
        this.account = account;
        Query.Where(service => service.Mailboxes.Any(mailbox => mailbox.WebmailReaders.Any(reader => reader.AccountId == account)));
    }

    /// <summary>The services among <paramref name="entities"/> with a mailbox the account reads, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<MailServiceState> Evaluate(IEnumerable<MailServiceState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether one of the service's mailboxes is read by the account in Webmail.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(MailServiceState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(MailServiceState service)
    {
        var mailboxes = service.Mailboxes;
        for (var i = 0; i < mailboxes.Count; i++)
        {
            var readers = mailboxes[i].WebmailReaders;
            for (var j = 0; j < readers.Count; j++)
            {
                if (readers[j].AccountId == account)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>The stored Mail Service that hosts an address, ignoring case: the mailbox an account login may be unified with.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as a plain loop, without compiling the expression.</remarks>
public sealed class MailServiceHostingAddressSpec : Specification<MailServiceState>, ISingleResultSpecification<MailServiceState>
{
    private readonly string normalized;

    /// <summary>Selects the service hosting this address.</summary>
    /// <param name="address">The address.</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public MailServiceHostingAddressSpec(EmailAddress address)
    {
        var normalized = Guard.Against.Null(address).Normalized;
        this.normalized = normalized;
        Query.Where(service => service.Mailboxes.Any(mailbox => mailbox.AddressNormalized == normalized));
    }

    /// <summary>The services among <paramref name="entities"/> hosting the address, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<MailServiceState> Evaluate(IEnumerable<MailServiceState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether one of the service's mailboxes has the address.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(MailServiceState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(MailServiceState service)
    {
        var mailboxes = service.Mailboxes;
        for (var i = 0; i < mailboxes.Count; i++)
        {
            if (string.Equals(mailboxes[i].AddressNormalized, normalized, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The stored Mail Services of an organization.</summary>
/// <remarks>In memory (<see cref="Evaluate"/>, <see cref="IsSatisfiedBy"/>) the criterion runs as plain code, without compiling the expression.</remarks>
public sealed class MailServicesOfOrganizationSpec : Specification<MailServiceState>
{
    private readonly OrganizationId organization;

    /// <summary>Selects the services the organization holds.</summary>
    /// <param name="organization">The organization.</param>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is the default value.</exception>
    public MailServicesOfOrganizationSpec(OrganizationId organization)
    {
        Guard.Against.Default(organization);
        this.organization = organization;
        Query.Where(service => service.Organization == organization);
    }

    /// <summary>The services among <paramref name="entities"/> the organization holds, in their order.</summary>
    /// <param name="entities">The rows to filter.</param>
    /// <returns>The selected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public override IEnumerable<MailServiceState> Evaluate(IEnumerable<MailServiceState> entities) =>
        Guard.Against.Null(entities).Where(Selects);

    /// <summary>Whether the organization holds the service.</summary>
    /// <param name="entity">The row.</param>
    /// <returns><see langword="true"/> when it is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public override bool IsSatisfiedBy(MailServiceState entity) => Selects(Guard.Against.Null(entity));

    private bool Selects(MailServiceState service) => service.Organization == organization;
}
