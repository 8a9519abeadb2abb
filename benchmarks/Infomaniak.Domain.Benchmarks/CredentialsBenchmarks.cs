using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Benchmarks;

/// <summary>
/// The credential paths: the policy check on every chosen password, a hash verification at a low work factor (the
/// library's overhead rather than PBKDF2 itself), and the default work factor against PBKDF2 alone: a floor that must
/// not shrink (600,000 PBKDF2-SHA256 iterations, OWASP's figure), not something to speed up.
/// </summary>
[MemoryDiagnoser]
public class CredentialsBenchmarks
{
    private static readonly EmailAddress Login = EmailAddress.Parse("julie@entreprise-familiale.xyz").GetValueOrThrow();

    private readonly Pbkdf2PasswordHasher hasher = new(1_000);
    private readonly Password password = Password.Parse("correct horse battery staple").GetValueOrThrow();
    private PasswordHash hash = null!;
    private readonly Pbkdf2PasswordHasher defaultHasher = new();
    private readonly byte[] salt = new byte[Pbkdf2PasswordHasher.SaltBytes];
    private PasswordHash defaultHash = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new CryptoRandomSource();
        hash = hasher.Hash(password, random);
        defaultHash = defaultHasher.Hash(password, random);
    }

    [Benchmark]
    public bool CheckPasswordPolicy() => PasswordPolicy.Default.Check(password, Login).IsT0;

    [Benchmark]
    public PasswordVerification VerifyHashAtOneThousandIterations() => hasher.Verify(password, hash);

    [Benchmark]
    public bool ParsePasswordHash() => PasswordHash.Parse(hash.Value).IsT0;

    [Benchmark]
    public byte[] Pbkdf2AloneAtTheDefaultWorkFactor() =>
        Rfc2898DeriveBytes.Pbkdf2("correct horse battery staple"u8, salt, Pbkdf2PasswordHasher.DefaultIterations, HashAlgorithmName.SHA256, Pbkdf2PasswordHasher.KeyBytes);

    [Benchmark]
    public PasswordVerification VerifyHashAtTheDefaultWorkFactor() => defaultHasher.Verify(password, defaultHash);
}
