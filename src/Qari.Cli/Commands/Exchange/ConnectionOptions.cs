using System.CommandLine;

namespace Qari.Cli.Commands.Exchange;

/// <summary>The options every exchange command takes: which exchange and, optionally, which base URL (testnet, simulator).</summary>
internal sealed class ConnectionOptions
{
    public Option<string> Exchange { get; } = new("--exchange") { Description = "binance, bybit, okx, kucoin, …", Required = true };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Base URL instead of the exchange's production host (e.g. http://127.0.0.1:8080 for `qari simulator`)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Exchange);
        command.Options.Add(BaseUrl);
    }

    public ExchangeSession? Open(ParseResult parse, bool needsKey, CliConsole console) =>
        ExchangeSession.Open(parse.GetValue(Exchange)!, parse.GetValue(BaseUrl), needsKey, console);
}
