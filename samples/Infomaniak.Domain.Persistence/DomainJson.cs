using System.Text.Json;
using System.Text.Json.Serialization;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Persistence;

/// <summary>
/// How this application writes the library's state records and events as JSON. The library carries no
/// serializer attributes: the mapping of its few value types lives here, in the application, as it would in
/// an EF Core model (value converters) or an event store's codec.
/// </summary>
internal static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters =
        {
            new TypedIdConverterFactory(),
            new PasswordHashConverter(),
            new EmailAddressConverter(),
            new JsonStringEnumConverter(),
        },
    };

    private sealed class TypedIdConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedId<>));

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(TypedIdConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class TypedIdConverter<TId> : JsonConverter<TId>
        where TId : struct, ITypedId<TId>
    {
        public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TId.From(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    private sealed class PasswordHashConverter : JsonConverter<PasswordHash>
    {
        public override PasswordHash Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PasswordHash.Parse(reader.GetString()).Match(hash => hash, malformed => throw new JsonException(malformed.Message));

        public override void Write(Utf8JsonWriter writer, PasswordHash value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    private sealed class EmailAddressConverter : JsonConverter<EmailAddress>
    {
        public override EmailAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            EmailAddress.Parse(reader.GetString()).Match(address => address, invalid => throw new JsonException(invalid.Message));

        public override void Write(Utf8JsonWriter writer, EmailAddress value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
