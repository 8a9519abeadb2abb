using System.Security.Cryptography;
using Ardalis.GuardClauses;

namespace Infomaniak.Domain.Common;

/// <summary>
/// The only way randomness enters the library: salts, reset tokens, invitation codes and new ids are drawn
/// from the source the application passes in.
/// </summary>
/// <remarks>
/// Production code passes a <see cref="CryptoRandomSource"/>; tests pass a seeded source so that every run
/// is reproducible.
/// </remarks>
public interface IRandomSource
{
    /// <summary>Fills <paramref name="destination"/> with random bytes.</summary>
    /// <param name="destination">The bytes to overwrite.</param>
    void Fill(Span<byte> destination);
}

/// <summary>
/// A cryptographically secure <see cref="IRandomSource"/> backed by the operating system's generator
/// (<see cref="RandomNumberGenerator"/>). Use it for anything an attacker must not guess.
/// </summary>
public sealed class CryptoRandomSource : IRandomSource
{
    /// <inheritdoc />
    public void Fill(Span<byte> destination) => RandomNumberGenerator.Fill(destination);
}

/// <summary>Helpers that draw values from an <see cref="IRandomSource"/>.</summary>
public static class RandomSourceExtensions
{
    /// <summary>Draws a random version 4 <see cref="Guid"/> (never <see cref="Guid.Empty"/>).</summary>
    /// <param name="random">The source to draw from.</param>
    /// <returns>A new random <see cref="Guid"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static Guid NextGuid(this IRandomSource random)
    {
        Guard.Against.Null(random);
        Span<byte> bytes = stackalloc byte[16];
        random.Fill(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
