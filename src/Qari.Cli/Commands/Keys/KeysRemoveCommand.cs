using System.CommandLine;
using Qari.Model.Ids;

namespace Qari.Cli.Commands.Keys;

/// <summary><c>qari keys remove</c>: destroy a stored key (ciphertext overwritten, then deleted; audited).</summary>
internal static class KeysRemoveCommand
{
    public static Command Create(KeysContext context)
    {
        var options = new KeysOptions(exchangeRequired: true);
        var command = options.AddTo(new Command("remove", "Remove a stored key: its ciphertext is destroyed. (Also delete the key on the exchange.)"));
        command.SetAction(async (parse, ct) =>
        {
            var console = context.Console;
            if (!KeysOptions.NoStrayArguments(parse, console.Error) || !options.TryExchange(parse, console.Error, out var exchange)) return 2;
            using var session = await KeysSession.OpenAsync(parse.GetValue(options.DataDir), exchange, null, context, ct);
            if (session is null) return 1;
            var chosen = KeysOptions.SelectOne(await session.Vault.Store.ListAsync(session.Owner, ct), exchange!.Value, parse.GetValue(options.Label), console.Error);
            if (chosen is null) return 1;
            var removed = await session.Connector.RemoveAsync(session.Owner, chosen.Id, ct);
            if (!removed.IsSuccess) return KeysOutput.Failure(removed.Error, console.Error);
            console.Out.WriteLine($"removed    credential {chosen.Id} ({chosen.Exchange.Name()} '{chosen.AccountLabel}', key {chosen.KeyHint}); ciphertext destroyed. Delete the key on the exchange too.");
            return 0;
        });
        return command;
    }
}
