using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Demo;

/// <summary>Raw input becomes values at the border; refusals are values a caller can explain.</summary>
internal sealed class SharedKernelStory : IStory
{
    public string Title => "The shared kernel: parsing at the border";

    public void Run(TextWriter output)
    {
        foreach (var text in new[] { "  Famille.Munster@La-Fibre.xyz ", "famille.munster@", "compta@entreprise-familiale.xyz" })
        {
            var line = EmailAddress.Parse(text).Match(
                address => $"'{text}' -> {address} (compared as {address.Normalized})",
                refusal => $"'{text}' refused: {refusal.Problem}: {refusal.Message}");
            output.WriteLine(line);
        }

        var price = Money.Create(12.50m, Currency.Chf).GetValueOrThrow();
        var total = price.Multiply(3).Match(
            money => $"3 x {price} = {money}",
            refusal => refusal.Message);
        output.WriteLine(total);

        output.WriteLine(Money.Create(0.125m, Currency.Chf).Match(
            money => money.ToString(),
            tooPrecise => $"refused: {tooPrecise.Message}",
            outOfRange => $"refused: {outOfRange.Message}"));

        var euros = Money.Create(10m, Currency.Eur).GetValueOrThrow();
        output.WriteLine(price.Add(euros).Match(
            sum => $"sum: {sum}",
            mismatch => $"refused: {mismatch.Message}",
            outOfRange => $"refused: {outOfRange.Message}"));

        var id = TypedId.New<OrganizationId>(new CryptoRandomSource());
        output.WriteLine($"a new organization id: {id}");
    }
}
