using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;
using static Infomaniak.Domain.Tests.Arbitraries.IdentityArbitraries;

namespace Infomaniak.Domain.Tests.Accounts;

/// <summary>Random command sequences against the Account aggregate and a reference model of what it should hold.</summary>
public class AccountModelTests
{
    /// <summary>What the account should hold, kept with plain values.</summary>
    private sealed class Model
    {
        public string Password { get; set; } = Family.AccountPassword;

        public string? Recovery { get; set; }

        public string? Token { get; set; }

        public DateTimeOffset TokenExpiry { get; set; }

        public bool TokenSpent { get; set; }

        public int Events { get; set; } = 1;
    }

    [Property(MaxTest = 60)]
    [Trait("Rule", "ACC-5")]
    [Trait("Rule", "ACC-6")]
    [Trait("Rule", "ACC-7")]
    public Property RandomCommands_AgreeWithTheReferenceModel() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 25).SelectMany(n => Gen.ArrayOf(IdentityArbitraries.AccountStep, n))), Arb.From(Gen.Elements(true, false)), (steps, withRecovery) =>
        {
            var random = new SeededRandomSource(5);
            var passwords = TestPasswords.Service(5);
            var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
            var login = Family.Address("famille.munster@la-fibre.xyz");
            var model = new Model { Recovery = withRecovery ? "first.recovery@example.ch" : null };
            var account = Account.Register(
                login, PersonName.Create("Famille", "Munster").GetValueOrThrow(), TestPasswords.Of(model.Password),
                model.Recovery is null ? null : Family.Address(model.Recovery), passwords, random).GetValueOrThrow();
            var recoveries = 0;

            foreach (var step in steps)
            {
                var chosen = IdentityArbitraries.AccountPasswords[step.Password];
                var acceptable = step.Password < 3;
                switch (step.Command)
                {
                    case Command.ChangePassword:
                    {
                        var current = step.Right ? model.Password : "not-the-Pa55";
                        var result = PasswordChanges.ChangeAccountPassword(account, TestPasswords.Of(current), TestPasswords.Of(chosen), [], TestRights.Nobody, passwords);
                        Assert.Equal(step.Right ? (acceptable ? 0 : 3) : 2, result.Index);
                        if (result.IsT0)
                        {
                            model.Password = chosen;
                            model.TokenSpent = true;
                            model.Events++;
                        }

                        break;
                    }

                    case Command.SetRecoveryAddress:
                    {
                        var address = step.Right ? $"recovery{++recoveries}@example.ch" : login.Value;
                        var result = account.SetRecoveryAddress(Family.Address(address), TestPasswords.Of(model.Password), passwords);
                        Assert.Equal(step.Right ? 0 : 2, result.Index);
                        if (result.IsT0)
                        {
                            model.Recovery = address;
                            model.TokenSpent = true;
                            model.Events++;
                        }

                        break;
                    }

                    case Command.RequestReset:
                    {
                        var result = account.RequestPasswordReset(clock, random, TimeSpan.FromHours(1));
                        Assert.Equal(model.Recovery is null ? 1 : 0, result.Index);
                        if (result.TryPickT0(out var issued, out _))
                        {
                            Assert.Equal(model.Recovery, issued.SendTo.Value);
                            model.Token = issued.Token.Reveal();
                            model.TokenExpiry = issued.ExpiresAt;
                            model.TokenSpent = false;
                            model.Events++;
                        }

                        break;
                    }

                    case Command.Reset:
                    {
                        var text = step.Right && model.Token is not null ? model.Token : new string('Q', ResetToken.TextLength);
                        var result = PasswordChanges.ResetAccountPassword(account, ResetToken.Parse(text).GetValueOrThrow(), TestPasswords.Of(chosen), clock, [], TestRights.Nobody, passwords);
                        ResetTokenProblem? expected =
                            model.Token is null ? ResetTokenProblem.NotRequested
                            : text != model.Token ? ResetTokenProblem.DoesNotMatch
                            : model.TokenSpent ? ResetTokenProblem.AlreadyUsed
                            : clock.GetUtcNow() >= model.TokenExpiry ? ResetTokenProblem.Expired
                            : null;
                        result.Switch(
                            _ =>
                            {
                                Assert.Null(expected);
                                Assert.True(acceptable);
                                model.Password = chosen;
                                model.TokenSpent = true;
                                model.Events++;
                            },
                            missing => Assert.Fail(missing.Message),
                            invalid => Assert.Equal(expected, invalid.Problem),
                            unacceptable => Assert.True(expected is null && !acceptable));
                        break;
                    }

                    case Command.Wait:
                        clock.Advance(TimeSpan.FromMinutes(step.Minutes));
                        break;
                    default:
                        Assert.Equal(step.Right, account.SignIn(Channel.Webmail, TestPasswords.Of(step.Right ? model.Password : "not-the-Pa55"), passwords).IsT0);
                        break;
                }

                var state = account.ToState();
                Assert.True(account.SignIn(Channel.Manager, TestPasswords.Of(model.Password), passwords).IsT0);
                Assert.Equal(model.Recovery, state.RecoveryAddress);
                Assert.Equal(model.Events, account.Version);
                Assert.Equal(login.Normalized, state.LoginNormalized);
                Assert.NotEqual(state.RecoveryAddress?.ToLowerInvariant(), state.LoginNormalized);
                Assert.Equal(state, Account.FromState(state).ToState());
            }
        });
}
