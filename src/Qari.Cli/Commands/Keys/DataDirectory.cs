using System.CommandLine;
using Qari.Storage.Database;
using Qari.Vault.MasterKeys;

namespace Qari.Cli.Commands.Keys;

/// <summary>
/// Where a self-hosted install keeps its state: <c>--data-dir</c>, else <c>QARI_DATA_DIR</c>, else <c>.qari/</c> in
/// the current directory (git-ignored). It holds the SQLite database <c>qari.db</c> and, unless
/// <c>QARI_MASTER_KEY</c> is set, the master key file <c>master.key</c> (created 0600 on first run). With
/// <c>QARI_VAULT_POSTGRES</c> / <c>QARI_CLUSTER_POSTGRES</c> the vault is in PostgreSQL instead (<see cref="Vault"/>).
/// </summary>
internal static class DataDirectory
{
    public const string DatabaseFile = VaultLocation.DatabaseFile;
    public const string KeyFile = "master.key";

    public static Option<string?> Option() => new("--data-dir") { Description = "Data directory (default: $QARI_DATA_DIR or .qari/ in the current directory)." };

    /// <summary>Resolves and creates (0700) the directory.</summary>
    public static string Resolve(string? option, Func<string, string?> environment)
    {
        var configured = string.IsNullOrWhiteSpace(option) ? environment("QARI_DATA_DIR") : option;
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? ".qari" : configured);
        if (!Directory.Exists(path))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
            else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    /// <summary>
    /// The vault's database: PostgreSQL when <c>QARI_VAULT_POSTGRES</c> or <c>QARI_CLUSTER_POSTGRES</c> is set (every node
    /// of a cluster sees the same keys), else <c>qari.db</c> in <paramref name="directory"/>.
    /// </summary>
    public static VaultLocation Vault(string directory, Func<string, string?> environment) => VaultLocation.FromEnvironment(directory, environment);

    /// <summary>
    /// <c>QARI_MASTER_KEY</c> (+ <c>QARI_MASTER_KEY_PREVIOUS</c>) when set; else the key file <c>QARI_MASTER_KEY_FILE</c>
    /// (to keep it away from the database, as docs/security.md advises), else <c>master.key</c> in the data directory.
    /// </summary>
    public static IMasterKeyProvider MasterKeys(string directory, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(environment(EnvironmentMasterKeyProvider.ActiveVariable))) return new EnvironmentMasterKeyProvider(environment);
        var file = environment("QARI_MASTER_KEY_FILE");
        return new FileMasterKeyProvider(string.IsNullOrWhiteSpace(file) ? System.IO.Path.Combine(directory, KeyFile) : file);
    }
}
