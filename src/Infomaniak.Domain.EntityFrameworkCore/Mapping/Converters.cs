using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>A typed id stored as its <see cref="Guid"/>; a stored empty GUID fails loading, naming its column.</summary>
/// <typeparam name="TId">The kind of id.</typeparam>
internal sealed class TypedIdConverter<TId>(string column) : ValueConverter<TId, Guid>(id => id.Value, value => StoredValues.Id<TId>(value, column))
    where TId : struct, ITypedId<TId>;

/// <summary>A password hash stored as its PHC string; a malformed stored hash fails loading, naming its column.</summary>
internal sealed class PasswordHashConverter(string column) : ValueConverter<PasswordHash, string>(hash => hash.Value, text => StoredValues.Hash(text, column));

/// <summary>A currency stored as its ISO 4217 code; an unknown stored code fails loading, naming its column.</summary>
internal sealed class CurrencyConverter(string column) : ValueConverter<Currency, string>(currency => currency.Code, code => StoredValues.CurrencyOf(code, column));

/// <summary>
/// An instant stored as a UTC date and time: <c>timestamp with time zone</c> on PostgreSQL (microseconds), a sortable
/// ISO 8601 text on SQLite, so that comparisons and ordering run in the database on both.
/// </summary>
internal sealed class InstantConverter() : ValueConverter<DateTimeOffset, DateTime>(instant => instant.UtcDateTime, stored => StoredValues.Instant(stored));

/// <summary>What the converters call to read a stored value back, failing with the column's name on bad data.</summary>
internal static class StoredValues
{
    public static TId Id<TId>(Guid value, string column)
        where TId : struct, ITypedId<TId> =>
        value == Guid.Empty ? throw new StoredStateException($"Column {column} holds the empty GUID, which is not a valid {typeof(TId).Name}.") : TId.From(value);

    public static PasswordHash Hash(string text, string column) =>
        PasswordHash.Parse(text).Match(hash => hash, _ => throw new StoredStateException($"Column {column} holds a malformed password hash."));

    public static Currency CurrencyOf(string code, string column) =>
        Currency.Parse(code).Match(currency => currency, _ => throw new StoredStateException($"Column {column} holds '{Excerpt(code)}', which is not a supported currency code."));

    public static DateTimeOffset Instant(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    public static string Excerpt(string? text) => text is null ? "null" : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
