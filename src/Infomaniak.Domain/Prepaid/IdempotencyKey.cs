using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// The key a caller chooses for one operation on a prepaid account (PRE-5): sending the same operation again with the
/// same key returns its first outcome and changes nothing, as TigerBeetle's transfer id and Stripe's idempotency key do.
/// </summary>
/// <remarks>
/// <para>
/// Made only by <see cref="Parse"/>: 1 to <see cref="MaxLength"/> visible ASCII characters (<c>!</c> to <c>~</c>, no
/// space), compared exactly (ordinal, case-sensitive). A GUID, a ULID or <c>invoice-2026-0042</c> are typical keys.
/// </para>
/// <para>
/// The <c>default</c> value is not a key: operations given one throw an <see cref="ArgumentException"/>, as for a
/// default id.
/// </para>
/// </remarks>
public readonly record struct IdempotencyKey
{
    /// <summary>The longest key accepted, in characters.</summary>
    public const int MaxLength = 100;

    private IdempotencyKey(string value) => Value = value;

    /// <summary>The key, exactly as given.</summary>
    public string Value { get; }

    /// <summary>Whether this is the <c>default</c> value rather than a key.</summary>
    public bool IsDefault => Value is null;

    /// <summary>Parses a caller's key.</summary>
    /// <param name="input">The key; null, empty, too long or holding a space, a control or a non-ASCII character is refused.</param>
    /// <returns>The key, or <see cref="InvalidIdempotencyKey"/> naming what is wrong.</returns>
    public static OneOf<IdempotencyKey, InvalidIdempotencyKey> Parse(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return new InvalidIdempotencyKey(IdempotencyKeyProblem.Empty);
        }

        if (input.Length > MaxLength)
        {
            return new InvalidIdempotencyKey(IdempotencyKeyProblem.TooLong);
        }

        foreach (var c in input)
        {
            if (c is < '!' or > '~')
            {
                return new InvalidIdempotencyKey(IdempotencyKeyProblem.InvalidCharacter);
            }
        }

        return new IdempotencyKey(input);
    }

    /// <summary>The key as given.</summary>
    /// <returns><see cref="Value"/>, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>What is wrong with a text that was meant to be an idempotency key.</summary>
public enum IdempotencyKeyProblem
{
    /// <summary>The text is null or empty.</summary>
    Empty = 1,

    /// <summary>The text is longer than <see cref="IdempotencyKey.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>The text holds a space, a control character or a character outside ASCII.</summary>
    InvalidCharacter,
}

/// <summary>A text was refused as an idempotency key; the text itself is not kept.</summary>
/// <param name="Problem">What is wrong with it.</param>
public sealed record InvalidIdempotencyKey(IdempotencyKeyProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        IdempotencyKeyProblem.Empty => "An idempotency key is required.",
        IdempotencyKeyProblem.TooLong => $"An idempotency key has at most {IdempotencyKey.MaxLength} characters.",
        _ => "An idempotency key holds only visible ASCII characters, without spaces.",
    };
}
