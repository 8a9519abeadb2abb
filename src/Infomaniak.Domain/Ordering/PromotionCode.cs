using Ardalis.GuardClauses;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Ordering;

/// <summary>
/// A promotion code of the shop (VOU-3, VOU-4): a text matched case-insensitively, pointing to its
/// <see cref="PromotionTerms"/>, and the count of the orders that redeemed it.
/// </summary>
/// <remarks>
/// <see cref="Redemptions"/> grows by one for each finished order that used the code, and with it the aggregate's
/// <see cref="AggregateRoot{TId}.Version"/>: a store saves the code only if its stored version is still the
/// <see cref="AggregateRoot{TId}.PersistedVersion"/> it loaded. Of two checkouts that loaded the same version, one
/// saves and the other gets the store's conflict and retries from a fresh load, where the limits are checked again:
/// the total limit is never exceeded.
/// </remarks>
public sealed class PromotionCode : AggregateRoot<PromotionCodeId>
{
    private PromotionCode(PromotionCodeId id, long version, PromotionCodeText code, PromotionTerms terms, int redemptions)
        : base(id, version)
    {
        Code = code;
        Terms = terms;
        Redemptions = redemptions;
    }

    /// <summary>The code, in upper case.</summary>
    public PromotionCodeText Code { get; }

    /// <summary>What it gives and to whom.</summary>
    public PromotionTerms Terms { get; }

    /// <summary>How many finished orders redeemed it.</summary>
    public int Redemptions { get; private set; }

    /// <summary>Creates a promotion code.</summary>
    /// <param name="code">The code; an application keeps codes unique (look one up with <c>PromotionCodeByTextSpec</c> first).</param>
    /// <param name="terms">Its terms.</param>
    /// <param name="createdBy">The account of the staff member creating it.</param>
    /// <param name="random">The source of its id.</param>
    /// <returns>The code, with <see cref="PromotionCodeCreated"/> pending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="createdBy"/> is the default value.</exception>
    public static PromotionCode Create(PromotionCodeText code, PromotionTerms terms, AccountId createdBy, IRandomSource random)
    {
        PromotionCodeText.Require(code, nameof(code));
        Guard.Against.Null(terms);
        Guard.Against.Default(createdBy);
        Guard.Against.Null(random);
        var promotion = new PromotionCode(TypedId.New<PromotionCodeId>(random), 0, code, terms, 0);
        promotion.Record(new PromotionCodeCreated(promotion.Id, code.Value, createdBy));
        return promotion;
    }

    /// <summary>Whether no order may redeem it any more.</summary>
    public bool IsUsedUp => Redemptions >= Terms.TotalLimit;

    /// <summary>Exports the code's state for storage.</summary>
    /// <returns>A state <see cref="FromState"/> rebuilds an equal code from.</returns>
    public PromotionCodeState ToState() => new()
    {
        Id = Id,
        Version = Version,
        Code = Code.Value,
        DiscountPercent = (Terms.Discount as Discount.Percentage)?.Value,
        DiscountAmount = (Terms.Discount as Discount.FixedAmount)?.Amount,
        ValidFrom = Terms.ValidFrom,
        ValidUntil = Terms.ValidUntil,
        TotalLimit = Terms.TotalLimit,
        PerCustomerLimit = Terms.PerCustomerLimit,
        FirstOrderOnly = Terms.FirstOrderOnly,
        MinimumAmount = Terms.MinimumAmount,
        ProductTypes = [.. Terms.ProductTypes.Select(t => t.Code)],
        Redemptions = Redemptions,
    };

    /// <summary>Rebuilds a code from a stored state, with no pending events.</summary>
    /// <param name="state">The stored state.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state breaks an invariant: a code or type not in canonical form, not exactly one
    /// discount, invalid terms, or redemptions negative or above the total limit.</exception>
    public static PromotionCode FromState(PromotionCodeState state)
    {
        Guard.Against.Null(state);
        Guard.Against.Null(state.ProductTypes, nameof(state));
        var code = PromotionCodeText.Parse(state.Code).Match(valid => valid, invalid => throw Invalid(invalid.Message));
        Require(code.Value == state.Code, "The code is not stored in upper case.");
        var discount = (state.DiscountPercent, state.DiscountAmount) switch
        {
            ({ } percent, null) => Discount.Percent(percent),
            (null, { } amount) when !amount.Currency.IsDefault => Discount.Fixed(amount),
            _ => throw Invalid("A code has exactly one discount, a percentage or an amount."),
        };
        var types = state.ProductTypes.Select(text => ProductType.Parse(text).Match(valid => valid, invalid => throw Invalid(invalid.Message))).ToList();
        Require(types.Select(t => t.Code).SequenceEqual(state.ProductTypes.Distinct().Order(StringComparer.Ordinal)), "The product types are not canonical, unique and ordered.");
        var terms = PromotionTerms.Create(
                discount.Match(valid => valid, invalid => throw Invalid(invalid.Message)),
                state.ValidFrom, state.ValidUntil, state.TotalLimit, state.PerCustomerLimit, state.FirstOrderOnly, state.MinimumAmount, types)
            .Match(valid => valid, invalid => throw Invalid(invalid.Message));
        Require(state.Redemptions >= 0 && !(state.Redemptions > state.TotalLimit), "The redemptions are negative or above the total limit.");
        return new PromotionCode(state.Id, state.Version, code, terms, state.Redemptions);
    }

