using System.Reflection;
using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Serialization;

/// <summary>
/// Generated instances of every public domain event, found by reflection: each constructor parameter is drawn from a
/// generator for its type, so a new event is covered the day it is written (or the test names the type it cannot build).
/// </summary>
public static class EventSamples
{
    public static IReadOnlyList<Type> EventTypes { get; } =
        [.. typeof(IDomainEvent).Assembly.GetExportedTypes().Where(type => typeof(IDomainEvent).IsAssignableFrom(type) && type.IsClass).OrderBy(type => type.FullName)];

    public static Gen<IDomainEvent> Of(Type eventType)
    {
        if (typeof(LedgerEntry).IsAssignableFrom(eventType))
        {
            return from seed in Gen.Choose(1, 1_000_000)
                   from cents in Gen.Choose(2, 40_000)
                   select (IDomainEvent)LedgerScenario(seed, cents).First(entry => entry.GetType() == eventType);
        }

        var constructor = eventType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(parameter => ValueOf(parameter.ParameterType, parameter)).ToArray();
        var values = arguments.Aggregate(
            Gen.Constant(System.Collections.Immutable.ImmutableList<object?>.Empty),
            (sofar, next) => sofar.SelectMany(list => next.Select(list.Add)));
        return values.Select(list => (IDomainEvent)constructor.Invoke([.. list]));
    }

    public static Gen<IDomainEvent> Any { get; } = Gen.Elements(EventTypes.ToArray()).SelectMany(Of);

