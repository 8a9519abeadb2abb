using System.Globalization;
using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using OneOf;

namespace Infomaniak.Domain.Billing;

/// <summary>
/// A postal address invoices are sent to (BIL-1): a recipient, an optional company and VAT number, one to three street
/// lines, a postal code, a city and a country.
/// </summary>
/// <remarks>
/// <para>
/// Made only by <see cref="Create"/>, which trims every field and refuses, by field, what is missing, too long, holds a
/// character a person cannot see or type (control, format, bidi and zero-width characters, lone surrogates,
/// unassigned code points), or does not have its field's form. Blank street lines are dropped.
/// </para>
/// <para>Two addresses are equal when every field is equal, street lines in order.</para>
/// </remarks>
public sealed record BillingAddress
{
    /// <summary>The longest recipient, company, street line or city accepted, in characters.</summary>
    public const int MaxTextLength = 100;

    /// <summary>The most street lines an address has.</summary>
    public const int MaxStreetLines = 3;

    /// <summary>The longest postal code accepted, in characters.</summary>
    public const int MaxPostalCodeLength = 12;

    /// <summary>The longest VAT number accepted, in characters.</summary>
    public const int MaxVatNumberLength = 30;

    private BillingAddress(string recipient, string? company, string? vatNumber, IReadOnlyList<string> streetLines, string postalCode, string city, CountryCode country)
    {
        Recipient = recipient;
        Company = company;
        VatNumber = vatNumber;
        StreetLines = streetLines;
        PostalCode = postalCode;
        City = city;
        Country = country;
    }

    /// <summary>The person (or department) invoices are addressed to.</summary>
    public string Recipient { get; }

    /// <summary>The company, or null.</summary>
    public string? Company { get; }

    /// <summary>The company's VAT number as typed (for example <c>CHE-123.456.789 MWST</c>), or null.</summary>
    public string? VatNumber { get; }

    /// <summary>One to three street lines, in order.</summary>
    public IReadOnlyList<string> StreetLines { get; }

    /// <summary>The postal code.</summary>
    public string PostalCode { get; }

    /// <summary>The city.</summary>
    public string City { get; }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>Makes a billing address from what a person typed.</summary>
    /// <param name="recipient">The recipient's name; it has a letter.</param>
    /// <param name="streetLines">The street lines; blank ones are dropped, one to three must remain.</param>
    /// <param name="postalCode">The postal code: ASCII letters, digits, spaces and hyphens, starting with a letter or digit.</param>
    /// <param name="city">The city; it has a letter.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country code.</param>
    /// <param name="company">The company, or null or blank for none.</param>
    /// <param name="vatNumber">The VAT number, or null or blank for none: ASCII letters, digits, spaces, dots and hyphens, with at least four digits.</param>
    /// <returns>The address, or <see cref="InvalidBillingAddress"/> naming the first field that is wrong and why.</returns>
    public static OneOf<BillingAddress, InvalidBillingAddress> Create(
        string? recipient, IEnumerable<string?>? streetLines, string? postalCode, string? city, string? country, string? company = null, string? vatNumber = null)
    {
        if (Text(recipient, BillingAddressField.Recipient, MaxTextLength, required: true, out var validRecipient) is { } badRecipient)
        {
            return badRecipient;
        }

        if (Text(company, BillingAddressField.Company, MaxTextLength, required: false, out var validCompany) is { } badCompany)
        {
            return badCompany;
        }

        if (Text(vatNumber, BillingAddressField.VatNumber, MaxVatNumberLength, required: false, out var validVat) is { } badVat)
        {
            return badVat;
        }

        if (validVat is not null && !IsVatNumber(validVat))
        {
            return new InvalidBillingAddress(BillingAddressField.VatNumber, BillingAddressProblem.Malformed);
        }

        var lines = new List<string>();
        foreach (var line in streetLines ?? [])
        {
            if (Text(line, BillingAddressField.StreetLines, MaxTextLength, required: false, out var validLine) is { } badLine)
            {
                return badLine;
            }

            if (validLine is not null)
            {
                lines.Add(validLine);
            }

            if (lines.Count > MaxStreetLines)
            {
                break;
            }
        }

        if (lines.Count is 0 or > MaxStreetLines)
        {
            return new InvalidBillingAddress(BillingAddressField.StreetLines, lines.Count == 0 ? BillingAddressProblem.Missing : BillingAddressProblem.TooManyLines);
        }

        if (Text(postalCode, BillingAddressField.PostalCode, MaxPostalCodeLength, required: true, out var validPostalCode) is { } badPostalCode)
        {
            return badPostalCode;
        }

        if (!IsPostalCode(validPostalCode!))
        {
            return new InvalidBillingAddress(BillingAddressField.PostalCode, BillingAddressProblem.Malformed);
        }

        if (Text(city, BillingAddressField.City, MaxTextLength, required: true, out var validCity) is { } badCity)
        {
            return badCity;
        }

        if (!CountryCode.Parse(country).TryPickT0(out var validCountry, out _))
        {
            return new InvalidBillingAddress(BillingAddressField.Country, BillingAddressProblem.UnknownCountry);
        }

        return new BillingAddress(validRecipient!, validCompany, validVat, lines.AsReadOnly(), validPostalCode!, validCity!, validCountry);
    }

