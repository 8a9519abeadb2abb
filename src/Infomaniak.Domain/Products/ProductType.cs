using Infomaniak.Domain.Billing;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Products;

/// <summary>
/// What kind of product something is: a domain name, a web hosting, a Mail Service, a Swiss Backup, or any other kind
/// an application sells. Vouchers and prices are given per type.
/// </summary>
/// <remarks>
/// A type is a code: 2 to <see cref="MaxLength"/> ASCII letters, digits and inner hyphens, starting with a letter,
/// kept in lower case. The static members are the types the library knows; an application adds its own with
/// <see cref="Parse"/> (<c>ProductType.Parse("kdrive")</c>), without a new release of the library. The <c>default</c>
/// value is not a type: operations given one throw an <see cref="ArgumentException"/>.
/// </remarks>
public readonly record struct ProductType
{
    /// <summary>The longest code accepted, in characters.</summary>
    public const int MaxLength = 40;

    private ProductType(string code) => Code = code;

    /// <summary>The type's code, in lower case (for example <c>web-hosting</c>).</summary>
    public string Code { get; }

    /// <summary>Whether this is the <c>default</c> value rather than a type.</summary>
    public bool IsDefault => Code is null;

    /// <summary>A domain name.</summary>
    public static ProductType DomainName { get; } = new("domain-name");

    /// <summary>A web hosting.</summary>
    public static ProductType WebHosting { get; } = new("web-hosting");

    /// <summary>A Mail Service, which hosts mailboxes (MAIL-1).</summary>
    public static ProductType MailService { get; } = new("mail-service");

    /// <summary>Swiss Backup, the backup storage sold in the new shop.</summary>
    public static ProductType SwissBackup { get; } = new("swiss-backup");

    /// <summary>The types the library knows, ordered by code.</summary>
    public static IReadOnlyList<ProductType> WellKnown { get; } = [DomainName, MailService, SwissBackup, WebHosting];

    /// <summary>Reads a product type from its code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The code, for example <c>"web-hosting"</c> or an application's own <c>"kdrive"</c>.</param>
    /// <returns>The type, or <see cref="InvalidProductType"/>.</returns>
    public static OneOf<ProductType, InvalidProductType> Parse(string? code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        return TextInput.IsCode(trimmed, MaxLength)
            ? new ProductType(trimmed.ToLowerInvariant())
            : new InvalidProductType(TextInput.Excerpt(code));
    }

    /// <summary>The code.</summary>
    /// <returns><see cref="Code"/>, or an empty string for the default value.</returns>
    public override string ToString() => Code ?? string.Empty;
}

/// <summary>A text is not a product type code (2 to 40 ASCII letters, digits and inner hyphens, starting with a letter).</summary>
/// <param name="Excerpt">The start of the text given, non-printable characters shown as <c>?</c>.</param>
public sealed record InvalidProductType(string Excerpt) : Refusal
{
    /// <inheritdoc />
    public override string Message => $"'{Excerpt}' is not a product type code: 2 to {ProductType.MaxLength} letters, digits and inner hyphens, starting with a letter.";
}
