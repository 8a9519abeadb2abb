using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Serialization;

/// <summary>A code-like value (a payment method, a product type, an invoice number prefix) as its text, parsed again on reading.</summary>
internal sealed class CodeConverter<T>(Func<string, T?> parse, Func<T, string> write, string what) : JsonConverter<T>
    where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        parse(ValueJson.ReadString(ref reader, what)) ?? throw ValueJson.Invalid($"is not a valid {what}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
}

/// <summary>The converters of the billing, product and prepaid values, built from their own parsers.</summary>
internal static class CodeConverters
{
    public static readonly CodeConverter<PaymentMethod> PaymentMethods = new(
        text => PaymentMethod.Parse(text).Match<PaymentMethod?>(method => method, _ => null), method => method.Code, "payment method");

    public static readonly CodeConverter<ProductType> ProductTypes = new(
        text => ProductType.Parse(text).Match<ProductType?>(type => type, _ => null), type => type.Code, "product type");

    public static readonly CodeConverter<InvoiceNumberPrefix> InvoiceNumberPrefixes = new(
        text => InvoiceNumberPrefix.Parse(text).Match<InvoiceNumberPrefix?>(prefix => prefix, _ => null), prefix => prefix.Value, "invoice number prefix");

    public static readonly CodeConverter<IdempotencyKey> IdempotencyKeys = new(
        text => IdempotencyKey.Parse(text).Match<IdempotencyKey?>(key => key, _ => null), key => key.Value, "idempotency key");

    public static readonly CodeConverter<PromotionCodeText> PromotionCodeTexts = new(
        text => PromotionCodeText.Parse(text).Match<PromotionCodeText?>(code => code, _ => null), code => code.Value, "promotion code");
}

/// <summary>A renewal period as its number of months.</summary>
internal sealed class RenewalPeriodConverter : JsonConverter<RenewalPeriod>
{
    public override RenewalPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RenewalPeriod.FromMonths(ValueJson.ReadInt32(ref reader, "a renewal period in months"))
            .Match(period => period, invalid => throw ValueJson.Invalid(invalid.Message));

    public override void Write(Utf8JsonWriter writer, RenewalPeriod value, JsonSerializerOptions options)
    {
        ValueJson.RequireNotDefault(!value.IsDefault, nameof(RenewalPeriod));
        writer.WriteNumberValue(value.Months);
    }
}

/// <summary>An invoice number as <c>{"prefix": "BDL-", "sequence": 12}</c>.</summary>
internal sealed class InvoiceNumberConverter : JsonConverter<InvoiceNumber>
{
    public override InvoiceNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(ref reader, JsonTokenType.StartObject, nameof(InvoiceNumber));
        InvoiceNumberPrefix? prefix = null;
        long? sequence = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "prefix":
                    prefix = CodeConverters.InvoiceNumberPrefixes.Read(ref reader, typeof(InvoiceNumberPrefix), options);
                    break;
                case "sequence":
                    sequence = ValueJson.ReadInt64(ref reader, "sequence");
                    break;
                default:
                    throw ValueJson.Invalid($"has an unknown property '{property}' for an invoice number.");
            }
        }

        return prefix is { } p && sequence is >= 1 and var s ? new InvoiceNumber(p, s) : throw ValueJson.Invalid("needs a 'prefix' and a 'sequence' of at least 1 for an invoice number.");
    }

    public override void Write(Utf8JsonWriter writer, InvoiceNumber value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("prefix", value.Prefix.Value);
        writer.WriteNumber("sequence", value.Sequence);
        writer.WriteEndObject();
    }
}

