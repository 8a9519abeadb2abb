using Ardalis.GuardClauses;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using OneOf;

namespace Infomaniak.Domain.Organizations;

/// <summary>
/// A first order by someone without an account (rule ORG-1): the account and its organization come to be
/// together, the account as the organization's first user.
/// </summary>
public static class FirstOrder
{
    /// <summary>Registers the account and creates its organization, named after the customer profile (rule ORG-2).</summary>
    /// <param name="customer">Who orders: the new account's login, name, password and optional recovery address, and the customer profile.</param>
    /// <param name="accountWithSameLogin">The account already registered with that login, if any (load it with <c>AccountByLoginSpec</c>): such a person signs in instead.</param>
    /// <param name="passwords">The password policy and hasher.</param>
    /// <param name="random">The source of the new ids.</param>
    /// <returns>The new account and organization, each with its creation event pending; or why nothing was created.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="accountWithSameLogin"/> has another login.</exception>
    public static OneOf<NewCustomer, LoginAlreadyRegistered, RecoveryAddressIsLogin, UnacceptablePassword> Open(
        NewCustomerDetails customer, Account? accountWithSameLogin, PasswordService passwords, IRandomSource random)
    {
        Guard.Against.Null(customer);
        Guard.Against.Null(passwords);
        Guard.Against.Null(random);
        if (accountWithSameLogin is not null)
        {
            return accountWithSameLogin.Login == customer.Login
                ? new LoginAlreadyRegistered(customer.Login)
                : throw new ArgumentException("The account given does not have the login ordered with.", nameof(accountWithSameLogin));
        }

        CustomerProfile profile = customer.CompanyName is { } company ? new CustomerProfile.Company(company) : new CustomerProfile.Individual(customer.Name);
        return Account.Register(customer.Login, customer.Name, customer.Password, customer.RecoveryAddress, passwords, random)
            .Match<OneOf<NewCustomer, LoginAlreadyRegistered, RecoveryAddressIsLogin, UnacceptablePassword>>(
                account => new NewCustomer(account, Organization.CreateAtFirstOrder(account, profile, random)),
                isLogin => isLogin,
                unacceptable => unacceptable);
    }
}

/// <summary>What a person without an account gives at a first order (rule ORG-1).</summary>
/// <param name="Login">The login: an email address hosted anywhere (rule ACC-1).</param>
/// <param name="Name">The person's first and last name.</param>
/// <param name="Password">The password chosen for Infomaniak (shown masked when printed).</param>
/// <param name="RecoveryAddress">An optional recovery address, different from the login.</param>
/// <param name="CompanyName">For a company, its company or business name, which names the organization; for an
/// individual, null: the organization takes the person's first and last name (rule ORG-2).</param>
public sealed record NewCustomerDetails(EmailAddress Login, PersonName Name, Password Password, EmailAddress? RecoveryAddress, OrganizationName? CompanyName);

/// <summary>The account and the organization a first order created (rule ORG-1); store both.</summary>
/// <param name="Account">The new account, its <see cref="AccountRegistered"/> and <see cref="AccountJoinedOrganization"/> events pending.</param>
/// <param name="Organization">The new organization, its first user the new account.</param>
public sealed record NewCustomer(Account Account, Organization Organization);

/// <summary>An account with this login exists already: the person signs in and orders from it instead (rule ORG-1).</summary>
/// <param name="Login">The login.</param>
public sealed record LoginAlreadyRegistered(EmailAddress Login) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"An account with the login {Login} exists already; sign in to order with it.";
}
