using Microsoft.Extensions.Logging;
using Qari.Cli.Commands.Exchange;
using Qari.Cli.Commands.Keys;
using Qari.Connect;
using Qari.Model.Ids;
using Qari.Runtime.Accounts;
using Qari.Runtime.Notifications;
using Qari.Storage.Accounts;
using Qari.Storage.Credentials;
using Qari.Storage.Database;
using Qari.Vault.Credentials;
using Qari.Vault.MasterKeys;
using Qari.Vault.Store;

namespace Qari.Cli.Commands.Serve;

/// <summary>
/// The accounts <c>qari serve --accounts</c> trades, read from the key vault exactly as <c>qari keys</c> keeps it (the
/// data directory's SQLite, or PostgreSQL shared by a cluster's nodes: <see cref="DataDirectory.Vault"/>): every
/// connected key, signing through <see cref="VaultExchangeCredentials"/> (decrypted per signing call). Keys marked invalid or never verified are skipped with the reason; a key the exchange refuses
/// at runtime is marked invalid here. The vault stays open (its master key in memory) while the runtime runs.
/// </summary>
internal sealed class ConnectedAccounts : IDisposable
{
    private readonly CredentialVault _vault;
    private readonly Dictionary<AccountId, (UserId Owner, CredentialId Credential)> _keys;

    private ConnectedAccounts(VaultLocation location, CredentialVault vault, IReadOnlyList<TradedAccount> trading, Dictionary<AccountId, (UserId, CredentialId)> keys,
        IReadOnlyList<string> skipped)
    {
        Location = location;
        _vault = vault;
        Trading = trading;
        _keys = keys;
        Skipped = skipped;
    }

    /// <summary>Where the keys were read (SQLite file or PostgreSQL; never the connection string).</summary>
    public VaultLocation Location { get; }

    /// <summary>The accounts to trade.</summary>
    public IReadOnlyList<TradedAccount> Trading { get; }

    /// <summary>One line per key that is not traded, with why and what to do.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>
    /// Opens the vault in <paramref name="directory"/> and loads its connected keys; on a problem the user can act on
    /// (no vault, no master key, nothing connected) writes it and returns null. Invalid keys are reported to
    /// <paramref name="notifier"/> as "invalid key" alerts.
    /// </summary>
    public static async Task<ConnectedAccounts?> OpenAsync(string directory, CliConsole io, INotifier notifier, ILoggerFactory logs, CancellationToken ct)
    {
        var location = DataDirectory.Vault(directory, io.Environment);
        if (!location.Exists)
        {
            io.Error.WriteLine($"FAIL no key vault in {directory}: connect an account first with `qari keys add --exchange NAME` " +
                "(or point --data-dir / QARI_DATA_DIR at the directory that holds qari.db)");
            return null;
        }
        var masterKeys = DataDirectory.MasterKeys(directory, io.Environment);
        if (masterKeys is FileMasterKeyProvider file && !File.Exists(file.Path))
        {
            io.Error.WriteLine($"FAIL no master key: {file.Path} does not exist and {EnvironmentMasterKeyProvider.ActiveVariable} is not set; " +
                (location.IsPostgres
                    ? $"the vault is shared ({location}), so every node needs the master key the keys were added with: copy that node's key file here or set QARI_MASTER_KEY_FILE / QARI_MASTER_KEY on every node"
                    : "restore the key file from your backup (or set QARI_MASTER_KEY_FILE / QARI_MASTER_KEY)"));
            return null;
        }
        var reached = await location.OpenAsync(logs, ct);
        if (!reached.IsSuccess)
        {
            io.Error.WriteLine($"FAIL cannot open the key vault: {reached.Error.Message}");
            return null;
        }
        var database = reached.Value;
        var opened = await CredentialVault.OpenAsync(database, masterKeys, TimeProvider.System, logs, ct);
        if (!opened.IsSuccess)
        {
            io.Error.WriteLine($"FAIL cannot open the key vault: {opened.Error.Message}");
            return null;
        }
        var vault = opened.Value;
        var trading = new List<TradedAccount>();
        var keys = new Dictionary<AccountId, (UserId, CredentialId)>();
        var skipped = new List<string>();
        foreach (var owner in await new UserDirectory(database, TimeProvider.System).AllAsync(ct))
        {
            foreach (var key in await vault.Store.ListAsync(owner, ct))
            {
                var name = $"{key.Exchange.ToString().ToLowerInvariant()}/{key.AccountLabel}";
                if (key.Status != CredentialStatus.Connected)
                {
                    var why = key.Status == CredentialStatus.Invalid
                        ? $"invalid key ({key.StatusDetail ?? "refused by the exchange"}); replace it with `qari keys replace --exchange {key.Exchange.ToString().ToLowerInvariant()} --label {key.AccountLabel}`"
                        : $"not verified yet; run `qari keys verify --exchange {key.Exchange.ToString().ToLowerInvariant()} --label {key.AccountLabel}`";
                    skipped.Add($"{name} (key {key.KeyHint}): not traded: {why}");
                    if (key.Status == CredentialStatus.Invalid) await notifier.AlertAsync(name, RuntimeAlert.InvalidKey, $"key {key.KeyHint} is not traded: {why}", ct);
                    continue;
                }
                var credentials = await Credentials(vault.Store, owner, key, ct);
                if (credentials is null)
                {
                    skipped.Add($"{name} (key {key.KeyHint}): not traded: the stored key does not decrypt with this master key (run `qari keys verify`)");
                    continue;
                }
                trading.Add(new TradedAccount(key.Account, key.Exchange, name, credentials));
                keys[key.Account] = (owner, key.Id);
            }
        }
        var accounts = new ConnectedAccounts(location, vault, trading, keys, skipped);
        if (trading.Count == 0)
        {
            foreach (var line in skipped) io.Error.WriteLine($"skip       {line}");
            io.Error.WriteLine($"FAIL no connected account to trade in {(location.IsPostgres ? location.ToString() : directory)}: add one with `qari keys add --exchange NAME`" +
                (skipped.Count > 0 ? " or fix the keys above" : ""));
            accounts.Dispose();
            return null;
        }
        return accounts;
    }

    /// <summary>Marks the account's key invalid after the exchange refused it at runtime (the next start skips it).</summary>
    public async Task MarkRefusedAsync(AccountId account, string reason, CancellationToken ct)
    {
        if (!_keys.TryGetValue(account, out var key)) return;
        await _vault.Store.MarkStatusAsync(key.Owner, key.Credential, CredentialStatus.Invalid, $"refused while trading: {reason}", null, ct);
    }

    /// <summary>Wipes the master keys.</summary>
    public void Dispose() => _vault.Dispose();

    private static async Task<VaultExchangeCredentials?> Credentials(ICredentialStore store, UserId owner, CredentialSummary key, CancellationToken ct)
    {
        var handle = await store.GetForUseAsync(owner, key.Id, ct);
        if (!handle.IsSuccess) return null;
        var credentials = VaultExchangeCredentials.From(handle.Value);
        return credentials.IsSuccess ? credentials.Value : null;
    }
}
