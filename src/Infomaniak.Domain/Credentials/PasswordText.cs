using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Credentials;

/// <summary>
/// How the password policy reads a password (rule ACC-6): its length as a person sees it, and the one canonical,
/// look-alike-folded form in which it is compared with the common-password list and the addresses it protects.
/// </summary>
/// <remarks>Takes well-formed text only (a <see cref="Password"/>'s, an <see cref="EmailAddress"/>'s): no lone surrogate, no noncharacter.</remarks>
internal static class PasswordText
{
    private static readonly FrozenDictionary<int, string> LookAlikes = new Dictionary<int, string>
    {
        ['\u0430'] = "a", ['\u0432'] = "b", ['\u0435'] = "e", ['\u0455'] = "s", ['\u0456'] = "i", ['\u0458'] = "j",
        ['\u043A'] = "k", ['\u043C'] = "m", ['\u043D'] = "h", ['\u043E'] = "o", ['\u0440'] = "p", ['\u0441'] = "c",
        ['\u0442'] = "t", ['\u0443'] = "y", ['\u0445'] = "x", ['\u04BB'] = "h", ['\u04CF'] = "l", ['\u0501'] = "d",
        ['\u051B'] = "q", ['\u051D'] = "w",
        ['\u03B1'] = "a", ['\u03B2'] = "b", ['\u03B5'] = "e", ['\u03B6'] = "z", ['\u03B7'] = "h", ['\u03B9'] = "i",
        ['\u03BA'] = "k", ['\u03BC'] = "m", ['\u03BD'] = "v", ['\u03BF'] = "o", ['\u03C1'] = "p", ['\u03C4'] = "t",
        ['\u03C5'] = "u", ['\u03C7'] = "x",
        ['\u00DF'] = "ss", ['\u0131'] = "i", ['\u017F'] = "s", ['\u0251'] = "a", ['\u0261'] = "g",
    }.ToFrozenDictionary();

    /// <summary>
    /// The number of code points a person sees: every code point but the default-ignorable ones (zero-width and other
    /// format characters, variation selectors, fillers), and none of the white space before the first or after the
    /// last of the others.
    /// </summary>
    internal static int VisibleLength(string text)
    {
        int counted = 0, pendingSpaces = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (TextSafety.IsDefaultIgnorable(rune.Value))
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpaces += counted > 0 ? 1 : 0;
                continue;
            }

            counted += pendingSpaces + 1;
            pendingSpaces = 0;
        }

        return counted;
    }

    /// <summary>
    /// The canonical form for comparisons: compatibility decomposition (NFKD), then without default-ignorable
    /// characters, combining marks and white space, in lower case, with each look-alike of a Latin letter replaced by
    /// that letter.
    /// </summary>
    internal static string Skeleton(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (TextSafety.IsDefaultIgnorable(rune.Value) || Rune.IsWhiteSpace(rune)
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (LookAlikes.TryGetValue(lower.Value, out var latin))
            {
                builder.Append(latin);
            }
            else
            {
                builder.Append(lower.ToString());
            }
        }

        return builder.ToString();
    }
}
