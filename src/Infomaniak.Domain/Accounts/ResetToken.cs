using System.Security.Cryptography;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Accounts;

/// <summary>
/// The secret of a password reset link (rules ACC-5, ACC-6): 256 random bits written as 43 characters of
/// unpadded base64url, sent to the recovery address and never stored in clear.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> returns a fixed mask; <see cref="Reveal"/> gives the text to put in the link. The
/// account keeps only the SHA-256 digest of the token (a fast digest is enough for 256 random bits).
/// </remarks>
public sealed class ResetToken
{
    /// <summary>The number of characters of a token's text.</summary>
    public const int TextLength = 43;

    private const int Bytes = 32;

    private readonly byte[] bytes;

    private ResetToken(byte[] bytes) => this.bytes = bytes;

    /// <summary>Reads a token from a reset link.</summary>
    /// <param name="text">The token's text.</param>
    /// <returns>The token, or <see cref="MalformedResetToken"/> when the text has the wrong length or characters.</returns>
    public static OneOf<ResetToken, MalformedResetToken> Parse(string? text)
    {
        if (text is not { Length: TextLength } || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return new MalformedResetToken(TextLength);
        }

        var base64 = text.Replace('-', '+').Replace('_', '/') + "=";
        var buffer = new byte[Bytes];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written == Bytes && Encode(buffer) == text
            ? new ResetToken(buffer)
            : new MalformedResetToken(TextLength);
    }

    /// <summary>The token's text, to put in the link sent to the recovery address; never log or store it.</summary>
    /// <returns>43 characters of unpadded base64url.</returns>
    public string Reveal() => Encode(bytes);

    /// <summary>A fixed mask that says nothing about the token.</summary>
    /// <returns><c>********</c>.</returns>
    public override string ToString() => "********";

    internal static ResetToken Draw(IRandomSource random)
    {
        Guard.Against.Null(random);
        var buffer = new byte[Bytes];
        random.Fill(buffer);
        return new ResetToken(buffer);
    }

    internal string Digest() => Convert.ToHexString(SHA256.HashData(bytes));

    internal bool MatchesDigest(string digest)
    {
        var expected = Convert.FromHexString(digest);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(bytes), expected);
    }

    private static string Encode(byte[] value) => Convert.ToBase64String(value).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>A text is not a reset token: wrong length or characters.</summary>
/// <param name="ExpectedLength">The number of characters a token has.</param>
public sealed record MalformedResetToken(int ExpectedLength) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"A reset link's code has exactly {ExpectedLength} letters, digits, '-' or '_'.";
}
