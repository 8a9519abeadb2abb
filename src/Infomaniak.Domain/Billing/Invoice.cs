using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using OneOf;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// A final invoice (BIL-3, BIL-5): the renewal of chosen products of one organization, numbered from the organization's
/// one gapless sequence at issue, with the billing address and amounts it was issued with, in one currency.
/// </summary>
/// <remarks>
/// <para>
/// Issued by <see cref="Invoicing.Issue"/>, paid by <see cref="Invoicing.Pay"/>, voided by <see cref="Invoicing.Void"/>.
/// Its number, date, address, lines and totals never change after issue: a later change of the organization's
/// addresses or of a product's price or address does not reach it. Its <see cref="Status"/> moves from Open to Paid or
/// to Void, and never again.
/// </para>
/// <para>Invariants, checked by <see cref="FromState"/>: at least one line, each product once; every amount in
/// <see cref="Currency"/> and not negative; each line's total is its amount plus its tax, the tax its rate applied;
/// the totals are the sums of the lines.</para>
/// </remarks>
public sealed class Invoice : AggregateRoot<InvoiceId>
{
    private readonly InvoiceContent content;

    private Invoice(InvoiceId id, long version, InvoiceNumber number, DateTimeOffset issuedAt, InvoiceContent content, InvoiceStatus status)
        : base(id, version)
    {
        Number = number;
        IssuedAt = issuedAt;
        this.content = content;
        Status = status;
    }

    /// <summary>The organization billed.</summary>
    public OrganizationId Organization => content.Organization;

    /// <summary>The invoice's number, from its organization's sequence.</summary>
    public InvoiceNumber Number { get; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>The billing address it was sent to, among the organization's addresses at issue.</summary>
    public BillingAddressId BillingAddressId => content.BillingAddressId;

    /// <summary>That address as it was at issue (BIL-5).</summary>
    public BillingAddress BillingAddress => content.BillingAddress;

    /// <summary>The currency of every amount on it.</summary>
    public Currency Currency => content.Currency;

    /// <summary>Its lines, one per product renewed.</summary>
    public IReadOnlyList<InvoiceLine> Lines => content.Lines;

    /// <summary>The sum of the lines before tax.</summary>
    public Money Subtotal => content.Subtotal;

    /// <summary>The sum of the lines' taxes.</summary>
    public Money TaxTotal => content.TaxTotal;

    /// <summary>The amount due: the sum of the lines' totals.</summary>
    public Money Total => content.Total;

    /// <summary>Open, paid (when and how) or void (why).</summary>
    public InvoiceStatus Status { get; private set; }

    /// <summary>Whether the invoice waits for payment: the only state in which it can be paid or voided.</summary>
    public bool IsOpen => Status is InvoiceStatus.Open;

    /// <summary>The printable document of the invoice, for printing or downloading: refused until it is paid (BIL-3).</summary>
    /// <param name="organization">The organization billed.</param>
    /// <param name="actor">A member with billing rights.</param>
    /// <returns>The document, <see cref="ActionDenied"/>, or <see cref="InvoiceNotPaid"/> (open or void).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public OneOf<InvoiceDocument, ActionDenied, InvoiceNotPaid> Download(Organization organization, AccountId actor)
    {
        Guard.Against.Null(organization);
        if (organization.Authorize(actor, MemberAction.ManageInvoices, Organization).TryPickT1(out var denied, out _))
        {
            return denied;
        }

        return Status is InvoiceStatus.Paid paid
            ? new InvoiceDocument(InvoiceDocumentKind.Final, Id, Number, IssuedAt, content, paid)
            : new InvoiceNotPaid(Id, Status.Kind);
    }

    /// <summary>Exports the invoice's state for storage.</summary>
    /// <returns>A state <see cref="FromState"/> rebuilds an equal invoice from; lines in order.</returns>
    public InvoiceState ToState() => new()
    {
        Id = Id,
        Version = Version,
        OrganizationId = Organization,
        Number = Number.Value,
        NumberPrefix = Number.Prefix.Value,
        Sequence = Number.Sequence,
        IssuedAt = IssuedAt,
        Currency = Currency,
        BillingAddressId = BillingAddressId,
        BillingAddress = BillingAddress.ToState(),
        Subtotal = Subtotal,
        TaxTotal = TaxTotal,
        Total = Total,
        Status = Status.Kind,
        ClosedAt = Status switch { InvoiceStatus.Paid paid => paid.At, InvoiceStatus.Void voided => voided.At, _ => null },
        PaymentMethod = (Status as InvoiceStatus.Paid)?.Method.Code,
        VoidReason = (Status as InvoiceStatus.Void)?.Reason,
        Lines = [.. Lines.Select((line, index) => line.ToState(Id, index + 1))],
    };

    /// <summary>Rebuilds an invoice from a stored state, with no pending events.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The invoice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/>, its address, its lines or one of them is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a default id or currency, a number that does not
    /// match its prefix and sequence, an invalid address, line, amount or tax, totals that are not the sums of the lines,
    /// or a status whose details do not match it.</exception>
    public static Invoice FromState(InvoiceState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.Lines);
        Require(!state.Currency.IsDefault, "The invoice has no currency.");
        var prefix = InvoiceNumberPrefix.Parse(state.NumberPrefix).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        var number = new InvoiceNumber(prefix, state.Sequence);
        Require(state.Sequence >= 1 && number.Value == state.Number && prefix.Value == state.NumberPrefix, "The number does not match its prefix and sequence.");
        Require(state.Lines.Count > 0, "The invoice has no line.");
        var lines = new List<InvoiceLine>();
        foreach (var row in state.Lines)
        {
            Guard.Against.Null(row);
            Require(row.InvoiceId == state.Id && row.Position == lines.Count + 1, $"Line {row.Position} belongs to invoice {row.InvoiceId} or is out of order.");
            lines.Add(LineFrom(row, state.Currency));
        }

        Require(lines.DistinctBy(l => l.Product).Count() == lines.Count, "A product is on two lines.");
        Require(lines.Sum(l => l.Total.Amount) <= Money.MaxMagnitude, "The total is beyond the largest amount the library handles.");
        var content = new InvoiceContent(state.OrganizationId, state.BillingAddressId, BillingAddress.FromState(state.BillingAddress), state.Currency, lines);
        Require(content.Subtotal == state.Subtotal && content.TaxTotal == state.TaxTotal && content.Total == state.Total, "The totals are not the sums of the lines.");
        Require(state.OrganizationId != default && state.BillingAddressId != default, "The invoice has a default organization or address id.");
        return new Invoice(state.Id, state.Version, number, state.IssuedAt, content, StatusFrom(state));
    }

