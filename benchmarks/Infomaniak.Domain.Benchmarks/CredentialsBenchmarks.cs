using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// The credential paths: the policy check on every chosen password, a hash verification (at a low work factor,
/// to measure the library's overhead rather than PBKDF2 itself) and the unification evaluation.
/// </summary>
[MemoryDiagnoser]
public class CredentialsBenchmarks
{
    private static readonly EmailAddress Login = EmailAddress.Parse("julie@entreprise-familiale.xyz").GetValueOrThrow();

    private readonly Pbkdf2PasswordHasher hasher = new(1_000);
    private readonly Password password = Password.Parse("correct horse battery staple").GetValueOrThrow();
    private PasswordHash hash = null!;
    private Mailbox mailbox = null!;
    private Account[] accounts = [];
    private readonly Everyone rights = new();

    [GlobalSetup]
    public void Setup()
    {
        var random = new CryptoRandomSource();
        var passwords = new PasswordService(PasswordPolicy.Default, hasher, random);
        hash = hasher.Hash(password, random);
        var julie = Account.Register(Login, PersonName.Create("Julie", "Munster").GetValueOrThrow(), password, null, passwords, random).GetValueOrThrow();
        var holder = Organization.Create(julie, new CustomerProfile.Individual(julie.Name), random);
        var product = Product.Order(holder, julie.Id, ProductType.MailService, RenewalPeriod.Yearly, Money.Zero(Currency.Chf), TimeProvider.System, random).GetValueOrThrow();
        var service = MailService.Open(product.Id, holder.Id);
        mailbox = service.AddMailbox(holder, julie.Id, Login, password, passwords, random).GetValueOrThrow();
        service.AttachWebmailReader(holder, julie.Id, mailbox.Id, julie.Id).GetValueOrThrow();
        accounts = [julie];
    }

    [Benchmark]
    public bool CheckPasswordPolicy() => PasswordPolicy.Default.Check(password, Login).IsT0;

    [Benchmark]
    public PasswordVerification VerifyHashAtOneThousandIterations() => hasher.Verify(password, hash);

    [Benchmark]
    public bool ParsePasswordHash() => PasswordHash.Parse(hash.Value).IsT0;

    [Benchmark]
    public bool EvaluateUnification() => Unification.Evaluate(mailbox, accounts, rights).IsT0;

    private sealed class Everyone : IMailboxPasswordRights
    {
        public MailboxPasswordRight MayChangePassword(AccountId account, OrganizationId holder, ProductId mailService, MailboxId mailbox) => MailboxPasswordRight.Allowed;
    }
}