    /// <summary>The facts about the customer the code's terms need that are missing from <paramref name="facts"/>.</summary>
    internal IReadOnlyList<CustomerFact> MissingFacts(CustomerFacts facts)
    {
        List<CustomerFact> missing = [];
        if (Terms.FirstOrderOnly && facts.IsFirstOrder is null)
        {
            missing.Add(CustomerFact.IsFirstOrder);
        }

        if (Terms.PerCustomerLimit is not null && facts.RedemptionsOfCode is null)
        {
            missing.Add(CustomerFact.RedemptionsOfCode);
        }

        return missing;
    }

    /// <summary>Why the code does not apply to an order now, given complete facts; null when it applies.</summary>
    internal PromotionCodeProblem? ProblemWith(Currency currency, IReadOnlyList<(ProductType Type, decimal Due)> lines, CustomerFacts facts, DateTimeOffset now)
    {
        if (now < Terms.ValidFrom)
        {
            return PromotionCodeProblem.NotYetValid;
        }

        if (now >= Terms.ValidUntil)
        {
            return PromotionCodeProblem.Expired;
        }

        if (IsUsedUp)
        {
            return PromotionCodeProblem.UsedUp;
        }

        if ((Terms.FirstOrderOnly && facts.IsFirstOrder != true) || facts.RedemptionsOfCode >= Terms.PerCustomerLimit)
        {
            return PromotionCodeProblem.NotForThisCustomer;
        }

        if (Terms.Currency is { } bound && bound != currency)
        {
            return PromotionCodeProblem.OtherCurrency;
        }

        if (Terms.MinimumAmount is { } minimum && lines.Sum(line => line.Due) < minimum.Amount)
        {
            return PromotionCodeProblem.MinimumNotReached;
        }

        return lines.Any(line => line.Due > 0m && Terms.Covers(line.Type)) ? null : PromotionCodeProblem.NoEligibleLine;
    }

    /// <summary>Counts a finished order's redemption; the order has checked it may.</summary>
    internal void Redeem(OrderId order, OrganizationId customer)
    {
        Redemptions++;
        Record(new PromotionCodeRedeemed(Id, order, customer, Redemptions));
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    private static ArgumentException Invalid(string message) => new($"Invalid promotion code state: {message}", "state");
}

/// <summary>The stored form of a <see cref="PromotionCode"/>; <see cref="Version"/> is its concurrency token.</summary>
public sealed record PromotionCodeState
{
    /// <summary>The code's id.</summary>
    public required PromotionCodeId Id { get; init; }

    /// <summary>The number of events it has recorded: a store saves only over the version it loaded.</summary>
    public required long Version { get; init; }

    /// <summary>The code in upper case: what a lookup compares (unique).</summary>
    public required string Code { get; init; }

    /// <summary>The percentage off, or null for a fixed amount.</summary>
    public required int? DiscountPercent { get; init; }

    /// <summary>The fixed amount off, or null for a percentage.</summary>
    public required Money? DiscountAmount { get; init; }

    /// <summary>The first instant it can be applied.</summary>
    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>The instant it stops being valid.</summary>
    public required DateTimeOffset ValidUntil { get; init; }

    /// <summary>How many orders may redeem it in all, or null.</summary>
    public required int? TotalLimit { get; init; }

    /// <summary>How many orders of one customer may redeem it, or null.</summary>
    public required int? PerCustomerLimit { get; init; }

    /// <summary>Whether only first orders may use it.</summary>
    public required bool FirstOrderOnly { get; init; }

    /// <summary>The least an order must cost, or null.</summary>
    public required Money? MinimumAmount { get; init; }

    /// <summary>The codes of the product types it discounts, ordered; empty for every type.</summary>
    public required IReadOnlyList<string> ProductTypes { get; init; }

    /// <summary>How many finished orders redeemed it.</summary>
    public required int Redemptions { get; init; }

    /// <summary>Whether both states hold the same values, lists compared element by element.</summary>
    /// <param name="other">The other state.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(PromotionCodeState? other) => StateEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => StateEquality.HashOf(this);
}
