using System.Globalization;
using Ardalis.GuardClauses;
using OneOf;

namespace Infomaniak.Domain.Common;

/// <summary>
/// An exact amount of one currency, with no more fraction digits than the currency's minor unit allows.
/// </summary>
/// <remarks>
/// <para>
/// Amounts are <see cref="decimal"/>s, so arithmetic is exact. An amount's magnitude stays within
/// <see cref="MaxMagnitude"/>, which keeps every sum of two amounts free of overflow. Amounts may be negative
/// (a refund, a difference); rules that forbid that say so where they apply.
/// </para>
/// <para>
/// Money of different currencies is never added, subtracted or compared: those operations return
/// <see cref="CurrencyMismatch"/>, never a silent conversion.
/// </para>
/// </remarks>
public readonly struct Money : IEquatable<Money>
{
    /// <summary>The largest magnitude an amount may have, in any currency.</summary>
    public const decimal MaxMagnitude = 999_999_999_999_999m;

    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount, in units of <see cref="Currency"/>.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of the amount.</summary>
    public Currency Currency { get; }

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Whether the amount is above zero.</summary>
    public bool IsPositive => Amount > 0m;

    /// <summary>Makes an amount of money.</summary>
    /// <param name="amount">The amount; its value may have at most <see cref="Currency.MinorUnits"/> fraction digits (trailing zeros do not count).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money, <see cref="AmountTooPrecise"/> or <see cref="AmountOutOfRange"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value.</exception>
    public static OneOf<Money, AmountTooPrecise, AmountOutOfRange> Create(decimal amount, Currency currency)
    {
        RequireCurrency(currency);
        if (Math.Abs(amount) > MaxMagnitude)
        {
            return new AmountOutOfRange(amount, currency);
        }

        if (decimal.Round(amount, currency.MinorUnits) != amount)
        {
            return new AmountTooPrecise(amount, currency);
        }

        return new Money(amount, currency);
    }

    /// <summary>Makes an amount from a whole number of minor units (centimes, cents).</summary>
    /// <param name="minorUnits">The number of minor units.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money, or <see cref="AmountOutOfRange"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value.</exception>
    public static OneOf<Money, AmountOutOfRange> FromMinorUnits(long minorUnits, Currency currency)
    {
        RequireCurrency(currency);
        var amount = minorUnits / Pow10(currency.MinorUnits);
        return Math.Abs(amount) > MaxMagnitude ? new AmountOutOfRange(amount, currency) : new Money(amount, currency);
    }

    /// <summary>Zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>An amount of zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value.</exception>
    public static Money Zero(Currency currency) => new(0m, RequireCurrency(currency));

    /// <summary>Adds an amount of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum, <see cref="CurrencyMismatch"/> or <see cref="AmountOutOfRange"/>.</returns>
    public OneOf<Money, CurrencyMismatch, AmountOutOfRange> Add(Money other) =>
        Currency != other.Currency ? new CurrencyMismatch(Currency, other.Currency) : Bounded(Amount + other.Amount, Currency);

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference, <see cref="CurrencyMismatch"/> or <see cref="AmountOutOfRange"/>.</returns>
    public OneOf<Money, CurrencyMismatch, AmountOutOfRange> Subtract(Money other) =>
        Currency != other.Currency ? new CurrencyMismatch(Currency, other.Currency) : Bounded(Amount - other.Amount, Currency);

    /// <summary>Multiplies by a whole quantity (for example a number of licences or months).</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The product, or <see cref="AmountOutOfRange"/>.</returns>
    public OneOf<Money, AmountOutOfRange> Multiply(int quantity)
    {
        var product = Amount * quantity;
        return Math.Abs(product) > MaxMagnitude ? new AmountOutOfRange(product, Currency) : new Money(product, Currency);
    }

    /// <summary>The same amount with the opposite sign.</summary>
    /// <returns>The negated amount.</returns>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>Compares with an amount of the same currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this amount is below, equal to or above <paramref name="other"/>; or <see cref="CurrencyMismatch"/>.</returns>
    public OneOf<int, CurrencyMismatch> CompareTo(Money other) =>
        Currency != other.Currency ? new CurrencyMismatch(Currency, other.Currency) : Amount.CompareTo(other.Amount);

    /// <summary>Adds up amounts that must all be in one currency.</summary>
    /// <param name="currency">The currency of the total (the total of no amounts is zero in it).</param>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The total, the first <see cref="CurrencyMismatch"/>, or <see cref="AmountOutOfRange"/> when a partial sum leaves the range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value.</exception>
    public static OneOf<Money, CurrencyMismatch, AmountOutOfRange> Sum(Currency currency, IEnumerable<Money> amounts)
    {
        Guard.Against.Null(amounts);
        RequireCurrency(currency);
        var total = 0m;
        foreach (var amount in amounts)
        {
            if (amount.Currency != currency)
            {
                return new CurrencyMismatch(currency, amount.Currency);
            }

            total += amount.Amount;
            if (Math.Abs(total) > MaxMagnitude)
            {
                return new AmountOutOfRange(total, currency);
            }
        }

        return new Money(total, currency);
    }

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>The amount with exactly the currency's minor digits, then the code, in the invariant culture: <c>12.50 CHF</c>.</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() =>
        Currency.IsDefault
            ? Amount.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{decimal.Round(Amount, Currency.MinorUnits).ToString("F" + Currency.MinorUnits, CultureInfo.InvariantCulture)} {Currency.Code}");

    /// <summary>Whether two amounts are equal (same currency, same value).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ in currency or value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    private static OneOf<Money, CurrencyMismatch, AmountOutOfRange> Bounded(decimal amount, Currency currency) =>
        Math.Abs(amount) > MaxMagnitude ? new AmountOutOfRange(amount, currency) : new Money(amount, currency);

    private static decimal Pow10(int digits)
    {
        var factor = 1m;
        for (var i = 0; i < digits; i++)
        {
            factor *= 10m;
        }

        return factor;
    }

    private static Currency RequireCurrency(Currency currency) =>
        currency.IsDefault ? throw new ArgumentException("A currency is required; the default value is not one.", nameof(currency)) : currency;
}

/// <summary>Two amounts of different currencies were combined or compared; the library never converts silently.</summary>
/// <param name="Expected">The currency of the amount the operation was called on.</param>
/// <param name="Actual">The currency of the other amount.</param>
public sealed record CurrencyMismatch(Currency Expected, Currency Actual) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"An amount in {Actual} cannot be combined with an amount in {Expected}.";
}

/// <summary>An amount has more fraction digits than its currency's minor unit allows (for example 0.005 CHF).</summary>
/// <param name="Amount">The amount given.</param>
/// <param name="Currency">The currency it was meant for.</param>
public sealed record AmountTooPrecise(decimal Amount, Currency Currency) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"{Amount} has more than the {Currency.MinorUnits} fraction digits that {Currency} allows.");
}

/// <summary>An amount's magnitude exceeds <see cref="Money.MaxMagnitude"/>.</summary>
/// <param name="Amount">The amount given or computed.</param>
/// <param name="Currency">Its currency.</param>
public sealed record AmountOutOfRange(decimal Amount, Currency Currency) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency} is beyond the largest amount the library handles ({Money.MaxMagnitude}).");
}
