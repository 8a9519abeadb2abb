using System.Reflection;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;

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
            _ => throw new InvalidOperationException($"EventSamples cannot build a {type.Name}: add a generator for it."),
        };
    }
}
