using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Credentials;

[Trait("Rule", "UNI-4")]
public class ProductCredentialTests
{
    private static readonly SeededRandomSource Random = new(11);
    private static readonly AccountId Admin = Given.Account(1);
    private static readonly ProductId Hosting = Given.Product(1);
    private readonly Organization holder = Given.OrganizationWith(1, Admin, Hosting, Given.Product(2));

    private ProductCredential Ftp(string userName = "munster_ftp") =>
        ProductCredential.Create(holder, Admin, Hosting, Channel.Ftp, userName, TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Random).GetValueOrThrow();

    [Theory]
    [InlineData(Channel.Manager)]
    [InlineData(Channel.Webmail)]
    [InlineData(Channel.MailApplication)]
    public void Create_RefusesChannelsThatCheckOtherCredentials(Channel channel)
    {
        var result = ProductCredential.Create(holder, Admin, Hosting, channel, "user", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Random);

        Assert.Equal(channel, result.AsT2.Channel);
    }

    [Theory]
    [InlineData(null, NameProblem.Empty)]
    [InlineData("  ", NameProblem.Empty)]
    [InlineData("two words", NameProblem.WhiteSpace)]
    [InlineData("no\u00A0break", NameProblem.WhiteSpace)]
    [InlineData("tab\tname", NameProblem.ControlCharacter)]
    [InlineData("\u202Eroot", NameProblem.BidiControl)]
    [InlineData("ro\u2066ot", NameProblem.BidiControl)]
    [InlineData("ro\u200Bot", NameProblem.InvisibleCharacter)]
    [InlineData("root\u2060", NameProblem.InvisibleCharacter)]
    [InlineData("\uFEFFroot", NameProblem.InvisibleCharacter)]
    [InlineData("root\uFDD0", NameProblem.BrokenUnicode)]
    [InlineData("root\uFFFF", NameProblem.BrokenUnicode)]
    public void Create_RefusesBadUserNames_NamingTheProblem(string? userName, NameProblem problem)
    {
        var result = ProductCredential.Create(holder, Admin, Hosting, Channel.Ssh, userName, TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Random);

        Assert.Equal(new InvalidUserName(ProductCredential.MaxUserNameLength, problem), result.AsT3);
    }

    [Fact]
    public void Create_RefusesALoneSurrogate_WhichStorageWouldNotKeep()
    {
        var result = ProductCredential.Create(holder, Admin, Hosting, Channel.Ssh, "root" + (char)0xD800, TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Random);

        Assert.Equal(new InvalidUserName(ProductCredential.MaxUserNameLength, NameProblem.BrokenUnicode), result.AsT3);
    }

