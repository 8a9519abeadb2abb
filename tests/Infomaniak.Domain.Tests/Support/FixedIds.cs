namespace Infomaniak.Domain.Tests.Support;

/// <summary>An <see cref="IRandomSource"/> that draws the given ids, in order, so a test names the ids the library draws.</summary>
public sealed class FixedIds(params Guid[] ids) : IRandomSource
{
    private int next;

    public void Fill(Span<byte> destination)
    {
        if (next >= ids.Length)
        {
            throw new InvalidOperationException("No id left to draw.");
        }

        ids[next++].TryWriteBytes(destination);
    }
}
