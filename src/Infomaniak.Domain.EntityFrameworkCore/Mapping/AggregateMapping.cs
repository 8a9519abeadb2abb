using Infomaniak.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Infomaniak.Domain.EntityFrameworkCore.Mapping;

/// <summary>How one aggregate is stored: its tables (<see cref="Configure"/>) and its state seam.</summary>
internal interface IAggregateMapping
{
    /// <summary>Maps the aggregate's state record and its child rows.</summary>
    void Configure(ModelBuilder model, InfomaniakDomainModelOptions options);
}

/// <summary>
/// The one class each aggregate needs: its tables, keys, indexes and column sizes, and its <c>ToState</c>/<c>FromState</c>.
/// Child rows are found through the model's navigations (auto-included), so loading and saving need nothing more.
/// </summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TId">Its typed id.</typeparam>
/// <typeparam name="TState">Its state record, the root row; it has <c>Id</c> and <c>Version</c> properties.</typeparam>
internal abstract class AggregateMapping<TAggregate, TId, TState> : IAggregateMapping
    where TAggregate : AggregateRoot<TId>
    where TId : struct, ITypedId<TId>
    where TState : class
{
    /// <summary>The aggregate's name, as conflicts and the outbox give it.</summary>
    public string Name { get; } = typeof(TAggregate).Name;

    public abstract void Configure(ModelBuilder model, InfomaniakDomainModelOptions options);

    public abstract TState ToState(TAggregate aggregate);

    public abstract TAggregate FromState(TState state);

    /// <summary>
    /// The rows of the aggregate's append-only navigations (<see cref="AppendOnly"/>) that it appended since it was
    /// loaded or last saved: a save inserts them and never updates or deletes a row of such a navigation.
    /// </summary>
    public virtual IEnumerable<object> AppendedRows(TAggregate aggregate) => [];

    /// <summary>The types of the aggregate's rows, each with its depth: 0 for the state record, 1 for its child rows, and so on.</summary>
    public IReadOnlyDictionary<Type, int> RowTypes(IModel model)
    {
        var depths = new Dictionary<Type, int>();
        var pending = new Queue<(IEntityType Type, int Depth)>([(model.FindEntityType(typeof(TState))!, 0)]);
        while (pending.TryDequeue(out var next))
        {
            if (depths.TryAdd(next.Type.ClrType, next.Depth))
            {
                foreach (var navigation in next.Type.GetNavigations())
                {
                    pending.Enqueue((navigation.TargetEntityType, next.Depth + 1));
                }
            }
        }

        return depths;
    }

    /// <summary>Maps the root row: its table, its key <c>Id</c>, and <c>Version</c> as the concurrency token.</summary>
    protected static EntityTypeBuilder<TState> Root(ModelBuilder model, InfomaniakDomainModelOptions options, string table)
    {
        var root = model.Entity<TState>();
        root.ToTable(options.Table(table), options.Schema);
        root.HasKey(nameof(AggregateRoot<TId>.Id));
        root.Property<long>(nameof(AggregateRoot<TId>.Version)).IsConcurrencyToken();
        ValueTypes.Apply(root, options.Table(table));
        return root;
    }

    /// <summary>
    /// Marks a navigation as append-only (a ledger): not auto-included in the tracked query of a save, never synchronized
    /// row by row; loads include it, and a save inserts <see cref="AppendedRows"/>.
    /// </summary>
    protected static void AppendOnly(EntityTypeBuilder<TState> root, string navigation) =>
        root.Metadata.FindNavigation(navigation)!.SetAnnotation(AppendOnlyNavigations.Annotation, true);

    /// <summary>Maps a child row's table and value types.</summary>
    protected static EntityTypeBuilder<TChild> Child<TChild>(ModelBuilder model, InfomaniakDomainModelOptions options, string table)
        where TChild : class
    {
        var child = model.Entity<TChild>();
        child.ToTable(options.Table(table), options.Schema);
        ValueTypes.Apply(child, options.Table(table));
        return child;
    }
}

/// <summary>Where the model remembers which navigations are append-only.</summary>
internal static class AppendOnlyNavigations
{
    public const string Annotation = "Infomaniak.Domain:AppendOnly";

    public static bool IsAppendOnly(this IReadOnlyNavigation navigation) => navigation.FindAnnotation(Annotation)?.Value is true;
}
