using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Qari.Storage.Database;

/// <summary>Opens contexts for one configured database and applies its provider's migrations.</summary>
public sealed class QariDatabase
{
    private readonly ILoggerFactory? _loggerFactory;

    /// <summary>Describes the database; <paramref name="loggerFactory"/> receives EF Core's logs (sensitive data logging stays off).</summary>
    public QariDatabase(DatabaseProvider provider, string connectionString, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = connectionString;
        _loggerFactory = loggerFactory;
    }

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string (may hold a database password: never log it).</summary>
    internal string ConnectionString { get; }

    /// <summary>A SQLite database in <paramref name="path"/>.</summary>
    public static QariDatabase Sqlite(string path, ILoggerFactory? loggerFactory = null) =>
        new(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False", loggerFactory);

    /// <summary>A new context (the caller disposes it).</summary>
    public QariDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteQariDbContext(Configure(new DbContextOptionsBuilder<SqliteQariDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqliteSecureDeleteInterceptor())).Options),
        DatabaseProvider.PostgreSql => new PostgresQariDbContext(Configure(new DbContextOptionsBuilder<PostgresQariDbContext>()
            .UseNpgsql(ConnectionString)).Options),
        _ => throw new InvalidOperationException($"Unknown database provider {Provider}."),
    };

    /// <summary>Creates or upgrades the schema with the provider's migrations.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var context = CreateContext();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder) where T : DbContext
    {
        if (_loggerFactory is not null) builder.UseLoggerFactory(_loggerFactory);
        // Never EnableSensitiveDataLogging: parameter values stay out of EF Core's logs at every level.
        return builder;
    }
}
