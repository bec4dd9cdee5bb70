using Microsoft.Extensions.Logging;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Control;
using Qari.Simulator.Hosting;
using Qari.Storage.Accounts;
using Qari.Storage.Credentials;
using Qari.Storage.Database;
using Qari.Vault.Credentials;
using Qari.Vault.MasterKeys;
using Qari.Vault.Tests.Support;

namespace Qari.Connect.Tests.Support;

/// <summary>A simulator on a loopback port, a SQLite vault in a temporary directory, and a connector between them; everything logged at Trace.</summary>
public sealed class ConnectHarness : IAsyncDisposable
{
    private ConnectHarness(string directory, SimulatorHost host, QariDatabase database, CredentialVault vault, UserId owner, CapturingLoggerProvider logs, ILoggerFactory factory, string? egressIp)
    {
        Directory = directory;
        Host = host;
        Database = database;
        Vault = vault;
        Owner = owner;
        Logs = logs;
        LoggerFactory = factory;
        Http = new HttpClient();
        Limits = new RateLimitRegistry(TimeProvider.System);
        Control = new SimulatorControlClient(Http, host.BaseUrl);
        // One simulator serves every exchange's dialect, so every exchange points at it.
        var options = new ConnectorOptions { BaseUrls = ExchangeIds.All.ToDictionary(e => e, _ => host.BaseUrl), EgressIp = egressIp, RetryDelay = TimeSpan.FromMilliseconds(10) };
        Connector = new KeyConnector(vault.Store, options, Http, Limits, TimeProvider.System, factory);
    }

    public string Directory { get; }
    public string DatabasePath => Path.Combine(Directory, "qari.db");
    public SimulatorHost Host { get; }
    public QariDatabase Database { get; }
    public CredentialVault Vault { get; }
    public UserId Owner { get; }
    public CapturingLoggerProvider Logs { get; }
    public ILoggerFactory LoggerFactory { get; }
    public HttpClient Http { get; }
    public RateLimitRegistry Limits { get; }
    public SimulatorControlClient Control { get; }
    public KeyConnector Connector { get; }

    public static async Task<ConnectHarness> StartAsync(string? egressIp = "203.0.113.50", SimulatorSeed? seed = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "qari-connect-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var logs = new CapturingLoggerProvider();
        var factory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var host = await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed ?? ConnectKeys.Seed() });
        if (!host.IsSuccess) throw new InvalidOperationException(host.Error.ToString());
        var database = QariDatabase.Sqlite(Path.Combine(directory, "qari.db"), factory);
        await database.MigrateAsync(CancellationToken.None);
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var vault = await CredentialVault.OpenAsync(database, new EnvironmentMasterKeyProvider(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? key : null), TimeProvider.System, factory, CancellationToken.None);
        if (!vault.IsSuccess) throw new InvalidOperationException(vault.Error.ToString());
        var owner = await new UserDirectory(database, TimeProvider.System).EnsureLocalUserAsync(CancellationToken.None);
        return new ConnectHarness(directory, host.Value, database, vault.Value, owner, logs, factory, egressIp);
    }

    /// <summary>The typed-in form of a simulator key.</summary>
    public static ExchangeCredential Typed(SimKey key) => ExchangeCredential.KeySecret(key.KeyId, key.Secret);

    /// <summary>The audit events of the owner's credentials, oldest first ("Event: Detail").</summary>
    public List<string> Audit()
    {
        using var context = Database.CreateContext();
        return [.. context.CredentialAudit.OrderBy(a => a.Id).Select(a => a.Event + ": " + a.Detail)];
    }

    public async ValueTask DisposeAsync()
    {
        Vault.Dispose();
        Limits.Dispose();
        Http.Dispose();
        await Host.DisposeAsync();
        LoggerFactory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
