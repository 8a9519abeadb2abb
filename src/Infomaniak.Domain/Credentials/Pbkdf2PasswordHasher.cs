using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Credentials;

/// <summary>
/// The default <see cref="IPasswordHasher"/>: PBKDF2 with HMAC-SHA256, a 128-bit random salt and a 256-bit
/// key, at OWASP's recommended 600,000 iterations unless told otherwise.
/// </summary>
/// <remarks>
/// <para>
/// Hashes carry the algorithm identifier <see cref="AlgorithmName"/> and their iteration count, so changing
/// <see cref="Iterations"/> later keeps old hashes verifying, reported as
/// <see cref="PasswordVerification.VerifiedRehashNeeded"/> whenever a hash's iterations, salt or key length differ
/// from the current ones, up or down. Tests and demos pass a small work factor explicitly; production keeps the
/// default.
/// </para>
/// <para>
/// The work one verification may cost is bounded by the hasher's own setting, not by what the stored hash asks
/// for: a hash whose iterations times its key's 32-byte blocks exceed <see cref="MaxWorkFactor"/> times
/// <see cref="Iterations"/> is not computed (<see cref="PasswordVerification.TooCostly"/>), so a tampered store
/// cannot make each sign-in cost minutes of CPU. At the default, a sign-in costs at most four times 600,000
/// iterations. To lower the setting by more than that factor, lower it in steps, letting sign-ins rehash in between.
/// </para>
/// </remarks>
public sealed class Pbkdf2PasswordHasher : IPasswordHasher
{
    /// <summary>The PHC identifier written in every hash this hasher makes.</summary>
    public const string AlgorithmName = "pbkdf2-sha256";

    /// <summary>OWASP's recommended work factor for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet).</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>The salt length, in bytes (128 bits).</summary>
    public const int SaltBytes = 16;

    /// <summary>The derived key length, in bytes (256 bits, SHA-256's output).</summary>
    public const int KeyBytes = 32;

    /// <summary>
    /// How many times its own work (<see cref="Iterations"/> for one 32-byte key) the hasher spends at most to verify
    /// a stored hash; above, it answers <see cref="PasswordVerification.TooCostly"/> without computing.
    /// </summary>
    public const int MaxWorkFactor = 4;

    /// <summary>A hasher at the recommended <see cref="DefaultIterations"/>.</summary>
    public Pbkdf2PasswordHasher()
        : this(DefaultIterations)
    {
    }

    /// <summary>A hasher at a chosen work factor: lower only in tests and demos, higher as hardware grows.</summary>
    /// <param name="iterations">The iteration count, from 1 to <see cref="PasswordHash.MaxIterations"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is out of range.</exception>
    public Pbkdf2PasswordHasher(int iterations) =>
        Iterations = Guard.Against.OutOfRange(iterations, nameof(iterations), 1, PasswordHash.MaxIterations);

    /// <summary>The work factor of new hashes; stored hashes with another one need a rehash.</summary>
    public int Iterations { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PasswordHash Hash(Password password, IRandomSource random)
    {
        Guard.Against.Null(password);
        Guard.Against.Null(random);
        Span<byte> salt = stackalloc byte[SaltBytes];
        random.Fill(salt);
        var key = Derive(password, salt, Iterations, KeyBytes);
        return PasswordHash.Create(AlgorithmName, Iterations, salt, key).AsT0;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PasswordVerification Verify(Password password, PasswordHash hash)
    {
        Guard.Against.Null(password);
        Guard.Against.Null(hash);
        if (hash.Algorithm != AlgorithmName)
        {
            return PasswordVerification.Failed;
        }

        var blocks = (hash.Key.Length + KeyBytes - 1) / KeyBytes;
        if ((long)hash.Iterations * blocks > (long)Iterations * MaxWorkFactor)
        {
            return PasswordVerification.TooCostly;
        }

        var key = Derive(password, hash.Salt.Span, hash.Iterations, hash.Key.Length);
        if (!CryptographicOperations.FixedTimeEquals(key, hash.Key.Span))
        {
            return PasswordVerification.Failed;
        }

        return hash.Iterations != Iterations || hash.Salt.Length != SaltBytes || hash.Key.Length != KeyBytes
            ? PasswordVerification.VerifiedRehashNeeded
            : PasswordVerification.Verified;
    }

    private static byte[] Derive(Password password, ReadOnlySpan<byte> salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Reveal()), salt, iterations, HashAlgorithmName.SHA256, length);
}
