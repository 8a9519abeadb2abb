using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>A random source that draws the given ids first (the ids a test names), then seeded random bytes.</summary>
public sealed class IdsThenSeeded(int seed, params Guid[] ids) : IRandomSource
{
    private readonly SeededRandomSource rest = new(seed);
    private int next;

    public void Fill(Span<byte> destination)
    {
        if (next < ids.Length && destination.Length == 16)
        {
            ids[next++].TryWriteBytes(destination);
            return;
        }

        rest.Fill(destination);
    }
}
