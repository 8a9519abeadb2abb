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
            Address("famille.munster@la-fibre.xyz"), PersonName.Create("Famille", "Munster").AsT0, Secret("63!iGm877"),
            Address("munster.recovery@example.ch"), CompanyName: null);
        var (munster, family) = FirstOrder.Open(order, null, passwords, random).AsT0;
        output.WriteLine($"1. {munster.Name} orders a first product with the ISP address {munster.Login} and a password of their own ({Secret("63!iGm877")});");
        output.WriteLine($"   the account and its organization '{family.Name}' come to be together.");
        output.WriteLine($"   Manager with 63!iGm877: {Describe(munster.SignIn(Channel.Manager, Secret("63!iGm877"), passwords))}; with the ISP's Am3L-93Kd: {Describe(munster.SignIn(Channel.Manager, Secret("Am3L-93Kd"), passwords))}");

        var mailProduct = Product.Order(family, munster.Id, ProductType.MailService, RenewalPeriod.Yearly, Money.Create(60m, Currency.Chf).GetValueOrThrow(), clock, random).GetValueOrThrow();
        var service = MailService.Open(mailProduct.Id, family.Id);
        var rights = new OrganizationMailboxPasswordRights(family);
        var compta = service.AddMailbox(TypedId.New<MailboxId>(random), Address("compta@entreprise-familiale.xyz"), Secret("zZ!077rw"), passwords).AsT0;
        service.AttachWebmailReader(compta.Id, munster.Id).GetValueOrThrow();
        output.WriteLine($"2. They acquire {compta.Address}: a mail application signs in with it and zZ!077rw ({service.SignIn(compta.Id, Channel.MailApplication, Secret("zZ!077rw"), passwords).Match(_ => "opens", unknown => unknown.Message, wrongDoor => wrongDoor.Message, wrong => wrong.Message)});");
        output.WriteLine($"   Webmail refuses the mailbox password: {service.SignIn(compta.Id, Channel.Webmail, Secret("zZ!077rw"), passwords).Match(_ => "opened", unknown => unknown.Message, wrongDoor => wrongDoor.Message, wrong => wrong.Message)}");

        output.WriteLine($"3. The ISP password changes: doors affected at Infomaniak: {PasswordChangeImpact.OfLoginAddressAtItsProvider().NewPasswordOpens.Count}.");

        var accountChange = PasswordChanges.ChangeAccountPassword(munster, Secret("63!iGm877"), Secret("N3w!Munster"), [service], rights, passwords).AsT0;
        output.WriteLine($"4. The account password changes: it now opens {string.Join(" and ", accountChange.Impact.NewPasswordOpens)}; Webmail may ask to confirm {accountChange.Impact.MailboxesWebmailMayAskToConfirm.Count} mailbox password(s), unchanged.");

        var mailboxChange = PasswordChanges.ChangeMailboxPassword(service, compta.Id, munster.Id, Secret("C0mpta!2026"), null, rights, passwords).AsT0;
        output.WriteLine($"5. Compta's password changes: re-enter it in {string.Join(" and ", mailboxChange.Impact.ReenterIn)}; account changed too: {mailboxChange.ChangedBoth}.");

        var julieMailbox = service.AddMailbox(TypedId.New<MailboxId>(random), Address("julie@entreprise-familiale.xyz"), Secret("CALif8-F0u"), passwords).AsT0;
        var julie = Account.Register(
            TypedId.New<AccountId>(random), Address("julie@entreprise-familiale.xyz"), PersonName.Create("Julie", "Munster").AsT0, Secret("whatever-Pa55"), null, passwords).AsT0;
        service.AttachWebmailReader(julieMailbox.Id, julie.Id).GetValueOrThrow();
        var invitation = family.Invite(munster.Id, julie.Login, Rights.LimitedTo([service.Id], withBillingRights: false).AsT0, clock, random).AsT0;
        _ = family.AcceptInvitation(invitation.Id, julie.Id, julie.Login, clock.GetUtcNow());
        var evaluation = Unification.Evaluate(julieMailbox, [munster, julie], rights);
        output.WriteLine("6. julie@ gets a mailbox and an account with that login, reads it alone in Webmail, and joins the family's");
        output.WriteLine($"   organization with rights on the Mail Service, so she may change its passwords: eligible = {evaluation.IsT0}.");

        var julieChange = PasswordChanges.ChangeMailboxPassword(service, julieMailbox.Id, julie.Id, Secret("Julie!2026"), julie, rights, passwords).AsT0;
        output.WriteLine($"   Julie changes her mailbox's password: unification proposed = {julieChange.Proposal is not null}.");
        var accepted = Unification.Accept(service, julieMailbox.Id, julie, Secret("whatever-Pa55"), rights, passwords);
        output.WriteLine($"   She accepts: {accepted.Match(_ => "unified", unknown => unknown.Message, none => none.Message, wrong => wrong.Message, notPossible => notPossible.Message)}.");
        var unifiedChange = PasswordChanges.ChangeAccountPassword(julie, Secret("Julie!2026"), Secret("Julie!2027"), [service], rights, passwords).AsT0;
        output.WriteLine($"   Her account password changes, and the mailbox's with it: {unifiedChange.ChangedBoth} (she is told so).");

        service.AttachWebmailReader(julieMailbox.Id, munster.Id).GetValueOrThrow();
        output.WriteLine($"   The family account also reads julie@ in Webmail: still unified = {julieMailbox.UnifiedWith is not null}; both keep Julie!2027.");

        var ftp = ProductCredential.Create(TypedId.New<ProductCredentialId>(random), TypedId.New<ProductId>(random), Channel.Ftp, "munster", Secret("ftp-Pa55-word"), passwords).AsT0;
        output.WriteLine($"7. An FTP user {ftp.UserName} has its own credential ({Doors.CredentialFor(ftp.Channel)}), which no account or mailbox change touches.");

        output.WriteLine(AccountDeletion.Delete(munster.Id, [family], [service]).Match(
            deleted => "8. The family account is deleted.",
            responsible => $"8. The family account cannot be deleted: {responsible.Message}"));
        output.WriteLine(AccountDeletion.Delete(julie.Id, [family], [service]).Match(
            deleted => $"   Julie's account is deleted: {deleted.MembershipsEnded.Count} membership ended, {deleted.WebmailAccessRevoked.Count} mailbox no longer read in Webmail; the organization stays.",
            responsible => responsible.Message));
    }

    private static EmailAddress Address(string text) => EmailAddress.Parse(text).AsT0;

    private static Password Secret(string text) => Password.Parse(text).AsT0;

    private static string Describe(OneOf.OneOf<OneOf.Types.Success, WrongPassword, WrongDoor> result) =>
        result.Match(_ => "opens", wrong => wrong.Message, door => door.Message);
}
