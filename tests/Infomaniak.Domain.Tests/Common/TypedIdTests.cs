using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Common;

public class TypedIdTests
{
    [Property]
    public bool NewIds_NeverEqualTheirDefault(int seed)
    {
        var random = new SeededRandomSource(seed);
        return TypedId.New<AccountId>(random) != default
            && TypedId.New<OrganizationId>(random) != default
            && TypedId.New<ProductId>(random).Value != Guid.Empty
            && TypedId.New<MailboxId>(random) != default
            && TypedId.New<InvitationId>(random) != default
            && TypedId.New<BillingAddressId>(random) != default
            && TypedId.New<InvoiceId>(random) != default;
    }

    [Property]
    public bool From_ThenParse_RoundTrips(Guid value)
    {
        if (value == Guid.Empty)
        {
            return true;
        }

        var id = AccountId.From(value);
        return TypedId.Parse<AccountId>(id.ToString()).GetValueOrThrow() == id;
    }

    [Fact]
    public void From_RejectsTheEmptyGuid()
    {
        Assert.Throws<ArgumentException>(() => AccountId.From(Guid.Empty));
        Assert.Throws<ArgumentException>(() => OrganizationId.From(Guid.Empty));
        Assert.Throws<ArgumentException>(() => InvoiceId.From(Guid.Empty));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Parse_RefusesMalformedOrEmptyText(string? text)
    {
        var refusal = TypedId.Parse<OrganizationId>(text).AsT1;
        Assert.Equal("OrganizationId", refusal.Kind);
    }

    [Property]
    public bool Parse_NeverThrows(string? text) => TypedId.Parse<ProductId>(text).Match(id => id != default, _ => true);

    [Property]
    public bool NewGuids_AreRandomVersion4Rfc4122Guids(int seed)
    {
        var random = new SeededRandomSource(seed);
        var first = random.NextGuid();
        var second = random.NextGuid();
        var variant = first.ToByteArray()[8] & 0xC0;
        return first.Version == 4 && variant == 0x80 && first != second;
    }

    [Fact]
    public void NewGuids_UseTheSourcesBytes()
    {
        var guid = new SeededRandomSource(7).NextGuid();
        var bytes = new byte[16];
        new SeededRandomSource(7).Fill(bytes);

        Assert.Equal(bytes[..6], guid.ToByteArray()[..6]);
        Assert.Throws<ArgumentNullException>(() => ((IRandomSource)null!).NextGuid());
    }

    [Fact]
    public void TheCryptoSource_FillsWithFreshBytes()
    {
        var source = new CryptoRandomSource();
        Assert.NotEqual(source.NextGuid(), source.NextGuid());
    }

    [Fact]
    public void Refusals_NameTheKindAndAnExcerptOfTheInput()
    {
        var refusal = TypedId.Parse<AccountId>(null).AsT1;
        Assert.Equal(string.Empty, refusal.Excerpt);
        Assert.Equal("nope", TypedId.Parse<AccountId>("nope").AsT1.Excerpt);
        Assert.Contains("AccountId", TypedId.Parse<AccountId>("nope").AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusal_KeepsAShortSanitizedExcerpt_NeverTheWholeInput()
    {
        var huge = TypedId.Parse<AccountId>(new string('7', 1024 * 1024)).AsT1;
        var forged = TypedId.Parse<AccountId>("x\r\nERROR forged line").AsT1;

        Assert.Equal(new string('7', 31) + "\u2026", huge.Excerpt);
        Assert.Equal("x\uFFFD\uFFFDERROR forged line", forged.Excerpt);
        Assert.DoesNotContain('\n', forged.Message);
    }
}
