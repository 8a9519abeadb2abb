using System.Globalization;
using System.Numerics;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Prepaid;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Arbitraries;

/// <summary>Who runs a generated ledger command: two members with billing rights, then three who may not touch the account.</summary>
public enum LedgerActor
{
    Owner,
    Accountant,
    Webmaster,
    Stranger,
    Neighbour,
}

/// <summary>One generated operation on a prepaid account. Keys come from a small pool so that they repeat; amounts are in centimes.</summary>
public abstract record LedgerCommand(LedgerActor Actor, int Key);

/// <summary>A top-up; method 3 (PayPal) is not accepted by <see cref="LedgerWorld.Policy"/>.</summary>
public sealed record TopUpCommand(LedgerActor Actor, int Key, int Centimes, bool InEuros, int Method) : LedgerCommand(Actor, Key);

/// <summary>A payment for one of a few invoices and renewals.</summary>
public sealed record PayCommand(LedgerActor Actor, int Key, int Centimes, bool InEuros, int Reference) : LedgerCommand(Actor, Key);

/// <summary>A withdrawal request, to the bank or to PayPal.</summary>
public sealed record WithdrawCommand(LedgerActor Actor, int Key, int Centimes, bool InEuros, bool ToBank) : LedgerCommand(Actor, Key);

/// <summary>Completing a withdrawal picked among those requested (or an unknown one).</summary>
public sealed record CompleteCommand(LedgerActor Actor, int Key, int Pick) : LedgerCommand(Actor, Key);

/// <summary>Cancelling a withdrawal picked among those requested (or an unknown one).</summary>
public sealed record CancelCommand(LedgerActor Actor, int Key, int Pick) : LedgerCommand(Actor, Key);

/// <summary>Correcting an entry picked by sequence (0 and one past the last are not entries).</summary>
public sealed record CorrectCommand(LedgerActor Actor, int Key, int Pick, int Centimes, bool InEuros) : LedgerCommand(Actor, Key);

/// <summary>
/// A prepaid account in its organization, with a neighbouring organization, a clock and a seeded random source, that runs
/// generated commands and resolves their picks against the account's current state.
/// </summary>
public sealed class LedgerWorld
{
    public static readonly WithdrawalId UnknownWithdrawal = WithdrawalId.From(new Guid("0f000000-0000-4000-8000-00000000000f"));

    private readonly SeededRandomSource random = new(7);

    public LedgerWorld()
    {
        Organization = PrepaidGiven.Organization();
        Other = PrepaidGiven.OtherOrganization();
        Account = PrepaidGiven.Open(Organization);
    }

    /// <summary>Top-ups of 1.00 to 500.00 CHF by card, TWINT or bank transfer, up to a balance of 1,000.00 CHF.</summary>
    public static TopUpPolicy Policy { get; } = TopUpPolicy.Create(
        [PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.BankTransfer], PrepaidGiven.Chf(1), PrepaidGiven.Chf(500), PrepaidGiven.Chf(1_000)).GetValueOrThrow();

    public static PaymentMethod[] Methods { get; } = [PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.BankTransfer, PaymentMethod.PayPal];

    public static LedgerReference[] References { get; } =
    [
        LedgerReference.ForOrder(Given.Order(1)), LedgerReference.ForOrder(Given.Order(2)), LedgerReference.ForOrder(Given.Order(3)), LedgerReference.ForOrder(Given.Order(4)),
    ];

    public Organization Organization { get; }

    public Organization Other { get; }

    public PrepaidAccount Account { get; }

    public ManualTimeProvider Clock { get; } = PrepaidGiven.Clock();

    /// <summary>Every withdrawal the account reserved, in order.</summary>
    public List<WithdrawalId> Withdrawals { get; } = [];

    public static AccountId ActorId(LedgerActor actor) => actor switch
    {
        LedgerActor.Owner => PrepaidGiven.Owner,
        LedgerActor.Accountant => PrepaidGiven.Accountant,
        LedgerActor.Webmaster => PrepaidGiven.Webmaster,
        LedgerActor.Stranger => PrepaidGiven.Stranger,
        _ => PrepaidGiven.Neighbour,
    };

    public static IdempotencyKey KeyOf(int key) => PrepaidGiven.Key($"key-{key}");

    public static Money Amount(int centimes, bool inEuros) => Money.FromMinorUnits(centimes, inEuros ? Currency.Eur : Currency.Chf).GetValueOrThrow();

    public WithdrawalId WithdrawalFor(int pick) => pick % (Withdrawals.Count + 1) is var index && index < Withdrawals.Count ? Withdrawals[index] : UnknownWithdrawal;

    public long SequenceFor(int pick) => pick % (Account.LastSequence + 2);

