using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Ordering;

/// <summary>Builders for ordering tests: a shop organization with members of each kind, vouchers, codes and orders at each step.</summary>
internal static class OrderingGiven
{
    /// <summary>The founder of organization 1: all rights, with billing.</summary>
    public static readonly AccountId Owner = Given.Account(0);

    /// <summary>An administrator of organization 1 without billing rights.</summary>
    public static readonly AccountId Webmaster = Given.Account(2);

    /// <summary>A member of organization 1 with rights limited to one product, with billing rights.</summary>
    public static readonly AccountId Accountant = Given.Account(1);

    /// <summary>The founder of organization 2.</summary>
    public static readonly AccountId Neighbour = Given.Account(5);

    /// <summary>An account of no organization here.</summary>
    public static readonly AccountId Stranger = Given.Account(9);

    /// <summary>The support agent who grants and confirms vouchers.</summary>
    public static readonly AccountId Support = Given.Account(42);

    public static readonly DateTimeOffset CodeStart = Given.Start.AddDays(-10);

    public static readonly DateTimeOffset CodeEnd = Given.Start.AddDays(30);

    public static Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

    public static Money Eur(decimal amount) => Money.Create(amount, Currency.Eur).GetValueOrThrow();

    public static RenewalPeriod Yearly => RenewalPeriod.Yearly;

    /// <summary>Organization 1 with the owner, the accountant (limited, billing) and the webmaster (admin, no billing).</summary>
    public static Organization Shop()
    {
        var organization = Given.OrganizationWith(1, Owner, Given.Product(1));
        Given.Join(organization, Owner, 1, Given.Limited(true, Given.Product(1)));
        Given.Join(organization, Owner, 2, Rights.Administrator(false));
        return organization;
    }

    /// <summary>Organization 2, founded by the neighbour.</summary>
    public static Organization OtherOrganization() => Given.OrganizationWith(2, Neighbour);

    public static Shopper OwnerIn(Organization organization) => Shopper.SignedIn(organization, Owner);

    /// <summary>A voucher of <paramref name="holder"/> for <paramref name="type"/>, confirmed unless told, with no pending event.</summary>
    public static Voucher VoucherFor(AccountId holder, ProductType type, int seed = 1, bool confirmed = true)
    {
        var voucher = Voucher.Grant(holder, type, Support, Given.Clock(), new SeededRandomSource(seed));
        if (confirmed)
        {
            voucher.Confirm(Support, Given.Clock());
        }

        voucher.DequeueEvents();
        return voucher;
    }

    public static PromotionCodeText Text(string text) => PromotionCodeText.Parse(text).GetValueOrThrow();

    /// <summary>A code valid from 10 days before <see cref="Given.Start"/> to 30 days after, with no pending event.</summary>
    public static PromotionCode Code(
        string text, Discount discount, int? total = null, int? perCustomer = null, bool firstOrderOnly = false, Money? minimum = null, ProductType[]? types = null, int seed = 7)
    {
        var terms = PromotionTerms.Create(discount, CodeStart, CodeEnd, total, perCustomer, firstOrderOnly, minimum, types ?? []).GetValueOrThrow();
        var code = PromotionCode.Create(Text(text), terms, Support, new SeededRandomSource(seed));
        code.DequeueEvents();
        return code;
    }

    public static Discount Percent(int percent) => Discount.Percent(percent).GetValueOrThrow();

    public static Discount Off(Money amount) => Discount.Fixed(amount).GetValueOrThrow();

    /// <summary>An order of the owner with the given lines (CHF prices), at the lines step, with no pending event.</summary>
    public static Order OrderWith(Organization organization, params (ProductType Type, decimal Price)[] lines) =>
        OrderOf(OwnerIn(organization), Currency.Chf, lines);

    public static Order OrderOf(Shopper shopper, Currency currency, params (ProductType Type, decimal Price)[] lines)
    {
        var order = Order.Start(shopper, currency, Given.Clock(), new SeededRandomSource(3)).GetValueOrThrow();
        foreach (var (type, price) in lines)
        {
            order.AddLine(shopper, type, Yearly, Money.Create(price, currency).GetValueOrThrow()).GetValueOrThrow();
        }

        order.DequeueEvents();
        return order;
    }

    /// <summary>Moves an order to its cart summary, then chooses a card.</summary>
    public static Order AtPayment(Order order, Shopper shopper, PaymentMethod? method = null)
    {
        order.ShowSummary(shopper).GetValueOrThrow();
        order.ChoosePaymentMethod(shopper, method ?? PaymentMethod.Card).GetValueOrThrow();
        order.DequeueEvents();
        return order;
    }

    public static NewCustomerDetails Newcomer(string login = "zoe@example.com") => new(
        EmailAddress.Parse(login).GetValueOrThrow(),
        PersonName.Create("Zoë", "Núñez").GetValueOrThrow(),
        TestPasswords.Of("A sunny garden in Carouge 42"),
        null,
        null);

    /// <summary>The order's state as canonical JSON text, to compare before and after an operation.</summary>
    public static string Snapshot(Order order) => System.Text.Json.JsonSerializer.Serialize(order.ToState(), Infomaniak.Domain.Serialization.DomainJson.Options);
}
