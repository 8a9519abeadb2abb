using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>The account that founds a benchmark's organization, registered with a cheap work factor: setup, not measured.</summary>
internal static class Founder
{
    public static Account Register(string login, IRandomSource random) =>
        Account.Register(
            EmailAddress.Parse(login).GetValueOrThrow(),
            PersonName.Create("Benchmark", "Founder").GetValueOrThrow(),
            Password.Parse("a-long-Pa55phrase").GetValueOrThrow(),
            null,
            new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), random),
            random).GetValueOrThrow();
}
