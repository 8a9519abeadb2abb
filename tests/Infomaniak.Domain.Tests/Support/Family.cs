using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;

namespace Infomaniak.Domain.Tests.Support;

/// <summary>The famille.munster story of the knowledge base, as ready-made values for tests.</summary>
public sealed class Family
{
    public const string IspPassword = "Am3L-93Kd";
    public const string AccountPassword = "63!iGm877";
    public const string ComptaPassword = "zZ!077rw";
    public const string JuliePassword = "CALif8-F0u";
    public const string JulieAccountPassword = "julie-account-pw";

    public Family(int seed = 7)
    {
        Random = new SeededRandomSource(seed);
        Passwords = TestPasswords.Service(seed);
        Clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        Munster = Account.Register(
            Address("famille.munster@la-fibre.xyz"), PersonName.Create("Famille", "Munster").GetValueOrThrow(),
            TestPasswords.Of(AccountPassword), Address("munster.recovery@example.ch"), Passwords, Random).GetValueOrThrow();
        Organization = Organization.Create(Munster, new CustomerProfile.Company(OrganizationName.Parse("Entreprise familiale").GetValueOrThrow()), Random);
        var product = TypedId.New<ProductId>(Random);
        Given.Hold(Organization, Munster.Id, product);
        Service = MailService.Open(product, Organization.Id);
        Compta = Service.AddMailbox(Organization, Munster.Id, Address("compta@entreprise-familiale.xyz"), TestPasswords.Of(ComptaPassword), Passwords, Random).GetValueOrThrow().Id;
        Service.AttachWebmailReader(Organization, Munster.Id, Compta, Munster.Id).GetValueOrThrow();
        Rights = TestRights.Of(Munster.Id);
    }

    public SeededRandomSource Random { get; }

    public PasswordService Passwords { get; }

    public ManualTimeProvider Clock { get; }

    public Account Munster { get; }

    /// <summary>The family's organization, founded by <see cref="Munster"/>, which holds <see cref="Service"/>.</summary>
    public Organization Organization { get; }

    public MailService Service { get; }

    public MailboxId Compta { get; }

    public TestRights Rights { get; }

    public static EmailAddress Address(string text) => EmailAddress.Parse(text).GetValueOrThrow();

    /// <summary>Creates julie@ in the Mail Service, registers an account with that login, attaches it in Webmail and grants it the right.</summary>
    public (MailboxId Mailbox, Account Account) AddJulie()
    {
        var mailbox = Service.AddMailbox(Organization, Munster.Id, Address("julie@entreprise-familiale.xyz"), TestPasswords.Of(JuliePassword), Passwords, Random)
            .GetValueOrThrow().Id;
        var julie = Account.Register(
            Address("julie@entreprise-familiale.xyz"), PersonName.Create("Julie", "Munster").GetValueOrThrow(),
            TestPasswords.Of(JulieAccountPassword), null, Passwords, Random).GetValueOrThrow();
        Service.AttachWebmailReader(Organization, Munster.Id, mailbox, julie.Id).GetValueOrThrow();
        Rights.Grant(julie.Id);
        return (mailbox, julie);
    }

    /// <summary>Julie changes her mailbox's password, is offered unification and accepts it.</summary>
    public (MailboxId Mailbox, Account Account) UnifiedJulie(string password = "unified-Pa55")
    {
        var (mailbox, julie) = AddJulie();
        PasswordChanges.ChangeMailboxPassword(Service, mailbox, julie.Id, TestPasswords.Of(password), julie, null, Rights, Passwords).GetValueOrThrow();
        Unification.Accept(Service, mailbox, julie, TestPasswords.Of(JulieAccountPassword), Rights, Passwords).GetValueOrThrow();
        return (mailbox, julie);
    }

    public bool AccountOpensWith(Account account, string password) =>
        account.SignIn(Channel.Manager, TestPasswords.Of(password), Passwords).IsT0;

    public bool MailboxOpensWith(MailboxId mailbox, string password) =>
        Service.SignIn(mailbox, Channel.MailApplication, TestPasswords.Of(password), Passwords).IsT0;
}
