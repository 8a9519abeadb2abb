using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Common;

/// <summary>State records compare by value, lists included, so stores and tests can compare what they read back.</summary>
public class StateEqualityTests
{
    [Fact]
    public void TwoExportsOfTheSameOrganization_AreEqual_ListsIncluded()
    {
        var organization = Given.Create(1, Given.Account(1), new CustomerProfile.Individual(PersonName.Create("Ann", "Lee").GetValueOrThrow()));

        Assert.Equal(organization.ToState(), organization.ToState());
        Assert.True(organization.ToState() == organization.ToState());
        Assert.Equal(organization.ToState().GetHashCode(), organization.ToState().GetHashCode());
    }

    [Fact]
    public void States_ThatDifferInOneListItem_AreNotEqual()
    {
        var family = new Family();
        var state = family.Service.ToState();
        var mailbox = state.Mailboxes[0];

        var otherReader = state with { Mailboxes = [mailbox with { WebmailReaders = [new WebmailReaderState { MailboxId = mailbox.Id, AccountId = Given.Account(42) }] }] };
        var copiedLists = state with { Mailboxes = [.. state.Mailboxes.Select(m => m with { WebmailReaders = [.. m.WebmailReaders] })] };

        Assert.NotEqual(state, otherReader);
        Assert.Equal(state, copiedLists);
        Assert.NotEqual(state, state with { Mailboxes = [] });
        Assert.NotEqual(state, state with { Version = state.Version + 1 });
    }

    [Fact]
    public void AState_IsNeverEqualToNull()
    {
        MailServiceState? none = null;

        Assert.False(new Family().Service.ToState().Equals(none));
    }
}
