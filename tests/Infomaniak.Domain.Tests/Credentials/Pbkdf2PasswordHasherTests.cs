using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "ACC-6")]
public class Pbkdf2PasswordHasherTests
{
    private static readonly Pbkdf2PasswordHasher Cheap = new(TestPasswords.CheapIterations);

    [Fact]
    public void Default_IsOwaspsWorkFactor()
    {
        Assert.Equal(600_000, new Pbkdf2PasswordHasher().Iterations);
        Assert.Equal(600_000, Pbkdf2PasswordHasher.DefaultIterations);
    }

    [Fact]
    public void Hash_CarriesItsAlgorithmAndParameters_WithA128BitSalt()
    {
        var hash = Cheap.Hash(TestPasswords.Of("63!iGm877"), new SeededRandomSource(3));

        Assert.Equal("pbkdf2-sha256", hash.Algorithm);
        Assert.Equal(TestPasswords.CheapIterations, hash.Iterations);
        Assert.Equal(16, hash.Salt.Length);
        Assert.Equal(32, hash.Key.Length);
        Assert.StartsWith("$pbkdf2-sha256$i=1000$", hash.Value, StringComparison.Ordinal);
    }

    [Property(MaxTest = 25, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool AHash_VerifiesItsPassword_AndNoOther(Password password, Password other, int seed)
    {
        var hash = Cheap.Hash(password, new SeededRandomSource(seed));
        var differs = password.Reveal() != other.Reveal();
        return Cheap.Verify(password, hash) == PasswordVerification.Verified
            && (!differs || Cheap.Verify(other, hash) == PasswordVerification.Failed);
    }

    [Property(MaxTest = 25, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool SamePassword_TwoSalts_TwoHashes(Password password, int seed) =>
        !Cheap.Hash(password, new SeededRandomSource(seed)).Equals(Cheap.Hash(password, new SeededRandomSource(seed + 1)));

    [Fact]
    public void Verify_ReportsARehash_WhenTheStoredWorkFactorIsBelowTheCurrentOne()
    {
        var password = TestPasswords.Of("CALif8-F0u");
        var old = Cheap.Hash(password, new SeededRandomSource(1));
        var stronger = new Pbkdf2PasswordHasher(TestPasswords.CheapIterations * 2);

        Assert.Equal(PasswordVerification.VerifiedRehashNeeded, stronger.Verify(password, old));
        Assert.Equal(PasswordVerification.Failed, stronger.Verify(TestPasswords.Of("CALif8-F0v"), old));
        Assert.Equal(PasswordVerification.Verified, stronger.Verify(password, stronger.Hash(password, new SeededRandomSource(1))));
    }

    [Fact]
    public void Verify_FailsOnAnUnknownAlgorithm()
    {
        var hash = Cheap.Hash(TestPasswords.Of("CALif8-F0u"), new SeededRandomSource(1));
        var foreign = PasswordHash.Parse(hash.Value.Replace("pbkdf2-sha256", "argon2id", StringComparison.Ordinal)).GetValueOrThrow();

        Assert.Equal(PasswordVerification.Failed, Cheap.Verify(TestPasswords.Of("CALif8-F0u"), foreign));
    }

    [Fact]
    public void Verify_ComparesInConstantTime()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "src/Infomaniak.Domain/Credentials/Pbkdf2PasswordHasher.cs"));

        Assert.Contains("CryptographicOperations.FixedTimeEquals", source, StringComparison.Ordinal);
        Assert.DoesNotContain("SequenceEqual", source, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Domain.sln not found above the test binaries.");
    }

    [Fact]
    public void AWorkFactor_IsBetweenOneAndTheStoredMaximum()
    {
        Assert.Equal(1, new Pbkdf2PasswordHasher(1).Iterations);
        Assert.Equal(PasswordHash.MaxIterations, new Pbkdf2PasswordHasher(PasswordHash.MaxIterations).Iterations);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pbkdf2PasswordHasher(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Pbkdf2PasswordHasher(PasswordHash.MaxIterations + 1));
    }

    [Fact]
    public void Verify_AsksForARehash_WhenTheStoredWorkFactorIsAboveTheCurrentOne_Too()
    {
        var password = TestPasswords.Of("CALif8-F0u");
        var stronger = new Pbkdf2PasswordHasher(TestPasswords.CheapIterations + 1).Hash(password, new SeededRandomSource(1));

        Assert.Equal(PasswordVerification.VerifiedRehashNeeded, Cheap.Verify(password, stronger));
        Assert.Equal(TestPasswords.CheapIterations, Cheap.Hash(password, new SeededRandomSource(2)).Iterations);
    }

    [Theory]
    [InlineData(Pbkdf2PasswordHasher.SaltBytes - 1, Pbkdf2PasswordHasher.KeyBytes, PasswordVerification.VerifiedRehashNeeded)]
    [InlineData(Pbkdf2PasswordHasher.SaltBytes, Pbkdf2PasswordHasher.KeyBytes - 1, PasswordVerification.VerifiedRehashNeeded)]
    [InlineData(Pbkdf2PasswordHasher.SaltBytes, Pbkdf2PasswordHasher.KeyBytes, PasswordVerification.Verified)]
    [InlineData(Pbkdf2PasswordHasher.SaltBytes + 8, Pbkdf2PasswordHasher.KeyBytes, PasswordVerification.VerifiedRehashNeeded)]
    [InlineData(Pbkdf2PasswordHasher.SaltBytes, Pbkdf2PasswordHasher.KeyBytes + 8, PasswordVerification.VerifiedRehashNeeded)]
    public void Verify_AsksForARehash_WhenTheStoredSaltOrKeyLengthDiffersFromToday(int saltBytes, int keyBytes, PasswordVerification expected)
    {
        var password = TestPasswords.Of("CALif8-F0u");
        var stored = Stored(password, TestPasswords.CheapIterations, saltBytes, keyBytes);

        Assert.Equal(expected, Cheap.Verify(password, stored));
        Assert.Equal(PasswordVerification.Failed, Cheap.Verify(TestPasswords.Of("CALif8-F0v"), stored));
    }

    [Fact]
    public void Verify_NeverSpendsMoreThanFourTimesItsOwnWork_OnAStoredHash()
    {
        var password = TestPasswords.Of("CALif8-F0u");
        var limit = TestPasswords.CheapIterations * Pbkdf2PasswordHasher.MaxWorkFactor;

        Assert.Equal(4, Pbkdf2PasswordHasher.MaxWorkFactor);
        Assert.Equal(PasswordVerification.VerifiedRehashNeeded, Cheap.Verify(password, Stored(password, limit, 16, 32)));
        Assert.Equal(PasswordVerification.TooCostly, Cheap.Verify(password, Stored(password, limit + 1, 16, 32)));
        Assert.Equal(PasswordVerification.VerifiedRehashNeeded, Cheap.Verify(password, Stored(password, limit / 2, 16, 64)));
        Assert.Equal(PasswordVerification.TooCostly, Cheap.Verify(password, Stored(password, (limit / 2) + 1, 16, 64)));
    }

    [Fact]
    public void AStoredHashAskingForAHundredMillionIterations_IsNotComputed_EvenByTheDefaultHasher()
    {
        var tampered = PasswordHash.Create(Pbkdf2PasswordHasher.AlgorithmName, PasswordHash.MaxIterations, new byte[16], new byte[PasswordHash.MaxKeyBytes]).AsT0;
        var service = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(), new SeededRandomSource(1));

        Assert.Equal(PasswordVerification.TooCostly, new Pbkdf2PasswordHasher().Verify(TestPasswords.Of("CALif8-F0u"), tampered));
        Assert.False(service.Matches(TestPasswords.Of("CALif8-F0u"), tampered));
    }

    private static PasswordHash Stored(Password password, int iterations, int saltBytes, int keyBytes)
    {
        var salt = Enumerable.Range(0, saltBytes).Select(i => (byte)i).ToArray();
        var key = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(
            System.Text.Encoding.UTF8.GetBytes(password.Reveal()), salt, iterations, System.Security.Cryptography.HashAlgorithmName.SHA256, keyBytes);
        return PasswordHash.Create(Pbkdf2PasswordHasher.AlgorithmName, iterations, salt, key).AsT0;
    }

    [Fact]
    public void HashAndVerify_GuardAgainstProgrammerErrors()
    {
        var hash = Cheap.Hash(TestPasswords.Of("CALif8-F0u"), new SeededRandomSource(1));

        Assert.Throws<ArgumentNullException>(() => Cheap.Hash(null!, new SeededRandomSource(1)));
        Assert.Throws<ArgumentNullException>(() => Cheap.Hash(TestPasswords.Of("CALif8-F0u"), null!));
        Assert.Throws<ArgumentNullException>(() => Cheap.Verify(null!, hash));
        Assert.Throws<ArgumentNullException>(() => Cheap.Verify(TestPasswords.Of("CALif8-F0u"), null!));
    }

    [Fact]
    public void PasswordService_MatchesAHashDueForARehash_AndRefusesAPolicyBreakBeforeHashing()
    {
        var password = TestPasswords.Of("CALif8-F0u");
        var old = Cheap.Hash(password, new SeededRandomSource(1));
        var stronger = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(TestPasswords.CheapIterations * 2), new SeededRandomSource(2));

        Assert.True(stronger.Matches(password, old));
        Assert.False(stronger.Matches(TestPasswords.Of("CALif8-F0v"), old));
        Assert.Equal(PasswordProblem.ContainsAddress, stronger.HashNew(TestPasswords.Of("x-julie@example.ch"), EmailAddress.Parse("julie@example.ch").GetValueOrThrow()).AsT1.Problem);
        Assert.Equal(TestPasswords.CheapIterations * 2, stronger.HashNew(password).GetValueOrThrow().Iterations);
        Assert.Throws<ArgumentNullException>(() => new PasswordService(null!, Cheap, new SeededRandomSource(1)));
        Assert.Throws<ArgumentNullException>(() => new PasswordService(PasswordPolicy.Default, null!, new SeededRandomSource(1)));
        Assert.Throws<ArgumentNullException>(() => new PasswordService(PasswordPolicy.Default, Cheap, null!));
    }
}
