using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Infomaniak.Domain.Common;

/// <summary>
/// Value equality for state records and events that hold collections: every public property compared, and collections compared element by element
/// in order, so that a state read back from JSON or a database equals the state that was written.
/// </summary>
/// <remarks>
/// A record's generated equality compares collections by reference. A state record with a collection declares
/// <c>public bool Equals(XState? other) =&gt; StateEquality.AreEqual(this, other);</c> and
/// <c>public override int GetHashCode() =&gt; StateEquality.HashOf(this);</c>: no property can be forgotten, since
/// none is listed. Aggregates export their collections in a fixed order (by key), so equal aggregates give equal states.
/// </remarks>
internal static class StateEquality
{
    private const DynamicallyAccessedMemberTypes Reflected = DynamicallyAccessedMemberTypes.PublicProperties;

    public static bool AreEqual<[DynamicallyAccessedMembers(Reflected)] T>(T self, T? other)
        where T : class
    {
        if (ReferenceEquals(self, other))
        {
            return true;
        }

        if (other is null || other.GetType() != self.GetType())
        {
            return false;
        }

        foreach (var property in Cache<T>.Properties)
        {
            if (!ValuesEqual(property.GetValue(self), property.GetValue(other)))
            {
                return false;
            }
        }

        return true;
    }

    public static int HashOf<[DynamicallyAccessedMembers(Reflected)] T>(T self)
        where T : class
    {
        var hash = default(HashCode);
        foreach (var property in Cache<T>.Properties)
        {
            hash.Add(HashOfValue(property.GetValue(self)));
        }

        return hash.ToHashCode();
    }

    private static bool ValuesEqual(object? left, object? right)
    {
        if (left is IEnumerable leftItems and not string && right is IEnumerable rightItems and not string)
        {
            var leftEnumerator = leftItems.GetEnumerator();
            var rightEnumerator = rightItems.GetEnumerator();
            while (true)
            {
                var leftMoved = leftEnumerator.MoveNext();
                if (leftMoved != rightEnumerator.MoveNext())
                {
                    return false;
                }

                if (!leftMoved)
                {
                    return true;
                }

                if (!ValuesEqual(leftEnumerator.Current, rightEnumerator.Current))
                {
                    return false;
                }
            }
        }

        return Equals(left, right);
    }

    private static int HashOfValue(object? value)
    {
        if (value is IEnumerable items and not string)
        {
            var hash = default(HashCode);
            foreach (var item in items)
            {
                hash.Add(HashOfValue(item));
            }

            return hash.ToHashCode();
        }

        return value?.GetHashCode() ?? 0;
    }

    private static class Cache<[DynamicallyAccessedMembers(Reflected)] T>
    {
        public static readonly PropertyInfo[] Properties =
            [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0).OrderBy(property => property.Name, StringComparer.Ordinal)];
    }
}
