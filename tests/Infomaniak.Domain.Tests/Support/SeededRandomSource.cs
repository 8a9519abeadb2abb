namespace Infomaniak.Domain.Tests.Support;

/// <summary>A reproducible <see cref="IRandomSource"/> for tests: the same seed draws the same bytes.</summary>
public sealed class SeededRandomSource(int seed) : IRandomSource
{
    private readonly Random random = new(seed);

    public void Fill(Span<byte> destination) => random.NextBytes(destination);
}
