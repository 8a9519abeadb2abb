using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Prepaid.Specifications;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid.Specifications;

public class PrepaidSpecsTests
{
    private static (PrepaidAccountState Mine, PrepaidAccountState Theirs) TwoAccounts()
    {
        var organization = Organization();
        var mine = Funded(organization, 100, 200, 300);
        mine.Correct(Owner, organization, Key("refund"), 2, Chf(50), Clock()).GetValueOrThrow();
        var other = OtherOrganization();
        var theirs = PrepaidAccount.Open(other, Neighbour, Currency.Chf, new SeededRandomSource(99)).GetValueOrThrow();
        theirs.TopUp(Neighbour, other, Key("top-up-1"), Chf(100), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        theirs.TopUp(Neighbour, other, Key("top-up-2"), Chf(100), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        return (mine.ToState(), theirs.ToState());
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void TheAccountOfAnOrganization_IsFoundByItsOrganization()
    {
        var (mine, theirs) = TwoAccounts();

        Assert.Equal([mine], new PrepaidAccountOfOrganizationSpec(Given.Organization(1)).Evaluate([theirs, mine]));
        Assert.Empty(new PrepaidAccountOfOrganizationSpec(Given.Organization(3)).Evaluate([theirs, mine]));
        Assert.Throws<ArgumentException>(() => new PrepaidAccountOfOrganizationSpec(default));
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void TheEntriesOfSomeKeys_AreThoseOfOneAccount_InSequenceOrder()
    {
        var (mine, theirs) = TwoAccounts();
        var rows = theirs.Entries.Concat(mine.Entries).Reverse().ToList();

        var found = new LedgerEntriesByKeysSpec(mine.Id, [Key("top-up-3"), Key("top-up-1"), Key("top-up-1"), Key("unknown")]).Evaluate(rows);

        Assert.Equal([1L, 3L], found.Select(row => row.Sequence));
        Assert.All(found, row => Assert.Equal(mine.Id, row.AccountId));
        var defaultKey = Assert.Throws<ArgumentException>(() => new LedgerEntriesByKeysSpec(mine.Id, [default]));
        Assert.Equal(("A key must not be the default value. (Parameter 'keys')", "keys"), (defaultKey.Message, defaultKey.ParamName));
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => new LedgerEntriesByKeysSpec(default, [Key("a")])).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentNullException>(() => new LedgerEntriesByKeysSpec(mine.Id, null!)).ParamName);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void WhatACorrectionNeeds_IsTheEntryAndItsCorrection()
    {
        var (mine, theirs) = TwoAccounts();
        var rows = theirs.Entries.Concat(mine.Entries).Reverse().ToList();

        Assert.Equal([2L, 4L], new LedgerEntriesForCorrectionSpec(mine.Id, 2).Evaluate(rows).Select(row => row.Sequence));
        Assert.Equal([3L], new LedgerEntriesForCorrectionSpec(mine.Id, 3).Evaluate(rows).Select(row => row.Sequence));
        Assert.Throws<ArgumentException>(() => new LedgerEntriesForCorrectionSpec(default, 1));
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void TheLedger_IsEveryEntryOfOneAccount_InSequenceOrder_FromASequenceOn()
    {
        var (mine, theirs) = TwoAccounts();
        var rows = theirs.Entries.Concat(mine.Entries).Reverse().ToList();

        Assert.Equal([1L, 2L, 3L, 4L], new LedgerOfAccountSpec(mine.Id).Evaluate(rows).Select(row => row.Sequence));
        Assert.Equal([3L, 4L], new LedgerOfAccountSpec(mine.Id, 3).Evaluate(rows).Select(row => row.Sequence));
        Assert.Throws<ArgumentException>(() => new LedgerOfAccountSpec(default));
    }

    [Property(Arbitrary = [typeof(PrepaidArbitraries)], MaxTest = 100)]
    [Trait("Rule", "PRE-5")]
    public bool LoadingTheHeadWithTheEntriesOfTheKeys_FindsEveryFirstOutcome(LedgerCommand[] commands)
    {
        var world = new LedgerWorld();
        foreach (var command in commands)
        {
            world.Run(command);
        }

        var state = world.Account.ToState();
        var keys = Enumerable.Range(0, PrepaidArbitraries.KeyPool).Select(LedgerWorld.KeyOf).ToList();
        var head = PrepaidAccount.FromState(state with { Entries = [.. new LedgerEntriesByKeysSpec(state.Id, keys).Evaluate(state.Entries)] });

        return world.Account.Entries.All(entry => head.Entries.Contains(entry));
    }
}
