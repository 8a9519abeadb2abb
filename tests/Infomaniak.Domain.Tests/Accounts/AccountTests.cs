using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Accounts;

public class AccountTests
{
    private static readonly EmailAddress Login = Family.Address("famille.munster@la-fibre.xyz");
    private static readonly EmailAddress Recovery = Family.Address("munster.recovery@example.ch");
    private static readonly PersonName Name = PersonName.Create("Famille", "Munster").GetValueOrThrow();
    private static readonly Password Current = TestPasswords.Of(Family.AccountPassword);
    private static readonly PasswordService Passwords = TestPasswords.Service();

    private static Account Register(EmailAddress? recovery = null, PasswordService? passwords = null) =>
        Account.Register(Login, Name, TestPasswords.Of(Family.AccountPassword), recovery, passwords ?? TestPasswords.Service(), new SeededRandomSource(3)).GetValueOrThrow();

    private static OneOf.OneOf<AccountPasswordChange, FactsNotGiven, WrongPassword, UnacceptablePassword> Change(Account account, string current, string next, PasswordService? passwords = null) =>
        PasswordChanges.ChangeAccountPassword(account, TestPasswords.Of(current), TestPasswords.Of(next), [], TestRights.Nobody, passwords ?? TestPasswords.Service());

    [Fact]
    [Trait("Rule", "ACC-1")]
    public void Register_TakesALoginHostedAnywhere_AndAPasswordUnrelatedToIt()
    {
        var account = Register();

        Assert.Equal(Login, account.Login);
        Assert.Equal(Name, account.Name);
        var registered = Assert.IsType<AccountRegistered>(Assert.Single(account.PendingEvents));
        Assert.Equal(new AccountRegistered(account.Id, Login, Name, null), registered);
        Assert.Equal(PasswordVerification.Failed, TestPasswords.Service().Hasher.Verify(TestPasswords.Of(Family.IspPassword), account.ToState().PasswordHash));
    }

    [Fact]
    [Trait("Rule", "ACC-2")]
    public void LoginAndPassword_OpenTheManagerAndWebmail_AndNoOtherDoor()
    {
        var account = Register();
        var password = TestPasswords.Of(Family.AccountPassword);
        var passwords = TestPasswords.Service();

        Assert.True(account.SignIn(Channel.Manager, password, passwords).IsT0);
        Assert.True(account.SignIn(Channel.Webmail, password, passwords).IsT0);
        Assert.True(account.SignIn(Channel.Webmail, TestPasswords.Of(Family.IspPassword), passwords).IsT2);
        Assert.Equal(CredentialKind.MailboxAddress, account.SignIn(Channel.MailApplication, password, passwords).AsT1.Expected);
        Assert.Equal(CredentialKind.ProductCredential, account.SignIn(Channel.Ftp, password, passwords).AsT1.Expected);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void SignIn_RenewsAHashMadeWithWeakerParameters()
    {
        var weak = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(500), new SeededRandomSource(1));
        var account = Register(passwords: weak);
        account.DequeueEvents();

        Assert.True(account.SignIn(Channel.Manager, TestPasswords.Of(Family.AccountPassword), TestPasswords.Service()).IsT0);

        Assert.Equal(TestPasswords.CheapIterations, account.ToState().PasswordHash.Iterations);
        Assert.IsType<AccountPasswordRehashed>(Assert.Single(account.PendingEvents));
    }

    [Theory]
    [Trait("Rule", "ACC-6")]
    [InlineData("short", PasswordProblem.TooShort)]
    [InlineData("password1", PasswordProblem.Common)]
    [InlineData("FAMILLE.MUNSTER@LA-FIBRE.XYZ", PasswordProblem.ContainsAddress)]
    public void Register_RefusesAnUnacceptablePassword(string password, PasswordProblem problem)
    {
        var result = Account.Register(Login, Name, TestPasswords.Of(password), null, TestPasswords.Service(), new SeededRandomSource(3));

        Assert.Equal(problem, result.AsT2.Problem);
    }

