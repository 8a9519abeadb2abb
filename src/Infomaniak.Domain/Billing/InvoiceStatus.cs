namespace Infomaniak.Domain.Billing;

/// <summary>
/// Where a final invoice is in its life (BIL-5): <see cref="Open"/>, then <see cref="Paid"/> (when and how) or
/// <see cref="Void"/> (why). Open is the only state that changes, and only to one of the other two.
/// </summary>
public abstract record InvoiceStatus
{
    private InvoiceStatus()
    {
    }

    /// <summary>Which of the three states this is, as stored.</summary>
    public abstract InvoiceStatusKind Kind { get; }

    /// <summary>Issued and waiting for payment.</summary>
    public sealed record Open : InvoiceStatus
    {
        /// <inheritdoc />
        public override InvoiceStatusKind Kind => InvoiceStatusKind.Open;
    }

    /// <summary>Paid: the invoice can be printed and downloaded (BIL-3).</summary>
    /// <param name="At">When it was paid.</param>
    /// <param name="Method">How it was paid.</param>
    public sealed record Paid(DateTimeOffset At, PaymentMethod Method) : InvoiceStatus
    {
        /// <inheritdoc />
        public override InvoiceStatusKind Kind => InvoiceStatusKind.Paid;
    }

    /// <summary>Voided: the invoice keeps its number and is never paid.</summary>
    /// <param name="At">When it was voided.</param>
    /// <param name="Reason">Why.</param>
    public sealed record Void(DateTimeOffset At, VoidReason Reason) : InvoiceStatus
    {
        /// <inheritdoc />
        public override InvoiceStatusKind Kind => InvoiceStatusKind.Void;
    }
}

/// <summary>Why an open invoice was voided.</summary>
public enum VoidReason
{
    /// <summary>It should not have been issued (wrong products, wrong address).</summary>
    IssuedInError = 1,

    /// <summary>It repeats another invoice.</summary>
    Duplicate,

    /// <summary>Its products were terminated before it was paid.</summary>
    ProductTerminated,

    /// <summary>The provider waived the amount.</summary>
    Waived,
}
