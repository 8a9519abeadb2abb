using System.Buffers;
using System.Globalization;
using System.Text;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Credentials;

/// <summary>
/// A password in clear text, as a person typed it: the secret of an account, a mailbox or a product
/// credential on its way to being hashed or verified, and never further.
/// </summary>
/// <remarks>
/// <para>
/// Made only by <see cref="Parse"/>, which refuses an empty text, a text with control characters, noncharacters
/// (U+FFFE, U+FDD0, ...) or broken UTF-16, and a text longer than <see cref="MaxLength"/> code points (so that hashing
/// stays bounded); it refuses every other text by value and never throws. It applies Unicode normalization form KC,
/// so that the same passphrase typed on two keyboards verifies (NIST SP 800-63B, 5.1.1.2). In a process without
/// Unicode data (.NET's globalization-invariant mode) the text is kept as typed: a password typed in another
/// normalization form than the one it was set with then fails to verify, which refuses a sign-in but never opens one. Whether a password is good enough for a new secret is the
/// <see cref="PasswordPolicy"/>'s call, not this type's: a current password chosen under an older policy must
/// still verify.
/// </para>
/// <para>
/// The clear text is never shown: <see cref="ToString"/> returns a fixed mask, the type has no equality by
/// value and no property a serializer would write. Only <see cref="Reveal"/> gives the text, for a hasher.
/// </para>
/// </remarks>
public sealed class Password
{
    /// <summary>The longest password accepted at all, in Unicode code points.</summary>
    public const int MaxLength = 4096;

    /// <summary>What <see cref="ToString"/> shows instead of the password.</summary>
    public const string Mask = "********";

    private readonly string text;

    private Password(string text, int length)
    {
        this.text = text;
        Length = length;
    }

    /// <summary>The number of Unicode code points (not UTF-16 units) of the normalized password.</summary>
    public int Length { get; }

    /// <summary>Reads a password typed by a person.</summary>
    /// <param name="input">The text, kept as typed apart from Unicode normalization (white space is significant).</param>
    /// <returns>The password, or <see cref="UnacceptablePassword"/> saying why it cannot be one.</returns>
    public static OneOf<Password, UnacceptablePassword> Parse(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return new UnacceptablePassword(PasswordProblem.Empty, 1, MaxLength);
        }

        if (input.Length > MaxLength * 2)
        {
            return new UnacceptablePassword(PasswordProblem.TooLong, 1, MaxLength);
        }

        if (!IsWellFormed(input))
        {
            return new UnacceptablePassword(PasswordProblem.InvalidCharacters, 1, MaxLength);
        }

        var normalized = input.Normalize(NormalizationForm.FormKC);
        var length = normalized.EnumerateRunes().Count();
        return length > MaxLength
            ? new UnacceptablePassword(PasswordProblem.TooLong, 1, MaxLength)
            : new Password(normalized, length);
    }

    /// <summary>The clear text, for a <see cref="IPasswordHasher"/> to hash or verify; never log, store or show it.</summary>
    /// <returns>The normalized password.</returns>
    public string Reveal() => text;

    /// <summary>A fixed mask that says nothing about the password, not even its length.</summary>
    /// <returns><see cref="Mask"/>.</returns>
    public override string ToString() => Mask;

    private static bool IsWellFormed(string input)
    {
        var rest = input.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done
                || TextSafety.IsNoncharacter(rune.Value)
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }
}
