using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// A way of paying for a top-up of the prepaid account (PRE-1): a card, TWINT, PayPal, a bank transfer, or any method
/// an application names.
/// </summary>
/// <remarks>
/// <para>
/// A method is a code of 1 to <see cref="MaxLength"/> ASCII letters, digits, <c>-</c> or <c>_</c>, kept in lower case, so
/// <c>"TWINT"</c> and <c>"twint"</c> are the same method. The library does not decide which methods exist: the
/// application lists the ones it accepts in a <see cref="TopUpPolicy"/>. The usual ones are the static members.
/// </para>
/// <para>
/// The <c>default</c> value is not a method: operations given one throw an <see cref="ArgumentException"/>.
/// </para>
/// </remarks>
public readonly record struct PaymentMethod
{
    /// <summary>The longest code accepted, in characters.</summary>
    public const int MaxLength = 32;

    private PaymentMethod(string code) => Code = code;

    /// <summary>The method's code, in lower case (for example <c>twint</c>).</summary>
    public string Code { get; }

    /// <summary>Whether this is the <c>default</c> value rather than a method.</summary>
    public bool IsDefault => Code is null;

    /// <summary>A debit or credit card (<c>card</c>).</summary>
    public static PaymentMethod Card { get; } = new("card");

    /// <summary>TWINT, the Swiss mobile payment (<c>twint</c>).</summary>
    public static PaymentMethod Twint { get; } = new("twint");

    /// <summary>PayPal (<c>paypal</c>).</summary>
    public static PaymentMethod PayPal { get; } = new("paypal");

    /// <summary>A bank transfer (<c>bank-transfer</c>).</summary>
    public static PaymentMethod BankTransfer { get; } = new("bank-transfer");

    /// <summary>Parses a method's code, ignoring letter case and surrounding white space.</summary>
    /// <param name="code">The code, for example <c>"PostFinance"</c>.</param>
    /// <returns>The method, or <see cref="InvalidPaymentMethod"/>.</returns>
    public static OneOf<PaymentMethod, InvalidPaymentMethod> Parse(string? code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxLength)
        {
            return new InvalidPaymentMethod();
        }

        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return new InvalidPaymentMethod();
            }
        }

        return new PaymentMethod(trimmed.ToLowerInvariant());
    }

    /// <summary>The method's code.</summary>
    /// <returns><see cref="Code"/>, or an empty string for the default value.</returns>
    public override string ToString() => Code ?? string.Empty;
}

/// <summary>A text is not a payment method's code; the text itself is not kept.</summary>
public sealed record InvalidPaymentMethod : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        $"A payment method is a code of 1 to {PaymentMethod.MaxLength} ASCII letters, digits, '-' or '_'.";
}
