using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using OneOf;

namespace Infomaniak.Domain.Common;

/// <summary>
/// The one way to read an operation's result when the caller knows it must have succeeded (a value parsed from a
/// constant, a step a test has set up): <c>GetValueOrThrow()</c> returns the success, or throws a
/// <see cref="RefusalException"/> that keeps the refusal's <see cref="Refusal.Code"/> and <see cref="Refusal.Message"/>.
/// </summary>
/// <remarks>
/// Every operation of the library that can refuse returns a <c>OneOf</c> whose first case is the success and whose
/// other cases are <see cref="Refusal"/> records. Handle refusals with <c>Match</c> or <c>Switch</c>; use
/// <c>TryGetValue</c> to branch on success with the refusal at hand; use <c>GetValueOrThrow</c> only where a refusal
/// would be a bug (NodaTime's <c>ParseResult.GetValueOrThrow</c> is the model).
/// </remarks>
public static class ResultExtensions
{
    /// <summary>The success of a result that must have succeeded.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The success.</returns>
    /// <exception cref="RefusalException">The result is a refusal; the exception carries it.</exception>
    public static T0 GetValueOrThrow<T0, T1>(this OneOf<T0, T1> result)
        where T1 : Refusal
        => result.Index == 0 ? result.AsT0 : throw new RefusalException((Refusal)result.Value);

    /// <summary>Reads a result as either its success or its refusal.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when there is one.</param>
    /// <param name="refusal">The refusal, when there is one.</param>
    /// <returns><see langword="true"/> when the result is the success.</returns>
    public static bool TryGetValue<T0, T1>(this OneOf<T0, T1> result, [MaybeNullWhen(false)] out T0 value, [NotNullWhen(false)] out Refusal? refusal)
        where T1 : Refusal
    {
        value = result.Index == 0 ? result.AsT0 : default;
        refusal = result.Index == 0 ? null : (Refusal)result.Value;
        return result.Index == 0;
    }

    /// <summary>The success of a result that must have succeeded.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The success.</returns>
    /// <exception cref="RefusalException">The result is a refusal; the exception carries it.</exception>
    public static T0 GetValueOrThrow<T0, T1, T2>(this OneOf<T0, T1, T2> result)
        where T1 : Refusal
        where T2 : Refusal
        => result.Index == 0 ? result.AsT0 : throw new RefusalException((Refusal)result.Value);

    /// <summary>Reads a result as either its success or its refusal.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when there is one.</param>
    /// <param name="refusal">The refusal, when there is one.</param>
    /// <returns><see langword="true"/> when the result is the success.</returns>
    public static bool TryGetValue<T0, T1, T2>(this OneOf<T0, T1, T2> result, [MaybeNullWhen(false)] out T0 value, [NotNullWhen(false)] out Refusal? refusal)
        where T1 : Refusal
        where T2 : Refusal
    {
        value = result.Index == 0 ? result.AsT0 : default;
        refusal = result.Index == 0 ? null : (Refusal)result.Value;
        return result.Index == 0;
    }

    /// <summary>The success of a result that must have succeeded.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The success.</returns>
    /// <exception cref="RefusalException">The result is a refusal; the exception carries it.</exception>
    public static T0 GetValueOrThrow<T0, T1, T2, T3>(this OneOf<T0, T1, T2, T3> result)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        => result.Index == 0 ? result.AsT0 : throw new RefusalException((Refusal)result.Value);

    /// <summary>Reads a result as either its success or its refusal.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when there is one.</param>
    /// <param name="refusal">The refusal, when there is one.</param>
    /// <returns><see langword="true"/> when the result is the success.</returns>
    public static bool TryGetValue<T0, T1, T2, T3>(this OneOf<T0, T1, T2, T3> result, [MaybeNullWhen(false)] out T0 value, [NotNullWhen(false)] out Refusal? refusal)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
    {
        value = result.Index == 0 ? result.AsT0 : default;
        refusal = result.Index == 0 ? null : (Refusal)result.Value;
        return result.Index == 0;
    }

