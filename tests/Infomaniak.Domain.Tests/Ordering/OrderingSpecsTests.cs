using Ardalis.Specification;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Ordering.Specifications;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using static Infomaniak.Domain.Tests.Ordering.OrderingGiven;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>
/// The ordering specifications select what their rules say, and their in-memory code agrees with the expression a
/// database translates, over rows drawn from small pools so that every criterion both matches and misses.
/// </summary>
public class OrderingSpecsTests
{
    private static readonly Lazy<VoucherState> VoucherTemplate = new(() => VoucherFor(Owner, ProductType.SwissBackup).ToState());
    private static readonly Lazy<OrderState> OrderTemplate = new(() => OrderingStateTests.OrderAt(0).ToState());
    private static readonly Lazy<PromotionCodeState> CodeTemplate = new(() => Code("SPRING", Percent(5)).ToState());
    private static readonly string[] TypeCodes = ["swiss-backup", "web-hosting", "domain-name"];
    private static readonly string[] CodeTexts = ["SPRING", "SUMMER", "SPRING-2"];

    private static AccountId AccountOf(int code) => Given.Account(code % 3);

    private static OrganizationId OrganizationOf(int code) => Given.Organization(1 + (code % 3));

    private static PromotionCodeId CodeIdOf(int code) => PromotionCodeId.From(new Guid($"9c000000-0000-4000-8000-00000000000{1 + (code % 2)}"));

    private static bool Agrees<T>(Specification<T> specification, IReadOnlyList<T> rows)
        where T : class
    {
        var criterion = specification.WhereExpressions.Single().Filter.Compile();
        return specification.Evaluate(rows).SequenceEqual(InMemorySpecificationEvaluator.Default.Evaluate(rows, specification), ReferenceEqualityComparer.Instance)
            && rows.All(row => specification.IsSatisfiedBy(row) == criterion(row));
    }

    private static List<VoucherState> Vouchers(int[] codes) => [.. codes.Select((code, i) => VoucherTemplate.Value with
    {
        Id = VoucherId.From(new Guid($"7b000000-0000-4000-8000-{i:D12}")),
        HolderId = AccountOf(code),
        Type = TypeCodes[(code >> 2) % 3],
        GrantedAt = Given.Start.AddDays(-(code % 5)),
        ConfirmedAt = (code >> 4) % 2 == 0 ? Given.Start : null,
        RedeemedByOrderId = (code >> 5) % 3 == 0 ? Given.Order(code % 4) : null,
    })];

    private static List<OrderState> Orders(int[] codes) => [.. codes.Select((code, i) => OrderTemplate.Value with
    {
        Id = OrderId.From(new Guid($"7c000000-0000-4000-8000-{i:D12}")),
        ShopperId = (code >> 8) % 4 == 0 ? null : AccountOf(code),
        OrganizationId = OrganizationOf(code >> 2),
        Step = (OrderStep)(1 + ((code >> 4) % 6)),
        StartedAt = Given.Start.AddMinutes(-(code % 7)),
        PromotionCodeId = (code >> 7) % 3 == 0 ? null : CodeIdOf(code >> 3),
    })];

    [Property(Arbitrary = [typeof(SpecificationAgreementTests.RowCodes)], MaxTest = 100)]
    [Trait("Rule", "VOU-2")]
    public bool TheVouchersOffered_InMemory_AgreeWithTheirExpression_AndAreTheUsableOnesOldestFirst(int[] codes, int pick)
    {
        var rows = Vouchers(codes);
        var holder = AccountOf(pick);
        var type = ProductType.Parse(TypeCodes[pick % 3]).GetValueOrThrow();
        var spec = new VouchersOfferedSpec(holder, type);
        var expected = rows.Where(v => v.HolderId == holder && v.Type == type.Code && v.ConfirmedAt is not null && v.RedeemedByOrderId is null).OrderBy(v => v.GrantedAt);

        return Agrees(spec, rows) && spec.Evaluate(rows).SequenceEqual(expected);
    }

    [Property(Arbitrary = [typeof(SpecificationAgreementTests.RowCodes)], MaxTest = 100)]
    [Trait("Rule", "VOU-3")]
    public bool ACodeByItsText_InMemory_AgreesWithItsExpression_AndMatchesTheWholeText(int[] codes, int pick)
    {
        var rows = codes.Select(code => CodeTemplate.Value with { Code = CodeTexts[code % 3] }).ToList();
        var spec = new PromotionCodeByTextSpec(Text(CodeTexts[pick % 3].ToLowerInvariant()));

        return Agrees(spec, rows) && spec.Evaluate(rows).SequenceEqual(rows.Where(row => row.Code == CodeTexts[pick % 3]));
    }

    [Property(Arbitrary = [typeof(SpecificationAgreementTests.RowCodes)], MaxTest = 100)]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    public bool TheOrderSpecifications_InMemory_AgreeWithTheirExpressions_AndSelectWhatTheySay(int[] codes, int pick)
    {
        var rows = Orders(codes);
        var account = AccountOf(pick);
        var organization = OrganizationOf(pick >> 2);
        var code = CodeIdOf(pick >> 3);
        var open = new OpenOrdersOfAccountSpec(account);
        var finished = new FinishedOrdersOfOrganizationSpec(organization);
        var redeeming = new OrdersRedeemingCodeSpec(organization, code);

        return Agrees(open, rows) && Agrees(finished, rows) && Agrees(redeeming, rows)
            && open.Evaluate(rows).SequenceEqual(rows.Where(o => o.ShopperId == account && o.Step is not (OrderStep.Finished or OrderStep.Abandoned)).OrderByDescending(o => o.StartedAt))
            && finished.Evaluate(rows).SequenceEqual(rows.Where(o => o.OrganizationId == organization && o.Step == OrderStep.Finished))
            && redeeming.Evaluate(rows).SequenceEqual(rows.Where(o => o.OrganizationId == organization && o.Step == OrderStep.Finished && o.PromotionCodeId == code));
    }

    [Fact]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public void TheSpecifications_RefuseNoValues()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new PromotionCodeByTextSpec(default)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new VouchersOfferedSpec(Owner, ProductType.WebHosting).Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => new VouchersOfferedSpec(Owner, ProductType.WebHosting).IsSatisfiedBy(null!));
        Assert.Throws<ArgumentNullException>(() => new PromotionCodeByTextSpec(Text("spring")).Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => new PromotionCodeByTextSpec(Text("spring")).IsSatisfiedBy(null!));
        Assert.Throws<ArgumentNullException>(() => new OpenOrdersOfAccountSpec(Owner).Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => new OpenOrdersOfAccountSpec(Owner).IsSatisfiedBy(null!));
        Assert.Throws<ArgumentNullException>(() => new FinishedOrdersOfOrganizationSpec(Given.Organization(1)).Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => new FinishedOrdersOfOrganizationSpec(Given.Organization(1)).IsSatisfiedBy(null!));
        Assert.Throws<ArgumentNullException>(() => new OrdersRedeemingCodeSpec(Given.Organization(1), CodeIdOf(0)).Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => new OrdersRedeemingCodeSpec(Given.Organization(1), CodeIdOf(0)).IsSatisfiedBy(null!));
    }
}