    [Fact]
    [Trait("Rule", "ACC-7")]
    public void Register_RefusesARecoveryAddressEqualToTheLogin_IgnoringCase()
    {
        var result = Account.Register(Login, Name, TestPasswords.Of(Family.AccountPassword), Family.Address("Famille.Munster@LA-FIBRE.xyz"), TestPasswords.Service(), new SeededRandomSource(3));

        Assert.True(result.IsT1);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void ChangePassword_NeedsTheCurrentPassword()
    {
        var account = Register();
        var before = account.ToState();

        Assert.True(Change(account, "not-the-current-one", "brand-new-Pa55").IsT2);
        Assert.Equal(before, account.ToState());
        Assert.True(Change(account, Family.AccountPassword, "brand-new-Pa55").IsT0);
        Assert.True(account.SignIn(Channel.Manager, TestPasswords.Of("brand-new-Pa55"), TestPasswords.Service()).IsT0);
        Assert.True(account.SignIn(Channel.Manager, TestPasswords.Of(Family.AccountPassword), TestPasswords.Service()).IsT2);
    }

    [Fact]
    [Trait("Rule", "ACC-4")]
    public void ChangePassword_OpensTheManagerAndWebmail_SameOrganizationsAndProducts()
    {
        var account = Register();

        var change = Change(account, Family.AccountPassword, "brand-new-Pa55").GetValueOrThrow();

        Assert.Equal(PasswordOwner.Account, change.Impact.Changed);
        Assert.Equal([Channel.Manager, Channel.Webmail], change.Impact.NewPasswordOpens);
        Assert.False(change.ChangedBoth);
        Assert.Equal(new AccountPasswordChanged(account.Id, null), account.PendingEvents[^1]);
    }

    [Fact]
    [Trait("Rule", "ACC-7")]
    public void SetRecoveryAddress_RefusesTheLogin_AndAcceptsAnyOtherValidAddress()
    {
        var account = Register();
        var before = account.ToState();

        Assert.Equal(Login, account.SetRecoveryAddress(Family.Address("FAMILLE.munster@la-fibre.xyz"), Current, Passwords).AsT2.Address);
        Assert.Equal(before, account.ToState());
        Assert.True(account.SetRecoveryAddress(Recovery, Current, Passwords).IsT0);
        Assert.Equal(Recovery, account.RecoveryAddress);
        Assert.Equal(new RecoveryAddressSet(account.Id, Recovery), account.PendingEvents[^1]);
    }

    [Fact]
    [Trait("Rule", "ACC-5")]
    public void TheOwner_CanChangeTheRecoveryAddress()
    {
        var account = Register(Recovery);
        var other = Family.Address("julie@entreprise-familiale.xyz");

        Assert.True(account.SetRecoveryAddress(other, Current, Passwords).IsT0);

        Assert.Equal(other, account.RecoveryAddress);
    }

    [Fact]
    [Trait("Rule", "ACC-5")]
    [Trait("Rule", "ACC-6")]
    public void OnlyTheOwner_ChangesTheRecoveryAddress_ProvingItWithTheCurrentPassword()
    {
        var account = Register(Recovery);
        account.DequeueEvents();
        var before = account.ToState();

        Assert.True(account.SetRecoveryAddress(Family.Address("attacker@example.org"), TestPasswords.Of("not-the-Pa55word"), Passwords).IsT1);
        Assert.Equal(before, account.ToState());
        Assert.Empty(account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ACC-5")]
    public void TheSameRecoveryAddress_InAnotherCase_IsNoChange()
    {
        var account = Register(Recovery);
        account.DequeueEvents();
        var pending = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(9)).GetValueOrThrow();
        account.DequeueEvents();

        Assert.True(account.SetRecoveryAddress(Family.Address(Recovery.Value.ToUpperInvariant()), Current, Passwords).IsT0);

        Assert.Empty(account.PendingEvents);
        Assert.Equal(pending.ExpiresAt, account.ToState().PasswordReset!.ExpiresAt);
        Assert.False(account.ToState().PasswordReset!.Used);
    }

    [Fact]
    [Trait("Rule", "ACC-5")]
    public void RequestPasswordReset_WithoutARecoveryAddress_IsRefusedByName()
    {
        var account = Register();
        var before = account.ToState();

        var result = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(1));

        Assert.Equal(account.Id, result.AsT1.Account);
        Assert.Equal(before, account.ToState());
    }

    [Fact]
    [Trait("Rule", "ACC-5")]
    [Trait("Rule", "ACC-6")]
    public void RequestPasswordReset_IssuesATokenForTheRecoveryAddress_KeepingOnlyItsDigest()
    {
        var account = Register(Recovery);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

        var issued = account.RequestPasswordReset(clock, new SeededRandomSource(1)).GetValueOrThrow();

        Assert.Equal(Recovery, issued.SendTo);
        Assert.Equal(clock.GetUtcNow().AddHours(1), issued.ExpiresAt);
        Assert.Equal(ResetToken.TextLength, issued.Token.Reveal().Length);
        var stored = account.ToState().PasswordReset!;
        Assert.DoesNotContain(issued.Token.Reveal(), stored.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(issued.Token.Reveal(), stored.TokenDigest);
        Assert.Equal(new PasswordResetRequested(account.Id, Recovery, issued.ExpiresAt), account.PendingEvents[^1]);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void ResetValidity_IsConfigurable_WithinADay()
    {
        var account = Register(Recovery);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(clock.GetUtcNow().AddMinutes(15), account.RequestPasswordReset(clock, new SeededRandomSource(1), TimeSpan.FromMinutes(15)).GetValueOrThrow().ExpiresAt);
        Assert.Throws<ArgumentOutOfRangeException>(() => account.RequestPasswordReset(clock, new SeededRandomSource(1), TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => account.RequestPasswordReset(clock, new SeededRandomSource(1), TimeSpan.MaxValue));
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void Reset_WorksOnce_WithinItsValidity()
    {
        var account = Register(Recovery);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var token = account.RequestPasswordReset(clock, new SeededRandomSource(1)).GetValueOrThrow().Token;
        clock.Advance(TimeSpan.FromMinutes(59));

        var first = Reset(account, token, "reset-Pa55-word", clock);
        var before = account.ToState();
        var second = Reset(account, token, "again-Pa55-word", clock);

        Assert.True(first.IsT0);
        Assert.Equal(ResetTokenProblem.AlreadyUsed, second.AsT2.Problem);
        Assert.Equal(before, account.ToState());
        Assert.True(account.SignIn(Channel.Manager, TestPasswords.Of("reset-Pa55-word"), TestPasswords.Service()).IsT0);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void Reset_RefusesExpiredWrongAndUnrequestedTokens_ChangingNothing()
    {
        var account = Register(Recovery);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var stranger = ResetToken.Parse(new string('A', ResetToken.TextLength - 1) + "A").GetValueOrThrow();

        Assert.Equal(ResetTokenProblem.NotRequested, Reset(account, stranger, "reset-Pa55-word", clock).AsT2.Problem);

        var token = account.RequestPasswordReset(clock, new SeededRandomSource(1), TimeSpan.FromMinutes(10)).GetValueOrThrow().Token;
        var before = account.ToState();
        Assert.Equal(ResetTokenProblem.DoesNotMatch, Reset(account, stranger, "reset-Pa55-word", clock).AsT2.Problem);
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(ResetTokenProblem.Expired, Reset(account, token, "reset-Pa55-word", clock).AsT2.Problem);
        Assert.Equal(before, account.ToState());
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void Reset_WithAnUnacceptablePassword_KeepsTheTokenUsable()
    {
        var account = Register(Recovery);
        var token = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(1)).GetValueOrThrow().Token;
        var before = account.ToState();

        Assert.True(Reset(account, token, "short", TimeProvider.System).IsT3);
        Assert.Equal(before, account.ToState());
        Assert.True(Reset(account, token, "reset-Pa55-word", TimeProvider.System).IsT0);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void ANewRequest_OrAChangedRecoveryAddress_RetiresTheOldToken()
    {
        var account = Register(Recovery);
        var old = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(1)).GetValueOrThrow().Token;
        var fresh = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(2)).GetValueOrThrow().Token;

        Assert.Equal(ResetTokenProblem.DoesNotMatch, Reset(account, old, "reset-Pa55-word", TimeProvider.System).AsT2.Problem);
        account.SetRecoveryAddress(Family.Address("other.recovery@example.ch"), Current, Passwords).GetValueOrThrow();
        Assert.Equal(ResetTokenProblem.AlreadyUsed, Reset(account, fresh, "reset-Pa55-word", TimeProvider.System).AsT2.Problem);
    }

    [Theory]
    [Trait("Rule", "ACC-6")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("too-short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n")]
    public void ResetToken_OfTheWrongShape_IsRefused(string? text) => Assert.True(ResetToken.Parse(text).IsT1);

    [Fact]
    public void State_RoundTrips_AndBrokenStatesAreRejected()
    {
        var account = Register(Recovery);
        account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(1)).GetValueOrThrow();
        var state = account.ToState();

        var again = Account.FromState(state);

        Assert.Equal(state, again.ToState());
        Assert.Empty(again.PendingEvents);
        Assert.Equal(state.Version, again.PersistedVersion);
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { Login = "not an address" }));
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { LoginNormalized = "other@example.ch" }));
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { FirstName = "" }));
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { RecoveryAddress = state.Login }));
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { PasswordReset = state.PasswordReset! with { TokenDigest = "secret" } }));
        Assert.Throws<ArgumentNullException>(() => Account.FromState(state with { PasswordHash = null! }));
    }

    [Fact]
    public void Register_GuardsAgainstProgrammerErrors()
    {
        Assert.Throws<ArgumentNullException>(() => Account.Register(Login, Name, TestPasswords.Of(Family.AccountPassword), null, TestPasswords.Service(), null!));
        Assert.Throws<ArgumentNullException>(() => Account.Register(null!, Name, TestPasswords.Of(Family.AccountPassword), null, TestPasswords.Service(), new SeededRandomSource(3)));
    }

    private static OneOf.OneOf<AccountPasswordChange, FactsNotGiven, InvalidResetToken, UnacceptablePassword> Reset(Account account, ResetToken token, string next, TimeProvider clock) =>
        PasswordChanges.ResetAccountPassword(account, token, TestPasswords.Of(next), clock, [], TestRights.Nobody, TestPasswords.Service());

    [Fact]
    [Trait("Rule", "ACC-5")]
    public void Register_WithARecoveryAddress_KeepsIt_AndRecordsIt()
    {
        var account = Register(Recovery);

        Assert.Equal(Recovery, account.RecoveryAddress);
        Assert.Equal(new AccountRegistered(account.Id, Login, Name, Recovery), Assert.Single(account.PendingEvents));
        Assert.Equal(Recovery.Value, account.ToState().RecoveryAddress);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void SignIn_WithAHashMeetingTheCurrentParameters_RenewsNothing()
    {
        var account = Register();
        account.DequeueEvents();
        var before = account.ToState();

        Assert.True(account.SignIn(Channel.Webmail, TestPasswords.Of(Family.AccountPassword), TestPasswords.Service()).IsT0);
        Assert.True(account.SignIn(Channel.Webmail, TestPasswords.Of("not-the-Pa55"), TestPasswords.Service()).IsT2);

        Assert.Equal(before, account.ToState());
        Assert.Empty(account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void SignIn_RenewsAWeakHash_IntoOneThatStillOpens_AndRecordsWhichAccount()
    {
        var weak = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(500), new SeededRandomSource(1));
        var account = Register(passwords: weak);
        var before = account.ToState().PasswordHash;
        account.DequeueEvents();

        account.SignIn(Channel.Webmail, TestPasswords.Of(Family.AccountPassword), TestPasswords.Service()).GetValueOrThrow();

        Assert.NotEqual(before, account.ToState().PasswordHash);
        Assert.Equal(new AccountPasswordRehashed(account.Id), Assert.Single(account.PendingEvents));
        Assert.True(account.SignIn(Channel.Manager, TestPasswords.Of(Family.AccountPassword), TestPasswords.Service()).IsT0);
        Assert.Single(account.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ACC-5")]
    public void SetRecoveryAddress_ToTheSameAddress_ChangesNothing_AndKeepsAPendingLinkWorking()
    {
        var account = Register(Recovery);
        var token = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(1)).GetValueOrThrow().Token;
        var before = account.ToState();
        account.DequeueEvents();

        Assert.True(account.SetRecoveryAddress(Family.Address(Recovery.Value), Current, Passwords).IsT0);

        Assert.Equal(before, account.ToState());
        Assert.Empty(account.PendingEvents);
        Assert.True(Reset(account, token, "reset-Pa55-word", TimeProvider.System).IsT0);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void AChangedPassword_RetiresAPendingResetLink()
    {
        var account = Register(Recovery);
        var token = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(1)).GetValueOrThrow().Token;

        Assert.True(Change(account, Family.AccountPassword, "brand-new-Pa55").IsT0);

        Assert.True(account.ToState().PasswordReset!.Used);
        Assert.Equal(ResetTokenProblem.AlreadyUsed, Reset(account, token, "reset-Pa55-word", TimeProvider.System).AsT2.Problem);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void Reset_SetsTheNewPassword_RecordsAReset_AndSpendsTheLink()
    {
        var account = Register(Recovery);
        var token = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(1)).GetValueOrThrow().Token;
        account.DequeueEvents();

        var change = Reset(account, token, "reset-Pa55-word", TimeProvider.System).GetValueOrThrow();

        Assert.Equal(account.Id, change.Account);
        Assert.Equal(new AccountPasswordReset(account.Id, null), Assert.Single(account.PendingEvents));
        Assert.True(account.ToState().PasswordReset!.Used);
        Assert.True(account.SignIn(Channel.Manager, TestPasswords.Of("reset-Pa55-word"), TestPasswords.Service()).IsT0);
        Assert.True(account.SignIn(Channel.Manager, TestPasswords.Of(Family.AccountPassword), TestPasswords.Service()).IsT2);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void Reset_WorksUntilTheLastTickBeforeExpiry()
    {
        var account = Register(Recovery);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var issued = account.RequestPasswordReset(clock, new SeededRandomSource(1)).GetValueOrThrow();
        clock.Advance(issued.ExpiresAt - clock.GetUtcNow() - TimeSpan.FromTicks(1));

        Assert.True(Reset(account, issued.Token, "reset-Pa55-word", clock).IsT0);
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void ResetValidity_AcceptsOneTickToExactlyADay_AndNothingLonger()
    {
        var account = Register(Recovery);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromDays(1), Account.MaxResetValidity);
        Assert.Equal(TimeSpan.FromHours(1), Account.DefaultResetValidity);
        Assert.Equal(clock.GetUtcNow().AddTicks(1), account.RequestPasswordReset(clock, new SeededRandomSource(1), TimeSpan.FromTicks(1)).GetValueOrThrow().ExpiresAt);
        Assert.Equal(clock.GetUtcNow().AddDays(1), account.RequestPasswordReset(clock, new SeededRandomSource(1), TimeSpan.FromDays(1)).GetValueOrThrow().ExpiresAt);
        Assert.Throws<ArgumentOutOfRangeException>(() => account.RequestPasswordReset(clock, new SeededRandomSource(1), TimeSpan.FromDays(1) + TimeSpan.FromTicks(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => account.RequestPasswordReset(clock, new SeededRandomSource(1), TimeSpan.FromTicks(-1)));
        Assert.Throws<ArgumentNullException>(() => account.RequestPasswordReset(null!, new SeededRandomSource(1)));
        Assert.Throws<ArgumentNullException>(() => account.RequestPasswordReset(clock, null!));
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void ResetToken_OfBase64UrlCharacters_ReadsBack_AndIsKeptOnlyAsAnUpperCaseSha256Digest()
    {
        var text = "AB-_" + new string('A', ResetToken.TextLength - 5) + "E";
        var token = ResetToken.Parse(text).GetValueOrThrow();

        Assert.Equal(text, token.Reveal());
        Assert.Equal("********", token.ToString());
        var account = Register(Recovery);
        var issued = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(4)).GetValueOrThrow();
        var digest = account.ToState().PasswordReset!.TokenDigest;
        var raw = Convert.FromBase64String(issued.Token.Reveal().Replace('-', '+').Replace('_', '/') + "=");
        Assert.Equal(32, raw.Length);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(raw)), digest);
        Assert.True(ResetToken.Parse(issued.Token.Reveal()).IsT0);
    }

    [Theory]
    [Trait("Rule", "ACC-6")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB")]
    public void ResetToken_OutsideBase64Url_OrNotCanonical_IsRefused(string text)
    {
        var refused = ResetToken.Parse(text);

        Assert.Equal(ResetToken.TextLength, refused.AsT1.ExpectedLength);
    }

    [Fact]
    public void FromState_KeepsTheVersionRecoveryAndLink_AndRejectsAMalformedRecoveryOrDigest()
    {
        var account = Register(Recovery);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var token = account.RequestPasswordReset(clock, new SeededRandomSource(1)).GetValueOrThrow().Token;
        var state = account.ToState();

        var again = Account.FromState(state);

        Assert.Equal(state.Version, again.Version);
        Assert.Equal(Recovery, again.RecoveryAddress);
        Assert.True(PasswordChanges.ResetAccountPassword(again, token, TestPasswords.Of("reset-Pa55-word"), clock, [], TestRights.Nobody, TestPasswords.Service()).IsT0);
        Assert.Equal(ResetTokenProblem.AlreadyUsed, Reset(Account.FromState(again.ToState()), token, "other-Pa55-word", clock).AsT2.Problem);
        Assert.Null(Account.FromState(state with { RecoveryAddress = null, PasswordReset = null }).RecoveryAddress);
        Assert.Equal(ResetTokenProblem.NotRequested, Reset(Account.FromState(state with { PasswordReset = null }), token, "other-Pa55-word", clock).AsT2.Problem);
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { RecoveryAddress = "not an address" }));
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { PasswordReset = state.PasswordReset! with { TokenDigest = state.PasswordReset.TokenDigest.ToLowerInvariant() } }));
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { PasswordReset = state.PasswordReset! with { TokenDigest = state.PasswordReset.TokenDigest[1..] } }));
        Assert.Throws<ArgumentException>(() => Account.FromState(state with { PasswordReset = state.PasswordReset! with { TokenDigest = state.PasswordReset.TokenDigest + "A" } }));
        Assert.Throws<ArgumentNullException>(() => Account.FromState(null!));
    }

    [Fact]
    public void Operations_GuardAgainstProgrammerErrors()
    {
        var account = Register();
        var password = TestPasswords.Of(Family.AccountPassword);

        Assert.Throws<ArgumentNullException>(() => Account.Register(Login, null!, password, null, TestPasswords.Service(), new SeededRandomSource(3)));
        Assert.Throws<ArgumentNullException>(() => Account.Register(Login, Name, null!, null, TestPasswords.Service(), new SeededRandomSource(3)));
        Assert.Throws<ArgumentNullException>(() => Account.Register(Login, Name, password, null, null!, new SeededRandomSource(3)));
        Assert.Throws<ArgumentNullException>(() => account.SignIn(Channel.Manager, null!, TestPasswords.Service()));
        Assert.Throws<ArgumentNullException>(() => account.SignIn(Channel.Manager, password, null!));
        Assert.Throws<ArgumentNullException>(() => account.SetRecoveryAddress(null!, password, TestPasswords.Service()));
        Assert.Throws<ArgumentNullException>(() => account.SetRecoveryAddress(Recovery, null!, TestPasswords.Service()));
        Assert.Throws<ArgumentNullException>(() => account.SetRecoveryAddress(Recovery, password, null!));
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void Reset_WithoutAPasswordService_IsAProgrammerError_NotANullReference()
    {
        var account = Register(Recovery);
        var token = account.RequestPasswordReset(TimeProvider.System, new SeededRandomSource(1)).GetValueOrThrow().Token;

        Assert.Throws<ArgumentNullException>(() => PasswordChanges.ResetAccountPassword(account, token, TestPasswords.Of("reset-Pa55-word"), TimeProvider.System, [], TestRights.Nobody, null!));
        Assert.False(account.ToState().PasswordReset!.Used);
    }

    [Fact]
    public void Guards_HoldEvenWhenARefusalWouldComeFirst()
    {
        var account = Register();

        Assert.Throws<ArgumentNullException>(() => Account.Register(Login, Name, TestPasswords.Of("short"), null, TestPasswords.Service(), null!));
        Assert.Throws<ArgumentNullException>(() => account.SignIn(Channel.Ftp, null!, TestPasswords.Service()));
        Assert.Throws<ArgumentNullException>(() => account.RequestPasswordReset(TimeProvider.System, null!));
    }
}
