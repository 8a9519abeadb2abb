using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Demo;

/// <summary>The knowledge base's identifiers story: an ISP address as login, a company mailbox, a second mailbox that gets unified.</summary>
internal sealed class FamilyStory : IStory
{
    public string Title => "Identifiers: famille.munster, compta@ and julie@";

    public void Run(TextWriter output)
    {
        // A demo hashes at 1,000 PBKDF2 iterations so that it runs in an instant; production keeps the
        // default Pbkdf2PasswordHasher() at 600,000.
        var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), new CryptoRandomSource());
        var random = new CryptoRandomSource();
        var clock = TimeProvider.System;

        var order = new NewCustomerDetails(
            Address("famille.munster@la-fibre.xyz"), PersonName.Create("Famille", "Munster").GetValueOrThrow(), Secret("63!iGm877"),
            Address("munster.recovery@example.ch"), CompanyName: null);
        var (munster, family) = FirstOrder.Open(order, null, passwords, random).GetValueOrThrow();
        output.WriteLine($"1. {munster.Name} orders a first product with the ISP address {munster.Login} and a password of their own ({Secret("63!iGm877")});");
        output.WriteLine($"   the account and its organization '{family.Name}' come to be together.");
        output.WriteLine($"   Manager with 63!iGm877: {Describe(munster.SignIn(Channel.Manager, Secret("63!iGm877"), passwords))}; with the ISP's Am3L-93Kd: {Describe(munster.SignIn(Channel.Manager, Secret("Am3L-93Kd"), passwords))}");

        var mailProduct = Product.Order(family, munster.Id, ProductType.MailService, RenewalPeriod.Yearly, Money.Create(60m, Currency.Chf).GetValueOrThrow(), clock, random).GetValueOrThrow();
        var service = MailService.Open(mailProduct.Id, family.Id);
        var rights = new OrganizationMailboxPasswordRights(family);
        var compta = service.AddMailbox(family, munster.Id, Address("compta@entreprise-familiale.xyz"), Secret("zZ!077rw"), passwords, random).GetValueOrThrow();
        service.AttachWebmailReader(family, munster.Id, compta.Id, munster.Id).GetValueOrThrow();
        output.WriteLine($"2. They acquire {compta.Address}: a mail application signs in with it and zZ!077rw ({Describe(service.SignIn(compta.Id, Channel.MailApplication, Secret("zZ!077rw"), passwords))});");
        output.WriteLine($"   Webmail refuses the mailbox password: {Describe(service.SignIn(compta.Id, Channel.Webmail, Secret("zZ!077rw"), passwords))}");

        output.WriteLine($"3. The ISP password changes: doors affected at Infomaniak: {PasswordChangeImpact.OfLoginAddressAtItsProvider().NewPasswordOpens.Count}.");

        var accountChange = PasswordChanges.ChangeAccountPassword(munster, Secret("63!iGm877"), Secret("N3w!Munster"), [service], rights, passwords).GetValueOrThrow();
        output.WriteLine($"4. The account password changes: it now opens {string.Join(" and ", accountChange.Impact.NewPasswordOpens)}; Webmail may ask to confirm {accountChange.Impact.MailboxesWebmailMayAskToConfirm.Count} mailbox password(s), unchanged.");

        var mailboxChange = PasswordChanges.ChangeMailboxPassword(service, compta.Id, munster.Id, Secret("C0mpta!2026"), null, null, rights, passwords).GetValueOrThrow();
        output.WriteLine($"5. Compta's password changes: re-enter it in {string.Join(" and ", mailboxChange.Impact.ReenterIn)}; account changed too: {mailboxChange.ChangedBoth}.");

        var julieMailbox = service.AddMailbox(family, munster.Id, Address("julie@entreprise-familiale.xyz"), Secret("CALif8-F0u"), passwords, random).GetValueOrThrow();
        var julie = Account.Register(
            Address("julie@entreprise-familiale.xyz"), PersonName.Create("Julie", "Munster").GetValueOrThrow(), Secret("whatever-Pa55"), null, passwords, random).GetValueOrThrow();
        service.AddToWebmail(julieMailbox.Id, julie, Secret("CALif8-F0u"), passwords).GetValueOrThrow();
        var invitation = family.Invite(munster.Id, julie.Login, Rights.LimitedTo([service.Id], withBillingRights: false).GetValueOrThrow(), clock, random).GetValueOrThrow();
        family.AcceptInvitation(invitation.Id, julie, clock).GetValueOrThrow();
        var evaluation = Unification.Evaluate(julieMailbox, [munster, julie], rights);
        output.WriteLine("6. julie@ gets a mailbox and an account with that login, adds it to her Webmail with its password, and joins the family's");
        output.WriteLine($"   organization with rights on the Mail Service, so she may change its passwords: eligible = {evaluation.IsT0}.");

        var julieChange = PasswordChanges.ChangeMailboxPassword(service, julieMailbox.Id, julie.Id, Secret("Julie!2026"), julie, null, rights, passwords).GetValueOrThrow();
        output.WriteLine($"   Julie changes her mailbox's password: unification proposed = {julieChange.Proposal is not null}.");
        var accepted = Unification.Accept(service, julieMailbox.Id, julie, Secret("whatever-Pa55"), rights, passwords);
        output.WriteLine($"   She accepts: {(accepted.TryGetValue(out _, out var notAccepted) ? "unified" : notAccepted.Message)}.");
        var unifiedChange = PasswordChanges.ChangeAccountPassword(julie, Secret("Julie!2026"), Secret("Julie!2027"), [service], rights, passwords).GetValueOrThrow();
        output.WriteLine($"   Her account password changes, and the mailbox's with it: {unifiedChange.ChangedBoth} (she is told so).");
        var withoutCurrent = PasswordChanges.ChangeMailboxPassword(service, julieMailbox.Id, julie.Id, Secret("Julie!2028"), julie, null, rights, passwords);
        output.WriteLine($"   Changing the mailbox's password would move her account's too, so it needs her account password: {(withoutCurrent.TryGetValue(out _, out var refusal) ? "changed" : refusal.Code)}.");

        service.AttachWebmailReader(family, munster.Id, julieMailbox.Id, munster.Id).GetValueOrThrow();
        output.WriteLine($"   The family account also reads julie@ in Webmail: still unified = {julieMailbox.UnifiedWith is not null}; both keep Julie!2027.");

        var hosting = Product.Order(family, munster.Id, ProductType.WebHosting, RenewalPeriod.Yearly, Money.Create(120m, Currency.Chf).GetValueOrThrow(), clock, random).GetValueOrThrow();
        var ftp = ProductCredential.Create(family, munster.Id, hosting.Id, Channel.Ftp, "munster", Secret("ftp-Pa55-word"), passwords, random).GetValueOrThrow();
        output.WriteLine($"7. An FTP user {ftp.UserName} has its own credential ({Doors.CredentialFor(ftp.Channel)}), which no account or mailbox change touches.");

        output.WriteLine(AccountDeletion.Delete(munster, [family], [service]).Match(
            deleted => "8. The family account is deleted.",
            missing => missing.Message,
            responsible => $"8. The family account cannot be deleted: {responsible.Message}"));
        output.WriteLine(AccountDeletion.Delete(julie, [family], [service]).Match(
            deleted => $"   Julie's account is deleted: {deleted.MembershipsEnded.Count} membership ended, {deleted.WebmailAccessRevoked.Count} mailbox no longer read in Webmail; the organization stays.",
            missing => missing.Message,
            responsible => responsible.Message));

        output.WriteLine(service.Close(family, mailProduct, munster.Id).Match(_ => "9. The Mail Service is terminated.", denied => denied.Message, terminated => terminated.Message));
        output.WriteLine($"   compta@ in a mail application now: {Describe(service.SignIn(compta.Id, Channel.MailApplication, Secret("C0mpta!2026"), passwords))}");
    }

    private static EmailAddress Address(string text) => EmailAddress.Parse(text).GetValueOrThrow();

    private static Password Secret(string text) => Password.Parse(text).GetValueOrThrow();

    private static string Describe(OneOf.OneOf<OneOf.Types.Success, WrongDoor, WrongPassword> result) =>
        result.TryGetValue(out _, out var refusal) ? "opens" : refusal.Message;

    private static string Describe(OneOf.OneOf<OneOf.Types.Success, UnknownMailbox, WrongDoor, ProductAlreadyTerminated, WrongPassword> result) =>
        result.TryGetValue(out _, out var refusal) ? "opens" : refusal.Message;
}
