using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Ordering;

/// <summary>
/// The text of a promotion code as a shopper types it, matched case-insensitively (VOU-3): 3 to <see cref="MaxLength"/>
/// ASCII letters, digits, hyphens and underscores, kept in upper case.
/// </summary>
/// <remarks>The <c>default</c> value is not a code: operations given one throw an <see cref="ArgumentException"/>.</remarks>
public readonly record struct PromotionCodeText
{
    /// <summary>The longest code accepted, in characters.</summary>
    public const int MaxLength = 32;

    private PromotionCodeText(string value) => Value = value;

    /// <summary>The code in upper case (for example <c>SPRING-25</c>): the form stored and compared.</summary>
    public string Value { get; }

    /// <summary>Whether this is the <c>default</c> value rather than a code.</summary>
    public bool IsDefault => Value is null;

    /// <summary>Reads a code as typed, ignoring case and surrounding white space.</summary>
    /// <param name="text">The text typed, for example <c>" spring-25 "</c>.</param>
    /// <returns>The code, or <see cref="InvalidPromotionCodeText"/>.</returns>
    public static OneOf<PromotionCodeText, InvalidPromotionCodeText> Parse(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is < 3 or > MaxLength)
        {
            return new InvalidPromotionCodeText(text);
        }

        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return new InvalidPromotionCodeText(text);
            }
        }

        return new PromotionCodeText(trimmed.ToString().ToUpperInvariant());
    }

    /// <summary>The code.</summary>
    /// <returns><see cref="Value"/>, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;

    internal static PromotionCodeText Require(PromotionCodeText code, string name) =>
        code.IsDefault ? throw new ArgumentException("A promotion code is required; the default value is not one.", name) : code;
}

/// <summary>A text is not a promotion code (3 to 32 ASCII letters, digits, hyphens and underscores).</summary>
public sealed record InvalidPromotionCodeText : Refusal
{
    /// <summary>Refuses a text as a promotion code.</summary>
    /// <param name="input">The text that was given; only a short, sanitized excerpt of it is kept.</param>
    public InvalidPromotionCodeText(string? input) => Excerpt = TextSafety.Excerpt(input);

    /// <summary>At most 32 code points of the text given, control, format and bidirectional characters replaced by U+FFFD, an ellipsis when cut.</summary>
    public string Excerpt { get; }

    /// <inheritdoc />
    public override string Message => $"'{Excerpt}' is not a promotion code: 3 to {PromotionCodeText.MaxLength} letters, digits, hyphens and underscores.";
}
