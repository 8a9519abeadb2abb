using System.Text;

namespace Infomaniak.Domain.Tests.Support;

/// <summary>
/// Whether the test process has Unicode normalization data (ICU). CI runs the suite a second time in .NET's
/// globalization-invariant mode (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>), where it has none; tests about
/// internationalized text then check the named refusal that mode must give instead of the answer.
/// </summary>
public static class UnicodeData
{
    public static bool Available { get; } = "e\u0301".Normalize(NormalizationForm.FormC) == "\u00E9";

    public static bool IsAscii(string text) => Ascii.IsValid(text);

    /// <summary>Whether an address needs Unicode data to be normalized: a non-ASCII character or an <c>xn--</c> label.</summary>
    public static bool IsInternationalized(string address) => !IsAscii(address) || address.Contains("xn--", StringComparison.OrdinalIgnoreCase);
}
