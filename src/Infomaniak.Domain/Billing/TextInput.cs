using System.Globalization;
using System.Text;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// The checks every free-text field and every code of the billing slice shares: what a person may type into an
/// address or a code, and the short, harmless excerpt of a refused input that a refusal may keep.
/// </summary>
internal static class TextInput
{
    /// <summary>The most characters of a refused input a refusal keeps.</summary>
    public const int ExcerptLength = 16;

    /// <summary>Whether a text holds only what a person can see or type: no control, format (bidi, zero-width), separator, private-use or unassigned code point, and no lone surrogate.</summary>
    public static bool IsPrintable(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
            {
                return false;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(text, i))
            {
                case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Whether a text is a code: 2 to <paramref name="maxLength"/> ASCII letters, digits and inner hyphens, starting with a letter.</summary>
    public static bool IsCode(string text, int maxLength) =>
        text.Length >= 2 && text.Length <= maxLength && char.IsAsciiLetter(text[0]) && text[^1] != '-'
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>At most <see cref="ExcerptLength"/> characters of a refused input, each one that is not printable ASCII shown as <c>?</c>.</summary>
    public static string Excerpt(string? input)
    {
        if (input is null)
        {
            return string.Empty;
        }

        var excerpt = new StringBuilder(ExcerptLength + 1);
        foreach (var c in input.AsSpan(0, Math.Min(input.Length, ExcerptLength)))
        {
            excerpt.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return input.Length > ExcerptLength ? excerpt.Append('…').ToString() : excerpt.ToString();
    }
}
