using System.CommandLine;
using Qari.Model.Ids;
using Qari.Vault.Store;

namespace Qari.Cli.Commands.Keys;

/// <summary><c>qari keys add</c> and <c>qari keys replace</c>: read a key, validate it with the exchange, store it encrypted.</summary>
internal static class KeysAddCommand
{
    public static Command Add(KeysContext context) => Create(context, replace: false);

    public static Command Replace(KeysContext context) => Create(context, replace: true);

    private static Command Create(KeysContext context, bool replace)
    {
        var options = new KeysOptions(exchangeRequired: true);
        var keyId = new Option<string?>("--key") { Description = "The API key id (public part). Default: the first line of standard input." };
        var command = replace
            ? new Command("replace", "Replace a stored key with a new one (validated first); the old ciphertext is destroyed.")
            : new Command("add", "Connect a key: validate it with the exchange, refuse dangerous permissions, store it encrypted.");
        options.AddTo(command).Options.Add(keyId);
        command.SetAction(async (parse, ct) =>
        {
            var console = context.Console;
            if (!KeysOptions.NoStrayArguments(parse, console.Error) || !options.TryExchange(parse, console.Error, out var exchange)) return 2;
            using var session = await KeysSession.OpenAsync(parse.GetValue(options.DataDir), exchange, parse.GetValue(options.BaseUrl), context, ct);
            if (session is null) return 1;
            var label = parse.GetValue(options.Label);
            var stored = await session.Vault.Store.ListAsync(session.Owner, ct);
            CredentialSummary? old = null;
            if (replace)
            {
                old = KeysOptions.SelectOne(stored, exchange!.Value, label, console.Error);
                if (old is null) return 1;
            }
            else
            {
                label = string.IsNullOrWhiteSpace(label) ? exchange!.Value.Name() : label.Trim();
                if (stored.Any(c => c.Exchange == exchange && c.AccountLabel == label))
                {
                    console.Error.WriteLine($"A key for {exchange!.Value.Name()} with label '{label}' is already stored: use `qari keys replace` (or another --label).");
                    return 1;
                }
            }
            var capabilities = session.Connector.Capabilities(exchange!.Value);
            if (!capabilities.IsSuccess) return KeysOutput.Failure(capabilities.Error, console.Error);
            using var credential = SecretInput.Read(parse.GetValue(keyId), capabilities.Value.RequiresPassphrase, console);
            if (credential is null) return 2;
            var outcome = old is null
                ? await session.Connector.AddAsync(session.Owner, exchange.Value, label!, credential, ct)
                : await session.Connector.ReplaceAsync(session.Owner, old.Id, credential, ct);
            if (!outcome.IsSuccess) return KeysOutput.Failure(outcome.Error, console.Out);
            if (old is not null) console.Out.WriteLine($"replaced   credential {old.Id} (version {old.Version}); its ciphertext is destroyed");
            KeysOutput.Outcome(outcome.Value, console.Out);
            return 0;
        });
        return command;
    }
}
