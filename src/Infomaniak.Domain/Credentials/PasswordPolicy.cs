using System.Globalization;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;
using OneOf.Types;

namespace Infomaniak.Domain.Credentials;

/// <summary>
/// What makes a password acceptable as a new secret for an account or a mailbox (rule ACC-6, after
/// NIST SP 800-63B and OWASP): a length range counted in Unicode code points, no composition rules, not the
/// address it protects, and not one of the most common passwords.
/// </summary>
/// <remarks>
/// <para>
/// The default (<see cref="Default"/>) asks for at least 8 code points and allows up to 1024, so long
/// passphrases fit. A policy never allows fewer than 8 nor caps passwords below 128 code points.
/// </para>
/// <para>
/// The policy is checked only when a password is chosen (registration, change, reset, a new mailbox). A
/// current password is verified against its hash whatever the policy says today.
/// </para>
/// </remarks>
public sealed record PasswordPolicy
{
    /// <summary>The smallest minimum length a policy may ask for, in code points.</summary>
    public const int LowestMinLength = 8;

    /// <summary>The smallest maximum length a policy may allow, in code points.</summary>
    public const int LowestMaxLength = 128;

    private PasswordPolicy(int minLength, int maxLength)
    {
        MinLength = minLength;
        MaxLength = maxLength;
    }

    /// <summary>The policy of the library: 8 to 1024 code points, the address and common passwords refused.</summary>
    public static PasswordPolicy Default { get; } = new(LowestMinLength, 1024);

    /// <summary>The fewest code points a new password may have.</summary>
    public int MinLength { get; }

    /// <summary>The most code points a new password may have.</summary>
    public int MaxLength { get; }

    /// <summary>Makes a policy with other length limits, for an application that wants longer passwords.</summary>
    /// <param name="minLength">The fewest code points; at least <see cref="LowestMinLength"/>.</param>
    /// <param name="maxLength">The most code points; at least <see cref="LowestMaxLength"/> and at most <see cref="Password.MaxLength"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit is outside its range, or <paramref name="minLength"/> exceeds <paramref name="maxLength"/>.</exception>
    public static PasswordPolicy WithLengths(int minLength, int maxLength)
    {
        Guard.Against.OutOfRange(maxLength, nameof(maxLength), LowestMaxLength, Password.MaxLength);
        Guard.Against.OutOfRange(minLength, nameof(minLength), LowestMinLength, maxLength);
        return new PasswordPolicy(minLength, maxLength);
    }

    /// <summary>Checks a password chosen as a new secret.</summary>
    /// <param name="password">The chosen password.</param>
    /// <param name="protectedAddresses">The addresses the password protects or is tied to (the account login, the mailbox address): the password may neither be nor contain any of them, ignoring case.</param>
    /// <returns><see cref="Success"/>, or <see cref="UnacceptablePassword"/> naming the first problem found; it never repeats the password.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<Success, UnacceptablePassword> Check(Password password, params IEnumerable<EmailAddress> protectedAddresses)
    {
        Guard.Against.Null(password);
        Guard.Against.Null(protectedAddresses);
        PasswordProblem? problem =
            password.Length < MinLength ? PasswordProblem.TooShort
            : password.Length > MaxLength ? PasswordProblem.TooLong
            : protectedAddresses.Any(address => password.Contains(address.Normalized)) ? PasswordProblem.ContainsAddress
            : CommonPasswords.Contains(password.Reveal()) ? PasswordProblem.Common
            : null;
        return problem is { } found ? new UnacceptablePassword(found, MinLength, MaxLength) : new Success();
    }

    /// <summary>The limits, for logs and messages.</summary>
    /// <returns>For example <c>8 to 1024 code points</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinLength} to {MaxLength} code points");
}

/// <summary>Why a text is not acceptable as a password.</summary>
public enum PasswordProblem
{
    /// <summary>The text is null or empty.</summary>
    Empty = 1,

    /// <summary>The text holds control characters or broken UTF-16 (a lone surrogate).</summary>
    InvalidCharacters,

    /// <summary>The password has fewer code points than the policy asks for.</summary>
    TooShort,

    /// <summary>The password has more code points than the policy allows.</summary>
    TooLong,

    /// <summary>The password is, or contains, the address it protects (an account login or a mailbox address).</summary>
    ContainsAddress,

    /// <summary>The password is in the list of the most common passwords, which attackers try first.</summary>
    Common,
}

/// <summary>A text cannot serve as a password; says why without ever repeating it.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="MinLength">The fewest code points accepted where it was checked.</param>
/// <param name="MaxLength">The most code points accepted where it was checked.</param>
public sealed record UnacceptablePassword(PasswordProblem Problem, int MinLength, int MaxLength) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        PasswordProblem.Empty => "A password is required.",
        PasswordProblem.InvalidCharacters => "A password cannot hold control characters or broken Unicode.",
        PasswordProblem.TooShort => string.Create(CultureInfo.InvariantCulture, $"A password needs at least {MinLength} characters."),
        PasswordProblem.TooLong => string.Create(CultureInfo.InvariantCulture, $"A password can have at most {MaxLength} characters."),
        PasswordProblem.ContainsAddress => "A password cannot be or contain the email address it protects.",
        PasswordProblem.Common => "This password is among the most common ones, which attackers try first; choose another.",
        _ => "This password is not acceptable.",
    };
}
