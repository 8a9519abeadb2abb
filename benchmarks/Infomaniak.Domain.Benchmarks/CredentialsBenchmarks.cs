using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// The credential paths: the policy check on every chosen password, a hash verification (at a low work factor,
/// to measure the library's overhead rather than PBKDF2 itself) and the unification evaluation.
/// </summary>
[MemoryDiagnoser]
public class CredentialsBenchmarks
{
    private static readonly EmailAddress Login = EmailAddress.Parse("julie@entreprise-familiale.xyz").AsT0;

    private readonly Pbkdf2PasswordHasher hasher = new(1_000);
    private readonly Password password = Password.Parse("correct horse battery staple").AsT0;
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
        var service = MailService.Open(TypedId.New<ProductId>(random), TypedId.New<OrganizationId>(random));
        mailbox = service.AddMailbox(TypedId.New<MailboxId>(random), Login, password, passwords).AsT0;
        var julie = Account.Register(TypedId.New<AccountId>(random), Login, PersonName.Create("Julie", "Munster").AsT0, password, null, passwords).AsT0;
        service.AttachWebmailReader(mailbox.Id, julie.Id).GetValueOrThrow();
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
        public bool MayChangePassword(AccountId account, ProductId mailService, MailboxId mailbox) => true;
    }
}
