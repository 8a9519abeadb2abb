using Infomaniak.Domain.Billing;

namespace Infomaniak.Domain.Products;

/// <summary>
/// How a product is renewed (PRE-3): automatically, in one click, with a payment method; or by hand, with an optional
/// preferred method.
/// </summary>
/// <remarks>Made only by <see cref="Manual"/> and <see cref="Automatic"/>, so an automatic renewal always names its payment method.</remarks>
public sealed record RenewalPreference
{
    private RenewalPreference(bool isAutomatic, PaymentMethod? paymentMethod)
    {
        IsAutomatic = isAutomatic;
        PaymentMethod = paymentMethod;
    }

    /// <summary>Whether the product renews automatically when due.</summary>
    public bool IsAutomatic { get; }

    /// <summary>The method a renewal is paid with; never null when <see cref="IsAutomatic"/>.</summary>
    public PaymentMethod? PaymentMethod { get; }

    /// <summary>Renewal by hand, with no preferred method: what a product starts with.</summary>
    public static RenewalPreference None { get; } = new(false, null);

    /// <summary>Renewal by hand, paid with the preferred method when the person renews.</summary>
    /// <param name="preferred">The preferred method.</param>
    /// <returns>The preference.</returns>
    /// <exception cref="ArgumentException"><paramref name="preferred"/> is the default value.</exception>
    public static RenewalPreference Manual(PaymentMethod preferred) => new(false, Billing.PaymentMethod.Require(preferred, nameof(preferred)));

    /// <summary>One-click automatic renewal, paid with the given method (PRE-3).</summary>
    /// <param name="method">The method renewals are paid with, for example <see cref="Billing.PaymentMethod.PrepaidAccount"/>.</param>
    /// <returns>The preference.</returns>
    /// <exception cref="ArgumentException"><paramref name="method"/> is the default value.</exception>
    public static RenewalPreference Automatic(PaymentMethod method) => new(true, Billing.PaymentMethod.Require(method, nameof(method)));

    internal static RenewalPreference From(bool isAutomatic, PaymentMethod? method) => new(isAutomatic, method);
}
