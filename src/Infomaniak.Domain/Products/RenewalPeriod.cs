using System.Globalization;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Products;

/// <summary>How long one renewal of a product lasts: a whole number of calendar months, from 1 to <see cref="MaxMonths"/>.</summary>
/// <remarks>
/// A period runs from a product's paid-until date to the same day <see cref="Months"/> months later (the last day of
/// the month when that day does not exist, as <see cref="DateTimeOffset.AddMonths"/> does). The <c>default</c> value is
/// not a period: operations given one throw an <see cref="ArgumentException"/>.
/// </remarks>
public readonly record struct RenewalPeriod
{
    /// <summary>The longest period accepted: 10 years.</summary>
    public const int MaxMonths = 120;

    private RenewalPeriod(int months) => Months = months;

    /// <summary>The number of calendar months.</summary>
    public int Months { get; }

    /// <summary>Whether this is the <c>default</c> value rather than a period.</summary>
    public bool IsDefault => Months == 0;

    /// <summary>One month.</summary>
    public static RenewalPeriod Monthly { get; } = new(1);

    /// <summary>Twelve months.</summary>
    public static RenewalPeriod Yearly { get; } = new(12);

    /// <summary>Makes a period of a number of months.</summary>
    /// <param name="months">The number of months, from 1 to <see cref="MaxMonths"/>.</param>
    /// <returns>The period, or <see cref="InvalidRenewalPeriod"/>.</returns>
    public static OneOf<RenewalPeriod, InvalidRenewalPeriod> FromMonths(int months) =>
        months is >= 1 and <= MaxMonths ? new RenewalPeriod(months) : new InvalidRenewalPeriod(months);

    /// <summary>When a period that starts at <paramref name="start"/> ends.</summary>
    /// <param name="start">The start of the period.</param>
    /// <returns>The same instant <see cref="Months"/> calendar months later.</returns>
    public DateTimeOffset EndOfPeriodFrom(DateTimeOffset start) => start.AddMonths(Months);

    /// <summary>The period in words (<c>12 months</c>).</summary>
    /// <returns>The number of months.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Months} month{(Months == 1 ? string.Empty : "s")}");

    internal static RenewalPeriod Require(RenewalPeriod period, string name) =>
        period.IsDefault ? throw new ArgumentException("A renewal period is required; the default value is not one.", name) : period;
}

/// <summary>A renewal period is not between 1 and <see cref="RenewalPeriod.MaxMonths"/> months.</summary>
/// <param name="Months">The number of months given.</param>
public sealed record InvalidRenewalPeriod(int Months) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        string.Create(CultureInfo.InvariantCulture, $"A renewal period lasts 1 to {RenewalPeriod.MaxMonths} months, not {Months}.");
}
