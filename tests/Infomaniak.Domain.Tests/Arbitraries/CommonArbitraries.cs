namespace Infomaniak.Domain.Tests.Arbitraries;

/// <summary>Generators for the shared kernel's values: only valid ones, so properties start from legal states.</summary>
public static class CommonArbitraries
{
    private const string AtomSpecials = "!#$%&'*+/=?^_`{|}~-";

    /// <summary>Characters of a local part; non-ASCII ones only where the process can normalize them (see <see cref="Support.UnicodeData"/>).</summary>
    public static Gen<char> AtomChar { get; } = Gen.OneOf(
        Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()),
        Gen.Elements(AtomSpecials.ToCharArray()),
        Gen.Elements((Support.UnicodeData.Available ? "éàüßçøñÉÜ" : "xyz").ToCharArray()));

    public static Gen<string> Atom(int maxLength) =>
        Gen.Choose(1, maxLength).SelectMany(n => Gen.ArrayOf(AtomChar, n)).Select(chars => new string(chars));

    /// <summary>Local parts of at most 64 UTF-8 octets (RFC 5321).</summary>
    public static Gen<string> LocalPart { get; } =
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Atom(20), n)).Select(atoms => string.Join('.', atoms))
            .Where(local => System.Text.Encoding.UTF8.GetByteCount(local) <= EmailAddress.MaxLocalPartLength);

    public static Gen<string> Label { get; } =
        Gen.Choose(1, 20).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()), n))
            .Select(chars => new string(chars));

    public static Gen<string> Domain { get; } =
        from labels in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Label, n))
        from tld in Gen.Elements("ch", "com", "xyz", "org", "CH", "info")
        select string.Join('.', labels) + "." + tld;

    public static Gen<string> ValidAddressText { get; } =
        from local in LocalPart
        from domain in Domain
        select local + "@" + domain;

    public static Gen<EmailAddress> EmailAddressGen { get; } =
        ValidAddressText.Select(text => EmailAddress.Parse(text).GetValueOrThrow());

    public static Gen<Currency> CurrencyGen { get; } = Gen.Elements(Currency.All.ToArray());

    public static Gen<Money> MoneyIn(Currency currency) =>
        Gen.Choose(-1_000_000, 1_000_000)
            .Select(units => Money.FromMinorUnits(units, currency).GetValueOrThrow());

    public static Gen<Money> MoneyGen { get; } = CurrencyGen.SelectMany(MoneyIn);

    public static Arbitrary<EmailAddress> EmailAddresses() => Arb.From(EmailAddressGen);

    public static Arbitrary<Currency> Currencies() => Arb.From(CurrencyGen);

    public static Arbitrary<Money> Monies() => Arb.From(MoneyGen);
}
