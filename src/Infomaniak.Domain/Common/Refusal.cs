namespace Infomaniak.Domain.Common;

/// <summary>
/// The base of every business-rule refusal: the reason an operation did not happen, returned as a value
/// in the operation's <c>OneOf</c> result instead of thrown.
/// </summary>
/// <remarks>
/// <para>
/// Each concrete refusal is a sealed record named as a fact (<c>LastUser</c>, <c>CurrencyMismatch</c>) and
/// carries what a caller needs to explain it: ids, values, limits. A refusal never carries a password, a
/// token or any other secret.
/// </para>
/// <para>
/// An operation that returns a refusal has changed nothing and recorded no event.
/// </para>
/// </remarks>
public abstract record Refusal
{
    /// <summary>
    /// A stable, machine-readable code for this refusal: the name of its type (for example
    /// <c>"CurrencyMismatch"</c>). Applications may map it to their own localized messages.
    /// </summary>
    public string Code => GetType().Name;

    /// <summary>An English sentence explaining the refusal to a developer or, by default, to a person.</summary>
    public abstract string Message { get; }
}
