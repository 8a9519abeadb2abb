using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Serialization;

/// <summary>A typed id as its GUID text; the empty GUID and malformed text are refused.</summary>
internal sealed class TypedIdConverter<TId> : JsonConverter<TId>
    where TId : struct, ITypedId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = ValueJson.ReadString(ref reader, typeof(TId).Name);
        return Guid.TryParse(text, out var value) && value != Guid.Empty
            ? TId.From(value)
            : throw ValueJson.Invalid($"is not a valid {typeof(TId).Name} (a non-empty GUID).");
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ValueJson.RequireNotDefault(value.Value != Guid.Empty, typeof(TId).Name);
        writer.WriteStringValue(value.Value);
    }

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value.ToString());
}

/// <summary>An email address as typed; on reading it is parsed again, so an invalid address is refused.</summary>
internal sealed class EmailAddressConverter : JsonConverter<EmailAddress>
{
    public override EmailAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EmailAddress.Parse(ValueJson.ReadString(ref reader, nameof(EmailAddress)))
            .Match(address => address, invalid => throw ValueJson.Invalid($"is not a valid email address: {invalid.Message}"));

    public override void Write(Utf8JsonWriter writer, EmailAddress value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>A currency as its ISO 4217 code.</summary>
internal sealed class CurrencyConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Currency.Parse(ValueJson.ReadString(ref reader, nameof(Currency)))
            .Match(currency => currency, unknown => throw ValueJson.Invalid("is not a supported ISO 4217 currency code."));

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ValueJson.RequireNotDefault(!value.IsDefault, nameof(Currency));
        writer.WriteStringValue(value.Code);
    }
}

/// <summary>Money as <c>{"amount": "12.50", "currency": "CHF"}</c>: the amount as a string, so that no reader rounds it.</summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(ref reader, JsonTokenType.StartObject, nameof(Money));
        string? amountText = null;
        string? currencyText = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "amount":
                    amountText = ValueJson.ReadString(ref reader, "amount");
                    break;
                case "currency":
                    currencyText = ValueJson.ReadString(ref reader, "currency");
                    break;
                default:
                    throw ValueJson.Invalid($"has an unknown property '{property}' for an amount of money.");
            }
        }

        if (!decimal.TryParse(amountText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            throw ValueJson.Invalid("needs an 'amount' written as a decimal number in a string.");
        }

        var currency = Currency.Parse(currencyText).Match(found => found, _ => throw ValueJson.Invalid("needs a supported 'currency' code."));
        return Money.Create(amount, currency).Match(
            money => money,
            tooPrecise => throw ValueJson.Invalid(tooPrecise.Message),
            outOfRange => throw ValueJson.Invalid(outOfRange.Message));
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ValueJson.RequireNotDefault(!value.Currency.IsDefault, nameof(Money));
        writer.WriteStartObject();
        writer.WriteString("amount", value.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}

/// <summary>A person's name as <c>{"firstName": ..., "lastName": ...}</c>, validated again on reading.</summary>
internal sealed class PersonNameConverter : JsonConverter<PersonName>
{
    public override PersonName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(ref reader, JsonTokenType.StartObject, nameof(PersonName));
        string? first = null;
        string? last = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "firstName":
                    first = ValueJson.ReadString(ref reader, "firstName");
                    break;
                case "lastName":
                    last = ValueJson.ReadString(ref reader, "lastName");
                    break;
                default:
                    throw ValueJson.Invalid($"has an unknown property '{property}' for a person's name.");
            }
        }

        return PersonName.Create(first, last).Match(name => name, invalid => throw ValueJson.Invalid(invalid.Message));
    }

    public override void Write(Utf8JsonWriter writer, PersonName value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("firstName", value.FirstName);
        writer.WriteString("lastName", value.LastName);
        writer.WriteEndObject();
    }
}

/// <summary>An organization's name as its text, validated again on reading.</summary>
internal sealed class OrganizationNameConverter : JsonConverter<OrganizationName>
{
    public override OrganizationName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        OrganizationName.Parse(ValueJson.ReadString(ref reader, nameof(OrganizationName)))
            .Match(name => name, invalid => throw ValueJson.Invalid(invalid.Message));

    public override void Write(Utf8JsonWriter writer, OrganizationName value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>A logo as <c>{"mediaType": "image/png", "width": ..., "height": ..., "sizeInBytes": ...}</c>, checked again on reading (ORG-8).</summary>
internal sealed class LogoConverter : JsonConverter<Logo>
{
    public override Logo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(ref reader, JsonTokenType.StartObject, nameof(Logo));
        string? mediaType = null;
        int? width = null;
        int? height = null;
        long? size = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "mediaType":
                    mediaType = ValueJson.ReadString(ref reader, "mediaType");
                    break;
                case "width":
                    width = ValueJson.ReadInt32(ref reader, "width");
                    break;
                case "height":
                    height = ValueJson.ReadInt32(ref reader, "height");
                    break;
                case "sizeInBytes":
                    size = ValueJson.ReadInt64(ref reader, "sizeInBytes");
                    break;
                default:
                    throw ValueJson.Invalid($"has an unknown property '{property}' for a logo.");
            }
        }

        if (width is not { } w || height is not { } h || size is not { } bytes)
        {
            throw ValueJson.Invalid("needs 'width', 'height' and 'sizeInBytes' for a logo.");
        }

