using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Persistence;
using Infomaniak.Domain.Products;

// The persistence seam: every aggregate goes out as a plain state record (ToState) and comes back from one
// (FromState); its Version guards against lost updates; its events go to an outbox with the state.
var random = new CryptoRandomSource();

// Cheap hashing for a demo; production keeps new Pbkdf2PasswordHasher() at 600,000 iterations.
var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random);
var store = new DocumentStore();

var account = Account.Register(
    TypedId.New<AccountId>(random),
    EmailAddress.Parse("famille.munster@la-fibre.xyz").AsT0,
    PersonName.Create("Famille", "Munster").AsT0,
    Password.Parse("63!iGm877").AsT0,
    EmailAddress.Parse("munster.recovery@example.ch").AsT0,
    passwords).AsT0;

Console.WriteLine($"saved a new account: {store.TrySave(account, account.ToState())}");
Console.WriteLine($"  stored document (a hash, never the password): {store.Raw(account.Id.Value)}");

// Two requests load the same account.
var first = Account.FromState(store.Load<AccountState>(account.Id.Value));
var second = Account.FromState(store.Load<AccountState>(account.Id.Value));

first.SetRecoveryAddress(EmailAddress.Parse("famille@example.ch").AsT0, Password.Parse("63!iGm877").AsT0, passwords).GetValueOrThrow();
second.SetRecoveryAddress(EmailAddress.Parse("munster@example.org").AsT0, Password.Parse("63!iGm877").AsT0, passwords).GetValueOrThrow();

Console.WriteLine($"first request saves version {first.Version}: {store.TrySave(first, first.ToState())}");
Console.WriteLine($"second request, loaded at version {second.PersistedVersion}, saves: {store.TrySave(second, second.ToState())} (a lost update avoided: reload and retry)");

var reloaded = Account.FromState(store.Load<AccountState>(account.Id.Value));
Console.WriteLine($"reloaded: {reloaded.Login}, recovery {reloaded.RecoveryAddress}, version {reloaded.Version}");

var organization = Organization.Create(TypedId.New<OrganizationId>(random), reloaded.Id, new CustomerProfile.Individual(reloaded.Name));
var mailProduct = Product.Order(organization, reloaded.Id, ProductType.MailService, RenewalPeriod.Yearly, Money.Create(60m, Currency.Chf).GetValueOrThrow(), TimeProvider.System, random).GetValueOrThrow();
var service = MailService.Open(mailProduct.Id, organization.Id);
var mailbox = service.AddMailbox(TypedId.New<MailboxId>(random), EmailAddress.Parse("compta@entreprise-familiale.xyz").AsT0, Password.Parse("zZ!077rw").AsT0, passwords).AsT0;
service.AttachWebmailReader(mailbox.Id, reloaded.Id).GetValueOrThrow();
Console.WriteLine($"saved a Mail Service: {store.TrySave(service, service.ToState())}");
var restored = MailService.FromState(store.Load<MailServiceState>(service.Id.Value));
Console.WriteLine($"restored mailboxes: {string.Join(", ", restored.Mailboxes.Select(m => $"{m.Address} read by {m.WebmailReaders.Count} account(s)"))}");

Console.WriteLine($"saved an organization: {store.TrySave(organization, organization.ToState())}");
var organizationBack = Organization.FromState(store.Load<OrganizationState>(organization.Id.Value));
Console.WriteLine($"restored '{organizationBack.Name}': {organizationBack.Members.Count} member, {organizationBack.Products.Count} product, version {organizationBack.Version}");

Console.WriteLine("outbox:");
foreach (var (type, json) in store.Outbox)
{
    Console.WriteLine($"  {type}: {json}");
}
