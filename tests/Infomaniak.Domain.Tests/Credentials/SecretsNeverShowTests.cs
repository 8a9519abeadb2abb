using System.Text.Json;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "ACC-6")]
public class SecretsNeverShowTests
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = false };

    [Property(MaxTest = 20, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool NoPrintedFormEventRefusalOrStateOfAnyOperation_ContainsAGeneratedPasswordOrToken(Password password, Password next)
    {
        var family = new Family();
        var printed = new List<object?>();
        var account = Account.Register(
            Family.Address("someone@example.ch"), PersonName.Create("Some", "One").GetValueOrThrow(), password,
            Family.Address("recovery@example.ch"), family.Passwords, family.Random).GetValueOrThrow();
        var issued = account.RequestPasswordReset(family.Clock, family.Random).GetValueOrThrow();
        var mailbox = family.Service.AddMailbox(family.Organization, family.Munster.Id, Family.Address("someone@example.ch"), password, family.Passwords, family.Random).GetValueOrThrow();
        family.Service.AttachWebmailReader(family.Organization, family.Munster.Id, mailbox.Id, account.Id).GetValueOrThrow();
        family.Rights.Grant(account.Id);

        printed.Add(password);
        printed.Add(issued);
        printed.Add(issued.Token);
        printed.Add(PasswordChanges.ChangeMailboxPassword(family.Service, mailbox.Id, account.Id, next, account, null, family.Rights, family.Passwords).Value);
        printed.Add(Unification.Accept(family.Service, mailbox.Id, account, TestPasswords.Of("wrong-Pa55-word"), family.Rights, family.Passwords).Value);
        printed.Add(Unification.Accept(family.Service, mailbox.Id, account, password, family.Rights, family.Passwords).Value);
        printed.Add(PasswordChanges.ChangeAccountPassword(account, password, next, [family.Service], family.Rights, family.Passwords).Value);
        printed.Add(PasswordChanges.ResetAccountPassword(account, issued.Token, password, family.Clock, [family.Service], family.Rights, family.Passwords).Value);
        printed.Add(PasswordPolicy.Default.Check(TestPasswords.Of(password.Reveal() + "someone@example.ch"), Family.Address("someone@example.ch")).Value);
        printed.Add(account.ToState());
        printed.Add(family.Service.ToState());
        printed.AddRange(account.PendingEvents);
        printed.AddRange(family.Service.PendingEvents);

        var secrets = new[] { password.Reveal(), next.Reveal(), issued.Token.Reveal() };
        var texts = printed.SelectMany(item => new[] { item?.ToString() ?? "", item is IDomainEvent or Refusal or Password or ResetToken ? JsonSerializer.Serialize(item, item.GetType(), Json) : "" })
            .Concat(printed.OfType<Refusal>().Select(refusal => refusal.Message));
        return texts.All(text => secrets.All(secret => !text.Contains(secret, StringComparison.Ordinal)));
    }
}
