using System.CommandLine;

namespace Qari.Cli.Commands.Keys;

/// <summary><c>qari keys …</c>: connect, list, verify, replace and remove exchange API keys (stored encrypted in the data directory).</summary>
internal static class KeysCommand
{
    public static Command Create() => Create(KeysContext.Default);

    public static Command Create(KeysContext context)
    {
        var command = new Command("keys", "Exchange API keys: validated with the exchange, refused if they can withdraw, transfer, or trade margin/derivatives, stored AES-256-GCM encrypted. Secrets come from standard input or a hidden prompt, never from arguments.");
        command.Subcommands.Add(KeysAddCommand.Add(context));
        command.Subcommands.Add(KeysAddCommand.Replace(context));
        command.Subcommands.Add(KeysListCommand.Create(context));
        command.Subcommands.Add(KeysVerifyCommand.Create(context));
        command.Subcommands.Add(KeysRemoveCommand.Create(context));
        return command;
    }
}
