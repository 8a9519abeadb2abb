using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using static Infomaniak.Domain.Tests.Prepaid.PrepaidGiven;

namespace Infomaniak.Domain.Tests.Prepaid;

public class PrepaidValueTests
{
    public static Arbitrary<string> KeyTexts() => Arb.From(PrepaidArbitraries.KeyTextGen);

    [Property(Arbitrary = [typeof(PrepaidValueTests)], MaxTest = 200)]
    [Trait("Rule", "PRE-5")]
    public bool AnyVisibleAsciiText_UpToTheLimit_IsAKey_KeptExactly(string text) =>
        IdempotencyKey.Parse(text).Match(key => key.Value == text && key.ToString() == text && !key.IsDefault, _ => false);

    public static TheoryData<string?, IdempotencyKeyProblem> InvalidKeys() => new()
    {
        { null, IdempotencyKeyProblem.Empty },
        { "", IdempotencyKeyProblem.Empty },
        { new string('k', IdempotencyKey.MaxLength + 1), IdempotencyKeyProblem.TooLong },
        { "two words", IdempotencyKeyProblem.InvalidCharacter },
        { " key", IdempotencyKeyProblem.InvalidCharacter },
        { "clé", IdempotencyKeyProblem.InvalidCharacter },
        { "key\u0000", IdempotencyKeyProblem.InvalidCharacter },
        { "key\u007f", IdempotencyKeyProblem.InvalidCharacter },
        { "\u202ekey", IdempotencyKeyProblem.InvalidCharacter },
    };

    [Theory]
    [Trait("Rule", "PRE-5")]
    [MemberData(nameof(InvalidKeys))]
    public void InvalidKeys_AreRefused_NamingTheProblem_WithoutKeepingTheText(string? input, IdempotencyKeyProblem problem)
    {
        var refusal = IdempotencyKey.Parse(input).Match(key => throw new InvalidOperationException($"{key} was accepted"), invalid => invalid);

        Assert.Equal(new InvalidIdempotencyKey(problem), refusal);
    }

    [Fact]
    [Trait("Rule", "PRE-5")]
    public void Keys_CompareExactly_AndTheLongestIsAccepted()
    {
        Assert.NotEqual(Key("Order-1"), Key("order-1"));
        Assert.Equal(Key("order-1"), Key("order-1"));
        Assert.True(IdempotencyKey.Parse(new string('~', IdempotencyKey.MaxLength)).IsT0);
        Assert.True(default(IdempotencyKey).IsDefault);
        Assert.Equal(string.Empty, default(IdempotencyKey).ToString());
    }

