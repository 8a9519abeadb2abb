using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Organizations.Specifications;
using Infomaniak.Domain.Prepaid;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Demo;

/// <summary>
/// The knowledge base's webmaster: one login administers the products of three companies, each in its own
/// organization, switches among them without signing out, and has no access across them.
/// </summary>
internal sealed class WebmasterStory : IStory
{
    public string Title => "Organizations: a webmaster, three companies, one login";

    public void Run(TextWriter output)
    {
        var random = new CryptoRandomSource();
        var clock = TimeProvider.System;
        var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random);
        var webmasterAccount = Register("webmaster@studio-pixel.xyz");
        var webmaster = webmasterAccount.Id;
        var webmasterLogin = webmasterAccount.Login;

        var organizations = new List<Organization>();
        var sites = new Dictionary<OrganizationId, Product>();
        foreach (var company in new[] { "Boulangerie du Lac", "Garage Favre", "Cabinet Rochat" })
        {
            var ownerAccount = Register($"owner@{company.Replace(' ', '-').ToLowerInvariant()}.example");
            var owner = ownerAccount.Id;
            var organization = Organization.Create(ownerAccount, new CustomerProfile.Company(OrganizationName.Parse(company).GetValueOrThrow()), random);
            var site = Product.Order(organization, owner, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Create(120m, Currency.Chf).GetValueOrThrow(), clock, random).GetValueOrThrow();
            var invitation = organization.Invite(owner, webmasterLogin, Rights.Administrator(withBillingRights: false), clock, random).GetValueOrThrow();
            organization.AcceptInvitation(invitation.Id, webmasterAccount, clock).GetValueOrThrow();
            output.WriteLine($"{company} created its organization and invited {webmasterLogin} as administrator (no billing rights).");
            organizations.Add(organization);
            sites[organization.Id] = site;
        }

        var mine = new OrganizationsOfAccountSpec(webmaster).Evaluate(organizations.Select(o => o.ToState())).Select(s => s.Name);
        output.WriteLine($"The webmaster's organizations: {string.Join(", ", mine)}");

        var context = ManagerContext.Open(webmaster, organizations);
        foreach (var target in organizations)
        {
            context = context.SwitchTo(target).GetValueOrThrow();
            var current = organizations.Single(o => o.Id == context.Current);
            var ownSite = current.Authorize(webmaster, MemberAction.ManageProduct(sites[current.Id].Id)).Match(_ => "allowed", denied => denied.Message);
            var visible = context.VisibleProducts(current).GetValueOrThrow().Count;
            var otherSite = sites.Values.First(site => site != sites[current.Id]).Id;
            var elsewhere = current.Authorize(webmaster, MemberAction.ManageProduct(otherSite)).Match(_ => "allowed", denied => $"denied ({denied.Reason})");
            output.WriteLine($"Switched to {current.Name}: {visible} product visible; its site is {ownSite}; another company's site is {elsewhere}.");
        }

        var first = organizations[0];
        var owner0 = first.LegalRepresentatives[0];
        output.WriteLine($"The webmaster opens the invoices of {first.Name}: {first.Authorize(webmaster, MemberAction.ManageInvoices).Match(_ => "allowed", denied => $"denied ({denied.Reason})")}");

        output.WriteLine(first.Leave(owner0).Match(
            _ => "The owner left.",
            notMember => notMember.Message,
            refused => $"The owner of {first.Name} tries to leave: refused. {refused.Message}"));

        var last = organizations[2];
        output.WriteLine(last.Leave(webmaster).Match(_ => $"The webmaster leaves {last.Name}.", n => n.Message, r => r.Message));
        context = context.Without(last.Id);
        output.WriteLine($"The Manager falls back to {organizations.Single(o => o.Id == context.Current).Name}; switching back to {last.Name}: {context.SwitchTo(last).Match(_ => "allowed", refused => "refused")}.");

        var closing = organizations[1];
        var closingOwner = closing.LegalRepresentatives[0];
        var closingSite = sites[closing.Id];
        var prepaid = PrepaidAccount.Open(closing, closingOwner, Currency.Chf, random).GetValueOrThrow();
        var policy = TopUpPolicy.Create([PaymentMethod.Card], Chf(10m), Chf(5_000m), Chf(20_000m)).GetValueOrThrow();
        prepaid.TopUp(closingOwner, closing, Key("closing-top-up"), Chf(20m), PaymentMethod.Card, policy, clock).GetValueOrThrow();
        output.WriteLine($"{closing.Name} asks to delete its organization:");
        output.WriteLine(OrganizationDeletion.Check(closing, closingOwner, [prepaid], [closingSite], [], sendPaidInvoicesByEmail: true).Match(
            _ => "  approved",
            refused => $"  {refused.Message}",
            refused => $"  {refused.Message}",
            refused => $"  {refused.Message}",
            refused => $"  {refused.Message}",
            refused => $"  {refused.Message}",
            refused => $"  {refused.Message}",
            unmet => $"  {unmet.Message}"));

        output.WriteLine($"  the webmaster tries to terminate the site: {closingSite.Terminate(closing, webmaster).Match(_ => "done", denied => $"denied ({denied.Reason}): terminating ends what the organization pays for")}.");
        closingSite.Terminate(closing, closingOwner).GetValueOrThrow();
        var iban = Iban.Parse("CH93 0076 2011 6238 5295 7").GetValueOrThrow();
        var withdrawal = prepaid.RequestWithdrawal(closingOwner, closing, Key("closing-withdrawal"), prepaid.Available, WithdrawalDestination.ToBankAccount(iban), clock, random).GetValueOrThrow();
        prepaid.CompleteWithdrawal(closingOwner, closing, Key("closing-withdrawal-done"), withdrawal.Withdrawal, clock).GetValueOrThrow();
        output.WriteLine($"  the owner terminates it and withdraws the prepaid balance to {iban}: {prepaid.Balance} left.");
        OrganizationDeletion.Check(closing, closingOwner, [prepaid], [closingSite], [], sendPaidInvoicesByEmail: true).Switch(
            approval =>
            {
                closing.Delete(approval).GetValueOrThrow();
                output.WriteLine($"  deleted: {approval.MembershipsToEnd.Count} memberships ended, no account deleted, paid invoices sent by email: {approval.SendPaidInvoicesByEmail}.");
            },
            refused => output.WriteLine($"  {refused.Message}"),
            refused => output.WriteLine($"  {refused.Message}"),
            refused => output.WriteLine($"  {refused.Message}"),
            refused => output.WriteLine($"  {refused.Message}"),
            refused => output.WriteLine($"  {refused.Message}"),
            refused => output.WriteLine($"  {refused.Message}"),
            refused => output.WriteLine($"  {refused.Message}"));

        var remaining = ManagerContext.Open(webmaster, organizations).Organizations.Select(id => organizations.Single(o => o.Id == id).Name);
        output.WriteLine($"The webmaster now belongs to: {string.Join(", ", remaining)}");

        Account Register(string login) => Account.Register(
            EmailAddress.Parse(login).GetValueOrThrow(), PersonName.Create("Web", "Master").GetValueOrThrow(), Password.Parse("a-long-Pa55phrase").GetValueOrThrow(), null, passwords, random).GetValueOrThrow();
    }

    private static Money Chf(decimal amount) => Money.Create(amount, Currency.Chf).GetValueOrThrow();

    private static IdempotencyKey Key(string key) => IdempotencyKey.Parse(key).GetValueOrThrow();
}
