using System.Reflection;
using System.Runtime.CompilerServices;
using OneOf;

namespace Infomaniak.Domain.Tests;

/// <summary>Conventions the whole library keeps, checked by reflection over its public types.</summary>
public class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Refusal).Assembly.GetExportedTypes();

    private static readonly string[] SecretWords = ["password", "secret", "token", "hash", "salt"];

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static IEnumerable<Type> AggregateTypes() =>
        PublicTypes.Where(type => type.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(AggregateRoot<>));

    [Fact]
    public void EveryRefusal_IsASealedRecord()
    {
        var refusals = PublicTypes.Where(type => type.IsSubclassOf(typeof(Refusal))).ToList();

        Assert.NotEmpty(refusals);
        Assert.All(refusals, type => Assert.True(type.IsSealed && IsRecord(type), $"{type} must be a sealed record"));
    }

    [Fact]
    public void EveryEvent_IsASealedRecord()
    {
        var events = PublicTypes.Where(type => typeof(IDomainEvent).IsAssignableFrom(type) && type.IsClass).ToList();

        Assert.All(events, type => Assert.True(type.IsSealed && IsRecord(type), $"{type} must be a sealed record"));
    }

    [Fact]
    public void NoPublicType_HasAPublicMutableSetter()
    {
        var setters =
            from type in PublicTypes
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            let setter = property.GetSetMethod()
            where setter is not null && !IsInitOnly(setter)
            select $"{type.Name}.{property.Name}";

        Assert.Empty(setters);
    }

    [Fact]
    public void Aggregates_HaveNoPublicInitSetters_AndNoVoidCommands()
    {
        var offenders =
            from type in AggregateTypes()
            from member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            where (member is PropertyInfo { SetMethod.IsPublic: true })
                || (member is MethodInfo { IsSpecialName: false } method && method.ReturnType == typeof(void))
            select $"{type.Name}.{member.Name}";

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryMethodThatCanRefuse_ReturnsAOneOf()
    {
        static bool MentionsRefusal(Type type) =>
            type.IsSubclassOf(typeof(Refusal)) || (type.IsGenericType && type.GetGenericArguments().Any(MentionsRefusal));

        static bool IsUnion(Type type) =>
            typeof(IOneOf).IsAssignableFrom(type);

        var offenders =
            from type in PublicTypes
            where !type.IsSubclassOf(typeof(Refusal)) && type != typeof(Refusal)
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            where MentionsRefusal(method.ReturnType) && !IsUnion(method.ReturnType)
            select $"{type.Name}.{method.Name}";

        Assert.Empty(offenders);
    }

    [Fact]
    public void NoEventOrRefusal_CarriesASecretByName()
    {
        var offenders =
            from type in PublicTypes
            where type.IsSubclassOf(typeof(Refusal)) || typeof(IDomainEvent).IsAssignableFrom(type)
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            where SecretWords.Any(word => property.Name.Contains(word, StringComparison.OrdinalIgnoreCase))
                && (property.PropertyType == typeof(string) || property.PropertyType == typeof(byte[]) || property.PropertyType.Name.Contains("Password", StringComparison.Ordinal))
            select $"{type.Name}.{property.Name}";

        Assert.Empty(offenders);
    }

    [Fact]
    public void NoStoredState_HoldsAClearPasswordOrToken()
    {
        var offenders =
            from type in PublicTypes
            where type.Name.EndsWith("State", StringComparison.Ordinal) && IsRecord(type)
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            where property.PropertyType.Name is "Password" or "ResetToken"
                || (property.PropertyType == typeof(string)
                    && SecretWords.Any(word => property.Name.Contains(word, StringComparison.OrdinalIgnoreCase))
                    && !property.Name.EndsWith("Digest", StringComparison.Ordinal))
            select $"{type.Name}.{property.Name}";

        Assert.Contains(PublicTypes, type => type.Name.EndsWith("State", StringComparison.Ordinal));
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryAggregate_GoesInAndOutThroughOneStateRecord()
    {
        var offenders =
            from type in AggregateTypes()
            let toState = type.GetMethod("ToState", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)
            let fromState = toState is null ? null : type.GetMethod("FromState", BindingFlags.Public | BindingFlags.Static, [toState.ReturnType])
            where toState is null || !IsRecord(toState.ReturnType) || fromState is null || fromState.ReturnType != type
            select type.Name;

        Assert.NotEmpty(AggregateTypes());
        Assert.Empty(offenders);
    }

    [Fact]
    public void NoPublicMethod_TakesAParamsCollection_SoThatACSharp12CallerCanCallIt()
    {
        var offenders =
            from type in PublicTypes
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            from parameter in method.GetParameters()
            where parameter.GetCustomAttributes().Any(attribute => attribute.GetType().Name == "ParamCollectionAttribute")
            select $"{type.Name}.{method.Name}({parameter.Name})";

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryTypedId_RejectsItsDefault()
    {
        var idTypes = PublicTypes.Where(type => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedId<>))).ToList();

        Assert.NotEmpty(idTypes);
        Assert.All(idTypes, type =>
        {
            var from = type.GetMethod("From", [typeof(Guid)])!;
            var thrown = Assert.Throws<TargetInvocationException>(() => from.Invoke(null, [Guid.Empty]));
            Assert.IsAssignableFrom<ArgumentException>(thrown.InnerException);
        });
    }
}
