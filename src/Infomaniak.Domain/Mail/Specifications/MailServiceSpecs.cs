using Ardalis.GuardClauses;
using Ardalis.Specification;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Mail.Specifications;

/// <summary>The stored Mail Services that hold a mailbox an account reads in Webmail: what an account password change needs (rules ACC-4, UNI-3).</summary>
public sealed class MailServicesReadByAccountSpec : Specification<MailServiceState>
{
    /// <summary>Selects the services with a mailbox read by this account.</summary>
    /// <param name="account">The account.</param>
    /// <exception cref="ArgumentException"><paramref name="account"/> is the default value.</exception>
    public MailServicesReadByAccountSpec(AccountId account)
    {
        Guard.Against.Default(account);
        Query.Where(service => service.Mailboxes.Any(mailbox => mailbox.WebmailReaders.Any(reader => reader.AccountId == account)));
    }
}

/// <summary>The stored Mail Service that hosts an address, ignoring case: the mailbox an account login may be unified with.</summary>
public sealed class MailServiceHostingAddressSpec : Specification<MailServiceState>, ISingleResultSpecification<MailServiceState>
{
    /// <summary>Selects the service hosting this address.</summary>
    /// <param name="address">The address.</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public MailServiceHostingAddressSpec(EmailAddress address)
    {
        var normalized = Guard.Against.Null(address).Normalized;
        Query.Where(service => service.Mailboxes.Any(mailbox => mailbox.AddressNormalized == normalized));
    }
}

/// <summary>The stored Mail Services of an organization.</summary>
public sealed class MailServicesOfOrganizationSpec : Specification<MailServiceState>
{
    /// <summary>Selects the services the organization holds.</summary>
    /// <param name="organization">The organization.</param>
    /// <exception cref="ArgumentException"><paramref name="organization"/> is the default value.</exception>
    public MailServicesOfOrganizationSpec(OrganizationId organization)
    {
        Guard.Against.Default(organization);
        Query.Where(service => service.Organization == organization);
    }
}
