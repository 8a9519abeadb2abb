using System.Reflection;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>
/// Gives every property of a state record whose type is one of the library's value types its converter, so that no
/// property of a new state record can be forgotten: typed ids (and lists of them), password hashes, currencies,
/// instants and enums (stored by name), amounts of money, optional ones too (a complex property of two columns, amount and currency) and
/// decimals (an exact <c>decimal(19, 4)</c>).
/// </summary>
internal static class ValueTypes
{
    /// <summary>The longest enum name stored.</summary>
    public const int EnumLength = 32;

    /// <summary>The longest PHC string a <see cref="PasswordHash"/> can have (32-character algorithm, 256-byte salt and key).</summary>
    public const int PasswordHashLength = 768;

    /// <summary>The longest normalized address: the local part in NFC and the domain in its ASCII form.</summary>
    public const int NormalizedAddressLength = 320;

    /// <summary>The precision of every stored amount: 15 integer digits (<see cref="Money.MaxMagnitude"/>) and up to 4 fraction digits (more than any currency's minor units).</summary>
    public const int AmountPrecision = 19;

    /// <summary>The scale of every stored amount.</summary>
    public const int AmountScale = 4;

    public static void Apply(EntityTypeBuilder builder, string table)
    {
        foreach (var property in builder.Metadata.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var column = $"{table}.{property.Name}";
            var type = property.PropertyType;
            if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(Money))
            {
                builder.ComplexProperty(type, property.Name, money => Amount(money, column));
            }
            else if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(decimal))
            {
                builder.Property(type, property.Name).HasPrecision(AmountPrecision, AmountScale);
            }
            else if (Converter(Nullable.GetUnderlyingType(type) ?? type, column) is { } converter)
            {
                var scalar = builder.Property(type, property.Name).HasConversion(converter);
                if (converter.ProviderClrType == typeof(string))
                {
                    scalar.HasMaxLength(LengthOf(Nullable.GetUnderlyingType(type) ?? type));
                }
            }
            else if (ElementOf(type) is { } element && Converter(element, column) is { } elementConverter)
            {
                builder.PrimitiveCollection(type, property.Name).ElementType(e => e.HasConversion(elementConverter));
            }
        }
    }

    public static void Apply(ComplexPropertyBuilder builder, string table)
    {
        foreach (var property in builder.Metadata.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = property.PropertyType;
            if (Converter(Nullable.GetUnderlyingType(type) ?? type, $"{table}.{builder.Metadata.Name}_{property.Name}") is { } converter)
            {
                var scalar = builder.Property(type, property.Name).HasConversion(converter);
                if (converter.ProviderClrType == typeof(string))
                {
                    scalar.HasMaxLength(LengthOf(Nullable.GetUnderlyingType(type) ?? type));
                }
            }
        }
    }

    private static void Amount(ComplexPropertyBuilder money, string column)
    {
        money.Property(typeof(decimal), nameof(Money.Amount)).HasPrecision(AmountPrecision, AmountScale);
        money.Property(typeof(Currency), nameof(Money.Currency)).HasConversion(new CurrencyConverter($"{column}_{nameof(Money.Currency)}")).HasMaxLength(3);
    }

    private static ValueConverter? Converter(Type type, string column)
    {
        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedId<>)))
        {
            return (ValueConverter)Activator.CreateInstance(typeof(TypedIdConverter<>).MakeGenericType(type), column)!;
        }

        if (type == typeof(PasswordHash))
        {
            return new PasswordHashConverter(column);
        }

        if (type == typeof(Currency))
        {
            return new CurrencyConverter(column);
        }

        if (type == typeof(DateTimeOffset))
        {
            return new InstantConverter();
        }

        return type.IsEnum ? (ValueConverter)Activator.CreateInstance(typeof(EnumToStringConverter<>).MakeGenericType(type), [null])! : null;
    }

    private static int LengthOf(Type type) =>
        type == typeof(PasswordHash) ? PasswordHashLength : type == typeof(Currency) ? 3 : EnumLength;

    private static Type? ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
