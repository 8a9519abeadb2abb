using System.Globalization;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// The text a billing profile puts before the sequence number of each final invoice (<c>INV-</c>, <c>2026/</c>), or none.
/// </summary>
/// <remarks>
/// At most <see cref="MaxLength"/> ASCII letters, digits, hyphens, underscores, slashes and dots, as typed. The
/// <c>default</c> value is <see cref="None"/>, the empty prefix.
/// </remarks>
public readonly record struct InvoiceNumberPrefix
{
    /// <summary>The longest prefix accepted, in characters.</summary>
    public const int MaxLength = 12;

    private readonly string? value;

    private InvoiceNumberPrefix(string value) => this.value = value;

    /// <summary>The prefix; empty for <see cref="None"/>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>No prefix: invoice numbers are the sequence number alone.</summary>
    public static InvoiceNumberPrefix None => default;

    /// <summary>Reads a prefix, without surrounding white space.</summary>
    /// <param name="prefix">The prefix, for example <c>"INV-"</c>; null or blank for none.</param>
    /// <returns>The prefix, or <see cref="InvalidInvoiceNumberPrefix"/>.</returns>
    public static OneOf<InvoiceNumberPrefix, InvalidInvoiceNumberPrefix> Parse(string? prefix)
    {
        var trimmed = prefix?.Trim() ?? string.Empty;
        if (trimmed.Length > MaxLength || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.'))
        {
            return new InvalidInvoiceNumberPrefix(TextInput.Excerpt(prefix));
        }

        return trimmed.Length == 0 ? None : new InvoiceNumberPrefix(trimmed);
    }

    /// <summary>The prefix.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}

/// <summary>
/// The number of a final invoice (BIL-5): its organization's prefix and its place in the organization's one gapless
/// sequence, assigned when the invoice is issued. Pro forma invoices have none.
/// </summary>
/// <remarks>Printed as the prefix followed by the sequence number on at least six digits: <c>INV-000042</c>.</remarks>
public readonly record struct InvoiceNumber
{
    internal InvoiceNumber(InvoiceNumberPrefix prefix, long sequence)
    {
        Prefix = prefix;
        Sequence = sequence;
    }

    /// <summary>The prefix the billing profile had when the number was assigned.</summary>
    public InvoiceNumberPrefix Prefix { get; }

    /// <summary>The place in the organization's sequence: 1 for its first final invoice, then each next integer, without gaps.</summary>
    public long Sequence { get; }

    /// <summary>The number as printed: the prefix, then the sequence number on at least six digits.</summary>
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Prefix.Value}{Sequence:D6}");

    /// <summary>The number as printed.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}

/// <summary>An invoice number prefix is longer than 12 characters or holds other characters than ASCII letters, digits, <c>-</c>, <c>_</c>, <c>/</c> and <c>.</c>.</summary>
/// <param name="Excerpt">The start of the text given, non-printable characters shown as <c>?</c>.</param>
public sealed record InvalidInvoiceNumberPrefix(string Excerpt) : Refusal
{
    /// <inheritdoc />
    public override string Message =>
        $"'{Excerpt}' is not an invoice number prefix: at most {InvoiceNumberPrefix.MaxLength} ASCII letters, digits, '-', '_', '/' and '.'.";
}
