using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Common;

public class AggregateRootTests
{
    private sealed record Happened(int Number) : IDomainEvent;

    private sealed class Counter(AccountId id, long version) : AggregateRoot<AccountId>(id, version)
    {
        public void Tick(int number) => Record(new Happened(number));
    }

    [Property]
    public bool Version_CountsEveryRecordedEvent(NonNegativeInt loaded, byte ticks)
    {
        var counter = new Counter(TypedId.New<AccountId>(new SeededRandomSource(ticks)), loaded.Get);
        for (var i = 0; i < ticks; i++)
        {
            counter.Tick(i);
        }

        return counter.Version == loaded.Get + ticks
            && counter.PersistedVersion == loaded.Get
            && counter.PendingEvents.Count == ticks;
    }

    [Fact]
    public void DequeueEvents_ReturnsThemOldestFirst_AndForgetsThem()
    {
        var counter = new Counter(TypedId.New<AccountId>(new SeededRandomSource(1)), 3);
        counter.Tick(1);
        counter.Tick(2);

        var events = counter.DequeueEvents();

        Assert.Equal([new Happened(1), new Happened(2)], events);
        Assert.Empty(counter.PendingEvents);
        Assert.Equal(5, counter.Version);
        Assert.Equal(5, counter.PersistedVersion);
    }

    [Fact]
    public void ADefaultId_OrANegativeVersion_IsAProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => new Counter(default, 0));
        Assert.Throws<ArgumentException>(() => new Counter(TypedId.New<AccountId>(new SeededRandomSource(1)), -1));
    }
}
