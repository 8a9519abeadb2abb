using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Credentials;

/// <summary>
/// Everything an operation needs to choose or check a password (rule ACC-6): the <see cref="PasswordPolicy"/>
/// new passwords must meet, the <see cref="IPasswordHasher"/> and the source of salts.
/// </summary>
/// <remarks>
/// An application builds one at start-up (<c>new PasswordService(PasswordPolicy.Default, new
/// Pbkdf2PasswordHasher(), new CryptoRandomSource())</c>) and passes it to the operations that set or
/// verify passwords, so that no new password escapes the policy and none is stored unhashed.
/// </remarks>
/// <param name="policy">The policy new passwords must meet.</param>
/// <param name="hasher">The hasher of new passwords and verifier of current ones.</param>
/// <param name="random">The source of salts.</param>
public sealed class PasswordService(PasswordPolicy policy, IPasswordHasher hasher, IRandomSource random)
{
    /// <summary>The policy new passwords must meet.</summary>
    public PasswordPolicy Policy { get; } = Guard.Against.Null(policy);

    /// <summary>The hasher of new passwords and verifier of current ones.</summary>
    public IPasswordHasher Hasher { get; } = Guard.Against.Null(hasher);

    private readonly IRandomSource random = Guard.Against.Null(random);

    /// <summary>Checks a newly chosen password against the policy and, when it passes, hashes it.</summary>
    /// <param name="password">The chosen password.</param>
    /// <param name="protectedAddresses">The addresses it protects or is tied to, which it may not contain.</param>
    /// <returns>The hash to store, or <see cref="UnacceptablePassword"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<PasswordHash, UnacceptablePassword> HashNew(Password password, params EmailAddress[] protectedAddresses) =>
        HashNew(password, (IEnumerable<EmailAddress>)protectedAddresses);

    /// <summary>Checks a newly chosen password against the policy and, when it passes, hashes it; the protected addresses as a sequence.</summary>
    /// <param name="password">The chosen password.</param>
    /// <param name="protectedAddresses">The addresses it protects or is tied to, which it may not contain.</param>
    /// <returns>The hash to store, or <see cref="UnacceptablePassword"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<PasswordHash, UnacceptablePassword> HashNew(Password password, IEnumerable<EmailAddress> protectedAddresses) =>
        Policy.Check(password, protectedAddresses).Match<OneOf<PasswordHash, UnacceptablePassword>>(
            _ => Hasher.Hash(password, random),
            refused => refused);

    /// <summary>Whether a typed password matches a stored hash.</summary>
    /// <param name="password">The typed password.</param>
    /// <param name="hash">The stored hash.</param>
    /// <returns><see langword="true"/> when it matches, whether or not a rehash is due; <see langword="false"/> when it does not, or when the hash asks for more work than the hasher allows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Matches(Password password, PasswordHash hash) =>
        Hasher.Verify(password, hash) is PasswordVerification.Verified or PasswordVerification.VerifiedRehashNeeded;

    /// <summary>
    /// Checks a password typed at sign-in against a stored hash; when it matches a hash made with other parameters,
    /// <paramref name="renewed"/> is a new hash of it with the current ones, to store in its place (rule ACC-6).
    /// </summary>
    internal bool SignsIn(Password password, PasswordHash stored, out PasswordHash? renewed)
    {
        var verification = Hasher.Verify(password, stored);
        renewed = verification == PasswordVerification.VerifiedRehashNeeded ? Hasher.Hash(password, random) : null;
        return verification is PasswordVerification.Verified or PasswordVerification.VerifiedRehashNeeded;
    }
}