        return Logo.Create(mediaType, w, h, bytes).Match(
            logo => logo,
            a => throw ValueJson.Invalid(a.Message),
            b => throw ValueJson.Invalid(b.Message),
            c => throw ValueJson.Invalid(c.Message),
            d => throw ValueJson.Invalid(d.Message));
    }

    public override void Write(Utf8JsonWriter writer, Logo value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("mediaType", value.MimeType);
        writer.WriteNumber("width", value.Width);
        writer.WriteNumber("height", value.Height);
        writer.WriteNumber("sizeInBytes", value.SizeInBytes);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Rights as <c>{"kind": "all", "billing": true}</c> or <c>{"kind": "limited", "billing": false, "products": [...]}</c> (RGT-1):
/// the closed choice is kept, and limited rights keep their products.
/// </summary>
internal sealed class RightsConverter : JsonConverter<Rights>
{
    private static readonly TypedIdConverter<ProductId> Products = new();

    public override Rights Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(ref reader, JsonTokenType.StartObject, nameof(Rights));
        string? kind = null;
        bool? billing = null;
        List<ProductId>? products = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "kind":
                    kind = ValueJson.ReadString(ref reader, "kind");
                    break;
                case "billing":
                    billing = reader.TokenType is JsonTokenType.True or JsonTokenType.False
                        ? reader.GetBoolean()
                        : throw ValueJson.Invalid("needs 'billing' as true or false.");
                    break;
                case "products":
                    ValueJson.Expect(ref reader, JsonTokenType.StartArray, "products");
                    products = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        products.Add(Products.Read(ref reader, typeof(ProductId), options));
                    }

                    break;
                default:
                    throw ValueJson.Invalid($"has an unknown property '{property}' for rights.");
            }
        }

        if (billing is not { } withBilling)
        {
            throw ValueJson.Invalid("needs 'billing' for rights.");
        }

        return kind switch
        {
            "all" when products is null => Rights.Administrator(withBilling),
            "limited" when products is not null => Rights.LimitedTo(products, withBilling).Match(rights => rights, none => throw ValueJson.Invalid(none.Message)),
            _ => throw ValueJson.Invalid("needs 'kind' \"all\" (without products) or \"limited\" (with products) for rights."),
        };
    }

    public override void Write(Utf8JsonWriter writer, Rights value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", value.IsAdministrator ? "all" : "limited");
        writer.WriteBoolean("billing", value.HasBillingRights);
        if (value is Rights.Limited limited)
        {
            writer.WriteStartArray("products");
            foreach (var product in limited.Products.OrderBy(product => product.Value))
            {
                writer.WriteStringValue(product.Value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// A stored password hash as its PHC string (<see cref="PasswordHash.Value"/>), read back with <see cref="PasswordHash.Parse"/>.
/// Used only for the state records that store a hash; everywhere else a hash is written masked.
/// </summary>
internal sealed class StoredPasswordHashConverter : JsonConverter<PasswordHash>
{
    public override PasswordHash Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PasswordHash.Parse(ValueJson.ReadString(ref reader, nameof(PasswordHash)))
            .Match(hash => hash, malformed => throw ValueJson.Invalid(malformed.Message));

    public override void Write(Utf8JsonWriter writer, PasswordHash value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>A password hash outside a state record: written as its masked form (algorithm and parameters only), never read.</summary>
internal sealed class MaskedPasswordHashConverter : JsonConverter<PasswordHash>
{
    public override PasswordHash Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw ValueJson.Invalid("is a password hash, which is read only as part of the state record that stores it.");

    public override void Write(Utf8JsonWriter writer, PasswordHash value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>A password: written as its mask, never read (ACC-6). Parse passwords from the raw text a person typed.</summary>
internal sealed class PasswordConverter : JsonConverter<Password>
{
    public override Password Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw ValueJson.Invalid("is a password, which is never read from JSON: bind the raw text and call Password.Parse.");

    public override void Write(Utf8JsonWriter writer, Password value, JsonSerializerOptions options) => writer.WriteStringValue(Password.Mask);
}

/// <summary>A reset token: written as its mask, never read (ACC-6). Parse tokens from the reset link with ResetToken.Parse.</summary>
internal sealed class ResetTokenConverter : JsonConverter<ResetToken>
{
    public override ResetToken Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw ValueJson.Invalid("is a reset token, which is never read from JSON: parse it from the link with ResetToken.Parse.");

    public override void Write(Utf8JsonWriter writer, ResetToken value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>Reading helpers shared by the converters: every failure is a <see cref="JsonException"/> that System.Text.Json completes with the path.</summary>
internal static class ValueJson
{
    public static string ReadString(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Invalid($"needs a string for {what}.");

    public static int ReadInt32(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Invalid($"needs a whole number for {what}.");

    public static long ReadInt64(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Invalid($"needs a whole number for {what}.");

    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw Invalid($"needs {(token == JsonTokenType.StartArray ? "an array" : "an object")} for {what}.");
        }
    }

    public static void RequireNotDefault(bool valid, string what)
    {
        if (!valid)
        {
            throw new JsonException($"The default value of {what} is not a value and is never written.");
        }
    }

    public static JsonException Invalid(string problem) => new($"The value {problem}");
}
