using System.CommandLine;
using Qari.Cli.Commands.Keys;

namespace Qari.Cli.Commands.Vault;

/// <summary><c>qari vault …</c>: operations on the key vault itself.</summary>
internal static class VaultCommand
{
    public static Command Create() => Create(KeysContext.Default);

    public static Command Create(KeysContext context)
    {
        var command = new Command("vault", "The key vault: master-key rotation.");
        command.Subcommands.Add(VaultRotateCommand.Create(context));
        return command;
    }
}
