using Infomaniak.Domain.Credentials;

namespace Infomaniak.Domain.Tests.Arbitraries;

/// <summary>Generators for identity: passwords that meet the default policy, worlds for unification, and operation sequences for the account and the whole identity world.</summary>
public static class IdentityArbitraries
{
    private const string PasswordChars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+-=?_~ éàüßøñ€漢字";

    public static Gen<string> StrongPasswordText { get; } =
        Gen.Choose(12, 40)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(PasswordChars.ToCharArray()), n))
            .Select(chars => "Zq" + new string(chars).Trim() + "9!");

    public static Gen<Password> StrongPassword { get; } = StrongPasswordText.Select(text => Password.Parse(text).GetValueOrThrow());

    public static Arbitrary<Password> Passwords() => Arb.From(StrongPassword);

    /// <summary>A generated world: is there an account with the mailbox's login, which of three accounts read it, which may change its password, who changes it.</summary>
    public sealed record WorldSpec(bool HasLoginAccount, int OtherAccounts, bool[] Reads, bool[] MayChange, int Changer);

    public static Gen<WorldSpec> UnificationWorlds { get; } =
        from hasLogin in Gen.Elements(true, true, false)
        from others in Gen.Choose(0, 2)
        from reads in Gen.ArrayOf(Gen.Elements(true, false), 3)
        from rights in Gen.ArrayOf(Gen.Elements(true, false), 3)
        from changer in Gen.Choose(0, 2)
        select new WorldSpec(hasLogin, others, reads, rights, changer);

    /// <summary>The operations of the identity world (accounts, a Mail Service, rights), for random sequences.</summary>
    public enum OpKind
    {
        ChangeAccountPassword,
        ChangeMailboxPassword,
        AcceptUnification,
        DeclineUnification,
        Attach,
        Detach,
        ToggleJulieRight,
        Review,
        AddToWebmail,
        SetRecoveryAddress,
        RequestReset,
        Reset,
        RemoveMailbox,
    }

    public sealed record Op(OpKind Kind, int Who, int Target, int Password, bool Flag);

    public static readonly string[] WorldPasswords = ["alpha-Pa55-01", "bravo-Pa55-02", "charlie-Pa55-03", "short", "password1"];

    public static Gen<Op> WorldOperation { get; } =
        from kind in Gen.Elements(Enum.GetValues<OpKind>())
        from who in Gen.Choose(0, 2)
        from target in Gen.Choose(0, 3)
        from password in Gen.Choose(0, WorldPasswords.Length - 1)
        from flag in Gen.Elements(true, false, true)
        select new Op(kind == OpKind.RemoveMailbox && target == 0 ? OpKind.Review : kind, who, target, password, flag);

    public static Gen<Op[]> WorldOperations { get; } = Gen.Choose(1, 20).SelectMany(n => Gen.ArrayOf(WorldOperation, n));

    /// <summary>The commands of the Account model-based test.</summary>
    public enum Command
    {
        ChangePassword,
        SetRecoveryAddress,
        RequestReset,
        Reset,
        Wait,
        SignIn,
    }

    public sealed record Step(Command Command, int Password, bool Right, int Minutes);

    public static readonly string[] AccountPasswords = ["first-Pa55-word", "second-Pa55-word", "third-Pa55-word", "tiny", "qwertyuiop"];

    public static Gen<Step> AccountStep { get; } =
        from command in Gen.Elements(Enum.GetValues<Command>())
        from password in Gen.Choose(0, AccountPasswords.Length - 1)
        from right in Gen.Elements(true, true, false)
        from minutes in Gen.Elements(1, 30, 59, 61)
        select new Step(command, password, right, minutes);
}
