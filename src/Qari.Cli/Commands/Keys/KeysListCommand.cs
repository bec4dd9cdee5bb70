using System.CommandLine;

namespace Qari.Cli.Commands.Keys;

/// <summary><c>qari keys list</c>: stored keys with their status (metadata only).</summary>
internal static class KeysListCommand
{
    public static Command Create(KeysContext context)
    {
        var options = new KeysOptions(exchangeRequired: false);
        var command = options.AddTo(new Command("list", "List stored keys: exchange, label, key hint, status, last check."));
        command.SetAction(async (parse, ct) =>
        {
            var console = context.Console;
            if (!KeysOptions.NoStrayArguments(parse, console.Error) || !options.TryExchange(parse, console.Error, out var exchange)) return 2;
            using var session = await KeysSession.OpenAsync(parse.GetValue(options.DataDir), exchange, null, context, ct);
            if (session is null) return 1;
            var label = parse.GetValue(options.Label);
            var all = (await session.Vault.Store.ListAsync(session.Owner, ct))
                .Where(c => (exchange is null || c.Exchange == exchange) && (label is null || c.AccountLabel == label)).ToList();
            if (all.Count == 0)
            {
                console.Out.WriteLine("No keys stored. Add one with `qari keys add --exchange NAME` (key and secret on standard input).");
                return 0;
            }
            KeysOutput.Header(console.Out);
            foreach (var c in all) KeysOutput.Summary(c, console.Out);
            return 0;
        });
        return command;
    }
}
