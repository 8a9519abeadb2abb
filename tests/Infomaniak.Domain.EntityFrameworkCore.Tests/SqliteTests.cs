using Infomaniak.Domain.EntityFrameworkCore.Tests.Arbitraries;
using Infomaniak.Domain.EntityFrameworkCore.Tests.Support;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests;

/// <summary>Every scenario on SQLite, in memory: a fresh database per test and per generated case.</summary>
public class SqliteTests : StoreScenarios
{
    [Property(Arbitrary = [typeof(DataSets)], MaxTest = 60)]
    [Trait("Rule", "ORG-11")]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "ACC-5")]
    [Trait("Rule", "UNI-4")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "VOU-1")]
    [Trait("Rule", "VOU-4")]
    public Task EveryAggregate_SavedAndLoaded_IsEqual_OnSqlite(DataSet data) => EveryAggregate_SavedAndLoaded_IsEqual(data);

    [Property(Arbitrary = [typeof(DataSets)], MaxTest = 20)]
    [Trait("Rule", "ORG-5")]
    [Trait("Rule", "RGT-3")]
    [Trait("Rule", "RGT-4")]
    [Trait("Rule", "ACC-1")]
    [Trait("Rule", "UNI-1")]
    [Trait("Rule", "BIL-5")]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "VOU-2")]
    [Trait("Rule", "VOU-3")]
    public Task EverySpecification_SelectsInTheDatabase_WhatItSelectsInMemory_OnSqlite(DataSet data) => EverySpecification_SelectsInTheDatabase_WhatItSelectsInMemory(data);

    [Fact]
    [Trait("Rule", "ORG-5")]
    public Task EverySpecification_IsTranslatedToSql_OnSqlite() => EverySpecification_IsTranslatedToSql();

    [Fact]
    [Trait("Rule", "ORG-5")]
    public Task ASpecificationTheDatabaseCannotRun_Fails_OnSqlite() => ASpecificationTheDatabaseCannotRun_Fails();

    [Fact]
    [Trait("Rule", "ORG-5")]
    public Task OrderingAndPaging_RunInTheDatabase_OnSqlite() => OrderingAndPaging_RunInTheDatabase();

    [Fact]
    [Trait("Rule", "ORG-11")]
    public Task TwoWriters_FromTheSameVersion_OneConflicts_AndNothingIsLost_OnSqlite() => TwoWriters_FromTheSameVersion_OneConflicts_AndNothingIsLost();

    [Fact]
    [Trait("Rule", "ORG-11")]
    public Task AWriterThatLosesTheRaceInTheDatabase_GetsAConflict_OnSqlite() => AWriterThatLosesTheRaceInTheDatabase_GetsAConflict();

    [Fact]
    [Trait("Rule", "ORG-11")]
    public Task TheOutbox_HoldsExactlyTheEventsRecorded_InOrder_OnSqlite() => TheOutbox_HoldsExactlyTheEventsRecorded_InOrder();

    [Fact]
    [Trait("Rule", "RGT-2")]
    [Trait("Rule", "MAIL-3")]
    [Trait("Rule", "ORG-8")]
    public Task ChildRows_AddedChangedAndRemoved_RoundTrip_OnSqlite() => ChildRows_AddedChangedAndRemoved_RoundTrip();

    [Fact]
    [Trait("Rule", "ORG-11")]
    public Task AddingAnIdThatIsStored_IsAConflict_OnSqlite() => AddingAnIdThatIsStored_IsAConflict();

    [Fact]
    [Trait("Rule", "ORG-11")]
    public Task SavingAnAggregateNoLongerStored_IsAConflict_OnSqlite() => SavingAnAggregateNoLongerStored_IsAConflict();

    [Fact]
    [Trait("Rule", "ACC-1")]
    public Task TwoAccounts_CannotHoldTheSameLogin_OnSqlite() => TwoAccounts_CannotHoldTheSameLogin();

    [Fact]
    [Trait("Rule", "ACC-6")]
    public Task PasswordsAndTokens_AreStoredOnlyAsHashes_OnSqlite() => PasswordsAndTokens_AreStoredOnlyAsHashes();

    [Theory]
    [Trait("Rule", "ORG-11")]
    [Trait("Rule", "ACC-6")]
    [InlineData("login", "Account")]
    [InlineData("hash", "Accounts.PasswordHash")]
    [InlineData("empty member id", "OrganizationMembers.AccountId")]
    [InlineData("malformed member id", "stored Organization")]
    [InlineData("mailbox address", "MailService")]
    public Task BadRows_FailLoadingWithAClearError_OnSqlite(string corruption, string named) => BadRows_FailLoadingWithAClearError(corruption, named);

    [Fact]
    [Trait("Rule", "BIL-5")]
    public Task TwoInvoiceIssuers_OnOneBillingProfile_TakeConsecutiveNumbers_OnSqlite() => TwoInvoiceIssuers_OnOneBillingProfile_TakeConsecutiveNumbers();

    [Fact]
    [Trait("Rule", "PRE-5")]
    [Trait("Rule", "PRE-2")]
    public Task TwoConcurrentDebits_OfOnePrepaidAccount_NeverOverdraw_OnSqlite() => TwoConcurrentDebits_OfOnePrepaidAccount_NeverOverdraw();

    [Fact]
    [Trait("Rule", "PRE-5")]
    public Task LedgerEntries_AreInsertedOnce_AndNeverRewritten_OnSqlite() => LedgerEntries_AreInsertedOnce_AndNeverRewritten();

    [Fact]
    [Trait("Rule", "PRE-2")]
    [Trait("Rule", "PRE-3")]
    [Trait("Rule", "PRE-5")]
    public Task DebitsForAnInvoiceARenewalAndAnOrder_AreStoredWithTheirReference_OnSqlite() => DebitsForAnInvoiceARenewalAndAnOrder_AreStoredWithTheirReference();

    [Fact]
    [Trait("Rule", "PRE-5")]
    public Task ALedgerRow_ReusingAnIdempotencyKey_IsRefusedByTheDatabase_OnSqlite() => ALedgerRow_ReusingAnIdempotencyKey_IsRefusedByTheDatabase();

    [Fact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    [Trait("Rule", "ORG-11")]
    public Task TwoConcurrentCheckouts_RedeemingTheLastUseOfACode_OneConflicts_AndTheLimitHolds_OnSqlite() => TwoConcurrentCheckouts_RedeemingTheLastUseOfACode_OneConflicts_AndTheLimitHolds();

    [Fact]
    [Trait("Rule", "VOU-3")]
    [Trait("Rule", "VOU-4")]
    [Trait("Rule", "ORG-11")]
    public Task ACheckoutThatLosesTheRaceForACodeInTheDatabase_GetsAConflict_OnSqlite() => ACheckoutThatLosesTheRaceForACodeInTheDatabase_GetsAConflict();

    protected override async Task<TestDatabase> OpenAsync() => await Sqlite.OpenAsync();
}
