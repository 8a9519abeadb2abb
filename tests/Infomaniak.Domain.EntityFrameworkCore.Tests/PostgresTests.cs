using Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Support;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests;

/// <summary>Every scenario on PostgreSQL (skipped, and reported so, without INFOMANIAK_DOMAIN_POSTGRES): tables emptied per test and per generated case.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresTests : StoreScenarios
{
    [PostgresProperty(Arbitrary = [typeof(DataSets)], MaxTest = 20)]
    [Trait("Rule", "ORG-11")]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "ACC-5")]
    [Trait("Rule", "UNI-4")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-4")]
    public Task EveryAggregate_SavedAndLoaded_IsEqual_OnPostgres(DataSet data) => EveryAggregate_SavedAndLoaded_IsEqual(data);

    [PostgresProperty(Arbitrary = [typeof(DataSets)], MaxTest = 12)]
    [Trait("Rule", "ORG-5")]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ACC-1")]
    [Trait("Rule", "UNI-1")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public Task EverySpecification_SelectsInTheDatabase_WhatItSelectsInMemory_OnPostgres(DataSet data) => EverySpecification_SelectsInTheDatabase_WhatItSelectsInMemory(data);

    [PostgresFact]
    [Trait("Rule", "ORG-5")]
    public Task EverySpecification_IsTranslatedToSql_OnPostgres() => EverySpecification_IsTranslatedToSql();

    [PostgresFact]
    [Trait("Rule", "ORG-5")]
    public Task ASpecificationTheDatabaseCannotRun_Fails_OnPostgres() => ASpecificationTheDatabaseCannotRun_Fails();

    [PostgresFact]
    [Trait("Rule", "ORG-5")]
    public Task OrderingAndPaging_RunInTheDatabase_OnPostgres() => OrderingAndPaging_RunInTheDatabase();

    [PostgresFact]
    [Trait("Rule", "ORG-11")]
    public Task TwoWriters_FromTheSameVersion_OneConflicts_AndNothingIsLost_OnPostgres() => TwoWriters_FromTheSameVersion_OneConflicts_AndNothingIsLost();

    [PostgresFact]
    [Trait("Rule", "ORG-11")]
    public Task AWriterThatLosesTheRaceInTheDatabase_GetsAConflict_OnPostgres() => AWriterThatLosesTheRaceInTheDatabase_GetsAConflict();

    [PostgresFact]
    [Trait("Rule", "ORG-11")]
    public Task TheOutbox_HoldsExactlyTheEventsRecorded_InOrder_OnPostgres() => TheOutbox_HoldsExactlyTheEventsRecorded_InOrder();

    [PostgresFact]
    [Trait("Rule", "RGT-2")]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "ORG-8")]
    public Task ChildRows_AddedChangedAndRemoved_RoundTrip_OnPostgres() => ChildRows_AddedChangedAndRemoved_RoundTrip();

    [PostgresFact]
    [Trait("Rule", "ORG-11")]
    public Task AddingAnIdThatIsStored_IsAConflict_OnPostgres() => AddingAnIdThatIsStored_IsAConflict();

    [PostgresFact]
    [Trait("Rule", "ORG-11")]
    public Task SavingAnAggregateNoLongerStored_IsAConflict_OnPostgres() => SavingAnAggregateNoLongerStored_IsAConflict();

    [PostgresFact]
    [Trait("Rule", "ACC-1")]
    public Task TwoAccounts_CannotHoldTheSameLogin_OnPostgres() => TwoAccounts_CannotHoldTheSameLogin();

    [PostgresFact]
    [Trait("Rule", "ACC-6")]
    public Task PasswordsAndTokens_AreStoredOnlyAsHashes_OnPostgres() => PasswordsAndTokens_AreStoredOnlyAsHashes();

    [PostgresTheory]
    [Trait("Rule", "ORG-11")]
    [Trait("Rule", "ACC-6")]
    [InlineData("login", "Account")]
    [InlineData("hash", "Accounts.PasswordHash")]
    [InlineData("empty member id", "OrganizationMembers.AccountId")]
    [InlineData("mailbox address", "MailService")]
    public Task BadRows_FailLoadingWithAClearError_OnPostgres(string corruption, string named) => BadRows_FailLoadingWithAClearError(corruption, named);

    [PostgresFact]
    [Trait("Rule", "BIL-5")]
    public Task TwoInvoiceIssuers_OnOneBillingProfile_TakeConsecutiveNumbers_OnPostgres() => TwoInvoiceIssuers_OnOneBillingProfile_TakeConsecutiveNumbers();

    [PostgresFact]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "PRE-2")]
    public Task TwoConcurrentDebits_OfOnePrepaidAccount_NeverOverdraw_OnPostgres() => TwoConcurrentDebits_OfOnePrepaidAccount_NeverOverdraw();

    [PostgresFact]
    [Trait("Rule", "PRE-5")]
    public Task LedgerEntries_AreInsertedOnce_AndNeverRewritten_OnPostgres() => LedgerEntries_AreInsertedOnce_AndNeverRewritten();

    [PostgresFact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "PRE-5")]
    public Task DebitsForAnInvoiceARenewalAndAnOrder_AreStoredWithTheirReference_OnPostgres() => DebitsForAnInvoiceARenewalAndAnOrder_AreStoredWithTheirReference();

    [PostgresFact]
    [Trait("Rule", "PRE-5")]
    public Task ALedgerRow_ReusingAnIdempotencyKey_IsRefusedByTheDatabase_OnPostgres() => ALedgerRow_ReusingAnIdempotencyKey_IsRefusedByTheDatabase();

    [PostgresFact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    [Trait("Rule", "ORG-11")]
    public Task TwoConcurrentCheckouts_RedeemingTheLastUseOfACode_OneConflicts_AndTheLimitHolds_OnPostgres() => TwoConcurrentCheckouts_RedeemingTheLastUseOfACode_OneConflicts_AndTheLimitHolds();

    [PostgresFact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    [Trait("Rule", "ORG-11")]
    public Task ACheckoutThatLosesTheRaceForACodeInTheDatabase_GetsAConflict_OnPostgres() => ACheckoutThatLosesTheRaceForACodeInTheDatabase_GetsAConflict();

    protected override async Task<TestDatabase> OpenAsync() => await Postgres.OpenAsync();
}
