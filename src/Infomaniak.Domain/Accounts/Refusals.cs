using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Accounts;

/// <summary>A password given to sign in or to confirm a change does not match the stored hash.</summary>
public sealed record WrongPassword : Refusal
{
    /// <inheritdoc />
    public override string Message => "The password is not correct.";
}

/// <summary>A recovery address must differ from the login it would help recover (rule ACC-7).</summary>
/// <param name="Address">The address given.</param>
public sealed record RecoveryAddressIsLogin(EmailAddress Address) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"The recovery address {Address} is the account's login; choose another address.";
}

/// <summary>A password reset was asked for an account that has no recovery address to send the link to (rule ACC-5).</summary>
/// <param name="Account">The account.</param>
public sealed record NoRecoveryAddress(AccountId Account) : Refusal
{
    /// <inheritdoc />
    public override string Message => "This account has no recovery address, so no reset link can be sent; set one first.";
}

/// <summary>Why a reset token does not open a password reset.</summary>
public enum ResetTokenProblem
{
    /// <summary>No reset was requested for this account.</summary>
    NotRequested = 1,

    /// <summary>The token is not the one last sent.</summary>
    DoesNotMatch,

    /// <summary>The token was already used, or the password or recovery address changed since it was sent.</summary>
    AlreadyUsed,

    /// <summary>The token's validity has passed.</summary>
    Expired,
}

/// <summary>A password reset was attempted with a token that does not open it; nothing changed.</summary>
/// <param name="Problem">Why.</param>
public sealed record InvalidResetToken(ResetTokenProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        ResetTokenProblem.NotRequested => "No password reset was requested for this account.",
        ResetTokenProblem.Expired => "This reset link has expired; ask for a new one.",
        ResetTokenProblem.AlreadyUsed => "This reset link was already used or replaced; ask for a new one.",
        _ => "This reset link is not valid.",
    };
}

/// <summary>
/// The account cannot be deleted (ACC-8, RGT-5): it is the last user, the only legal representative or the last
/// administrator with billing rights of some organizations.
/// </summary>
/// <param name="Account">The account.</param>
/// <param name="Login">Its login.</param>
/// <param name="LastUserOf">The organizations it is the last user of.</param>
/// <param name="OnlyLegalRepresentativeOf">The organizations it is the only legal representative of.</param>
/// <param name="LastBillingAdministratorOf">The organizations it is the last administrator with billing rights of.</param>
public sealed record AccountStillResponsible(
    AccountId Account,
    EmailAddress Login,
    IReadOnlyList<OrganizationReference> LastUserOf,
    IReadOnlyList<OrganizationReference> OnlyLegalRepresentativeOf,
    IReadOnlyList<OrganizationReference> LastBillingAdministratorOf) : Refusal
{
    /// <inheritdoc />
    public override string Message
    {
        get
        {
            string[] reasons =
            [
                .. LastUserOf.Count > 0 ? [$"the last user of {string.Join(", ", LastUserOf)}"] : Array.Empty<string>(),
                .. OnlyLegalRepresentativeOf.Count > 0 ? [$"the only legal representative of {string.Join(", ", OnlyLegalRepresentativeOf)}"] : Array.Empty<string>(),
                .. LastBillingAdministratorOf.Count > 0 ? [$"the last administrator with billing rights of {string.Join(", ", LastBillingAdministratorOf)}"] : Array.Empty<string>(),
            ];
            return $"{Login} cannot be deleted while it is {string.Join(" and ", reasons)}.";
        }
    }
}
