using System.Globalization;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Credentials;

/// <summary>
/// What is stored instead of a password: the algorithm, its parameters, the salt and the derived key, in
/// one PHC-style string such as <c>$pbkdf2-sha256$i=600000$&lt;salt&gt;$&lt;key&gt;</c> (salt and key in
/// unpadded base64).
/// </summary>
/// <remarks>
/// <para>
/// Made by an <see cref="IPasswordHasher"/> or read back from storage with <see cref="Parse"/>;
/// <see cref="Value"/> is the text to store, and parsing it gives an equal hash. Because each hash carries
/// its parameters, hashes made under an older, weaker setting keep verifying and can be detected
/// (<see cref="PasswordVerification.VerifiedRehashNeeded"/>).
/// </para>
/// <para>
/// A hash is not a password but still helps an attacker offline: <see cref="ToString"/> shows only the
/// algorithm and its parameters, and events never carry hashes.
/// </para>
/// </remarks>
public sealed class PasswordHash : IEquatable<PasswordHash>
{
    /// <summary>The fewest salt bytes a stored hash may have.</summary>
    public const int MinSaltBytes = 8;

    /// <summary>The most salt bytes a stored hash may have.</summary>
    public const int MaxSaltBytes = 64;

    /// <summary>The fewest derived-key bytes a stored hash may have.</summary>
    public const int MinKeyBytes = 16;

    /// <summary>The most derived-key bytes a stored hash may have (a longer key would multiply the work of some algorithms, PBKDF2's among them).</summary>
    public const int MaxKeyBytes = 64;

    /// <summary>
    /// The most iterations any stored hash may state. A hasher bounds the work it accepts further, relative to its own
    /// setting (<see cref="Pbkdf2PasswordHasher.MaxWorkFactor"/>).
    /// </summary>
    public const int MaxIterations = 100_000_000;

    private const int MaxTextLength = 256;

    private readonly byte[] salt;
    private readonly byte[] key;

    private PasswordHash(string algorithm, int iterations, byte[] salt, byte[] key)
    {
        Algorithm = algorithm;
        Iterations = iterations;
        this.salt = salt;
        this.key = key;
        Value = string.Create(CultureInfo.InvariantCulture, $"${algorithm}$i={iterations}${Encode(salt)}${Encode(key)}");
    }

    /// <summary>The algorithm's PHC identifier, for example <c>pbkdf2-sha256</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The work factor the key was derived with.</summary>
    public int Iterations { get; }

    /// <summary>The random salt.</summary>
    public ReadOnlyMemory<byte> Salt => salt;

    /// <summary>The derived key.</summary>
    public ReadOnlyMemory<byte> Key => key;

    /// <summary>The PHC-style string to store; <see cref="Parse"/> reads it back.</summary>
    public string Value { get; }

    /// <summary>Makes a hash from its parts.</summary>
    /// <param name="algorithm">The algorithm's PHC identifier: lower-case letters, digits and dashes.</param>
    /// <param name="iterations">The work factor, from 1 to <see cref="MaxIterations"/>.</param>
    /// <param name="salt">The salt, <see cref="MinSaltBytes"/> to <see cref="MaxSaltBytes"/> bytes.</param>
    /// <param name="key">The derived key, <see cref="MinKeyBytes"/> to <see cref="MaxKeyBytes"/> bytes.</param>
    /// <returns>The hash, or <see cref="MalformedPasswordHash"/>.</returns>
    public static OneOf<PasswordHash, MalformedPasswordHash> Create(string algorithm, int iterations, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> key) =>
        IsAlgorithmName(algorithm) && iterations is > 0 and <= MaxIterations
            && salt.Length is >= MinSaltBytes and <= MaxSaltBytes && key.Length is >= MinKeyBytes and <= MaxKeyBytes
            ? new PasswordHash(algorithm, iterations, salt.ToArray(), key.ToArray())
            : new MalformedPasswordHash();