    /// <summary>Runs a command; returns the case of its result (an entry or a refusal).</summary>
    public object Run(LedgerCommand command)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        var actor = ActorId(command.Actor);
        var organization = command.Actor == LedgerActor.Neighbour ? Other : Organization;
        var key = KeyOf(command.Key);
        var result = command switch
        {
            TopUpCommand c => Account.TopUp(actor, organization, key, Amount(c.Centimes, c.InEuros), Methods[c.Method], Policy, Clock).Value,
            PayCommand c => Account.Pay(actor, organization, key, Amount(c.Centimes, c.InEuros), References[c.Reference], Clock).Value,
            WithdrawCommand c => Account.RequestWithdrawal(actor, organization, key, Amount(c.Centimes, c.InEuros), c.ToBank ? PrepaidGiven.Bank : PrepaidGiven.PayPal, Clock, random).Value,
            CompleteCommand c => Account.CompleteWithdrawal(actor, organization, key, WithdrawalFor(c.Pick), Clock).Value,
            CancelCommand c => Account.CancelWithdrawal(actor, organization, key, WithdrawalFor(c.Pick), Clock).Value,
            CorrectCommand c => Account.Correct(actor, organization, key, SequenceFor(c.Pick), Amount(c.Centimes, c.InEuros), Clock).Value,
            _ => throw new InvalidOperationException($"Unknown command {command}"),
        };
        if (result is WithdrawalReserved reservation && !Withdrawals.Contains(reservation.Withdrawal))
        {
            Withdrawals.Add(reservation.Withdrawal);
        }

        return result;
    }

    public override string ToString() => $"account with {Account.LastSequence} entries, balance {Account.Balance}, reserved {Account.Reserved}";
}

/// <summary>Generators for the prepaid account: keys, methods, policies, IBANs, and command sequences for the model-based test.</summary>
public static class PrepaidArbitraries
{
    public const int KeyPool = 32;

    private static readonly Gen<LedgerActor> ActorGen =
        Gen.Choose(0, 19).Select(n => n < 16 ? (LedgerActor)(n % 2) : (LedgerActor)(2 + (n % 3)));

    private static readonly Gen<int> KeyGen = Gen.Choose(0, KeyPool - 1);

    private static readonly Gen<bool> EurosSometimes = Gen.Choose(0, 29).Select(n => n == 0);

    /// <summary>Centimes, mostly valid, sometimes below or above the policy's limits, sometimes zero or negative.</summary>
    private static readonly Gen<int> CentimesGen = Gen.OneOf(
        Gen.Choose(1, 60_000), Gen.Choose(1, 60_000), Gen.Choose(1, 20_000), Gen.Choose(1, 20_000), Gen.Choose(1, 8_000), Gen.Choose(1, 8_000), Gen.Choose(1, 150), Gen.Choose(-500, 0));

    public static Gen<LedgerCommand> CommandGen { get; } = Gen.OneOf(
        from actor in ActorGen from key in KeyGen from centimes in CentimesGen from euros in EurosSometimes from method in Gen.Choose(0, 3)
        select (LedgerCommand)new TopUpCommand(actor, key, centimes, euros, method),
        from actor in ActorGen from key in KeyGen from centimes in CentimesGen from euros in EurosSometimes from method in Gen.Choose(0, 2)
        select (LedgerCommand)new TopUpCommand(actor, key, centimes, euros, method),
        from actor in ActorGen from key in KeyGen from centimes in CentimesGen from euros in EurosSometimes from reference in Gen.Choose(0, 3)
        select (LedgerCommand)new PayCommand(actor, key, centimes, euros, reference),
        from actor in ActorGen from key in KeyGen from centimes in CentimesGen from euros in EurosSometimes from bank in Gen.Elements(true, false)
        select (LedgerCommand)new WithdrawCommand(actor, key, centimes, euros, bank),
        from actor in ActorGen from key in KeyGen from pick in Gen.Choose(0, 9) select (LedgerCommand)new CompleteCommand(actor, key, pick),
        from actor in ActorGen from key in KeyGen from pick in Gen.Choose(0, 9) select (LedgerCommand)new CancelCommand(actor, key, pick),
        from actor in ActorGen from key in KeyGen from pick in Gen.Choose(0, 60) from centimes in Gen.OneOf(CentimesGen, Gen.Choose(1, 2_000)) from euros in EurosSometimes
        select (LedgerCommand)new CorrectCommand(actor, key, pick, centimes, euros));

    public static Gen<LedgerCommand[]> SequenceGen { get; } = Gen.Choose(1, 60).SelectMany(n => Gen.ArrayOf(CommandGen, n));

    public static Gen<string> KeyTextGen { get; } =
        Gen.Choose(1, IdempotencyKey.MaxLength).SelectMany(n => Gen.ArrayOf(Gen.Choose('!', '~').Select(c => (char)c), n)).Select(chars => new string(chars));

    public static Gen<PaymentMethod> MethodGen { get; } = Gen.Elements(LedgerWorld.Methods);

    /// <summary>A valid IBAN of a random registry country: random digits, then the check digits computed with <see cref="BigInteger"/>.</summary>
    public static Gen<string> IbanTextGen { get; } =
        from country in Gen.Elements(Iban.Lengths.Keys.Order(StringComparer.Ordinal).ToArray())
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), Iban.Lengths[country] - 4)
        select WithCheckDigits(country, string.Concat(digits));

    public static Arbitrary<LedgerCommand[]> Sequences() => Arb.From(SequenceGen);

    public static Arbitrary<string> IbanTexts() => Arb.From(IbanTextGen);

    /// <summary>The IBAN of a country and a BBAN, with check digits computed from ISO 7064 by <see cref="BigInteger"/> arithmetic (an oracle independent of the library).</summary>
    public static string WithCheckDigits(string country, string bban)
    {
        var numeric = string.Concat((bban + country + "00").Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
        var check = 98 - (int)(BigInteger.Parse(numeric, CultureInfo.InvariantCulture) % 97);
        return country + check.ToString("00", CultureInfo.InvariantCulture) + bban;
    }
}
