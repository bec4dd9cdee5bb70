using System.CommandLine;
using Qari.Model.Ids;

namespace Qari.Cli.Commands.Keys;

/// <summary><c>qari keys verify</c>: re-check stored keys with their exchanges; revoked or unacceptable keys are marked invalid (never deleted).</summary>
internal static class KeysVerifyCommand
{
    public static Command Create(KeysContext context)
    {
        var options = new KeysOptions(exchangeRequired: false);
        var command = options.AddTo(new Command("verify", "Re-check stored keys (all, or one exchange / label) with the exchange and update their status."));
        command.SetAction(async (parse, ct) =>
        {
            var console = context.Console;
            if (!KeysOptions.NoStrayArguments(parse, console.Error) || !options.TryExchange(parse, console.Error, out var exchange)) return 2;
            using var session = await KeysSession.OpenAsync(parse.GetValue(options.DataDir), exchange, parse.GetValue(options.BaseUrl), context, ct);
            if (session is null) return 1;
            var label = parse.GetValue(options.Label);
            var selected = (await session.Vault.Store.ListAsync(session.Owner, ct))
                .Where(c => (exchange is null || c.Exchange == exchange) && (label is null || c.AccountLabel == label)).ToList();
            if (selected.Count == 0)
            {
                console.Out.WriteLine("No stored key matches.");
                return 1;
            }
            var allConnected = true;
            foreach (var credential in selected)
            {
                var outcome = await session.Connector.VerifyAsync(session.Owner, credential.Id, ct);
                if (outcome.IsSuccess)
                {
                    KeysOutput.Outcome(outcome.Value, console.Out);
                    continue;
                }
                allConnected = false;
                console.Out.WriteLine($"{credential.Exchange.Name()} '{credential.AccountLabel}' ({credential.KeyHint}): {outcome.Error.Message}");
            }
            console.Out.WriteLine();
            KeysOutput.Header(console.Out);
            foreach (var c in await session.Vault.Store.ListAsync(session.Owner, ct))
                if (selected.Any(s => s.Id == c.Id)) KeysOutput.Summary(c, console.Out);
            return allConnected ? 0 : 1;
        });
        return command;
    }
}
