using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Billing;

/// <summary>One line of an invoice or a pro forma invoice: the renewal of one product for one period.</summary>
/// <remarks>Made only by the library: <see cref="Total"/> is always <see cref="Amount"/> plus <see cref="Tax"/>, all in the invoice's currency.</remarks>
public sealed record InvoiceLine
{
    internal InvoiceLine(ProductId product, ProductType productType, DateTimeOffset periodStart, DateTimeOffset periodEnd, Money amount, TaxRate? taxRate, Money tax, Money total)
    {
        Product = product;
        ProductType = productType;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Amount = amount;
        TaxRate = taxRate;
        Tax = tax;
        Total = total;
    }

    /// <summary>The product renewed.</summary>
    public ProductId Product { get; }

    /// <summary>The product's type.</summary>
    public ProductType ProductType { get; }

    /// <summary>The start of the period: the product's paid-until date when the line was made.</summary>
    public DateTimeOffset PeriodStart { get; }

    /// <summary>The end of the period: the product's paid-until date once the invoice is paid.</summary>
    public DateTimeOffset PeriodEnd { get; }

    /// <summary>The price of the period, before tax.</summary>
    public Money Amount { get; }

    /// <summary>The tax rate the caller applied, or null for none.</summary>
    public TaxRate? TaxRate { get; }

    /// <summary>The tax: <see cref="Amount"/> times <see cref="TaxRate"/>, rounded to the minor unit; zero without a rate.</summary>
    public Money Tax { get; }

    /// <summary>The amount with tax.</summary>
    public Money Total { get; }

    /// <summary>Makes the line for the next period of a product, with an optional tax rate.</summary>
    internal static InvoiceLine NextPeriodOf(Product product, TaxRate? taxRate)
    {
        var tax = taxRate?.TaxOn(product.Price) ?? Money.Zero(product.Price.Currency);
        var total = Money.Create(product.Price.Amount + tax.Amount, product.Price.Currency).GetValueOrThrow();
        return new(product.Id, product.Type, product.PaidUntil, product.RenewalPeriod.EndOfPeriodFrom(product.PaidUntil), product.Price, taxRate, tax, total);
    }

    internal InvoiceLineState ToState(InvoiceId invoice, int position) => new()
    {
        InvoiceId = invoice,
        Position = position,
        ProductId = Product,
        ProductType = ProductType.Code,
        PeriodStart = PeriodStart,
        PeriodEnd = PeriodEnd,
        Amount = Amount,
        TaxRatePercent = TaxRate?.Percent,
        Tax = Tax,
        Total = Total,
    };
}

/// <summary>A product chosen for an invoice or a pro forma invoice, with the tax rate the caller applies to its line, if any.</summary>
/// <param name="Product">The product; its next period is invoiced.</param>
/// <param name="TaxRate">The tax rate of its line, or null for none (the library keeps no tax tables).</param>
public sealed record InvoiceItem(Product Product, TaxRate? TaxRate = null);
