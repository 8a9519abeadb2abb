using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Arbitraries;

/// <summary>
/// Whole aggregates in varied, valid states, built through the public API from a generated recipe: what persistence
/// tests store and read back. Each aggregate has no pending event.
/// </summary>
public static class AggregateArbitraries
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    public static Gen<Account> Accounts { get; } =
        from seed in Gen.Choose(1, int.MaxValue - 1)
        from login in CommonArbitraries.EmailAddressGen
        from first in Gen.Elements("Julie", "Ann", "Zoë", "José", "Li")
        from last in Gen.Elements("Munster", "Lee", "Østergaard", "Núñez")
        from recovery in Gen.Elements(true, false)
        from reset in Gen.Elements(0, 1, 2)
        select BuildAccount(seed, login, first, last, recovery, reset);

    public static Gen<MailService> MailServices { get; } =
        from seed in Gen.Choose(1, int.MaxValue - 1)
        from locals in Gen.ListOf(Gen.Elements("compta", "julie", "info", "contact", UnicodeData.Available ? "zoë" : "zoe", "sales", "x.y"))
        from readers in Gen.ArrayOf(Gen.Choose(0, 3), 7)
        from unify in Gen.Elements(true, false)
        select BuildMailService(seed, [.. locals.Distinct().Take(4)], readers, unify);

    public static Gen<Organization> Organizations { get; } =
        from world in OrganizationArbitraries.WorldGen
        from index in Gen.Choose(0, 9)
        from invitations in Gen.Choose(0, 3)
        from logo in Gen.Elements(true, false)
        from renamed in Gen.Elements(true, false)
        select BuildOrganization(world.Build().Organizations, index, invitations, logo, renamed);

    public static Gen<ProductCredential> ProductCredentials { get; } =
        from seed in Gen.Choose(1, int.MaxValue - 1)
        from channel in Gen.Elements(Channel.Ftp, Channel.MySql, Channel.Ssh, Channel.WebDav)
        from user in Gen.Elements("deploy", "backup_user", "www-data", "db1")
        select BuildCredential(seed, channel, user);

    private static Account BuildAccount(int seed, EmailAddress login, string first, string last, bool recovery, int reset)
    {
        var random = new SeededRandomSource(seed);
        var recoveryAddress = recovery || reset > 0 ? EmailAddress.Parse($"recovery{seed}@example.org").GetValueOrThrow() : null;
        var account = Account.Register(
            TypedId.New<AccountId>(random), login, PersonName.Create(first, last).GetValueOrThrow(), TestPasswords.Of("a-Pa55-phrase-" + seed),
            recoveryAddress, TestPasswords.Service(seed)).GetValueOrThrow();
        if (reset > 0)
        {
            account.RequestPasswordReset(new ManualTimeProvider(Start), random).GetValueOrThrow();
        }

        if (reset > 1)
        {
            account.SetRecoveryAddress(EmailAddress.Parse($"other{seed}@example.net").GetValueOrThrow(), TestPasswords.Of("a-Pa55-phrase-" + seed), TestPasswords.Service(seed))
                .GetValueOrThrow();
        }

        account.DequeueEvents();
        return account;
    }

    private static MailService BuildMailService(int seed, IReadOnlyList<string> locals, int[] readers, bool unify)
    {
        var random = new SeededRandomSource(seed);
        var passwords = TestPasswords.Service(seed);
        var service = MailService.Open(TypedId.New<ProductId>(random), TypedId.New<OrganizationId>(random));
        var accounts = Enumerable.Range(0, 3).Select(_ => TypedId.New<AccountId>(random)).ToArray();
        for (var i = 0; i < locals.Count; i++)
        {
            var mailbox = service.AddMailbox(
                TypedId.New<MailboxId>(random), EmailAddress.Parse($"{locals[i]}@entreprise-{seed}.xyz").GetValueOrThrow(), TestPasswords.Of("mailbox-Pa55-" + i), passwords)
                .GetValueOrThrow();
            for (var r = 0; r < readers[i]; r++)
            {
                _ = service.AttachWebmailReader(mailbox.Id, accounts[(i + r) % accounts.Length]);
            }
        }

        if (unify && locals.Count > 0)
        {
            var owner = Account.Register(
                TypedId.New<AccountId>(random), service.Mailboxes[0].Address, PersonName.Create("Owner", "Of Mailbox").GetValueOrThrow(),
                TestPasswords.Of("owner-Pa55-word"), null, passwords).GetValueOrThrow();
            var first = service.Mailboxes[0].Id;
            foreach (var reader in service.Mailboxes[0].WebmailReaders.ToList())
            {
                _ = service.DetachWebmailReader(first, reader);
            }

            _ = service.AttachWebmailReader(first, owner.Id);
            var rights = TestRights.Of(owner.Id);
            PasswordChanges.ChangeMailboxPassword(service, first, owner.Id, TestPasswords.Of("unified-Pa55-word"), owner, rights, passwords).GetValueOrThrow();
            if (seed % 2 == 0)
            {
                _ = Unification.Accept(service, first, owner, TestPasswords.Of("owner-Pa55-word"), rights, passwords);
            }
        }

        service.DequeueEvents();
        return service;
    }

    private static Organization BuildOrganization(IReadOnlyList<Organization> organizations, int index, int invitations, bool logo, bool renamed)
    {
        var organization = organizations[index % organizations.Count];
        var admin = organization.LegalRepresentatives[0];
        var clock = new ManualTimeProvider(Start);
        for (var i = 0; i < invitations; i++)
        {
            _ = organization.Invite(admin, EmailAddress.Parse($"invitee{i}@example.com").GetValueOrThrow(), Rights.Administrator(i % 2 == 0), clock, new SeededRandomSource(10_000 + (index * 10) + i));
        }

        if (logo)
        {
            _ = organization.SetLogo(admin, Logo.Create("image/png", 400, 100, 2048).GetValueOrThrow());
        }

        if (renamed)
        {
            _ = organization.Rename(admin, OrganizationName.Parse("Renamed Company Sàrl").GetValueOrThrow());
        }

        organization.DequeueEvents();
        return organization;
    }

    private static ProductCredential BuildCredential(int seed, Channel channel, string user)
    {
        var random = new SeededRandomSource(seed);
        var credential = ProductCredential.Create(
            TypedId.New<ProductCredentialId>(random), TypedId.New<ProductId>(random), channel, user, TestPasswords.Of("credential-Pa55-" + seed), TestPasswords.Service(seed))
            .GetValueOrThrow();
        credential.DequeueEvents();
        return credential;
    }
}