/// <summary>A billing address as its fields, checked again field by field on reading (BIL-1).</summary>
internal sealed class BillingAddressConverter : JsonConverter<BillingAddress>
{
    public override BillingAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(ref reader, JsonTokenType.StartObject, nameof(BillingAddress));
        string? recipient = null, company = null, vat = null, postalCode = null, city = null, country = null;
        List<string>? street = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "recipient": recipient = ValueJson.ReadString(ref reader, property); break;
                case "company": company = reader.TokenType == JsonTokenType.Null ? null : ValueJson.ReadString(ref reader, property); break;
                case "vatNumber": vat = reader.TokenType == JsonTokenType.Null ? null : ValueJson.ReadString(ref reader, property); break;
                case "postalCode": postalCode = ValueJson.ReadString(ref reader, property); break;
                case "city": city = ValueJson.ReadString(ref reader, property); break;
                case "country": country = ValueJson.ReadString(ref reader, property); break;
                case "streetLines":
                    ValueJson.Expect(ref reader, JsonTokenType.StartArray, property);
                    street = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        street.Add(ValueJson.ReadString(ref reader, "a street line"));
                    }

                    break;
                default:
                    throw ValueJson.Invalid($"has an unknown property '{property}' for a billing address.");
            }
        }

        return BillingAddress.Create(recipient, street, postalCode, city, country, company, vat).Match(address => address, invalid => throw ValueJson.Invalid(invalid.Message));
    }

    public override void Write(Utf8JsonWriter writer, BillingAddress value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("recipient", value.Recipient);
        writer.WriteString("company", value.Company);
        writer.WriteString("vatNumber", value.VatNumber);
        writer.WriteStartArray("streetLines");
        foreach (var line in value.StreetLines)
        {
            writer.WriteStringValue(line);
        }

        writer.WriteEndArray();
        writer.WriteString("postalCode", value.PostalCode);
        writer.WriteString("city", value.City);
        writer.WriteString("country", value.Country.ToString());
        writer.WriteEndObject();
    }
}

/// <summary>A renewal preference as <c>{"isAutomatic": true, "paymentMethod": "prepaid-account"}</c>; automatic always names its method (PRE-3).</summary>
internal sealed class RenewalPreferenceConverter : JsonConverter<RenewalPreference>
{
    public override RenewalPreference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(ref reader, JsonTokenType.StartObject, nameof(RenewalPreference));
        bool? automatic = null;
        PaymentMethod? method = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "isAutomatic":
                    automatic = reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean() : throw ValueJson.Invalid("needs 'isAutomatic' as true or false.");
                    break;
                case "paymentMethod":
                    method = reader.TokenType == JsonTokenType.Null ? null : CodeConverters.PaymentMethods.Read(ref reader, typeof(PaymentMethod), options);
                    break;
                default:
                    throw ValueJson.Invalid($"has an unknown property '{property}' for a renewal preference.");
            }
        }

        return (automatic, method) switch
        {
            (true, { } automaticMethod) => RenewalPreference.Automatic(automaticMethod),
            (false, { } preferred) => RenewalPreference.Manual(preferred),
            (false, null) => RenewalPreference.None,
            _ => throw ValueJson.Invalid("needs 'isAutomatic', and a 'paymentMethod' when automatic, for a renewal preference."),
        };
    }

    public override void Write(Utf8JsonWriter writer, RenewalPreference value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("isAutomatic", value.IsAutomatic);
        if (value.PaymentMethod is { } method)
        {
            writer.WriteString("paymentMethod", method.Code);
        }
        else
        {
            writer.WriteNull("paymentMethod");
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// A ledger entry event (PRE-5) as its stored row, <see cref="LedgerEntryState"/>, and read back through the same checks
/// as a stored ledger: an entry whose fields do not fit its kind is refused.
/// </summary>
internal sealed class LedgerEntryConverter<TEntry> : JsonConverter<TEntry>
    where TEntry : LedgerEntry
{
    public override TEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var row = JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<LedgerEntryState>)options.GetTypeInfo(typeof(LedgerEntryState)))
            ?? throw ValueJson.Invalid("is null where a ledger entry was expected.");
        return LedgerEntry.FromState(row, row.Amount.Currency, out var problem) switch
        {
            TEntry entry => entry,
            null => throw ValueJson.Invalid($"is not a valid ledger entry: {problem}"),
            var other => throw ValueJson.Invalid($"is a {other.Kind} entry where a {typeof(TEntry).Name} was expected."),
        };
    }

    public override void Write(Utf8JsonWriter writer, TEntry value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToState(), (JsonTypeInfo<LedgerEntryState>)options.GetTypeInfo(typeof(LedgerEntryState)));
}
