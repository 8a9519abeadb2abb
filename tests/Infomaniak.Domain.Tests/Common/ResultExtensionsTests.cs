using OneOf;

namespace Infomaniak.Domain.Tests.Common;

public class ResultExtensionsTests
{
    [Fact]
    public void GetValueOrThrow_ReturnsTheSuccess()
    {
        var money = Money.Create(12.50m, Currency.Chf).GetValueOrThrow();

        Assert.Equal(12.50m, money.Amount);
    }

    [Fact]
    public void GetValueOrThrow_OnARefusal_ThrowsWithTheRefusalsCodeAndMessage()
    {
        var refused = Money.Create(0.125m, Currency.Chf);

        var thrown = Assert.Throws<RefusalException>(() => refused.GetValueOrThrow());

        Assert.IsType<AmountTooPrecise>(thrown.Refusal);
        Assert.StartsWith("AmountTooPrecise: ", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(thrown.Refusal.Message, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetValue_GivesEitherTheSuccessOrTheRefusal()
    {
        Assert.True(Currency.Parse("chf").TryGetValue(out var currency, out var none));
        Assert.Equal(Currency.Chf, currency);
        Assert.Null(none);

        Assert.False(Currency.Parse("xyz").TryGetValue(out _, out var refusal));
        Assert.IsType<UnknownCurrency>(refusal);
    }

    [Property(MaxTest = 200)]
    public bool GetValueOrThrow_AgreesWithMatch(int minorUnits, bool tooPrecise)
    {
        OneOf<Money, AmountTooPrecise, AmountOutOfRange> result = Money.Create(minorUnits / (tooPrecise ? 1000m : 100m), Currency.Chf);

        return result.Match(
            money => result.GetValueOrThrow() == money,
            precise => Throws(result, precise),
            range => Throws(result, range));
    }

    private static bool Throws(OneOf<Money, AmountTooPrecise, AmountOutOfRange> result, Refusal expected)
    {
        try
        {
            result.GetValueOrThrow();
            return false;
        }
        catch (RefusalException exception)
        {
            return ReferenceEquals(exception.Refusal, expected);
        }
    }
}
