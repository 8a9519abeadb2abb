using System.Text.Json;
using Infomaniak.Domain.Accounts;
using Infomaniak.Domain.Credentials;
using Infomaniak.Domain.Mail;
using Infomaniak.Domain.Organizations;
using Infomaniak.Domain.Serialization;
using Infomaniak.Domain.Tests.Arbitraries;
using Infomaniak.Domain.Tests.Organizations;
using Infomaniak.Domain.Tests.Support;

namespace Infomaniak.Domain.Tests.Serialization;

/// <summary>The package's JSON writes and reads back every state record, event and value unchanged, and refuses bad JSON by name.</summary>
public class DomainJsonTests
{
    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, DomainJson.Options), DomainJson.Options)!;

    [Property(MaxTest = 60)]
    public Property EveryAccountState_RoundTrips_AndRebuildsTheSameAccount() =>
        Prop.ForAll(Arb.From(AggregateArbitraries.Accounts), account =>
        {
            var state = account.ToState();
            var read = RoundTrip(state);
            return read == state && Account.FromState(read).ToState() == state;
        });

    [Property(MaxTest = 60)]
    public Property EveryMailServiceState_RoundTrips_AndRebuildsTheSameService() =>
        Prop.ForAll(Arb.From(AggregateArbitraries.MailServices), service =>
        {
            var state = service.ToState();
            var read = RoundTrip(state);
            return read == state && MailService.FromState(read).ToState() == state;
        });

    [Property(MaxTest = 60)]
    public Property EveryOrganizationState_RoundTrips_AndRebuildsTheSameOrganization() =>
        Prop.ForAll(Arb.From(AggregateArbitraries.Organizations), organization =>
        {
            var state = organization.ToState();
            var read = RoundTrip(state);
            return read == state && Organization.FromState(read).ToState() == state;
        });

    [Property(MaxTest = 30)]
    public Property EveryProductCredentialState_RoundTrips() =>
        Prop.ForAll(Arb.From(AggregateArbitraries.ProductCredentials), credential =>
        {
            var state = credential.ToState();
            var read = RoundTrip(state);
            return read == state && ProductCredential.FromState(read).ToState() == state;
        });

    [Fact]
    public void EveryPublicEvent_HasAStableName_AndNoTwoShareOne()
    {
        var names = EventSamples.EventTypes.Select(type => DomainJson.EventTypeName(EventSamples.Of(type).Sample(1, 1).Single())).ToList();

        Assert.NotEmpty(names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Matches("^[a-z]+\\.[a-z]+(-[a-z]+)*$", name));
    }

    [Property(MaxTest = 400)]
    public Property EveryEvent_RoundTripsPolymorphically_UnderItsName() =>
        Prop.ForAll(Arb.From(EventSamples.Any), domainEvent =>
        {
            var json = JsonSerializer.Serialize(domainEvent, DomainJson.Options);
            var read = JsonSerializer.Deserialize<IDomainEvent>(json, DomainJson.Options)!;
            return json.StartsWith($"{{\"$type\":\"{DomainJson.EventTypeName(domainEvent)}\"", StringComparison.Ordinal)
                && read.GetType() == domainEvent.GetType()
                && read.Equals(domainEvent)
                && JsonSerializer.Serialize(read, DomainJson.Options) == json;
        });

    [Fact]
    public void AnOrganizationsPendingEvents_AreWrittenWithTheirContent()
    {
        var organization = Organization.Create(Given.Organization(1), Given.Account(1), Given.Company("Entreprise familiale"));
        _ = organization.Invite(Given.Account(1), Given.Email(2), Given.Limited(false, Given.Product(1)), Given.Clock(), new SeededRandomSource(2));

        var json = JsonSerializer.Serialize(organization.PendingEvents, DomainJson.Options);
        var read = JsonSerializer.Deserialize<IReadOnlyList<IDomainEvent>>(json, DomainJson.Options)!;

        Assert.Contains("\"organizations.organization-created\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Entreprise familiale\"", json, StringComparison.Ordinal);
        Assert.Equal(organization.PendingEvents, read);
    }

    [Fact]
    public void Values_AreWrittenReadably_AndReadBackEqual()
    {
        var money = Money.Create(12.50m, Currency.Chf).GetValueOrThrow();
        var spelled = UnicodeData.Available ? "Julie@Bücher.de" : "Julie@Buecher.de";
        var address = EmailAddress.Parse(spelled).GetValueOrThrow();
        var limited = Given.Limited(true, Given.Product(2), Given.Product(1));

        Assert.Equal("{\"amount\":\"12.50\",\"currency\":\"CHF\"}", JsonSerializer.Serialize(money, DomainJson.Options));
        Assert.Equal($"\"{spelled}\"", JsonSerializer.Serialize(address, DomainJson.Options).Replace("\\u00FC", "ü", StringComparison.Ordinal));
        Assert.Equal(money, RoundTrip(money));
        Assert.Equal(address, RoundTrip(address));
        Assert.Equal(address.Value, RoundTrip(address).Value);
        Assert.Equal(limited, RoundTrip(limited));
        Assert.Equal(Rights.Administrator(false), RoundTrip(Rights.Administrator(false)));
        Assert.All(Currency.All, currency => Assert.Equal(currency, RoundTrip(currency)));
        Assert.Equal(Given.Account(3), RoundTrip(Given.Account(3)));
    }

    [Fact]
    [Trait("Rule", "ACC-6")]
    public void Secrets_AreNeverWritten_AndAHashOnlyInTheStateThatStoresIt()
    {
        var family = new Family();
        var password = TestPasswords.Of(Family.AccountPassword);
        var state = family.Munster.ToState();
        var token = family.Munster.RequestPasswordReset(family.Clock, family.Random).GetValueOrThrow().Token;

        Assert.Equal($"\"{Password.Mask}\"", JsonSerializer.Serialize(password, DomainJson.Options));
        Assert.DoesNotContain(token.Reveal(), JsonSerializer.Serialize(token, DomainJson.Options), StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(state.PasswordHash.ToString(), DomainJson.Options), JsonSerializer.Serialize(state.PasswordHash, DomainJson.Options));
        Assert.Contains(state.PasswordHash.Value, JsonSerializer.Serialize(state, DomainJson.Options), StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Password>("\"a-Pa55-word\"", DomainJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PasswordHash>(JsonSerializer.Serialize(state.PasswordHash.Value), DomainJson.Options));
    }

    [Theory]
    [InlineData("\"not-a-guid\"")]
    [InlineData("\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void AMalformedId_FailsWithAJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AccountId>(json, DomainJson.Options));

    [Fact]
    public void BadJson_InAStateRecord_FailsNamingThePath_NeverWithADefault()
    {
        var state = JsonSerializer.Serialize(Given.OrganizationWith(1, Given.Account(1), Given.Product(1)).ToState(), DomainJson.Options);

        var badId = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrganizationState>(state.Replace(Given.Account(1).ToString(), "nope", StringComparison.Ordinal), DomainJson.Options));
        var missing = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrganizationState>(state.Replace("\"name\":", "\"nom\":", StringComparison.Ordinal), DomainJson.Options));

        Assert.Equal("$.members[0].accountId", badId.Path);
        Assert.Contains("AccountId", badId.Message, StringComparison.Ordinal);
        Assert.Contains("name", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"$type\":\"organizations.no-such-event\",\"organization\":\"6a1c0c85-3a48-4b36-9b45-3b8e83d49c11\"}")]
    [InlineData("{\"$type\":\"organizations.member-left\",\"organization\":\"6a1c0c85-3a48-4b36-9b45-3b8e83d49c11\",\"member\":\"x\"}")]
    public void AnUnknownEventName_OrABadField_FailsWithAJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IDomainEvent>(json, DomainJson.Options));

    [Fact]
    public void AnEventWithoutItsName_CannotBeRead() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IDomainEvent>("{\"organization\":\"6a1c0c85-3a48-4b36-9b45-3b8e83d49c11\"}", DomainJson.Options));

    [Theory]
    [InlineData("{\"amount\":\"0.125\",\"currency\":\"CHF\"}")]
    [InlineData("{\"amount\":\"12\",\"currency\":\"XYZ\"}")]
    [InlineData("{\"amount\":12,\"currency\":\"CHF\"}")]
    [InlineData("{\"currency\":\"CHF\"}")]
    public void BadMoney_FailsWithAJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json, DomainJson.Options));

    [Theory]
    [InlineData("{\"kind\":\"limited\",\"billing\":true,\"products\":[]}")]
    [InlineData("{\"kind\":\"all\",\"billing\":true,\"products\":[\"6a1c0c85-3a48-4b36-9b45-3b8e83d49c11\"]}")]
    [InlineData("{\"kind\":\"owner\",\"billing\":true}")]
    [InlineData("{\"kind\":\"all\"}")]
    public void RightsThatCannotExist_AreRefused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Rights>(json, DomainJson.Options));

    [Fact]
    public void AnApplicationsOwnOptions_CanBeConfiguredForTheLibrary_AndKeepTheirOwnTypes()
    {
        var options = new JsonSerializerOptions().AddInfomaniakDomain();
        var envelope = new Envelope(Given.Account(5), Money.Create(3m, Currency.Eur).GetValueOrThrow());

        var json = JsonSerializer.Serialize(envelope, options);

        Assert.Equal(envelope, JsonSerializer.Deserialize<Envelope>(json, options));
        Assert.Contains("\"Account\":\"", json, StringComparison.Ordinal);
    }

    private sealed record Envelope(AccountId Account, Money Price);
}
