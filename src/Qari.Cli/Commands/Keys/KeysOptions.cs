using System.CommandLine;
using Qari.Model.Ids;
using Qari.Vault.Store;

namespace Qari.Cli.Commands.Keys;

/// <summary>The options of the keys commands, and the checks every one of them makes before touching a key.</summary>
internal sealed class KeysOptions(bool exchangeRequired)
{
    public Option<string?> Exchange { get; } = new("--exchange") { Description = "binance, bybit, okx, kucoin, gate, bitget, kraken, coinbase", Required = exchangeRequired };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Base URL instead of the exchange's production host (testnet, or http://127.0.0.1:8080 for `qari simulator`)." };
    public Option<string?> Label { get; } = new("--label") { Description = "Name of the exchange account (default: the exchange's name)." };
    public Option<string?> DataDir { get; } = DataDirectory.Option();

    public Command AddTo(Command command)
    {
        command.Options.Add(Exchange);
        command.Options.Add(BaseUrl);
        command.Options.Add(Label);
        command.Options.Add(DataDir);
        // Unknown arguments are rejected by our own check, which never echoes them: they might be a pasted secret.
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>False (after saying why, without repeating them) when there are arguments the command does not know.</summary>
    public static bool NoStrayArguments(ParseResult parse, TextWriter error)
    {
        if (parse.UnmatchedTokens.Count == 0) return true;
        error.WriteLine($"Refused: {parse.UnmatchedTokens.Count} unexpected argument(s) (not shown, in case they are secrets). "
            + "Secrets and passphrases are never taken from arguments (they would stay in shell history and process lists): "
            + "pipe them on standard input, one per line, or type them at the prompt.");
        return false;
    }

    /// <summary>The exchange named by --exchange (null when not given); false when the name is unknown.</summary>
    public bool TryExchange(ParseResult parse, TextWriter error, out ExchangeId? exchange)
    {
        exchange = null;
        var name = parse.GetValue(Exchange);
        if (name is null) return true;
        if (ExchangeIds.TryParse(name, out var id))
        {
            exchange = id;
            return true;
        }
        error.WriteLine($"Unknown exchange '{name}'. Known: {string.Join(", ", ExchangeIds.All.Select(e => e.Name()))}.");
        return false;
    }

    /// <summary>The one stored credential that --exchange/--label select, or null after explaining.</summary>
    public static CredentialSummary? SelectOne(IReadOnlyList<CredentialSummary> all, ExchangeId exchange, string? label, TextWriter error)
    {
        var matches = all.Where(c => c.Exchange == exchange && (label is null || string.Equals(c.AccountLabel, label.Trim(), StringComparison.Ordinal))).ToList();
        if (matches.Count == 1) return matches[0];
        error.WriteLine(matches.Count == 0
            ? $"No key stored for {exchange.Name()}{(label is null ? "" : $" with label '{label}'")}. See `qari keys list`."
            : $"{matches.Count} keys stored for {exchange.Name()}: choose one with --label ({string.Join(", ", matches.Select(m => m.AccountLabel))}).");
        return null;
    }
}
