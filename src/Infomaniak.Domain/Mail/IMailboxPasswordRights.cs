using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Mail;

/// <summary>
/// Whether an account may change a mailbox's password: condition (c) of unification (rule UNI-1), and the guard of
/// <see cref="PasswordChanges.ChangeMailboxPassword"/> (RGT-4).
/// </summary>
/// <remarks>
/// The answer comes from the rights of the organization that holds the Mail Service (an administrator, or a member granted
/// the Mail Service product); the library implements it over <c>Organizations.Organization</c> in
/// <c>OrganizationMailboxPasswordRights</c>. An implementation that was not given that organization answers
/// <see cref="MailboxPasswordRight.Unknown"/>, never <see cref="MailboxPasswordRight.Denied"/>: the operations then refuse by
/// name (<see cref="FactsNotGiven"/>) instead of ending a unification on a missing fact.
/// </remarks>
public interface IMailboxPasswordRights
{
    /// <summary>Whether <paramref name="account"/> may change the password of <paramref name="mailbox"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="holder">The organization that holds the Mail Service (<see cref="MailService.Organization"/>).</param>
    /// <param name="mailService">The Mail Service product that hosts the mailbox.</param>
    /// <param name="mailbox">The mailbox.</param>
    /// <returns>Allowed, denied, or unknown when this rights object does not know <paramref name="holder"/>.</returns>
    MailboxPasswordRight MayChangePassword(AccountId account, OrganizationId holder, ProductId mailService, MailboxId mailbox);
}

/// <summary>The answer of <see cref="IMailboxPasswordRights"/>.</summary>
public enum MailboxPasswordRight
{
    /// <summary>The account may change the mailbox's password.</summary>
    Allowed = 1,

    /// <summary>The organization that holds the Mail Service does not allow it.</summary>
    Denied,

    /// <summary>The rights object was not given the organization that holds the Mail Service, so it cannot say.</summary>
    Unknown,
}
