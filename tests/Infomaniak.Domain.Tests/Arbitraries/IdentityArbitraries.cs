using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Tests.Arbitraries;

/// <summary>Generators for identity values: passwords that meet the default policy, and texts that do not.</summary>
public static class IdentityArbitraries
{
    private const string PasswordChars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+-=?_~ éàüßøñ€漢字";

    public static Gen<string> StrongPasswordText { get; } =
        Gen.Choose(12, 40)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(PasswordChars.ToCharArray()), n))
            .Select(chars => "Zq" + new string(chars).Trim() + "9!");

    public static Gen<Password> StrongPassword { get; } = StrongPasswordText.Select(text => Password.Parse(text).AsT0);

    public static Arbitrary<Password> Passwords() => Arb.From(StrongPassword);
}
