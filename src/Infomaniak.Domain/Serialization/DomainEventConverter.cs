using System.Text.Json;
using System.Text.Json.Serialization;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Serialization;

/// <summary>
/// Any domain event as <c>{"$type": "&lt;its stable name&gt;", ...its properties}</c>. The name comes from
/// <see cref="EventTypes"/>; reading finds the type by name, wherever <c>$type</c> stands in the object, and refuses
/// an object without one or with a name the library does not know.
/// </summary>
internal sealed class DomainEventConverter : JsonConverter<IDomainEvent>
{
    private const string TypeProperty = "$type";

    public override IDomainEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(TypeProperty, out var name) || name.ValueKind != JsonValueKind.String)
        {
            throw new JsonException($"An event is an object naming its type in a '{TypeProperty}' property.");
        }

        var type = EventTypes.TypeOf(name.GetString()!)
            ?? throw new JsonException($"'{TextSafety.Excerpt(name.GetString())}' is not the name of an event of this library.");
        return (IDomainEvent?)root.Deserialize(options.GetTypeInfo(type))
            ?? throw new JsonException($"The event '{TextSafety.Excerpt(name.GetString())}' is null.");
    }

    public override void Write(Utf8JsonWriter writer, IDomainEvent value, JsonSerializerOptions options)
    {
        var name = EventTypes.NameOf(value);
        var content = JsonSerializer.SerializeToElement(value, options.GetTypeInfo(value.GetType()));
        writer.WriteStartObject();
        writer.WriteString(TypeProperty, name);
        foreach (var property in content.EnumerateObject())
        {
            property.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
