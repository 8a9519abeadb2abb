using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "ACC-6")]
public class PasswordHashTests
{
    private static readonly Pbkdf2PasswordHasher Cheap = new(TestPasswords.CheapIterations);

    [Property(MaxTest = 25, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Format_ThenParse_RoundTrips(Password password, int seed)
    {
        var hash = Cheap.Hash(password, new SeededRandomSource(seed));
        var again = PasswordHash.Parse(hash.Value).GetValueOrThrow();
        return again.Equals(hash) && again.Value == hash.Value && Cheap.Verify(password, again) == PasswordVerification.Verified;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("63!iGm877")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0$")]
    [InlineData("$pbkdf2-sha256$i=0$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=-5$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=999999999999$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$PBKDF2$i=1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2Fsd!$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5")]
    public void Parse_RefusesWhatIsNotAHash(string? text) => Assert.True(PasswordHash.Parse(text).IsT1);

    [Fact]
    public void ToString_ShowsTheParameters_ButNotTheSaltOrKey()
    {
        var hash = Cheap.Hash(TestPasswords.Of("zZ!077rw"), new SeededRandomSource(5));

        Assert.Equal("$pbkdf2-sha256$i=1000$***", hash.ToString());
        Assert.DoesNotContain(hash.Value.Split('$')[3], hash.ToString(), StringComparison.Ordinal);
    }

    private static readonly byte[] Salt8 = new byte[PasswordHash.MinSaltBytes];
    private static readonly byte[] Key16 = new byte[PasswordHash.MinKeyBytes];

    [Fact]
    public void Create_AcceptsEveryPartAtItsBounds()
    {
        Assert.True(PasswordHash.Create("a", 1, Salt8, Key16).IsT0);
        Assert.True(PasswordHash.Create(new string('a', 32), PasswordHash.MaxIterations, new byte[PasswordHash.MaxSaltBytes], new byte[PasswordHash.MaxKeyBytes]).IsT0);
        Assert.Equal((64, 64), (PasswordHash.MaxSaltBytes, PasswordHash.MaxKeyBytes));
        Assert.True(PasswordHash.Create("argon2id-v19", 3, Salt8, Key16).IsT0);
    }

    [Theory]
    [InlineData("", 1, 8, 16)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1, 8, 16)]
    [InlineData("Pbkdf2", 1, 8, 16)]
    [InlineData("pbkdf2_sha256", 1, 8, 16)]
    [InlineData("pbkdf2", 0, 8, 16)]
    [InlineData("pbkdf2", PasswordHash.MaxIterations + 1, 8, 16)]
    [InlineData("pbkdf2", 1, 7, 16)]
    [InlineData("pbkdf2", 1, 65, 16)]
    [InlineData("pbkdf2", 1, 8, 15)]
    [InlineData("pbkdf2", 1, 8, 65)]
    [InlineData("pbkdf2", 1, 256, 256)]
    public void Create_RefusesAPartJustOutsideItsBounds(string algorithm, int iterations, int saltBytes, int keyBytes) =>
        Assert.True(PasswordHash.Create(algorithm, iterations, new byte[saltBytes], new byte[keyBytes]).IsT1);

    [Theory]
    [InlineData("x$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$n=1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=+1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i= 1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdB$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2Fsd$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    [InlineData("$pbkdf2-sha256$i=1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5$")]
    [InlineData("$pbkdf2-sha256$i=1000$$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5")]
    public void Parse_RefusesNonCanonicalOrMisplacedParts(string text) => Assert.True(PasswordHash.Parse(text).IsT1);

    [Theory]
    [InlineData("i=0600000")]
    [InlineData("i=01000")]
    [InlineData("i=00")]
    [InlineData("i=+5")]
    [InlineData("i=-0")]
    [InlineData("i=1_000")]
    [InlineData("i=1e3")]
    [InlineData("i=\u0661\u0660\u0660\u0660")]
    [InlineData("i=1000 ")]
    [InlineData("i=00000000001000")]
    public void Parse_RefusesANumberNotWrittenAsValueWritesIt(string count)
    {
        const string Salt = "c2FsdHNhbHRzYWx0c2FsdA";
        const string Key = "a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5";

        Assert.True(PasswordHash.Parse($"$pbkdf2-sha256$i=1000${Salt}${Key}").IsT0);
        Assert.True(PasswordHash.Parse($"$pbkdf2-sha256${count}${Salt}${Key}").IsT1);
    }

    [Fact]
    public void Parse_RefusesAHugeText_BeforeSplittingIt()
    {
        var hash = Cheap.Hash(TestPasswords.Of("zZ!077rw"), new SeededRandomSource(5));

        Assert.True(PasswordHash.Parse(hash.Value + new string('A', 1024 * 1024)).IsT1);
        Assert.True(PasswordHash.Parse(new string('$', 1024 * 1024)).IsT1);
    }

    [Property(MaxTest = 200)]
    public bool EveryParsedHash_WritesBackTheTextItWasReadFrom(NonNegativeInt iterations, byte saltByte, byte keyByte)
    {
        var text = $"$pbkdf2-sha256$i={iterations.Get}${Convert.ToBase64String(Enumerable.Repeat(saltByte, 16).ToArray()).TrimEnd('=')}${Convert.ToBase64String(Enumerable.Repeat(keyByte, 32).ToArray()).TrimEnd('=')}";
        var padded = text.Replace("$i=", "$i=0", StringComparison.Ordinal);
        return PasswordHash.Parse(padded).IsT1
            && PasswordHash.Parse(text).Match(hash => hash.Value == text, _ => iterations.Get is 0 or > PasswordHash.MaxIterations);
    }

    [Fact]
    public void Parse_ReadsEveryPartBack_WhateverTheSaltLengthModuloFour()
    {
        foreach (var saltBytes in new[] { 8, 9, 10, 16 })
        {
            var salt = Enumerable.Range(1, saltBytes).Select(i => (byte)(i * 37)).ToArray();
            var key = Enumerable.Range(1, 32).Select(i => (byte)(i * 11)).ToArray();
            var hash = PasswordHash.Create("pbkdf2-sha256", 1234, salt, key).GetValueOrThrow();

            var again = PasswordHash.Parse(hash.Value).GetValueOrThrow();

            Assert.Equal(("pbkdf2-sha256", 1234), (again.Algorithm, again.Iterations));
            Assert.Equal(salt, again.Salt.ToArray());
            Assert.Equal(key, again.Key.ToArray());
        }
    }

    [Fact]
    public void Equality_IsByStoredValue()
    {
        var hash = Cheap.Hash(TestPasswords.Of("zZ!077rw"), new SeededRandomSource(5));
        var same = PasswordHash.Parse(hash.Value).GetValueOrThrow();
        var other = Cheap.Hash(TestPasswords.Of("zZ!077rw"), new SeededRandomSource(6));

        Assert.True(hash.Equals((object)same));
        Assert.Equal(hash.GetHashCode(), same.GetHashCode());
        Assert.False(hash.Equals((object)other));
        Assert.False(hash.Equals(null));
        Assert.False(hash.Equals((object)hash.Value));
    }
}
