using Infomaniak.Domain.Tests.Arbitraries;

namespace Infomaniak.Domain.Tests.Common;

public class MoneyTests
{
    private static Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

    private static Arbitrary<(Money, Money, Money)> SameCurrencyTriples() =>
        Arb.From(
            from currency in CommonArbitraries.CurrencyGen
            from a in CommonArbitraries.MoneyIn(currency)
            from b in CommonArbitraries.MoneyIn(currency)
            from c in CommonArbitraries.MoneyIn(currency)
            select (a, b, c));

    private static Arbitrary<(Money, Money)> DifferentCurrencyPairs() =>
        Arb.From(
            from pair in Gen.Two(CommonArbitraries.CurrencyGen).Where(p => p.Item1 != p.Item2)
            from a in CommonArbitraries.MoneyIn(pair.Item1)
            from b in CommonArbitraries.MoneyIn(pair.Item2)
            select (a, b));

    [Property]
    public Property Addition_IsAssociative_WithinACurrency() =>
        Prop.ForAll(SameCurrencyTriples(), t =>
        {
            var (a, b, c) = t;
            var left = a.Add(b).GetValueOrThrow().Add(c).GetValueOrThrow();
            var right = a.Add(b.Add(c).GetValueOrThrow()).GetValueOrThrow();
            return left == right;
        });

    [Property]
    public Property Addition_IsCommutative_WithinACurrency() =>
        Prop.ForAll(SameCurrencyTriples(), t => t.Item1.Add(t.Item2).GetValueOrThrow() == t.Item2.Add(t.Item1).GetValueOrThrow());

    [Property]
    public Property Zero_IsNeutral_AndSubtractionUndoesAddition() =>
        Prop.ForAll(SameCurrencyTriples(), t =>
        {
            var (a, b, _) = t;
            return a.Add(Money.Zero(a.Currency)).GetValueOrThrow() == a && a.Add(b).GetValueOrThrow().Subtract(b).GetValueOrThrow() == a;
        });

    [Property]
    public Property Arithmetic_AcrossCurrencies_IsRefused() =>
        Prop.ForAll(DifferentCurrencyPairs(), p =>
        {
            var (a, b) = p;
            return a.Add(b).IsT1 && a.Subtract(b).IsT1 && a.CompareTo(b).IsT1
                && a.Add(b).AsT1 == new CurrencyMismatch(a.Currency, b.Currency);
        });

    [Property]
    public Property Sum_EqualsRepeatedAddition() =>
        Prop.ForAll(SameCurrencyTriples(), t =>
        {
            var (a, b, c) = t;
            return Money.Sum(a.Currency, [a, b, c]).GetValueOrThrow() == a.Add(b).GetValueOrThrow().Add(c).GetValueOrThrow();
        });

    [Property]
    public Property Sum_RefusesAForeignAmount() =>
        Prop.ForAll(DifferentCurrencyPairs(), p => Money.Sum(p.Item1.Currency, [p.Item1, p.Item2]).IsT1);

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool Negate_IsItsOwnInverse_AndSumsToZero(Money money) =>
        money.Negate().Negate() == money && money.Add(money.Negate()).GetValueOrThrow().IsZero;

    [Property(Arbitrary = [typeof(CommonArbitraries)])]
    public bool Create_AcceptsExactlyTheAmountsWithinTheMinorUnit(Currency currency, int units, byte extraDigits)
    {
        var digits = currency.MinorUnits + (extraDigits % 4);
        var amount = units / (decimal)Math.Pow(10, digits);
        var fits = decimal.Round(amount, currency.MinorUnits) == amount;
        return Money.Create(amount, currency).Match(_ => fits, _ => !fits, _ => false);
    }

    [Fact]
    public void Create_RefusesFractionsOfTheMinorUnit()
    {
        Assert.True(Money.Create(12.345m, Currency.Chf).IsT1);
        Assert.True(Money.Create(1.5m, Currency.Jpy).IsT1);
        Assert.True(Money.Create(1.234m, Currency.Bhd).IsT0);
        Assert.Equal(Chf(12.5m), Chf(12.50000m));
    }

    [Fact]
    public void Create_RefusesAmountsBeyondTheRange()
    {
        Assert.True(Money.Create(decimal.MaxValue, Currency.Eur).IsT2);
        Assert.True(Money.Create(-Money.MaxMagnitude - 1, Currency.Eur).IsT2);
        Assert.True(Chf(Money.MaxMagnitude).Add(Chf(1)).IsT2);
        Assert.True(Chf(Money.MaxMagnitude).Multiply(2).IsT1);
        Assert.True(Money.FromMinorUnits(long.MaxValue, Currency.Chf).IsT1);
    }

    [Fact]
    public void Operations_OnTheDefaultCurrency_AreProgrammerErrors()
    {
        Assert.Throws<ArgumentException>(() => Money.Create(1m, default));
        Assert.Throws<ArgumentException>(() => Money.Zero(default));
    }

