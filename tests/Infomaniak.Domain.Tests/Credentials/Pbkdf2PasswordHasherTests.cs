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
        var foreign = PasswordHash.Parse(hash.Value.Replace("pbkdf2-sha256", "argon2id", StringComparison.Ordinal)).AsT0;

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
}
