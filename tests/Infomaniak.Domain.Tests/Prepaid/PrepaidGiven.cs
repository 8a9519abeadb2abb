using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Prepaid;

/// <summary>Builders for prepaid tests: an organization with members of each kind, its account, a policy, keys and amounts.</summary>
internal static class PrepaidGiven
{
    /// <summary>The founder: all rights, with billing.</summary>
    public static readonly AccountId Owner = Given.Account(0);

    /// <summary>A member with rights limited to one product, with billing rights.</summary>
    public static readonly AccountId Accountant = Given.Account(1);

    /// <summary>An administrator without billing rights.</summary>
    public static readonly AccountId Webmaster = Given.Account(2);

    /// <summary>A member with rights limited to one product, without billing rights.</summary>
    public static readonly AccountId Editor = Given.Account(3);

    /// <summary>The founder of another organization.</summary>
    public static readonly AccountId Neighbour = Given.Account(5);

    /// <summary>An account that belongs to no organization here.</summary>
    public static readonly AccountId Stranger = Given.Account(9);

    public static Iban SwissIban { get; } = Iban.Parse("CH93 0076 2011 6238 5295 7").GetValueOrThrow();

    public static WithdrawalDestination Bank { get; } = WithdrawalDestination.ToBankAccount(SwissIban);

    public static WithdrawalDestination PayPal { get; } = WithdrawalDestination.ToPayPal(EmailAddress.Parse("famille.munster@la-fibre.xyz").GetValueOrThrow());

    public static TopUpPolicy Policy { get; } =
        TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.BankTransfer], Chf(10), Chf(5_000), Chf(20_000)).GetValueOrThrow();

    public static Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

    public static Money Eur(decimal amount) => Money.Create(amount, Currency.Eur).GetValueOrThrow();

    public static IdempotencyKey Key(string key) => IdempotencyKey.Parse(key).GetValueOrThrow();

    public static ManualTimeProvider Clock() => Given.Clock();

    /// <summary>Organization 1, with the owner, the accountant (limited, billing), the webmaster (admin, no billing) and the editor (limited, no billing).</summary>
    public static Organization Organization()
    {
        var organization = Given.OrganizationWith(1, Owner, Given.Product(1), Given.Product(2));
        Given.Join(organization, Owner, 1, Given.Limited(true, Given.Product(1)));
        Given.Join(organization, Owner, 2, Rights.Administrator(false));
        Given.Join(organization, Owner, 3, Given.Limited(false, Given.Product(2)));
        return organization;
    }

    /// <summary>Organization 2, founded by the neighbour.</summary>
    public static Organization OtherOrganization() => Given.OrganizationWith(2, Neighbour);

    /// <summary>The organization's CHF account, opened by the owner, with no pending event.</summary>
    public static PrepaidAccount Open(Organization organization, int seed = 1)
    {
        var account = PrepaidAccount.Open(organization, Owner, Currency.Chf, new SeededRandomSource(seed)).GetValueOrThrow();
        account.DequeueEvents();
        return account;
    }

    /// <summary>An account topped up with the given amounts (keys <c>top-up-1</c>, ...), with no pending event.</summary>
    public static PrepaidAccount Funded(Organization organization, params decimal[] topUps)
    {
        var account = Open(organization);
        for (var i = 0; i < topUps.Length; i++)
        {
            account.TopUp(Owner, organization, Key($"top-up-{i + 1}"), Chf(topUps[i]), PaymentMethod.Card, Policy, Clock()).GetValueOrThrow();
        }

        account.DequeueEvents();
        return account;
    }

    /// <summary>
    /// An organization's CHF account holding <paramref name="balance"/>, of which <paramref name="pending"/> is reserved by a
    /// pending withdrawal, opened and moved by <paramref name="actor"/> (a member with billing rights), with no pending event.
    /// </summary>
    public static PrepaidAccount Holding(Organization organization, decimal balance, decimal pending = 0m, AccountId? actor = null, int seed = 1)
    {
        var by = actor ?? Owner;
        var clock = Clock();
        var account = PrepaidAccount.Open(organization, by, Currency.Chf, new SeededRandomSource(seed)).GetValueOrThrow();
        if (balance > 0m)
        {
            var unbounded = TopUpPolicy.Create([PaymentMethod.Card], Chf(0.01m), Chf(Money.MaxMagnitude), Chf(Money.MaxMagnitude)).GetValueOrThrow();
            account.TopUp(by, organization, Key("holding"), Chf(balance), PaymentMethod.Card, unbounded, clock).GetValueOrThrow();
        }

        if (pending > 0m)
        {
            account.RequestWithdrawal(by, organization, Key("pending"), Chf(pending), Bank, clock, new SeededRandomSource(seed + 1)).GetValueOrThrow();
        }

        account.DequeueEvents();
        return account;
    }
}