    /// <summary>The success of a result that must have succeeded.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The success.</returns>
    /// <exception cref="RefusalException">The result is a refusal; the exception carries it.</exception>
    public static T0 GetValueOrThrow<T0, T1, T2, T3, T4>(this OneOf<T0, T1, T2, T3, T4> result)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        => result.Index == 0 ? result.AsT0 : throw new RefusalException((Refusal)result.Value);

    /// <summary>Reads a result as either its success or its refusal.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when there is one.</param>
    /// <param name="refusal">The refusal, when there is one.</param>
    /// <returns><see langword="true"/> when the result is the success.</returns>
    public static bool TryGetValue<T0, T1, T2, T3, T4>(this OneOf<T0, T1, T2, T3, T4> result, [MaybeNullWhen(false)] out T0 value, [NotNullWhen(false)] out Refusal? refusal)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
    {
        value = result.Index == 0 ? result.AsT0 : default;
        refusal = result.Index == 0 ? null : (Refusal)result.Value;
        return result.Index == 0;
    }

    /// <summary>The success of a result that must have succeeded.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <typeparam name="T5">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The success.</returns>
    /// <exception cref="RefusalException">The result is a refusal; the exception carries it.</exception>
    public static T0 GetValueOrThrow<T0, T1, T2, T3, T4, T5>(this OneOf<T0, T1, T2, T3, T4, T5> result)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        where T5 : Refusal
        => result.Index == 0 ? result.AsT0 : throw new RefusalException((Refusal)result.Value);

    /// <summary>Reads a result as either its success or its refusal.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <typeparam name="T5">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when there is one.</param>
    /// <param name="refusal">The refusal, when there is one.</param>
    /// <returns><see langword="true"/> when the result is the success.</returns>
    public static bool TryGetValue<T0, T1, T2, T3, T4, T5>(this OneOf<T0, T1, T2, T3, T4, T5> result, [MaybeNullWhen(false)] out T0 value, [NotNullWhen(false)] out Refusal? refusal)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        where T5 : Refusal
    {
        value = result.Index == 0 ? result.AsT0 : default;
        refusal = result.Index == 0 ? null : (Refusal)result.Value;
        return result.Index == 0;
    }

    /// <summary>The success of a result that must have succeeded.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <typeparam name="T5">A refusal.</typeparam>
    /// <typeparam name="T6">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The success.</returns>
    /// <exception cref="RefusalException">The result is a refusal; the exception carries it.</exception>
    public static T0 GetValueOrThrow<T0, T1, T2, T3, T4, T5, T6>(this OneOf<T0, T1, T2, T3, T4, T5, T6> result)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        where T5 : Refusal
        where T6 : Refusal
        => result.Index == 0 ? result.AsT0 : throw new RefusalException((Refusal)result.Value);

    /// <summary>Reads a result as either its success or its refusal.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <typeparam name="T5">A refusal.</typeparam>
    /// <typeparam name="T6">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when there is one.</param>
    /// <param name="refusal">The refusal, when there is one.</param>
    /// <returns><see langword="true"/> when the result is the success.</returns>
    public static bool TryGetValue<T0, T1, T2, T3, T4, T5, T6>(this OneOf<T0, T1, T2, T3, T4, T5, T6> result, [MaybeNullWhen(false)] out T0 value, [NotNullWhen(false)] out Refusal? refusal)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        where T5 : Refusal
        where T6 : Refusal
    {
        value = result.Index == 0 ? result.AsT0 : default;
        refusal = result.Index == 0 ? null : (Refusal)result.Value;
        return result.Index == 0;
    }

    /// <summary>The success of a result that must have succeeded.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <typeparam name="T5">A refusal.</typeparam>
    /// <typeparam name="T6">A refusal.</typeparam>
    /// <typeparam name="T7">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The success.</returns>
    /// <exception cref="RefusalException">The result is a refusal; the exception carries it.</exception>
    public static T0 GetValueOrThrow<T0, T1, T2, T3, T4, T5, T6, T7>(this OneOf<T0, T1, T2, T3, T4, T5, T6, T7> result)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        where T5 : Refusal
        where T6 : Refusal
        where T7 : Refusal
        => result.Index == 0 ? result.AsT0 : throw new RefusalException((Refusal)result.Value);

