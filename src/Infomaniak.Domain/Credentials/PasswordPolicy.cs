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
/// The minimum counts what a person sees: the code points of the normalized password, leaving out the
/// default-ignorable ones (zero-width and other format characters such as U+200B, variation selectors, fillers) and
/// the white space before the first and after the last visible one; so eight U+200B or eight spaces are not a
/// password of eight. Inner spaces count, as in a passphrase. The maximum counts every code point, so that the work of
/// hashing stays bounded.
/// </para>
/// <para>
/// The common-password list and the protected addresses are compared in one canonical form, so that invisible and
/// look-alike characters do not slip past them: compatibility decomposition (NFKD), then no default-ignorable
/// characters, no combining marks and no white space, case folded, and a small map of look-alikes folded to the
/// Latin letters they imitate (Cyrillic а, е, о, р, с, х, у, ..., Greek ο, α, ..., dotless ı, long ſ, ß as ss).
/// <c>"password "</c>, <c>"pass​word"</c>, <c>"password́"</c> and <c>"pаssword"</c> (Cyrillic а) are all
/// <c>"password"</c>. An address is compared in every spelling a person knows it by: as typed, normalized, and with an
/// internationalized domain in Unicode (<c>julie@bücher.de</c> as well as <c>julie@xn--bcher-kva.de</c>). Without
/// Unicode data (globalization-invariant mode) decomposition is skipped; the rest applies.
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
    /// <param name="protectedAddresses">The addresses the password protects or is tied to (the account login, the mailbox address): the password may neither be nor contain any of them, in any spelling, ignoring case and look-alike characters.</param>
    /// <returns><see cref="Success"/>, or <see cref="UnacceptablePassword"/> naming the first problem found; it never repeats the password.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<Success, UnacceptablePassword> Check(Password password, params EmailAddress[] protectedAddresses) =>
        Check(password, (IEnumerable<EmailAddress>)protectedAddresses);

    /// <summary>Checks a password chosen as a new secret, against a sequence of protected addresses.</summary>
    /// <param name="password">The chosen password.</param>
    /// <param name="protectedAddresses">The addresses the password protects or is tied to (the account login, the mailbox address): the password may neither be nor contain any of them, in any spelling, ignoring case and look-alike characters.</param>
    /// <returns><see cref="Success"/>, or <see cref="UnacceptablePassword"/> naming the first problem found; it never repeats the password.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one of the addresses, is null.</exception>
    public OneOf<Success, UnacceptablePassword> Check(Password password, IEnumerable<EmailAddress> protectedAddresses)
    {
        Guard.Against.Null(password);
        Guard.Against.Null(protectedAddresses);
        var text = password.Reveal();
        var visibleLength = PasswordText.VisibleLength(text);
        if (visibleLength < MinLength || password.Length > MaxLength)
        {
            return new UnacceptablePassword(visibleLength < MinLength ? PasswordProblem.TooShort : PasswordProblem.TooLong, MinLength, MaxLength);
        }

        var skeleton = PasswordText.Skeleton(text);
        PasswordProblem? problem =
            protectedAddresses.Any(address => Guard.Against.Null(address).Spellings.Any(spelling => skeleton.Contains(PasswordText.Skeleton(spelling), StringComparison.Ordinal)))
                ? PasswordProblem.ContainsAddress
            : CommonPasswords.Contains(skeleton) ? PasswordProblem.Common
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

    /// <summary>The text holds control characters, noncharacters (U+FFFE, U+FDD0, ...) or broken UTF-16 (a lone surrogate).</summary>
    InvalidCharacters,

    /// <summary>The password has fewer visible code points than the policy asks for (invisible characters and surrounding white space do not count).</summary>
    TooShort,

    /// <summary>The password has more code points than the policy allows.</summary>
    TooLong,

    /// <summary>The password is, or contains, the address it protects (an account login or a mailbox address), in any spelling or with look-alike characters.</summary>
    ContainsAddress,

    /// <summary>The password is in the list of the most common passwords, which attackers try first, once invisible characters, marks, spaces, case and look-alikes are set aside.</summary>
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
        PasswordProblem.InvalidCharacters => "A password cannot hold control characters, noncharacters or broken Unicode.",
        PasswordProblem.TooShort => string.Create(CultureInfo.InvariantCulture, $"A password needs at least {MinLength} characters."),
        PasswordProblem.TooLong => string.Create(CultureInfo.InvariantCulture, $"A password can have at most {MaxLength} characters."),
        PasswordProblem.ContainsAddress => "A password cannot be or contain the email address it protects.",
        PasswordProblem.Common => "This password is among the most common ones, which attackers try first; choose another.",
        _ => "This password is not acceptable.",
    };
}
