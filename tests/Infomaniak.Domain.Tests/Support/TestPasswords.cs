using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Tests.Support;

/// <summary>Passwords and a cheap password service for tests: hashing at 1,000 iterations keeps the suite fast.</summary>
public static class TestPasswords
{
    /// <summary>The work factor tests hash with; production keeps <see cref="Pbkdf2PasswordHasher.DefaultIterations"/>.</summary>
    public const int CheapIterations = 1_000;

    public static PasswordService Service(int seed = 1) =>
        new(PasswordPolicy.Default, new Pbkdf2PasswordHasher(CheapIterations), new SeededRandomSource(seed));

    public static Password Of(string text) => Password.Parse(text).GetValueOrThrow();
}
