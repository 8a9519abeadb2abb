using System.Buffers;
using System.Globalization;
using System.Text;

namespace Infomaniak.Domain.Common;

/// <summary>
/// The character classes the parsers refuse or ignore, and the short, sanitized excerpt a refusal may keep of a raw
/// input instead of the input itself.
/// </summary>
internal static class TextSafety
{
    /// <summary>The most code points (Unicode scalar values) an excerpt keeps, the ellipsis included.</summary>
    internal const int ExcerptLength = 32;

    /// <summary>What an excerpt shows instead of a character that could hide text, reorder it or break a log line.</summary>
    internal const char Replacement = '\uFFFD';

    /// <summary>What ends an excerpt that was cut.</summary>
    internal const char Ellipsis = '\u2026';

    /// <summary>The IDNA mapping every parse shares: <see cref="IdnMapping.GetAscii(string)"/> and <see cref="IdnMapping.GetUnicode(string)"/> are thread-safe.</summary>
    internal static IdnMapping Idn { get; } = new();

    /// <summary>
    /// Whether this process has Unicode normalization and IDNA data (ICU). Without them (.NET's
    /// globalization-invariant mode, <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>), <c>string.Normalize</c>
    /// returns its input unchanged and <see cref="IdnMapping"/> neither maps nor validates: the parsers then refuse,
    /// by name, what they could not normalize.
    /// </summary>
    internal static bool UnicodeDataAvailable { get; } =
        string.Equals("e\u0301".Normalize(NormalizationForm.FormC), "\u00E9", StringComparison.Ordinal)
        && string.Equals(Idn.GetAscii("B\u00DCCHER.de"), "xn--bcher-kva.de", StringComparison.Ordinal);

    /// <summary>
    /// At most <see cref="ExcerptLength"/> code points of <paramref name="text"/> for a refusal to keep: control, format,
    /// bidirectional, separator, private-use and noncharacter code points and broken UTF-16 are replaced by
    /// <see cref="Replacement"/>, and a cut text ends with <see cref="Ellipsis"/>. Reads no further than it keeps, so a
    /// huge input costs nothing; an excerpt of an excerpt is the excerpt itself.
    /// </summary>
    internal static string Excerpt(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(ExcerptLength + 2);
        var rest = text.AsSpan();
        var kept = 0;
        while (!rest.IsEmpty)
        {
            if (kept == ExcerptLength - 1 && HasMoreThanOneCodePoint(rest))
            {
                builder.Append(Ellipsis);
                break;
            }

            var status = Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            if (status != OperationStatus.Done || IsUnsafeInText(rune))
            {
                builder.Append(Replacement);
            }
            else
            {
                builder.Append(rest[..consumed]);
            }

            rest = rest[consumed..];
            kept++;
        }

        return builder.ToString();
    }

    /// <summary>Whether a code point is a noncharacter (U+FDD0..U+FDEF, or the last two of any plane such as U+FFFE).</summary>
    internal static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>Whether a code point controls the direction of text (marks, embeddings, overrides and isolates).</summary>
    internal static bool IsBidiControl(int codePoint) =>
        codePoint is 0x061C or 0x200E or 0x200F or >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    /// <summary>
    /// Whether a code point is a Unicode default-ignorable one: shown as nothing (format characters such as U+200B,
    /// variation selectors, the Hangul fillers, tags).
    /// </summary>
    internal static bool IsDefaultIgnorable(int codePoint) => codePoint is
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or >= 0x180B and <= 0x180F
        or >= 0x200B and <= 0x200F or >= 0x202A and <= 0x202E or >= 0x2060 and <= 0x206F or 0x3164
        or >= 0xFE00 and <= 0xFE0F or 0xFEFF or 0xFFA0 or >= 0xFFF0 and <= 0xFFF8 or >= 0x1BCA0 and <= 0x1BCA3
        or >= 0x1D173 and <= 0x1D17A or >= 0xE0000 and <= 0xE0FFF;

    /// <summary>
    /// The first character of a name that a person cannot see as typed or that would change how the text around it
    /// shows: control and line-breaking characters, bidirectional controls, other format (zero-width) characters and
    /// the Hangul fillers, broken UTF-16 and noncharacters. <see langword="null"/> when there is none.
    /// </summary>
    internal static NameProblem? CharacterProblemOf(ReadOnlySpan<char> text)
    {
        var rest = text;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done || IsNoncharacter(rune.Value))
            {
                return NameProblem.BrokenUnicode;
            }

            if (IsBidiControl(rune.Value))
            {
                return NameProblem.BidiControl;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return NameProblem.ControlCharacter;
            }

            if (category == UnicodeCategory.Format || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0)
            {
                return NameProblem.InvisibleCharacter;
            }

            rest = rest[consumed..];
        }

        return null;
    }

    /// <summary>How a refusal says what is wrong with a name's characters, after "The name ...".</summary>
    internal static string Describe(NameProblem problem) => problem switch
    {
        NameProblem.ControlCharacter => "cannot hold control characters or line breaks",
        NameProblem.BidiControl => "cannot hold characters that change the direction of text (bidirectional controls)",
        NameProblem.InvisibleCharacter => "cannot hold invisible characters (zero-width or other format characters)",
        NameProblem.BrokenUnicode => "cannot hold broken Unicode (lone surrogates) or noncharacters",
        NameProblem.WhiteSpace => "cannot hold white space",
        _ => "is not valid",
    };

    private static bool IsUnsafeInText(Rune rune) =>
        IsNoncharacter(rune.Value) || IsDefaultIgnorable(rune.Value) || Rune.GetUnicodeCategory(rune) is
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate;

    private static bool HasMoreThanOneCodePoint(ReadOnlySpan<char> text)
    {
        Rune.DecodeFromUtf16(text, out _, out var consumed);
        return consumed < text.Length;
    }
}
