using System.Collections;
using Infomaniak.Domain.EntityFrameworkCore.Mapping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Infomaniak.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// Turns the tracked rows of a stored state into the rows of a new state, through the model's metadata: values copied,
/// child rows matched by primary key, added, changed (recursively) or removed. Works for any mapped aggregate.
/// Append-only navigations (a ledger) are left alone: the store inserts their new rows itself.
/// </summary>
internal static class GraphSync
{
    public static void Apply(DbContext context, EntityEntry stored, object updated)
    {
        foreach (var property in stored.Metadata.GetProperties().Where(property => !property.IsPrimaryKey()))
        {
            stored.Property(property.Name).CurrentValue = property.GetGetter().GetClrValue(updated);
        }

        foreach (var complex in stored.Metadata.GetComplexProperties())
        {
            stored.ComplexProperty(complex.Name).CurrentValue = complex.GetGetter().GetClrValue(updated);
        }

        foreach (var navigation in stored.Metadata.GetNavigations().Where(navigation => navigation.IsCollection && !navigation.IsAppendOnly()))
        {
            var key = navigation.TargetEntityType.FindPrimaryKey()!;
            string KeyOf(object row) => string.Join('|', key.Properties.Select(property => property.GetGetter().GetClrValue(row)));
            var remaining = ((IEnumerable?)stored.Collection(navigation.Name).CurrentValue ?? Array.Empty<object>()).Cast<object>().ToDictionary(KeyOf);
            foreach (var row in ((IEnumerable?)navigation.GetGetter().GetClrValue(updated) ?? Array.Empty<object>()).Cast<object>())
            {
                if (remaining.Remove(KeyOf(row), out var old))
                {
                    Apply(context, context.Entry(old), row);
                }
                else
                {
                    context.Add(row);
                }
            }

            foreach (var removed in remaining.Values)
            {
                context.Remove(removed);
            }
        }
    }
}
