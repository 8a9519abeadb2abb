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
        return TypedId.Parse<AccountId>(id.ToString()).AsT0 == id;
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

    [Fact]
    public void NewGuids_AreVersion4()
    {
        var guid = new SeededRandomSource(7).NextGuid();
        Assert.Equal(4, guid.Version);
    }
}
