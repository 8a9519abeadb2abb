using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Products;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>Whether a mailbox may be unified with the account of the same login (UNI-1), when 1 and when 100 accounts read it in Webmail.</summary>
[MemoryDiagnoser]
public class UnificationBenchmarks
{
    private readonly Everyone rights = new();
    private Mailbox mailbox = null!;
    private Account[] accounts = [];

    [Params(1, 100)]
    public int Readers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new CryptoRandomSource();
        var julie = Founder.Register("julie@entreprise-familiale.xyz", random);
        var holder = Organization.Create(julie, new CustomerProfile.Individual(julie.Name), random);
        var product = Product.Order(holder, julie.Id, ProductType.MailService, RenewalPeriod.Yearly, Money.Zero(Currency.Chf), TimeProvider.System, random).GetValueOrThrow();
        var service = MailService.Open(product.Id, holder.Id);
        var passwords = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random);
        mailbox = service.AddMailbox(holder, julie.Id, julie.Login, Password.Parse("a-long-Pa55phrase").GetValueOrThrow(), passwords, random).GetValueOrThrow();
        var others = Enumerable.Range(1, Readers - 1).Select(i => Founder.Register($"reader{i}@entreprise-familiale.xyz", random)).ToArray();
        accounts = [julie, .. others];
        foreach (var reader in accounts)
        {
            service.AttachWebmailReader(holder, julie.Id, mailbox.Id, reader.Id).GetValueOrThrow();
        }

        mailbox = service.Find(mailbox.Id).GetValueOrThrow();
    }

    [Benchmark]
    public object EvaluateUnification() => Unification.Evaluate(mailbox, accounts, rights).Value;

    private sealed class Everyone : IMailboxPasswordRights
    {
        public MailboxPasswordRight MayChangePassword(AccountId account, OrganizationId holder, ProductId mailService, MailboxId mailbox) => MailboxPasswordRight.Allowed;
    }
}
