using System.Text;
using OneOf;

namespace Infomaniak.Domain.Organizations;

/// <summary>The image formats an organization's logo may have.</summary>
public enum LogoMediaType
{
    /// <summary><c>image/png</c>.</summary>
    Png = 1,

    /// <summary><c>image/jpeg</c>.</summary>
    Jpeg,

    /// <summary><c>image/svg+xml</c>.</summary>
    Svg,

    /// <summary><c>image/webp</c>.</summary>
    Webp,
}

/// <summary>
/// The image an organization shows instead of its name at the top left of the Manager (ORG-8): its format,
/// its size in pixels and its size in bytes. The image itself is stored by the application.
/// </summary>
/// <remarks>
/// Made only by <see cref="Create"/>: a supported media type, positive dimensions, a horizontal format
/// (strictly wider than high) and at most <see cref="MaxSizeInBytes"/> bytes.
/// </remarks>
public sealed record Logo
{
    /// <summary>The largest logo accepted: 1 MiB.</summary>
    public const long MaxSizeInBytes = 1024 * 1024;

    private Logo(LogoMediaType mediaType, int width, int height, long sizeInBytes)
    {
        MediaType = mediaType;
        Width = width;
        Height = height;
        SizeInBytes = sizeInBytes;
    }

    /// <summary>The image format.</summary>
    public LogoMediaType MediaType { get; }

    /// <summary>The width in pixels; always greater than <see cref="Height"/>.</summary>
    public int Width { get; }

    /// <summary>The height in pixels; always positive.</summary>
    public int Height { get; }

    /// <summary>The size of the image file in bytes; at most <see cref="MaxSizeInBytes"/>.</summary>
    public long SizeInBytes { get; }

    /// <summary>The media type's MIME name (<c>image/png</c>).</summary>
    public string MimeType => MimeTypeOf(MediaType);

    /// <summary>Describes an uploaded image as a logo, if it may be one.</summary>
    /// <param name="mimeType">The image's MIME type (<c>image/png</c>, <c>image/jpeg</c>, <c>image/svg+xml</c>, <c>image/webp</c>), compared
    /// ordinally and ignoring the case of ASCII letters only, so that look-alikes such as <c>image/ſvg+xml</c> (long s) are refused.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="sizeInBytes">The file's size in bytes.</param>
    /// <returns>The logo, or the first refusal among <see cref="UnsupportedLogoMediaType"/>, <see cref="InvalidLogoDimensions"/>,
    /// <see cref="LogoNotHorizontal"/> and <see cref="LogoTooLarge"/>.</returns>
    public static OneOf<Logo, UnsupportedLogoMediaType, InvalidLogoDimensions, LogoNotHorizontal, LogoTooLarge> Create(
        string? mimeType, int width, int height, long sizeInBytes)
    {
        if (MediaTypeOf(mimeType.AsSpan().Trim()) is not { } type)
        {
            return new UnsupportedLogoMediaType(mimeType);
        }

        if (width <= 0 || height <= 0 || sizeInBytes <= 0)
        {
            return new InvalidLogoDimensions(width, height, sizeInBytes);
        }

        if (width <= height)
        {
            return new LogoNotHorizontal(width, height);
        }

        return sizeInBytes > MaxSizeInBytes ? new LogoTooLarge(sizeInBytes, MaxSizeInBytes) : new Logo(type, width, height, sizeInBytes);
    }

    private static LogoMediaType? MediaTypeOf(ReadOnlySpan<char> mimeType) =>
        Ascii.EqualsIgnoreCase(mimeType, "image/png") ? LogoMediaType.Png
        : Ascii.EqualsIgnoreCase(mimeType, "image/jpeg") || Ascii.EqualsIgnoreCase(mimeType, "image/jpg") ? LogoMediaType.Jpeg
        : Ascii.EqualsIgnoreCase(mimeType, "image/svg+xml") ? LogoMediaType.Svg
        : Ascii.EqualsIgnoreCase(mimeType, "image/webp") ? LogoMediaType.Webp
        : null;

    internal static string MimeTypeOf(LogoMediaType mediaType) => mediaType switch
    {
        LogoMediaType.Png => "image/png",
        LogoMediaType.Jpeg => "image/jpeg",
        LogoMediaType.Svg => "image/svg+xml",
        LogoMediaType.Webp => "image/webp",
        _ => string.Empty,
    };
}

/// <summary>
/// What the Manager shows at the top left for an organization (ORG-8): its logo when it has one, its name otherwise.
/// </summary>
/// <remarks>A closed choice of <see cref="LogoLabel"/> and <see cref="NameLabel"/>.</remarks>
public abstract record OrganizationLabel
{
    private OrganizationLabel()
    {
    }

    private protected abstract bool IsClosedCase { get; }

    /// <summary>The organization is shown by its logo.</summary>
    /// <param name="Logo">The logo.</param>
    public sealed record LogoLabel(Logo Logo) : OrganizationLabel
    {
        private protected override bool IsClosedCase => true;
    }

    /// <summary>The organization is shown by its name, having no logo.</summary>
    /// <param name="Name">The name.</param>
    public sealed record NameLabel(OrganizationName Name) : OrganizationLabel
    {
        private protected override bool IsClosedCase => true;
    }
}