    [Theory]
    [Trait("Rule", "PRE-1")]
    [InlineData("card", "card")]
    [InlineData(" TWINT ", "twint")]
    [InlineData("PayPal", "paypal")]
    [InlineData("Bank-Transfer", "bank-transfer")]
    [InlineData("Post-Finance2", "post-finance2")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123", "abcdefghijklmnopqrstuvwxyz-0123")]
    public void PaymentMethods_AreCodes_InLowerCase(string input, string code)
    {
        var method = PaymentMethod.Parse(input).GetValueOrThrow();

        Assert.Equal(code, method.Code);
        Assert.Equal(code, method.ToString());
        Assert.False(method.IsDefault);
    }

    [Theory]
    [Trait("Rule", "PRE-1")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("credit card")]
    [InlineData("carte-bancaire-prépayée")]
    [InlineData("card;drop")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789abcde")]
    [InlineData("post_finance")]
    public void InvalidPaymentMethods_AreRefused(string? input)
    {
        var refused = PaymentMethod.Parse(input);

        Assert.True(refused.IsT1);
        Assert.EndsWith($"is not a payment method code: 2 to {PaymentMethod.MaxLength} letters, digits and inner hyphens, starting with a letter.", refused.AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "PRE-1")]
    public void TheUsualMethods_AreThoseTheirCodesParseTo()
    {
        Assert.Equal(PaymentMethod.Card, PaymentMethod.Parse("CARD").GetValueOrThrow());
        Assert.Equal(PaymentMethod.Twint, PaymentMethod.Parse("twint").GetValueOrThrow());
        Assert.Equal(PaymentMethod.PayPal, PaymentMethod.Parse("paypal").GetValueOrThrow());
        Assert.Equal(PaymentMethod.BankTransfer, PaymentMethod.Parse("bank-transfer").GetValueOrThrow());
        Assert.True(default(PaymentMethod).IsDefault);
        Assert.Equal(string.Empty, default(PaymentMethod).ToString());
    }

    public static TheoryData<string, TopUpPolicyProblem> InvalidPolicies() => new()
    {
        { "no method", TopUpPolicyProblem.NoPaymentMethod },
        { "euro minimum", TopUpPolicyProblem.CurrenciesDiffer },
        { "euro maximum", TopUpPolicyProblem.CurrenciesDiffer },
        { "euro balance", TopUpPolicyProblem.CurrenciesDiffer },
        { "zero minimum", TopUpPolicyProblem.MinimumNotPositive },
        { "negative minimum", TopUpPolicyProblem.MinimumNotPositive },
        { "minimum above maximum", TopUpPolicyProblem.MinimumAboveMaximum },
        { "maximum above balance", TopUpPolicyProblem.MaximumAboveBalanceLimit },
    };

    [Theory]
    [Trait("Rule", "PRE-1")]
    [MemberData(nameof(InvalidPolicies))]
    public void APolicy_NeedsAMethod_OneCurrency_AndOrderedPositiveLimits(string broken, TopUpPolicyProblem problem)
    {
        PaymentMethod[] methods = broken == "no method" ? [] : [PaymentMethod.Card];
        var minimum = broken switch { "euro minimum" => Eur(10), "zero minimum" => Chf(0), "negative minimum" => Chf(-5), "minimum above maximum" => Chf(200), _ => Chf(10) };
        var maximum = broken == "euro maximum" ? Eur(100) : Chf(100);
        var balance = broken switch { "euro balance" => Eur(1_000), "maximum above balance" => Chf(50), _ => Chf(1_000) };

        var refusal = TopUpPolicy.Create(methods, minimum, maximum, balance).Match(policy => throw new InvalidOperationException($"{policy} was accepted"), invalid => invalid);

        Assert.Equal(problem, refusal.Problem);
    }

    [Fact]
    [Trait("Rule", "PRE-1")]
    public void APolicy_AtItsTightestLimits_IsValid_AndComparesByContent()
    {
        var tight = TopUpPolicy.Create([PaymentMethod.Twint], Chf(100), Chf(100), Chf(100)).GetValueOrThrow();
        var same = TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.BankTransfer, PaymentMethod.Card], Chf(10), Chf(5_000), Chf(20_000)).GetValueOrThrow();

        Assert.Equal(Currency.Chf, tight.Currency);
        Assert.Equal(Policy, same);
        Assert.Equal(Policy.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(Policy, tight);
        Assert.Equal([PaymentMethod.BankTransfer, PaymentMethod.Card, PaymentMethod.Twint], Policy.AcceptedMethods);
        Assert.True(Policy.Accepts(PaymentMethod.Twint));
        Assert.False(Policy.Accepts(PaymentMethod.PayPal));
        Assert.Equal("bank-transfer, card, twint; 10.00 CHF to 5000.00 CHF per top-up; balance up to 20000.00 CHF", Policy.ToString());
        Assert.NotEqual(Policy, TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.BankTransfer], Chf(10), Chf(5_000), Chf(20_001)).GetValueOrThrow());
        Assert.NotEqual(Policy, TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.BankTransfer], Chf(10), Chf(4_000), Chf(20_000)).GetValueOrThrow());
        Assert.NotEqual(Policy, TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint, PaymentMethod.BankTransfer], Chf(11), Chf(5_000), Chf(20_000)).GetValueOrThrow());
        Assert.NotEqual(Policy, TopUpPolicy.Create([PaymentMethod.Card, PaymentMethod.Twint], Chf(10), Chf(5_000), Chf(20_000)).GetValueOrThrow());
    }

    [Fact]
    [Trait("Rule", "PRE-1")]
    public void APolicy_WithADefaultMethodOrAmount_IsAProgrammerError()
    {
        Assert.Throws<ArgumentNullException>(() => TopUpPolicy.Create(null!, Chf(1), Chf(2), Chf(3)));
        Assert.Throws<ArgumentException>(() => TopUpPolicy.Create([default], Chf(1), Chf(2), Chf(3)));
        Assert.Throws<ArgumentException>(() => TopUpPolicy.Create([PaymentMethod.Card], default, Chf(2), Chf(3)));
        Assert.Throws<ArgumentException>(() => TopUpPolicy.Create([PaymentMethod.Card], Chf(1), default, Chf(3)));
        Assert.Throws<ArgumentException>(() => TopUpPolicy.Create([PaymentMethod.Card], Chf(1), Chf(2), default));
    }

    [Fact]
    [Trait("Rule", "PRE-2")]
    public void References_NameAnInvoice_OrAProductRenewalForOnePeriod()
    {
        var invoice = LedgerReference.ForInvoice(Given.Invoice(1));
        var renewal = LedgerReference.ForRenewal(Given.Product(1), new DateOnly(2026, 3, 1));

        Assert.Equal(LedgerReferenceKind.Invoice, invoice.Kind);
        Assert.Equal(Given.Invoice(1), Assert.IsType<LedgerReference.InvoicePayment>(invoice).Invoice);
        Assert.Equal(LedgerReferenceKind.ProductRenewal, renewal.Kind);
        Assert.Equal(new DateOnly(2026, 3, 1), Assert.IsType<LedgerReference.ProductRenewal>(renewal).DueOn);
        Assert.Equal(renewal, LedgerReference.ForRenewal(Given.Product(1), new DateOnly(2026, 3, 1)));
        Assert.NotEqual(renewal, LedgerReference.ForRenewal(Given.Product(1), new DateOnly(2027, 3, 1)));
        Assert.Equal($"invoice {Given.Invoice(1)}", invoice.ToString());
        Assert.Equal($"renewal of {Given.Product(1)} due 2026-03-01", renewal.ToString());
        Assert.Equal($"order {Given.Order(1)}", LedgerReference.ForOrder(Given.Order(1)).ToString());
        Assert.Throws<ArgumentException>(() => LedgerReference.ForInvoice(default));
        Assert.Throws<ArgumentException>(() => LedgerReference.ForRenewal(default, new DateOnly(2026, 3, 1)));
        Assert.Throws<ArgumentException>(() => LedgerReference.ForRenewal(Given.Product(1), default));
    }

    [Fact]
    [Trait("Rule", "PRE-4")]
    public void Destinations_AreABankAccountByIban_OrAPayPalAccountByAddress()
    {
        Assert.Equal(WithdrawalDestinationKind.BankAccount, Bank.Kind);
        Assert.Equal(SwissIban, Assert.IsType<WithdrawalDestination.BankAccount>(Bank).Iban);
        Assert.Equal("bank account CH93 0076 2011 6238 5295 7", Bank.ToString());
        Assert.Equal(WithdrawalDestinationKind.PayPal, PayPal.Kind);
        Assert.Equal("PayPal account famille.munster@la-fibre.xyz", PayPal.ToString());
        Assert.Equal(PayPal, WithdrawalDestination.ToPayPal(EmailAddress.Parse("Famille.Munster@La-Fibre.xyz").GetValueOrThrow()));
        Assert.Equal("famille.munster@la-fibre.xyz", Assert.IsType<WithdrawalDestination.PayPalAccount>(PayPal).Address.Value);
        Assert.NotEqual(Bank, PayPal);
        Assert.Throws<ArgumentNullException>(() => WithdrawalDestination.ToBankAccount(null!));
        Assert.Throws<ArgumentNullException>(() => WithdrawalDestination.ToPayPal(null!));
    }
}