    /// <summary>Creates an open invoice from checked content; <see cref="Invoicing.Issue"/> has taken its number.</summary>
    internal static Invoice Issue(InvoiceId id, InvoiceNumber number, DateTimeOffset issuedAt, InvoiceContent content, AccountId issuedBy)
    {
        var invoice = new Invoice(id, 0, number, issuedAt, content, new InvoiceStatus.Open());
        invoice.Record(new InvoiceIssued(id, content.Organization, number, [.. content.Lines.Select(l => l.Product)], content.Total, issuedBy));
        return invoice;
    }

    /// <summary>Open -> Paid; the caller has checked the invoice is open.</summary>
    internal void MarkPaid(DateTimeOffset at, PaymentMethod method, AccountId paidBy)
    {
        Status = new InvoiceStatus.Paid(at, method);
        Record(new InvoicePaid(Id, Organization, Number, Total, method, paidBy));
    }

    /// <summary>Open -> Void; the caller has checked the invoice is open.</summary>
    internal void MarkVoid(DateTimeOffset at, VoidReason reason, AccountId voidedBy)
    {
        Status = new InvoiceStatus.Void(at, reason);
        Record(new InvoiceVoided(Id, Organization, Number, reason, voidedBy));
    }

    private static InvoiceLine LineFrom(InvoiceLineState row, Currency currency)
    {
        var type = ProductType.Parse(row.ProductType).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        TaxRate? rate = row.TaxRatePercent is { } percent ? TaxRate.Create(percent).Match(valid => valid, invalid => throw Invalid(invalid.Message)) : null;
        Require(row.ProductId != default && type.Code == row.ProductType && row.PeriodEnd > row.PeriodStart, $"Line {row.Position} has a default product, a non-canonical type or an empty period.");
        Require(
            row.Amount.Currency == currency && !row.Amount.IsNegative && row.Tax == (rate?.TaxOn(row.Amount) ?? Money.Zero(currency))
            && row.Total.Currency == currency && row.Total.Amount == row.Amount.Amount + row.Tax.Amount,
            $"Line {row.Position} has an amount, tax or total that does not add up in {currency}.");
        return new InvoiceLine(row.ProductId, type, row.PeriodStart, row.PeriodEnd, row.Amount, rate, row.Tax, row.Total);
    }

    private static InvoiceStatus StatusFrom(InvoiceState state)
    {
        switch (state.Status)
        {
            case InvoiceStatusKind.Open:
                Require(state.ClosedAt is null && state.PaymentMethod is null && state.VoidReason is null, "An open invoice has payment or void details.");
                return new InvoiceStatus.Open();
            case InvoiceStatusKind.Paid:
                var method = PaymentMethod.Parse(state.PaymentMethod).Match(valid => valid, invalid => throw Invalid(invalid.Message));
                Require(state.ClosedAt is not null && method.Code == state.PaymentMethod && state.VoidReason is null, "A paid invoice lacks its payment details or has a void reason.");
                return new InvoiceStatus.Paid(state.ClosedAt!.Value, method);
            case InvoiceStatusKind.Void:
                Require(state.ClosedAt is not null && state.PaymentMethod is null && state.VoidReason is { } reason && Enum.IsDefined(reason), "A void invoice lacks its reason or has a payment method.");
                return new InvoiceStatus.Void(state.ClosedAt!.Value, state.VoidReason!.Value);
            default:
                throw Invalid($"{state.Status} is not an invoice status.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    private static ArgumentException Invalid(string message) => new($"Invalid invoice state: {message}", "state");
}
