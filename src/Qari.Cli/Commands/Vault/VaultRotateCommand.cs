using System.CommandLine;
using Qari.Cli.Commands.Keys;
using Qari.Storage.Credentials;
using Qari.Vault.MasterKeys;

namespace Qari.Cli.Commands.Vault;

/// <summary>
/// <c>qari vault rotate-master-key</c>: rewraps every stored data key under a new master key. With the key file, a
/// new active key is generated (old keys kept after it) unless an interrupted rotation is still pending, which is
/// then completed. With <c>QARI_MASTER_KEY</c>, the operator sets the new key and moves the old one to
/// <c>QARI_MASTER_KEY_PREVIOUS</c> first. Safe to rerun after a crash.
/// </summary>
internal static class VaultRotateCommand
{
    public static Command Create(KeysContext context)
    {
        var dataDir = DataDirectory.Option();
        var command = new Command("rotate-master-key", "Rewrap every stored data key under a new master key (key file: generated; environment: the new QARI_MASTER_KEY). Rerun to complete an interrupted rotation.");
        command.Options.Add(dataDir);
        command.SetAction(async (parse, ct) =>
        {
            var console = context.Console;
            var directory = DataDirectory.Resolve(parse.GetValue(dataDir), console.Environment);
            var reached = await DataDirectory.Vault(directory, console.Environment).OpenAsync(context.Logs, ct);
            if (!reached.IsSuccess)
            {
                console.Error.WriteLine($"Cannot open the key vault: {reached.Error.Message}");
                return 1;
            }
            var database = reached.Value;
            var provider = DataDirectory.MasterKeys(directory, console.Environment);
            var inUse = await new EfWrappedKeyStore(database, TimeProvider.System).CountByMasterKeyAsync(ct);
            var vault = await CredentialVault.OpenAsync(database, provider, TimeProvider.System, context.Logs, ct);
            if (!vault.IsSuccess)
            {
                console.Error.WriteLine($"Cannot open the key vault: {vault.Error.Message}");
                return 1;
            }
            var pending = inUse.Any(p => p.Value > 0 && p.Key != vault.Value.ActiveMasterKey);
            if (!pending)
            {
                if (provider is not FileMasterKeyProvider file)
                {
                    console.Out.WriteLine($"Nothing to rotate: every credential is wrapped under the active key {vault.Value.ActiveMasterKey}. "
                        + $"To rotate, move the current key to {EnvironmentMasterKeyProvider.PreviousVariable}, set a new {EnvironmentMasterKeyProvider.ActiveVariable} (openssl rand -base64 32), and run this again.");
                    vault.Value.Dispose();
                    return 0;
                }
                vault.Value.Dispose();
                var added = file.AddActiveKey();
                if (!added.IsSuccess)
                {
                    console.Error.WriteLine($"Cannot add a new master key: {added.Error.Message}");
                    return 1;
                }
                console.Out.WriteLine($"New active master key {added.Value} added to {file.Path} (old keys kept until the rotation completes).");
                vault = await CredentialVault.OpenAsync(database, provider, TimeProvider.System, context.Logs, ct);
                if (!vault.IsSuccess)
                {
                    console.Error.WriteLine($"Cannot open the key vault: {vault.Error.Message}");
                    return 1;
                }
            }
            using var opened = vault.Value;
            var report = await opened.RotateMasterKeyAsync(ct);
            console.Out.Write(report.Describe());
            if (report.IsComplete && report.Retirable.Count > 0)
                console.Out.WriteLine("Back up the key file (or secret store) now; remove retired keys only after backups that need them are gone.");
            return report.IsComplete ? 0 : 1;
        });
        return command;
    }
}
