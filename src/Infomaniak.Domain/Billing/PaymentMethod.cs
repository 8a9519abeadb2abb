using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// How an invoice is paid or a product renewed: the prepaid account, a card, TWINT, PayPal, a bank transfer, or any
/// other method an application accepts.
/// </summary>
/// <remarks>
/// A method is a code: 2 to <see cref="MaxLength"/> ASCII letters, digits and inner hyphens, starting with a letter,
/// kept in lower case. The static members are the methods the library knows; an application adds its own with
/// <see cref="Parse"/>, without a new release of the library. The <c>default</c> value is not a method: operations
/// given one throw an <see cref="ArgumentException"/>.
/// </remarks>
public readonly record struct PaymentMethod
{
    /// <summary>The longest code accepted, in characters.</summary>
    public const int MaxLength = 40;

    private PaymentMethod(string code) => Code = code;

    /// <summary>The method's code, in lower case (for example <c>prepaid-account</c>).</summary>
    public string Code { get; }

    /// <summary>Whether this is the <c>default</c> value rather than a method.</summary>
    public bool IsDefault => Code is null;

    /// <summary>The organization's prepaid account (PRE-2).</summary>
    public static PaymentMethod PrepaidAccount { get; } = new("prepaid-account");

    /// <summary>A credit or debit card.</summary>
    public static PaymentMethod Card { get; } = new("card");

    /// <summary>TWINT, the Swiss mobile payment.</summary>
    public static PaymentMethod Twint { get; } = new("twint");

    /// <summary>A PayPal account.</summary>
    public static PaymentMethod PayPal { get; } = new("paypal");

    /// <summary>A bank transfer.</summary>
    public static PaymentMethod BankTransfer { get; } = new("bank-transfer");

    /// <summary>Reads a payment method from its code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The code, for example <c>"twint"</c> or an application's own <c>"invoice-by-post"</c>.</param>
    /// <returns>The method, or <see cref="InvalidPaymentMethod"/>.</returns>
    public static OneOf<PaymentMethod, InvalidPaymentMethod> Parse(string? code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        return TextInput.IsCode(trimmed, MaxLength)
            ? new PaymentMethod(trimmed.ToLowerInvariant())
            : new InvalidPaymentMethod(TextInput.Excerpt(code));
    }

    /// <summary>The code.</summary>
    /// <returns><see cref="Code"/>, or an empty string for the default value.</returns>
    public override string ToString() => Code ?? string.Empty;

    internal static PaymentMethod Require(PaymentMethod method, string name) =>
        method.IsDefault ? throw new ArgumentException("A payment method is required; the default value is not one.", name) : method;
}

/// <summary>A text is not a payment method code (2 to 40 ASCII letters, digits and inner hyphens, starting with a letter).</summary>
/// <param name="Excerpt">The start of the text given, non-printable characters shown as <c>?</c>.</param>
public sealed record InvalidPaymentMethod(string Excerpt) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"'{Excerpt}' is not a payment method code: 2 to {PaymentMethod.MaxLength} letters, digits and inner hyphens, starting with a letter.";
}
