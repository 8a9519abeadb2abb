namespace Infomaniak.Domain.Common;

/// <summary>
/// What is wrong with a text meant to be a name: a person's name, an organization's name or a product credential's
/// user name. Names are shown to other people, so none may hide characters or reorder the text around it.
/// </summary>
public enum NameProblem
{
    /// <summary>The text is null, empty or only white space.</summary>
    Empty = 1,

    /// <summary>The text is longer than the name allows.</summary>
    TooLong,

    /// <summary>The text has no letter (for an organization's name: no letter or digit).</summary>
    NoLetter,

    /// <summary>The text holds a control character or a line or paragraph separator.</summary>
    ControlCharacter,

    /// <summary>
    /// The text holds a bidirectional control (U+202A..U+202E embeddings and overrides, U+2066..U+2069 isolates, the
    /// U+200E, U+200F and U+061C marks), which would make it show in another order than it reads
    /// (<c>"\u202Eroot"</c>).
    /// </summary>
    BidiControl,

    /// <summary>
    /// The text holds a character shown as nothing: a zero-width or other format character (U+200B..U+200D, U+2060,
    /// U+FEFF, U+00AD, ...) or a Hangul filler, so that two names that look the same would differ.
    /// </summary>
    InvisibleCharacter,

    /// <summary>The text is not well-formed Unicode: a lone surrogate (which storage would not keep) or a noncharacter (U+FFFE, U+FDD0, ...).</summary>
    BrokenUnicode,

    /// <summary>The text holds white space where the name may have none (a product credential's user name).</summary>
    WhiteSpace,
}
