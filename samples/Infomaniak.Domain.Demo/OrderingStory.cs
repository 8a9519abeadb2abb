using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Ordering;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Demo;

/// <summary>
/// The knowledge base's shop pages: a new customer's first order with a promotion code creates the account and its
/// organization (ORG-1); a free voucher, granted and confirmed by support, then makes a product free in the cart summary.
/// </summary>
internal sealed class OrderingStory : IStory
{
    public string Title => "Ordering: a first order with a promotion code, then a free voucher";

    public void Run(TextWriter output)
    {
        // A demo hashes at 1,000 PBKDF2 iterations so that it runs in an instant; production keeps the default.
        var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), new CryptoRandomSource());
        var random = new CryptoRandomSource();
        var clock = TimeProvider.System;
        var support = TypedId.New<AccountId>(random);
        Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();
        var terms = PromotionTerms.Create(Discount.Fixed(Chf(20m)).GetValueOrThrow(), clock.GetUtcNow().AddDays(-1), clock.GetUtcNow().AddDays(60),
            totalLimit: 500, perCustomerLimit: 1, firstOrderOnly: true, minimumAmount: Chf(50m), productTypes: [ProductType.WebHosting]).GetValueOrThrow();
        var welcome = PromotionCode.Create(PromotionCodeText.Parse("WELCOME-20").GetValueOrThrow(), terms, support, random);

        var newcomer = Shopper.NewCustomer;
        var order = Order.Start(newcomer, Currency.Chf, clock, random).GetValueOrThrow();
        order.AddLine(newcomer, ProductType.WebHosting, RenewalPeriod.Yearly, Chf(120m)).GetValueOrThrow();
        order.AddLine(newcomer, ProductType.DomainName, RenewalPeriod.Yearly, Chf(15m)).GetValueOrThrow();
        order.ShowSummary(newcomer).GetValueOrThrow();
        var early = order.ApplyPromotionCode(newcomer, welcome.Code, welcome, CustomerFacts.None, clock);
        output.WriteLine($"Marie enters a code before choosing how to pay: {(early.TryGetValue(out _, out var refusal) ? "accepted" : refusal.Message)} (VOU-3)");
        order.ChoosePaymentMethod(newcomer, PaymentMethod.Twint).GetValueOrThrow();
        var totals = order.ApplyPromotionCode(newcomer, PromotionCodeText.Parse("welcome-20").GetValueOrThrow(), welcome, CustomerFacts.None, clock).GetValueOrThrow();
        output.WriteLine($"With TWINT chosen, 'welcome-20' takes {totals.Discount} off the hosting: {totals.Price} - {totals.Discount} = {totals.AmountDue}.");

        var marie = new NewCustomerDetails(
            EmailAddress.Parse("marie.favre@bluewin.ch").GetValueOrThrow(),
            PersonName.Create("Marie", "Favre").GetValueOrThrow(),
            Password.Parse("Lavaux vineyards in September").GetValueOrThrow(),
            null,
            null);
        var placed = order.FinishAsNewCustomer(marie, accountWithSameLogin: null, passwords, welcome, clock, random).GetValueOrThrow();
        var account = placed.NewAccount!;
        output.WriteLine($"Finishing creates her account and the organization '{placed.Organization.Name}' with {placed.Organization.Products.Count} products (ORG-1); TWINT takes {placed.AmountDue}; the code has {welcome.Redemptions} redemption.");

        var voucher = Voucher.Grant(account.Id, ProductType.SwissBackup, support, clock, random);
        output.WriteLine($"Support grants her a free Swiss Backup voucher; offered before support confirms it: {voucher.IsOfferedTo(account.Id, ProductType.SwissBackup)} (VOU-1).");
        voucher.Confirm(support, clock);

        var signedIn = Shopper.SignedIn(placed.Organization, account.Id);
        var backup = Order.Start(signedIn, Currency.Chf, clock, random).GetValueOrThrow();
        backup.AddLine(signedIn, ProductType.SwissBackup, RenewalPeriod.Yearly, Chf(60m)).GetValueOrThrow();
        backup.ShowSummary(signedIn).GetValueOrThrow();
        var offered = backup.VouchersOffered(1, [voucher]);
        backup.ActivateVoucher(signedIn, 1, offered[0]).GetValueOrThrow();
        backup.ChoosePaymentMethod(signedIn, PaymentMethod.Card).GetValueOrThrow();
        var free = backup.Finish(signedIn, [voucher], null, CustomerFacts.None, clock, random).GetValueOrThrow();
        output.WriteLine($"Signed in, the cart summary offers {offered.Count} voucher for the Swiss Backup line; activated, the line is free: {free.AmountDue} due (VOU-2).");
        output.WriteLine($"The voucher is used up by that order: {voucher.IsRedeemed}; a cart would no longer offer it (VOU-4).");
    }
}
