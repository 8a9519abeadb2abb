using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Prepaid;

namespace Infomaniak.Domain.Serialization;

/// <summary>
/// System.Text.Json for the whole library: every value type, state record and domain event written and read back
/// unchanged, events polymorphically under a stable <c>$type</c> name (<see cref="EventTypeName"/>).
/// </summary>
/// <remarks>
/// <para>
/// Use <see cref="Options"/> as it is, or configure an application's own options with <see cref="AddInfomaniakDomain"/>.
/// Both work in trimmed and native AOT applications: the metadata is source-generated.
/// </para>
/// <para>
/// Reading is parsing: an id, an address, a name, an amount or a logo read from JSON passes the same checks as when it
/// was made, and bad JSON (a malformed id, an invalid address, a missing property, an unknown event name) fails with a
/// <see cref="JsonException"/> whose <see cref="JsonException.Path"/> names the field, never with a default value. An event
/// read as an <see cref="IDomainEvent"/> names its type in <c>$type</c>, anywhere in the object.
/// </para>
/// <para>
/// On .NET 9 and later <see cref="Options"/> also refuses a JSON <c>null</c> where the C# type is not nullable; on .NET 8
/// such a null reaches <c>FromState</c>, which throws an <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// Secrets stay secret (ACC-6): a <c>Password</c> or a <c>ResetToken</c> is written as a mask and never read; a
/// <c>PasswordHash</c> is written in full only inside the state record that stores it, and masked anywhere else.
/// </para>
/// </remarks>
public static class DomainJson
{
    private static readonly JsonConverter[] Converters =
    [
        new TypedIdConverter<AccountId>(),
        new TypedIdConverter<OrganizationId>(),
        new TypedIdConverter<ProductId>(),
        new TypedIdConverter<MailboxId>(),
        new TypedIdConverter<InvitationId>(),
        new TypedIdConverter<BillingAddressId>(),
        new TypedIdConverter<InvoiceId>(),
        new TypedIdConverter<ProductCredentialId>(),
        new TypedIdConverter<PrepaidAccountId>(),
        new TypedIdConverter<WithdrawalId>(),
        new TypedIdConverter<OrderId>(),
        new TypedIdConverter<VoucherId>(),
        new TypedIdConverter<PromotionCodeId>(),
        new TypedIdConverter<BillingProfileId>(),
        new EmailAddressConverter(),
        new CurrencyConverter(),
        new MoneyConverter(),
        new PersonNameConverter(),
        new OrganizationNameConverter(),
        new LogoConverter(),
        new RightsConverter(),
        new MaskedPasswordHashConverter(),
        new PasswordConverter(),
        new ResetTokenConverter(),
        CodeConverters.PaymentMethods,
        CodeConverters.ProductTypes,
        CodeConverters.InvoiceNumberPrefixes,
        CodeConverters.IdempotencyKeys,
        CodeConverters.PromotionCodeTexts,
        new RenewalPeriodConverter(),
        new InvoiceNumberConverter(),
        new BillingAddressConverter(),
        new RenewalPreferenceConverter(),
        new LedgerEntryConverter<PrepaidCredited>(),
        new LedgerEntryConverter<PrepaidDebited>(),
        new LedgerEntryConverter<WithdrawalReserved>(),
        new LedgerEntryConverter<WithdrawalCompleted>(),
        new LedgerEntryConverter<WithdrawalCancelled>(),
        new LedgerEntryConverter<PrepaidCorrected>(),
        new DomainEventConverter(),
    ];

    private static readonly StoredPasswordHashConverter StoredHash = new();

    private static readonly IJsonTypeInfoResolver Resolver = DomainJsonContext.Default.WithAddedModifier(Customize);

    /// <summary>
    /// Ready-made, read-only options: camelCase properties, enums as strings, every converter of the library, events
    /// polymorphic. Share this instance: options cache their metadata.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Configures an application's options for the library: adds its converters and puts its metadata first in the
    /// resolver chain, so that the application's own types keep their settings. Options with no resolver yet also get
    /// the reflection-based one where reflection is enabled, as System.Text.Json gives them by default.
    /// </summary>
    /// <param name="options">The options to configure, not yet used for serialization.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used).</exception>
    public static JsonSerializerOptions AddInfomaniakDomain(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        foreach (var converter in Converters)
        {
            options.Converters.Add(converter);
        }

        var configuredNoResolver = options.TypeInfoResolverChain.Count == 0;
        options.TypeInfoResolverChain.Insert(0, Resolver);
        if (configuredNoResolver && JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.TypeInfoResolverChain.Add(ReflectionResolver());
        }

        return options;
    }

    /// <summary>The stable name an event is stored under (its <c>$type</c>), such as <c>organizations.member-joined</c>.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The event's name, which never changes once released.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">The event is not one of the library's.</exception>
    public static string EventTypeName(IDomainEvent domainEvent) => EventTypes.NameOf(Guard.Against.Null(domainEvent));

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only where reflection-based serialization is enabled, as System.Text.Json itself does for options without a resolver.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only where reflection-based serialization is enabled, as System.Text.Json itself does for options without a resolver.")]
    private static DefaultJsonTypeInfoResolver ReflectionResolver() => new();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
#if NET9_0_OR_GREATER
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
#endif
        options.AddInfomaniakDomain();
        options.MakeReadOnly();
        return options;
    }

    private static void Customize(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind == JsonTypeInfoKind.Object && IsStateRecord(typeInfo.Type))
        {
            foreach (var property in typeInfo.Properties)
            {
                if (property.PropertyType == typeof(PasswordHash))
                {
                    property.CustomConverter = StoredHash;
                }
            }
        }
    }

    private static bool IsStateRecord(Type type) =>
        type.Namespace?.StartsWith("Infomaniak.Domain", StringComparison.Ordinal) == true && type.Name.EndsWith("State", StringComparison.Ordinal);
}