    private static Gen<object?> ValueOf(Type type, ParameterInfo parameter)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable)
        {
            var inner = NonNull(nullable ?? type);
            return Gen.Frequency((1, Gen.Constant<object?>(null)), (3, inner));
        }

        return NonNull(type);
    }

    private static Gen<object?> NonNull(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            return Gen.ListOf(NonNull(element)).Select(items =>
            {
                var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                foreach (var item in items)
                {
                    list.Add(item);
                }

                return (object?)list;
            });
        }

        if (type.IsEnum)
        {
            return Gen.Elements(Enum.GetValues(type).Cast<object?>().ToArray());
        }

        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedId<>)))
        {
            var from = type.GetMethod("From", BindingFlags.Public | BindingFlags.Static)!;
            return ArbMap.Default.GeneratorFor<Guid>().Where(g => g != Guid.Empty).Select(g => from.Invoke(null, [g]));
        }

        return type switch
        {
            _ when type == typeof(bool) => Gen.Elements<object?>(true, false),
            _ when type == typeof(int) => Gen.Choose(0, 1000).Select(i => (object?)i),
            _ when type == typeof(long) => Gen.Choose(0, 1000).Select(i => (object?)(long)i),
            _ when type == typeof(string) => Gen.Elements<object?>("deploy", "ftp_user", "zoë"),
            _ when type == typeof(DateTimeOffset) => Gen.Choose(0, 1_000_000).Select(m => (object?)new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(m)),
            _ when type == typeof(EmailAddress) => CommonArbitraries.EmailAddressGen.Select(a => (object?)a),
            _ when type == typeof(Money) => CommonArbitraries.MoneyGen.Select(m => (object?)m),
            _ when type == typeof(Currency) => CommonArbitraries.CurrencyGen.Select(c => (object?)c),
            _ when type == typeof(PersonName) => Gen.Elements<object?>(PersonName.Create("Julie", "Munster").GetValueOrThrow(), PersonName.Create("Zoë", "Núñez").GetValueOrThrow()),
            _ when type == typeof(OrganizationName) => Gen.Elements<object?>(OrganizationName.Parse("Entreprise familiale").GetValueOrThrow(), OrganizationName.Parse("Bücher & Co").GetValueOrThrow()),
            _ when type == typeof(Logo) => Gen.Choose(101, 900).Select(w => (object?)Logo.Create("image/svg+xml", w, 100, 1000).GetValueOrThrow()),
            _ when type == typeof(Rights) => OrganizationArbitraries.RightsRecipeGen.Select(r => (object?)r.For([Given.Product(1), Given.Product(2), Given.Product(3)])),
            _ when type == typeof(Channel) => Gen.Elements<object?>(Channel.Ftp, Channel.Ssh),
            _ when type == typeof(PaymentMethod) => Gen.Elements<object?>(PaymentMethod.PrepaidAccount, PaymentMethod.Twint, PaymentMethod.Parse("invoice-by-post").GetValueOrThrow()),
            _ when type == typeof(ProductType) => Gen.Elements<object?>(ProductType.SwissBackup, ProductType.Parse("video-streaming").GetValueOrThrow()),
            _ when type == typeof(RenewalPeriod) => Gen.Choose(1, RenewalPeriod.MaxMonths).Select(m => (object?)RenewalPeriod.FromMonths(m).GetValueOrThrow()),
            _ when type == typeof(RenewalPreference) => Gen.Elements<object?>(RenewalPreference.None, RenewalPreference.Manual(PaymentMethod.Card), RenewalPreference.Automatic(PaymentMethod.PrepaidAccount)),
            _ when type == typeof(InvoiceNumberPrefix) => Gen.Elements<object?>(InvoiceNumberPrefix.None, InvoiceNumberPrefix.Parse("BDL-").GetValueOrThrow()),
            _ when type == typeof(InvoiceNumber) => Gen.Choose(1, 999_999).Select(n => (object?)NumberOf(n)),
            _ when type == typeof(BillingAddress) => Gen.Elements<object?>(
                BillingAddress.Create("Marie Favre", ["Rue du Lac 1"], "1000", "Lausanne", "CH").GetValueOrThrow(),
                BillingAddress.Create("Zoë Núñez", ["Calle Mayor 5", "3º izquierda"], "28013", "Madrid", "ES", "Núñez SL", "ESB12345678").GetValueOrThrow()),
            _ => throw new InvalidOperationException($"EventSamples cannot build a {type.Name}: add a generator for it."),
        };
    }

    /// <summary>Invoice numbers are made only by a billing profile; read one as a store would.</summary>
    private static InvoiceNumber NumberOf(int sequence) =>
        System.Text.Json.JsonSerializer.Deserialize<InvoiceNumber>($"{{\"prefix\":\"INV-\",\"sequence\":{sequence}}}", Infomaniak.Domain.Serialization.DomainJson.Options);

    private static IReadOnlyList<LedgerEntry> LedgerScenario(int seed, int cents)
    {
        var organization = Given.OrganizationWith(seed % 5, Given.Account(0));
        var owner = Given.Account(0);
        var clock = Given.Clock();
        var random = new SeededRandomSource(seed);
        var account = PrepaidAccount.Open(organization, owner, Currency.Chf, random).GetValueOrThrow();
        var amount = Money.FromMinorUnits(cents, Currency.Chf).GetValueOrThrow();
        var policy = TopUpPolicy.Create([PaymentMethod.Twint], Money.FromMinorUnits(1, Currency.Chf).GetValueOrThrow(), Money.Create(10_000m, Currency.Chf).GetValueOrThrow(), Money.Create(100_000m, Currency.Chf).GetValueOrThrow())
            .GetValueOrThrow();
        IdempotencyKey Key(string text) => IdempotencyKey.Parse($"{text}-{seed}").GetValueOrThrow();
        var credited = account.TopUp(owner, organization, Key("top-up"), amount.Add(amount).GetValueOrThrow().Add(amount).GetValueOrThrow(), PaymentMethod.Twint, policy, clock).GetValueOrThrow();
        _ = account.Pay(owner, organization, Key("pay"), Money.FromMinorUnits(1, Currency.Chf).GetValueOrThrow(), LedgerReference.ForOrder(Given.Order(seed % 100)), clock).GetValueOrThrow();
        var half = Money.FromMinorUnits(cents / 2, Currency.Chf).GetValueOrThrow();
        var sent = account.RequestWithdrawal(owner, organization, Key("withdraw"), half, WithdrawalDestination.ToPayPal(Given.Email(seed % 7)), clock, random).GetValueOrThrow();
        _ = account.CompleteWithdrawal(owner, organization, Key("sent"), sent.Withdrawal, clock).GetValueOrThrow();
        var kept = account.RequestWithdrawal(owner, organization, Key("withdraw-again"), half, WithdrawalDestination.ToBankAccount(Iban.Parse("CH93 0076 2011 6238 5295 7").GetValueOrThrow()), clock, random).GetValueOrThrow();
        _ = account.CancelWithdrawal(owner, organization, Key("cancel"), kept.Withdrawal, clock).GetValueOrThrow();
        _ = account.Correct(owner, organization, Key("correct"), credited.Sequence, Money.FromMinorUnits(1, Currency.Chf).GetValueOrThrow(), clock).GetValueOrThrow();
        return WithReference(account, seed);
    }

    // Only the payment policies debit for an invoice or a renewal; the debit's row takes each kind of reference in turn, read back as a store would.
    private static IReadOnlyList<LedgerEntry> WithReference(PrepaidAccount account, int seed)
    {
        var state = account.ToState();
        var debit = state.Entries[1] with { ReferenceKind = null, Order = null };
        var row = (seed % 3) switch
        {
            0 => debit with { ReferenceKind = LedgerReferenceKind.Order, Order = Given.Order(seed % 100) },
            1 => debit with { ReferenceKind = LedgerReferenceKind.Invoice, Invoice = Given.Invoice(seed % 100) },
            _ => debit with { ReferenceKind = LedgerReferenceKind.ProductRenewal, RenewedProduct = Given.Product(seed % 100), RenewalDueOn = new DateOnly(2026, 3, 1).AddDays(seed % 400) },
        };
        return PrepaidAccount.FromState(state with { Entries = [.. state.Entries.Select((r, i) => i == 1 ? row : r)] }).Entries;
    }
}
