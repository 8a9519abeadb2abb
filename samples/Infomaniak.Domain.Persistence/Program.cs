using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Persistence;

// The persistence seam: every aggregate goes out as a plain state record (ToState) and comes back from one
// (FromState); its Version guards against lost updates; its events go to an outbox with the state.
var random = new CryptoRandomSource();

// Cheap hashing for a demo; production keeps new Pbkdf2PasswordHasher() at 600,000 iterations.
var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random);
var store = new DocumentStore();

var account = Account.Register(
    EmailAddress.Parse("famille.munster@la-fibre.xyz").GetValueOrThrow(),
    PersonName.Create("Famille", "Munster").GetValueOrThrow(),
    Password.Parse("63!iGm877").GetValueOrThrow(),
    EmailAddress.Parse("munster.recovery@example.ch").GetValueOrThrow(),
    passwords,
    random).GetValueOrThrow();

Console.WriteLine($"saved a new account: {store.TrySave(account, account.ToState())}");
Console.WriteLine($"  stored document (a hash, never the password): {store.Raw(account.Id.Value)}");

// Two requests load the same account.
var first = Account.FromState(store.Load<AccountState>(account.Id.Value));
var second = Account.FromState(store.Load<AccountState>(account.Id.Value));

first.SetRecoveryAddress(EmailAddress.Parse("famille@example.ch").GetValueOrThrow(), Password.Parse("63!iGm877").GetValueOrThrow(), passwords).GetValueOrThrow();
second.SetRecoveryAddress(EmailAddress.Parse("munster@example.org").GetValueOrThrow(), Password.Parse("63!iGm877").GetValueOrThrow(), passwords).GetValueOrThrow();

Console.WriteLine($"first request saves version {first.Version}: {store.TrySave(first, first.ToState())}");
Console.WriteLine($"second request, loaded at version {second.PersistedVersion}, saves: {store.TrySave(second, second.ToState())} (a lost update avoided: reload and retry)");

var reloaded = Account.FromState(store.Load<AccountState>(account.Id.Value));
Console.WriteLine($"reloaded: {reloaded.Login}, recovery {reloaded.RecoveryAddress}, version {reloaded.Version}");

var organization = Organization.Create(reloaded, new CustomerProfile.Individual(reloaded.Name), random);
var mailProduct = TypedId.New<ProductId>(random);
organization.AddProduct(reloaded.Id, mailProduct).GetValueOrThrow();
Console.WriteLine($"the account records the organization it founded: {store.TrySave(reloaded, reloaded.ToState())}");
var service = MailService.Open(mailProduct, organization.Id);
var mailbox = service.AddMailbox(organization, reloaded.Id, EmailAddress.Parse("compta@entreprise-familiale.xyz").GetValueOrThrow(), Password.Parse("zZ!077rw").GetValueOrThrow(), passwords, random).GetValueOrThrow();
service.AttachWebmailReader(organization, reloaded.Id, mailbox.Id, reloaded.Id).GetValueOrThrow();
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
