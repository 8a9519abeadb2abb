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
    public void ADefaultId_OrAVersionOutOfRange_IsAProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => new Counter(default, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Counter(TypedId.New<AccountId>(new SeededRandomSource(1)), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Counter(TypedId.New<AccountId>(new SeededRandomSource(1)), long.MaxValue));
    }

    [Fact]
    public void AtTheHighestVersion_RecordingThrows_InsteadOfWrappingNegative()
    {
        var counter = new Counter(TypedId.New<AccountId>(new SeededRandomSource(1)), AggregateRoot<AccountId>.MaxVersion - 1);
        counter.Tick(1);

        Assert.Throws<InvalidOperationException>(() => counter.Tick(2));
        Assert.Equal(AggregateRoot<AccountId>.MaxVersion, counter.Version);
    }

    [Fact]
    public void PendingEvents_IsAReadOnlyView_ThatACallerCannotClear()
    {
        var counter = new Counter(TypedId.New<AccountId>(new SeededRandomSource(1)), 0);
        counter.Tick(1);

        Assert.False(counter.PendingEvents is List<IDomainEvent>);
        Assert.Throws<NotSupportedException>(() => ((ICollection<IDomainEvent>)counter.PendingEvents).Clear());
        Assert.Single(counter.PendingEvents);
    }
}
