using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Qari.Model.Ids;
using Qari.Storage.Accounts;
using Qari.Storage.Credentials;
using Qari.Storage.Database;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Support;

/// <summary>A migrated database with a credential store over it, logging everything at Trace into <see cref="Logs"/>.</summary>
public sealed class StoreHarness : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;

    private StoreHarness(QariDatabase database, MasterKeyRing ring, CapturingLoggerProvider logs, ILoggerFactory loggerFactory, FakeTimeProvider time, Func<Task> cleanup)
    {
        Database = database;
        Ring = ring;
        Logs = logs;
        LoggerFactory = loggerFactory;
        Time = time;
        _cleanup = cleanup;
        Cipher = new CredentialCipher(ring, loggerFactory.CreateLogger<CredentialCipher>());
        Store = new EfCredentialStore(database, Cipher, time, loggerFactory.CreateLogger<EfCredentialStore>());
        WrappedKeys = new EfWrappedKeyStore(database, time, loggerFactory.CreateLogger<EfWrappedKeyStore>());
    }

    public QariDatabase Database { get; }
    public MasterKeyRing Ring { get; }
    public CapturingLoggerProvider Logs { get; }
    public ILoggerFactory LoggerFactory { get; }
    public FakeTimeProvider Time { get; }
    public CredentialCipher Cipher { get; }
    public EfCredentialStore Store { get; }
    public EfWrappedKeyStore WrappedKeys { get; }

    /// <summary>Builds the database through <paramref name="open"/> (which receives the logger factory), migrates it, and opens a store with <paramref name="ring"/>.</summary>
    public static async Task<StoreHarness> CreateAsync(Func<ILoggerFactory, QariDatabase> open, MasterKeyRing ring, Func<Task>? cleanup = null)
    {
        var logs = new CapturingLoggerProvider();
        var factory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var database = open(factory);
        await database.MigrateAsync(CancellationToken.None);
        return new StoreHarness(database, ring, logs, factory, new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)), cleanup ?? (() => Task.CompletedTask));
    }

    /// <summary>A SQLite file database in <paramref name="directory"/>.</summary>
    public static Task<StoreHarness> SqliteAsync(string directory, byte masterKey = 1) =>
        CreateAsync(f => QariDatabase.Sqlite(Path.Combine(directory, "qari.db"), f), TestKeys.Ring(masterKey));

    /// <summary>The same database opened with other master keys (a restart with a different configuration).</summary>
    public StoreHarness Reopen(MasterKeyRing ring) => new(Database, ring, Logs, LoggerFactory, Time, () => Task.CompletedTask);

    /// <summary>Adds a user row.</summary>
    public async Task<UserId> AddUserAsync(string name)
    {
        var id = Guid.NewGuid();
        await using var context = Database.CreateContext();
        context.Users.Add(new UserEntity { Id = id, DisplayName = name, CreatedAt = Time.GetUtcNow() });
        await context.SaveChangesAsync();
        return new UserId(id);
    }

    /// <summary>Changes one credential row directly in the database (what an attacker with database access does).</summary>
    public async Task TamperAsync(Guid credentialId, Action<CredentialEntity> change)
    {
        await using var context = Database.CreateContext();
        var row = context.Credentials.Single(c => c.Id == credentialId);
        change(row);
        await context.SaveChangesAsync();
    }

    /// <summary>The audit entries of one credential, oldest first.</summary>
    public List<CredentialAuditEntry> AuditOf(Guid credentialId)
    {
        using var context = Database.CreateContext();
        return [.. context.CredentialAudit.Where(a => a.CredentialId == credentialId).OrderBy(a => a.Id)];
    }

    public async ValueTask DisposeAsync()
    {
        Ring.Dispose();
        LoggerFactory.Dispose();
        await _cleanup();
    }
}