    /// <inheritdoc />
    public bool Equals(BillingAddress? other) =>
        other is not null && Recipient == other.Recipient && Company == other.Company && VatNumber == other.VatNumber
        && StreetLines.SequenceEqual(other.StreetLines) && PostalCode == other.PostalCode && City == other.City && Country == other.Country;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Recipient, Company, VatNumber, string.Join('\n', StreetLines), PostalCode, City, Country);

    /// <summary>The address on one line, fields separated by commas (<c>Julie Munster, Rue du Lac 1, 1000 Lausanne, CH</c>).</summary>
    /// <returns>The address.</returns>
    public override string ToString() =>
        string.Join(", ", new[] { Recipient, Company }.Concat(StreetLines).Append($"{PostalCode} {City}").Append(Country.Code).OfType<string>());

    internal AddressState ToState() => new()
    {
        Recipient = Recipient,
        Company = Company,
        VatNumber = VatNumber,
        StreetLine1 = StreetLines[0],
        StreetLine2 = StreetLines.ElementAtOrDefault(1),
        StreetLine3 = StreetLines.ElementAtOrDefault(2),
        PostalCode = PostalCode,
        City = City,
        Country = Country.Code,
    };

    /// <summary>Rebuilds an address from its stored fields, which must be exactly what <see cref="ToState"/> exports.</summary>
    internal static BillingAddress FromState(AddressState state)
    {
        Guard.Against.Null(state);
        var address = Create(state.Recipient, [state.StreetLine1, state.StreetLine2, state.StreetLine3], state.PostalCode, state.City, state.Country, state.Company, state.VatNumber)
            .Match(valid => valid, invalid => throw new ArgumentException($"Invalid stored address: {invalid.Message}", nameof(state)));
        return address.ToState() == state
            ? address
            : throw new ArgumentException("Invalid stored address: it is not in its canonical form (trimmed, upper-case country, street lines from the first).", nameof(state));
    }

    private static InvalidBillingAddress? Text(string? input, BillingAddressField field, int maxLength, bool required, out string? value)
    {
        value = null;
        var trimmed = input?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return required ? new InvalidBillingAddress(field, BillingAddressProblem.Missing) : null;
        }

        if (trimmed.Length > maxLength)
        {
            return new InvalidBillingAddress(field, BillingAddressProblem.TooLong);
        }

        if (!TextInput.IsPrintable(trimmed))
        {
            return new InvalidBillingAddress(field, BillingAddressProblem.NotPrintable);
        }

        if (field is (BillingAddressField.Recipient or BillingAddressField.City) && !trimmed.Any(char.IsLetter))
        {
            return new InvalidBillingAddress(field, BillingAddressProblem.Malformed);
        }

        value = trimmed;
        return null;
    }

    private static bool IsVatNumber(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '-') && text.Count(char.IsAsciiDigit) >= 4;

    private static bool IsPostalCode(string text) =>
        char.IsAsciiLetterOrDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-');
}

/// <summary>A field of a billing address.</summary>
public enum BillingAddressField
{
    /// <summary>The recipient's name.</summary>
    Recipient = 1,

    /// <summary>The company.</summary>
    Company,

    /// <summary>The VAT number.</summary>
    VatNumber,

    /// <summary>The street lines.</summary>
    StreetLines,

    /// <summary>The postal code.</summary>
    PostalCode,

    /// <summary>The city.</summary>
    City,

    /// <summary>The country code.</summary>
    Country,
}

/// <summary>What is wrong with a field of a billing address.</summary>
public enum BillingAddressProblem
{
    /// <summary>The field is required and was empty or blank.</summary>
    Missing = 1,

    /// <summary>The field is longer than its limit.</summary>
    TooLong,

    /// <summary>The field holds a character a person cannot see or type: a control, format (bidi, zero-width), separator, private-use or unassigned code point, or a lone surrogate.</summary>
    NotPrintable,

    /// <summary>The field does not have its form (a name or city without a letter, a postal code or VAT number with other characters, a VAT number with fewer than four digits).</summary>
    Malformed,

    /// <summary>More than <see cref="BillingAddress.MaxStreetLines"/> street lines were given.</summary>
    TooManyLines,

    /// <summary>The country is not an ISO 3166-1 alpha-2 code.</summary>
    UnknownCountry,
}

/// <summary>A billing address was refused: the first field that is wrong, and why. The refusal keeps nothing of what was typed.</summary>
/// <param name="Field">The field.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record InvalidBillingAddress(BillingAddressField Field, BillingAddressProblem Problem) : Refusal
{
    /// <inheritdoc />
    public override string Message => Problem switch
    {
        BillingAddressProblem.Missing => $"The billing address needs a {Describe(Field)}.",
        BillingAddressProblem.TooLong => $"The billing address's {Describe(Field)} is too long.",
        BillingAddressProblem.NotPrintable => $"The billing address's {Describe(Field)} holds a character that cannot be printed.",
        BillingAddressProblem.TooManyLines => string.Create(CultureInfo.InvariantCulture, $"A billing address has at most {BillingAddress.MaxStreetLines} street lines."),
        BillingAddressProblem.UnknownCountry => "The billing address's country is not an ISO 3166-1 alpha-2 code.",
        _ => $"The billing address's {Describe(Field)} does not have the form of one.",
    };

    private static string Describe(BillingAddressField field) => field switch
    {
        BillingAddressField.Recipient => "recipient name",
        BillingAddressField.Company => "company name",
        BillingAddressField.VatNumber => "VAT number",
        BillingAddressField.StreetLines => "street line",
        BillingAddressField.PostalCode => "postal code",
        BillingAddressField.City => "city",
        _ => "country",
    };
}
