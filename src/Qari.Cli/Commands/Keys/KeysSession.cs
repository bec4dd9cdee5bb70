using Microsoft.Extensions.Logging;
using Qari.Connect;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Storage.Accounts;
using Qari.Storage.Credentials;
using Qari.Storage.Database;

namespace Qari.Cli.Commands.Keys;

/// <summary>One keys command's state: the migrated database, the opened vault, the local user and the connector.</summary>
internal sealed class KeysSession : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly RateLimitRegistry _limits = new(TimeProvider.System);

    private KeysSession(QariDatabase database, CredentialVault vault, UserId owner, ConnectorOptions options, ILoggerFactory logs)
    {
        Database = database;
        Vault = vault;
        Owner = owner;
        Connector = new KeyConnector(vault.Store, options, _http, _limits, TimeProvider.System, logs);
    }

    public QariDatabase Database { get; }
    public CredentialVault Vault { get; }
    public UserId Owner { get; }
    public KeyConnector Connector { get; }

    /// <summary>Opens the data directory's database and vault, or writes why not and returns null.</summary>
    public static async Task<KeysSession?> OpenAsync(string? dataDir, ExchangeId? exchange, string? baseUrl, KeysContext context, CancellationToken ct)
    {
        var console = context.Console;
        var urls = new Dictionary<ExchangeId, Uri>();
        if (baseUrl is not null)
        {
            if (exchange is null)
            {
                console.Error.WriteLine("--base-url needs --exchange.");
                return null;
            }
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                console.Error.WriteLine($"--base-url '{baseUrl}' is not an http(s) URL.");
                return null;
            }
            urls[exchange.Value] = url;
        }
        var directory = DataDirectory.Resolve(dataDir, console.Environment);
        var opened = await DataDirectory.Vault(directory, console.Environment).OpenAsync(context.Logs, ct);
        if (!opened.IsSuccess)
        {
            console.Error.WriteLine($"Cannot open the key vault: {opened.Error.Message}");
            return null;
        }
        var database = opened.Value;
        var vault = await CredentialVault.OpenAsync(database, DataDirectory.MasterKeys(directory, console.Environment), TimeProvider.System, context.Logs, ct);
        if (!vault.IsSuccess)
        {
            console.Error.WriteLine($"Cannot open the key vault: {vault.Error.Message}");
            return null;
        }
        var owner = await new UserDirectory(database, TimeProvider.System).EnsureLocalUserAsync(ct);
        var egressIp = console.Environment("Qari__EgressIp") ?? console.Environment("QARI_EGRESS_IP");
        return new KeysSession(database, vault.Value, owner, new ConnectorOptions { BaseUrls = urls, EgressIp = string.IsNullOrWhiteSpace(egressIp) ? null : egressIp.Trim() }, context.Logs);
    }

    public void Dispose()
    {
        Vault.Dispose();
        _limits.Dispose();
        _http.Dispose();
    }
}