    /// <summary>Reads a result as either its success or its refusal.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <typeparam name="T5">A refusal.</typeparam>
    /// <typeparam name="T6">A refusal.</typeparam>
    /// <typeparam name="T7">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when there is one.</param>
    /// <param name="refusal">The refusal, when there is one.</param>
    /// <returns><see langword="true"/> when the result is the success.</returns>
    public static bool TryGetValue<T0, T1, T2, T3, T4, T5, T6, T7>(this OneOf<T0, T1, T2, T3, T4, T5, T6, T7> result, [MaybeNullWhen(false)] out T0 value, [NotNullWhen(false)] out Refusal? refusal)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        where T5 : Refusal
        where T6 : Refusal
        where T7 : Refusal
    {
        value = result.Index == 0 ? result.AsT0 : default;
        refusal = result.Index == 0 ? null : (Refusal)result.Value;
        return result.Index == 0;
    }

    /// <summary>The success of a result that must have succeeded.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <typeparam name="T5">A refusal.</typeparam>
    /// <typeparam name="T6">A refusal.</typeparam>
    /// <typeparam name="T7">A refusal.</typeparam>
    /// <typeparam name="T8">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The success.</returns>
    /// <exception cref="RefusalException">The result is a refusal; the exception carries it.</exception>
    public static T0 GetValueOrThrow<T0, T1, T2, T3, T4, T5, T6, T7, T8>(this OneOf<T0, T1, T2, T3, T4, T5, T6, T7, T8> result)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        where T5 : Refusal
        where T6 : Refusal
        where T7 : Refusal
        where T8 : Refusal
        => result.Index == 0 ? result.AsT0 : throw new RefusalException((Refusal)result.Value);

    /// <summary>Reads a result as either its success or its refusal.</summary>
    /// <typeparam name="T0">The success.</typeparam>
    /// <typeparam name="T1">A refusal.</typeparam>
    /// <typeparam name="T2">A refusal.</typeparam>
    /// <typeparam name="T3">A refusal.</typeparam>
    /// <typeparam name="T4">A refusal.</typeparam>
    /// <typeparam name="T5">A refusal.</typeparam>
    /// <typeparam name="T6">A refusal.</typeparam>
    /// <typeparam name="T7">A refusal.</typeparam>
    /// <typeparam name="T8">A refusal.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="value">The success, when there is one.</param>
    /// <param name="refusal">The refusal, when there is one.</param>
    /// <returns><see langword="true"/> when the result is the success.</returns>
    public static bool TryGetValue<T0, T1, T2, T3, T4, T5, T6, T7, T8>(this OneOf<T0, T1, T2, T3, T4, T5, T6, T7, T8> result, [MaybeNullWhen(false)] out T0 value, [NotNullWhen(false)] out Refusal? refusal)
        where T1 : Refusal
        where T2 : Refusal
        where T3 : Refusal
        where T4 : Refusal
        where T5 : Refusal
        where T6 : Refusal
        where T7 : Refusal
        where T8 : Refusal
    {
        value = result.Index == 0 ? result.AsT0 : default;
        refusal = result.Index == 0 ? null : (Refusal)result.Value;
        return result.Index == 0;
    }
}

/// <summary>
/// Thrown by <c>GetValueOrThrow()</c> when a result its caller declared certain to succeed is a refusal: a bug in the
/// caller, reported with the refusal's code and message.
/// </summary>
public sealed class RefusalException : InvalidOperationException
{
    /// <summary>Wraps a refusal.</summary>
    /// <param name="refusal">The refusal that was returned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="refusal"/> is null.</exception>
    public RefusalException(Refusal refusal)
        : base($"{Guard.Against.Null(refusal).Code}: {refusal.Message}") => Refusal = refusal;

    /// <summary>The refusal the operation returned.</summary>
    public Refusal Refusal { get; }
}
