using Ardalis.Specification;

namespace Infomaniak.Domain.EntityFrameworkCore.Specifications;

/// <summary>
/// Applies an Ardalis specification to an <see cref="IQueryable{T}"/>, so that the database runs it: its criteria
/// (<see cref="ISpecification{T}.WhereExpressions"/>), its ordering (<c>OrderBy</c>, <c>OrderByDescending</c> and
/// their <c>ThenBy</c>), then <see cref="ISpecification{T}.Skip"/> and <see cref="ISpecification{T}.Take"/>.
/// </summary>
/// <remarks>
/// A small stand-in for Ardalis.Specification.EntityFrameworkCore, which is not served by this project's package
/// source. It runs what the library's specifications use; a specification with search criteria (<c>Search</c>),
/// includes or a post-processing action is refused with <see cref="NotSupportedException"/> rather than partly
/// applied (the library's state records load their child rows by themselves). A criterion the provider cannot
/// translate fails when the query runs: nothing is evaluated in memory.
/// </remarks>
public static class SpecificationEvaluator
{
    /// <summary>Applies a specification's criteria, ordering and paging to a query.</summary>
    /// <typeparam name="T">The queried type, a mapped state record.</typeparam>
    /// <param name="source">The query, for example <c>context.Set&lt;OrganizationState&gt;()</c>.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query with the specification applied, still to be run by the database.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException">The specification uses search criteria, includes or a post-processing action.</exception>
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> source, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.SearchCriterias.Any() || specification.IncludeExpressions.Any() || specification.IncludeStrings.Any()
            || specification.PostProcessingAction is not null)
        {
            throw new NotSupportedException($"{specification.GetType().Name} uses search criteria, includes or post-processing, which this evaluator does not apply.");
        }

        foreach (var criterion in specification.WhereExpressions)
        {
            source = source.Where(criterion.Filter);
        }

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => source.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending => source.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy => Then(ordered, specification).ThenBy(order.KeySelector),
                _ => Then(ordered, specification).ThenByDescending(order.KeySelector),
            };
            source = ordered;
        }

        if (specification.Skip is int skip and > 0)
        {
            source = source.Skip(skip);
        }

        if (specification.Take is int take and >= 0)
        {
            source = source.Take(take);
        }

        return source;
    }

    private static IOrderedQueryable<T> Then<T>(IOrderedQueryable<T>? ordered, ISpecification<T> specification) =>
        ordered ?? throw new NotSupportedException($"{specification.GetType().Name} has a ThenBy without an OrderBy before it.");
}
