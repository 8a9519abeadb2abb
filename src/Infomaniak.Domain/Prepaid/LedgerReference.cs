using System.Globalization;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Prepaid;

/// <summary>
/// What a debit of the prepaid account pays for (PRE-2): an invoice, the renewal of a product for the period due on
/// a date, or a shop order.
/// </summary>
/// <remarks>
/// <para>
/// A closed choice of three cases, <see cref="InvoicePayment"/>, <see cref="ProductRenewal"/> and
/// <see cref="OrderPayment"/>, made by <see cref="ForInvoice"/>, <see cref="ForRenewal"/> and <see cref="ForOrder"/>.
/// The ledger records the reference with the debit, so a finance team can trace every franc that left the account to
/// what it paid.
/// </para>
/// <para>
/// A debit for an invoice or a renewal must change what it pays in the same step, so
/// <see cref="PrepaidAccount.Pay"/> throws for these two references: only the policies
/// <see cref="PrepaidPayments.PayInvoice"/> and <see cref="AutomaticRenewal.Run"/> make them. An order is paid with
/// <see cref="PrepaidPayments.PayOrder"/>.
/// </para>
/// </remarks>
public abstract record LedgerReference
{
    private LedgerReference()
    {
    }

    /// <summary>Which kind of reference this is.</summary>
    public abstract LedgerReferenceKind Kind { get; }

    private protected abstract bool IsClosedCase { get; }

    /// <summary>The payment of an invoice.</summary>
    /// <param name="invoice">The invoice paid.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="invoice"/> is the default value.</exception>
    public static LedgerReference ForInvoice(InvoiceId invoice) => new InvoicePayment(Guard.Against.Default(invoice));

    /// <summary>The renewal of a product for the period due on a date.</summary>
    /// <param name="product">The product renewed.</param>
    /// <param name="dueOn">The day the renewed period was due: with the product, it names the period, so one period is one reference.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="product"/> or <paramref name="dueOn"/> is the default value.</exception>
    public static LedgerReference ForRenewal(ProductId product, DateOnly dueOn) =>
        new ProductRenewal(Guard.Against.Default(product), Guard.Against.Default(dueOn));

    /// <summary>The payment of a shop order's amount due (see <see cref="PrepaidPayments.PayOrder"/>).</summary>
    /// <param name="order">The order paid.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="order"/> is the default value.</exception>
    public static LedgerReference ForOrder(OrderId order) => new OrderPayment(Guard.Against.Default(order));

    /// <summary>The payment of an invoice.</summary>
    public sealed record InvoicePayment : LedgerReference
    {
        internal InvoicePayment(InvoiceId invoice) => Invoice = invoice;

        /// <summary>The invoice paid.</summary>
        public InvoiceId Invoice { get; }

        /// <inheritdoc />
        public override LedgerReferenceKind Kind => LedgerReferenceKind.Invoice;

        private protected override bool IsClosedCase => true;

        /// <summary>A short description (<c>invoice 3f2a...</c>).</summary>
        /// <returns>The description.</returns>
        public override string ToString() => $"invoice {Invoice}";
    }

    /// <summary>The renewal of a product for the period due on a date.</summary>
    public sealed record ProductRenewal : LedgerReference
    {
        internal ProductRenewal(ProductId product, DateOnly dueOn)
        {
            Product = product;
            DueOn = dueOn;
        }

        /// <summary>The product renewed.</summary>
        public ProductId Product { get; }

        /// <summary>The day the renewed period was due.</summary>
        public DateOnly DueOn { get; }

        /// <inheritdoc />
        public override LedgerReferenceKind Kind => LedgerReferenceKind.ProductRenewal;

        private protected override bool IsClosedCase => true;

        /// <summary>A short description (<c>renewal of 3f2a... due 2026-03-01</c>).</summary>
        /// <returns>The description.</returns>
        public override string ToString() => $"renewal of {Product} due {DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The payment of a shop order's amount due.</summary>
    public sealed record OrderPayment : LedgerReference
    {
        internal OrderPayment(OrderId order) => Order = order;

        /// <summary>The order paid.</summary>
        public OrderId Order { get; }

        /// <inheritdoc />
        public override LedgerReferenceKind Kind => LedgerReferenceKind.Order;

        private protected override bool IsClosedCase => true;

        /// <summary>A short description (<c>order 3f2a...</c>).</summary>
        /// <returns>The description.</returns>
        public override string ToString() => $"order {Order}";
    }
}

/// <summary>The kinds of <see cref="LedgerReference"/>.</summary>
public enum LedgerReferenceKind
{
    /// <summary>The payment of an invoice.</summary>
    Invoice = 1,

    /// <summary>The renewal of a product.</summary>
    ProductRenewal,

    /// <summary>The payment of a shop order.</summary>
    Order,
}
