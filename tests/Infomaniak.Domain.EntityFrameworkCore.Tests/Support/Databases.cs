using System.Data.Common;
using Infomaniak.Domain.EntityFrameworkCore.Storage;
using Infomaniak.Domain.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Infomaniak.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>An application's context: its own model calls the package's one mapping call.</summary>
public sealed class SqliteContext(DbContextOptions<SqliteContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyInfomaniakDomain();
}

/// <summary>The same on PostgreSQL, in this test run's own schema.</summary>
public sealed class PostgresContext(DbContextOptions<PostgresContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyInfomaniakDomain(o => o.Schema = Postgres.Schema);
}

/// <summary>One empty database for one test (or one generated case): contexts on it, and stores over them.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private readonly List<DbContext> contexts = [];

    public ManualTimeProvider Clock { get; } = new(Now);

    /// <summary>A new context on the database: two of them are two application instances.</summary>
    public DbContext NewContext()
    {
        var context = Create(null);
        contexts.Add(context);
        return context;
    }

    public DomainStore NewStore(int seed = 1) => new(NewContext(), Clock, new SeededRandomSource(seed));

    /// <summary>A store and its context, for a unit of work that spans several aggregates (a transaction).</summary>
    public (DbContext Context, DomainStore Store) NewContextAndStore(int seed)
    {
        var context = NewContext();
        return (context, new DomainStore(context, Clock, new SeededRandomSource(seed)));
    }

    /// <summary>A store whose context records the text of every command it sends.</summary>
    public DomainStore NewObservedStore(List<string> commands)
    {
        var context = Create(new CommandRecorder(commands));
        contexts.Add(context);
        return new DomainStore(context, Clock, new SeededRandomSource(13));
    }

    /// <summary>A store whose next save lets <paramref name="competitor"/> commit first, after the store has read what it checks.</summary>
    public DomainStore NewRacingStore(Func<Task> competitor)
    {
        var context = Create(new CompetingWriter(competitor));
        contexts.Add(context);
        return new DomainStore(context, Clock, new SeededRandomSource(11));
    }

    /// <summary>The schema-qualified, quoted name of the table a row type is mapped to, for raw SQL.</summary>
    public string Table<T>()
    {
        var entityType = NewContext().Model.FindEntityType(typeof(T))!;
        var table = $"\"{entityType.GetTableName()}\"";
        return entityType.GetSchema() is { } schema ? $"\"{schema}\".{table}" : table;
    }

    /// <summary>Runs SQL the test wrote itself (no input from outside).</summary>
    public async Task ExecuteAsync(string sql) => await NewContext().Database.ExecuteSqlRawAsync(sql);

    /// <summary>Reads one text value, selected as <c>"Value"</c> by SQL the test wrote itself.</summary>
    public async Task<string> ScalarAsync(string sql) => (await NewContext().Database.SqlQueryRaw<string>(sql).ToListAsync()).Single();

    protected static DbContextOptionsBuilder<T> With<T>(DbContextOptionsBuilder<T> builder, IInterceptor? interceptor)
        where T : DbContext =>
        interceptor is null ? builder : builder.AddInterceptors(interceptor);

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract DbContext Create(IInterceptor? interceptor);

    private sealed class CommandRecorder(List<string> commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            commands.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            commands.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class CompetingWriter(Func<Task> competitor) : SaveChangesInterceptor
    {
        private Func<Task>? pending = competitor;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref pending, null) is { } run)
            {
                await run();
            }

            return result;
        }
    }
}

/// <summary>SQLite in memory: a fresh database per test, alive while its connection is open.</summary>
public sealed class Sqlite : TestDatabase
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    private Sqlite()
    {
    }

    public static async Task<Sqlite> OpenAsync()
    {
        var database = new Sqlite();
        await database.connection.OpenAsync();
        await database.NewContext().Database.EnsureCreatedAsync();
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await connection.DisposeAsync();
    }

    protected override DbContext Create(IInterceptor? interceptor) =>
        new SqliteContext(With(new DbContextOptionsBuilder<SqliteContext>().UseSqlite(connection), interceptor).Options);
}

/// <summary>
/// PostgreSQL at the connection string of <see cref="Variable"/>: this test run's tables live in a schema of their
/// own (dropped at the end of the run), emptied before each test. PostgreSQL tests run one at a time.
/// </summary>
public sealed class Postgres : TestDatabase
{
    public const string Variable = "INFOMANIAK_DOMAIN_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool created;

    private Postgres()
    {
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string Schema { get; } = $"test_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];

    public static async Task<Postgres> OpenAsync()
    {
        var database = new Postgres();
        await Gate.WaitAsync();
        try
        {
            var context = database.NewContext();
            if (!created)
            {
                await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DropSchema();
                created = true;
            }

            var tables = string.Join(", ", context.Model.GetEntityTypes().Select(type => $"\"{Schema}\".\"{type.GetTableName()}\"").Distinct());
            var truncate = $"TRUNCATE {tables} CASCADE";
            await context.Database.ExecuteSqlRawAsync(truncate);
        }
        finally
        {
            Gate.Release();
        }

        return database;
    }

    protected override DbContext Create(IInterceptor? interceptor) =>
        new PostgresContext(With(new DbContextOptionsBuilder<PostgresContext>()
            .UseNpgsql(ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set.")), interceptor).Options);

    private static void DropSchema()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using DbCommand command = connection.CreateCommand();
        command.CommandText = $"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE";
        command.ExecuteNonQuery();
    }
}