    [Fact]
    public void AStoredUserName_ThatANewOneCouldNotHave_IsRejected()
    {
        var state = Ftp().ToState();

        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "\u202Eroot" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "ro ot" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = new string('u', 65) }));
        Assert.Equal(state.UserName, ProductCredential.FromState(state).UserName);
    }

    [Fact]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ORG-7")]
    public void EveryCommand_IsRefusedToAStranger_AMemberOfAnotherOrganization_AndAMemberWithoutTheProduct()
    {
        var credential = Ftp();
        Given.Join(holder, Admin, 2, Given.Limited(false, Given.Product(2)));
        var other = Given.OrganizationWith(3, Given.Account(3), Hosting);
        credential.DequeueEvents();
        var before = credential.ToState();

        foreach (var (organization, actor, reason) in new[]
        {
            (holder, Given.Account(9), DenialReason.NotAMember),
            (holder, Given.Account(2), DenialReason.ProductNotGranted),
            (other, Given.Account(3), DenialReason.OwnedByAnotherOrganization),
        })
        {
            Assert.Equal(reason, credential.ChangePassword(organization, actor, TestPasswords.Of("new-ftp-Pa55"), TestPasswords.Service()).AsT1.Reason);
            Assert.Equal(reason, credential.Revoke(organization, actor).AsT1.Reason);
        }

        Assert.Equal(DenialReason.ProductNotGranted, ProductCredential.Create(holder, Given.Account(2), Hosting, Channel.Ftp, "x", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Random).AsT1.Reason);
        Assert.Equal(before, credential.ToState());
        Assert.Empty(credential.PendingEvents);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void ARevokedCredential_OpensNothing_AndTakesNoNewPassword()
    {
        var credential = Ftp();
        credential.DequeueEvents();

        Assert.True(credential.Revoke(holder, Admin).IsT0);

        Assert.Equal(new ProductCredentialRevoked(credential.Id, Hosting, Admin), Assert.Single(credential.PendingEvents));
        Assert.Equal(new ProductAlreadyTerminated(Hosting), credential.SignIn(TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).AsT1);
        Assert.Equal(new ProductAlreadyTerminated(Hosting), credential.ChangePassword(holder, Admin, TestPasswords.Of("new-ftp-Pa55"), TestPasswords.Service()).AsT2);
        Assert.Equal(new ProductAlreadyTerminated(Hosting), credential.Revoke(holder, Admin).AsT2);
        Assert.True(ProductCredential.FromState(credential.ToState()).IsTerminated);
    }

    [Fact]
    [Trait("Rule", "ORG-9")]
    public void DeletingTheOrganization_TerminatesItsCredentials_AndLeavesOthersAlone()
    {
        var organization = Given.OrganizationWith(4, Given.Account(4), Given.Product(4));
        var credential = ProductCredential.Create(organization, Given.Account(4), Given.Product(4), Channel.Ssh, "deploy", TestPasswords.Of("ssh-Pa55-word"), TestPasswords.Service(), Random).GetValueOrThrow();
        var unrelated = Ftp();
        Given.ProductOf(organization, Given.Product(4)).Terminate(organization, Given.Account(4)).GetValueOrThrow();

        var deleted = OrganizationDeletion.Delete(organization, Given.Account(4), [], [], [], false, [], [credential, unrelated]);

        Assert.True(deleted.IsT0);
        Assert.True(credential.SignIn(TestPasswords.Of("ssh-Pa55-word"), TestPasswords.Service()).IsT1);
        Assert.True(unrelated.SignIn(TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).IsT0);
    }

    [Fact]
    public void ChangePassword_ChangesOnlyThisCredential_AndRecordsWhoChangedIt()
    {
        var credential = Ftp();
        credential.DequeueEvents();

        var changed = credential.ChangePassword(holder, Admin, TestPasswords.Of("new-ftp-Pa55"), TestPasswords.Service());

        Assert.True(changed.IsT0);
        Assert.True(credential.SignIn(TestPasswords.Of("new-ftp-Pa55"), TestPasswords.Service()).IsT0);
        Assert.True(credential.SignIn(TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).IsT2);
        Assert.Equal(new ProductCredentialPasswordChanged(credential.Id, credential.Product, Admin), Assert.Single(credential.PendingEvents));
        Assert.Throws<ArgumentNullException>(() => credential.ChangePassword(holder, Admin, null!, TestPasswords.Service()));
        Assert.Throws<ArgumentNullException>(() => credential.ChangePassword(holder, Admin, TestPasswords.Of("new-ftp-Pa55"), null!));
        Assert.Throws<ArgumentNullException>(() => credential.ChangePassword(null!, Admin, TestPasswords.Of("new-ftp-Pa55"), TestPasswords.Service()));
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void ChangePassword_Refused_ChangesNothing()
    {
        var credential = Ftp();
        var before = credential.ToState();

        var refused = credential.ChangePassword(holder, Admin, TestPasswords.Of("short"), TestPasswords.Service());

        Assert.Equal(PasswordProblem.TooShort, refused.AsT3.Problem);
        Assert.Equal(before, credential.ToState());
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    [Trait("Rule", "UNI-4")]
    public void SignIn_RenewsAWeakHash_AndRefusesAWrongPassword()
    {
        var weak = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(1_000), new SeededRandomSource(1));
        var stronger = new PasswordService(PasswordPolicy.Default, new Pbkdf2PasswordHasher(2_000), new SeededRandomSource(2));
        var credential = ProductCredential.Create(holder, Admin, Hosting, Channel.Ssh, "munster", TestPasswords.Of("ssh-Pa55-word"), weak, Random).GetValueOrThrow();
        credential.DequeueEvents();

        Assert.True(credential.SignIn(TestPasswords.Of("ssh-Pa55-word"), stronger).IsT0);
        Assert.Equal(new ProductCredentialRehashed(credential.Id, credential.Product), Assert.Single(credential.PendingEvents));
        Assert.Equal(2_000, credential.ToState().PasswordHash.Iterations);
        Assert.True(credential.SignIn(TestPasswords.Of("ssh-Pa55-word"), stronger).IsT0);
        Assert.Single(credential.PendingEvents);
        Assert.True(credential.SignIn(TestPasswords.Of("not-the-Pa55"), stronger).IsT2);
    }

    [Fact]
    public void Create_TakesAUserNameOfUpTo64Characters_Trimmed_DrawsItsId_AndRecordsIt()
    {
        var id = Guid.Parse("7a000000-0000-4000-8000-000000000001");
        var longest = new string('u', ProductCredential.MaxUserNameLength);

        var credential = ProductCredential.Create(holder, Admin, Hosting, Channel.WebDav, "  " + longest + " ", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Given.Ids(id)).GetValueOrThrow();

        Assert.Equal((ProductCredentialId.From(id), holder.Id, Hosting, Channel.WebDav, longest), (credential.Id, credential.Organization, credential.Product, credential.Channel, credential.UserName));
        Assert.Equal(new ProductCredentialCreated(credential.Id, holder.Id, Hosting, Channel.WebDav, longest, Admin), Assert.Single(credential.PendingEvents));
        Assert.True(credential.SignIn(TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service()).IsT0);
        Assert.True(ProductCredential.Create(holder, Admin, Hosting, Channel.MySql, longest + "u", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Random).IsT3);
        Assert.True(ProductCredential.Create(holder, Admin, Hosting, Channel.MySql, "ctl\u0001name", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Random).IsT3);
        Assert.Equal(64, ProductCredential.MaxUserNameLength);
    }

    [Fact]
    public void Create_RefusesAnUndefinedChannel_AndAnUnacceptablePassword()
    {
        var undefined = ProductCredential.Create(holder, Admin, Hosting, (Channel)99, "user", TestPasswords.Of("ftp-Pa55-word"), TestPasswords.Service(), Random);
        var common = ProductCredential.Create(holder, Admin, Hosting, Channel.Ftp, "user", TestPasswords.Of("password1"), TestPasswords.Service(), Random);

        Assert.Equal((Channel)99, undefined.AsT2.Channel);
        Assert.Equal(PasswordProblem.Common, common.AsT4.Problem);
    }

    [Fact]
    public void FromState_RebuildsEveryField_AndRejectsEachBrokenOne()
    {
        var credential = Ftp();
        var state = credential.ToState() with { Version = 7 };

        var again = ProductCredential.FromState(state);

        Assert.Equal(state, again.ToState());
        Assert.Equal((state.Id, 7L, state.Product, Channel.Ftp, state.UserName, holder.Id), (again.Id, again.Version, again.Product, again.Channel, again.UserName, again.Organization));
        Assert.Empty(again.PendingEvents);
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { Channel = (Channel)99 }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { Channel = Channel.Webmail }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = new string('u', ProductCredential.MaxUserNameLength + 1) }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "two words" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "ctl\u0001name" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = "" }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { UserName = null! }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { Product = default }));
        Assert.Throws<ArgumentException>(() => ProductCredential.FromState(state with { Organization = default }));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.FromState(state with { PasswordHash = null! }));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.FromState(null!));
        Assert.Equal(ProductCredential.MaxUserNameLength, ProductCredential.FromState(state with { UserName = new string('u', ProductCredential.MaxUserNameLength) }).UserName.Length);
    }

    [Fact]
    public void Create_GuardsAgainstProgrammerErrors()
    {
        var password = TestPasswords.Of("ftp-Pa55-word");

        Assert.Throws<ArgumentNullException>(() => ProductCredential.Create(null!, Admin, Hosting, Channel.Ftp, "user", password, TestPasswords.Service(), Random));
        Assert.Throws<ArgumentException>(() => ProductCredential.Create(holder, Admin, default, Channel.Ftp, "user", password, TestPasswords.Service(), Random));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.Create(holder, Admin, Hosting, Channel.Ftp, "user", null!, TestPasswords.Service(), Random));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.Create(holder, Admin, Hosting, Channel.Ftp, "user", password, null!, Random));
        Assert.Throws<ArgumentNullException>(() => ProductCredential.Create(holder, Admin, Hosting, Channel.Ftp, "user", password, TestPasswords.Service(), null!));
    }

    [Fact]
    public void Refusals_SayWhatIsExpected()
    {
        Assert.Contains("Webmail", new NotAProductChannel(Channel.Webmail).Message, StringComparison.Ordinal);
        Assert.Contains("64", new InvalidUserName(64, NameProblem.TooLong).Message, StringComparison.Ordinal);
        Assert.Equal("A user name cannot hold white space.", new InvalidUserName(64, NameProblem.WhiteSpace).Message);
    }
}