    /// <summary>Reads a stored hash.</summary>
    /// <param name="text">The PHC-style string, exactly as <see cref="Value"/> wrote it: a number with a sign, a leading zero or white space, or base64 with padding, is not.</param>
    /// <returns>The hash, or <see cref="MalformedPasswordHash"/> when the text is not one.</returns>
    public static OneOf<PasswordHash, MalformedPasswordHash> Parse(string? text)
    {
        var parts = text is { Length: <= MaxTextLength } ? text.Split('$') : null;
        if (parts is not { Length: 5 } || parts[0].Length != 0 || !IsCanonicalCount(parts[2])
            || !int.TryParse(parts[2].AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || Decode(parts[3]) is not { } salt || Decode(parts[4]) is not { } key)
        {
            return new MalformedPasswordHash();
        }

        return Create(parts[1], iterations, salt, key);
    }

    /// <summary>Whether both are the same stored hash (same algorithm, parameters, salt and key).</summary>
    /// <param name="other">The other hash.</param>
    /// <returns><see langword="true"/> when their <see cref="Value"/>s are equal.</returns>
    public bool Equals(PasswordHash? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PasswordHash);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The algorithm and parameters only, with the salt and key masked.</summary>
    /// <returns>For example <c>$pbkdf2-sha256$i=600000$***</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"${Algorithm}$i={Iterations}$***");

    private static bool IsCanonicalCount(string part) =>
        part.Length is > 2 and <= 11 && part.StartsWith("i=", StringComparison.Ordinal) && part[2] is >= '1' and <= '9';

    private static bool IsAlgorithmName(string? algorithm) =>
        algorithm is { Length: > 0 and <= 32 } && algorithm.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static byte[]? Decode(string text)
    {
        if (text.Length is 0 or > 88 || text.Length % 4 == 1)
        {
            return null;
        }

        var padded = text + new string('=', (4 - (text.Length % 4)) % 4);
        var buffer = new byte[padded.Length];
        return Convert.TryFromBase64String(padded, buffer, out var written) && Encode(buffer[..written]) == text ? buffer[..written] : null;
    }
}

/// <summary>A stored text is not a password hash this library can read.</summary>
public sealed record MalformedPasswordHash : Refusal
{
    /// <inheritdoc />
    public override string Message => "The stored value is not a well-formed password hash ($algorithm$i=iterations$salt$key).";
}

/// <summary>The outcome of checking a password against a stored hash.</summary>
public enum PasswordVerification
{
    /// <summary>The password does not match (or the hash's algorithm is unknown to the hasher).</summary>
    Failed = 1,

    /// <summary>The password matches and the hash has exactly the current parameters.</summary>
    Verified,

    /// <summary>The password matches, but the hash was made with other parameters than the current ones (weaker or stronger): hash it again and store the new hash.</summary>
    VerifiedRehashNeeded,

    /// <summary>
    /// The hash asks for more work than the hasher spends on one verification (for <see cref="Pbkdf2PasswordHasher"/>,
    /// more than <see cref="Pbkdf2PasswordHasher.MaxWorkFactor"/> times its own), so the password was not checked and
    /// does not sign in. A store never holds such a hash unless it was tampered with or the hasher's setting was cut
    /// too far at once.
    /// </summary>
    TooCostly,
}

/// <summary>Turns passwords into salted, slow hashes and checks passwords against them (rule ACC-6).</summary>
/// <remarks>
/// The library ships <see cref="Pbkdf2PasswordHasher"/>; an application may bring a stronger one (Argon2id,
/// say) by implementing this interface. Implementations compare in constant time.
/// </remarks>
public interface IPasswordHasher
{
    /// <summary>Hashes a password with a new random salt and the hasher's current parameters.</summary>
    /// <param name="password">The password to hash.</param>
    /// <param name="random">Where the salt comes from.</param>
    /// <returns>The hash to store.</returns>
    PasswordHash Hash(Password password, IRandomSource random);

    /// <summary>
    /// Checks a password against a stored hash, in time that does not depend on where they differ, and never spends
    /// more than a bounded multiple of the work of its own setting (<see cref="PasswordVerification.TooCostly"/>).
    /// </summary>
    /// <param name="password">The password typed.</param>
    /// <param name="hash">The stored hash.</param>
    /// <returns>Whether it matches, and whether the hash should be renewed to the current parameters.</returns>
    PasswordVerification Verify(Password password, PasswordHash hash);
}