    [Fact]
    public void ToString_ShowsTheCurrencysDigits()
    {
        Assert.Equal("12.50 CHF", Chf(12.5m).ToString());
        Assert.Equal("-3 JPY", Money.Create(-3m, Currency.Jpy).GetValueOrThrow().ToString());
        Assert.Equal("0.125 BHD", Money.Create(0.125m, Currency.Bhd).GetValueOrThrow().ToString());
    }

    [Fact]
    public void MinorUnits_AreExact()
    {
        Assert.Equal(Chf(12.34m), Money.FromMinorUnits(1234, Currency.Chf).GetValueOrThrow());
        Assert.Equal(Chf(37.02m), Chf(12.34m).Multiply(3).GetValueOrThrow());
    }

    [Theory]
    [InlineData("chf", "CHF")]
    [InlineData(" EUR ", "EUR")]
    [InlineData("usd", "USD")]
    public void Currency_ParsesKnownCodes(string text, string code) => Assert.Equal(code, Currency.Parse(text).GetValueOrThrow().Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XXX")]
    [InlineData("francs")]
    public void Currency_RefusesUnknownCodes(string? text) => Assert.True(Currency.Parse(text).IsT1);

    [Property]
    public bool Currency_NoStringMakesParsingThrow(string? text) => Currency.Parse(text).Match(_ => true, _ => true);

    [Fact]
    public void Signs_AreReported()
    {
        Assert.True(Chf(-0.01m).IsNegative);
        Assert.False(Chf(-0.01m).IsPositive);
        Assert.True(Chf(0.01m).IsPositive);
        Assert.False(Chf(0.01m).IsNegative);
        Assert.True(Chf(0m).IsZero);
        Assert.False(Chf(0m).IsPositive || Chf(0m).IsNegative);
    }

    [Fact]
    public void TheRange_IncludesMaxMagnitude_AndNothingBeyond()
    {
        var max = Chf(Money.MaxMagnitude);

        Assert.True(Money.Create(-Money.MaxMagnitude, Currency.Chf).IsT0);
        Assert.True(Money.Create(Money.MaxMagnitude + 0.01m, Currency.Chf).IsT2);
        Assert.True(max.Add(Chf(0m)).IsT0);
        Assert.True(max.Add(Chf(0.01m)).IsT2);
        Assert.True(max.Negate().Subtract(Chf(0.01m)).IsT2);
        Assert.True(max.Multiply(1).IsT0);
        Assert.True(max.Multiply(-1).IsT0);
        Assert.True(Chf(Money.MaxMagnitude / 2).Multiply(3).IsT1);
        Assert.True(Money.Sum(Currency.Chf, [max, Chf(0m)]).IsT0);
        Assert.True(Money.Sum(Currency.Chf, [max, Chf(0.01m), Chf(-0.01m)]).IsT2);
        Assert.True(Money.FromMinorUnits(99_999_999_999_999_900, Currency.Chf).IsT0);
        Assert.True(Money.FromMinorUnits(99_999_999_999_999_901, Currency.Chf).IsT1);
    }

    [Fact]
    public void Equality_NeedsTheSameCurrency_AndTheSameValue()
    {
        Assert.NotEqual(Money.Zero(Currency.Chf), Money.Zero(Currency.Eur));
        Assert.True(Money.Zero(Currency.Chf) != Money.Zero(Currency.Eur));
        Assert.False(Chf(1m) != Chf(1.00m));
        Assert.NotEqual(Chf(1m), Chf(2m));
        Assert.False(Chf(1m).Equals((object)1m));
        Assert.Equal(Chf(1m).GetHashCode(), Chf(1.000m).GetHashCode());
    }

    [Fact]
    public void ProgrammerErrors_Throw()
    {
        Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(1, default));
        Assert.Throws<ArgumentException>(() => Money.Sum(default, []));
        Assert.Throws<ArgumentNullException>(() => Money.Sum(Currency.Chf, null!));
    }

    [Fact]
    public void TheDefaultValue_PrintsItsBareAmount() => Assert.Equal("0", default(Money).ToString());

    [Fact]
    public void Refusals_ExplainThemselves()
    {
        Assert.Contains("EUR", new CurrencyMismatch(Currency.Chf, Currency.Eur).Message, StringComparison.Ordinal);
        Assert.Contains("0.125", new AmountTooPrecise(0.125m, Currency.Chf).Message, StringComparison.Ordinal);
        Assert.Contains("999999999999999", new AmountOutOfRange(1e16m, Currency.Chf).Message, StringComparison.Ordinal);
        Assert.Contains("'francs'", Currency.Parse("francs").AsT1.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Currency.Parse(null).AsT1.Excerpt);
        Assert.Equal(string.Empty, default(Currency).ToString());
        Assert.Equal("CHF", Currency.Chf.ToString());
    }
}
