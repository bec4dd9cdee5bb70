using System.CommandLine;
using Microsoft.Extensions.Logging;
using Qari.Cli.Commands.Exchange;
using Qari.Exchanges;
using Qari.Model.Ids;
using Qari.Runtime.Accounts;
using Qari.Runtime.Hosting;
using Qari.Runtime.Journal;
using Qari.Runtime.Notifications;

namespace Qari.Cli.Commands.Serve;

/// <summary>
/// <c>qari serve --accounts</c>: trade every account connected with <c>qari keys add</c> (the vault of the data
/// directory), each on its exchange, on the same Orleans runtime as the demo. Exchanges are reached at their real API
/// unless <c>--base-url EXCHANGE=URL</c> or <c>QARI_BASE_URL_&lt;EXCHANGE&gt;</c> says otherwise (testnets, the simulator).
/// </summary>
internal static class ServeAccounts
{
    /// <summary>The variable prefix for a per-exchange base URL (e.g. QARI_BASE_URL_BINANCE).</summary>
    public const string BaseUrlVariablePrefix = "QARI_BASE_URL_";

    public static readonly Option<bool> Accounts = new("--accounts") { Description = "Trade every account connected with `qari keys add` (keys from the vault in --data-dir) instead of the demo." };
    public static readonly Option<string[]> BaseUrls = new("--base-url")
    {
        Description = "With --accounts: EXCHANGE=URL to reach an exchange elsewhere than its real API (testnet, qari simulator); repeatable. Also QARI_BASE_URL_<EXCHANGE>.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Adds the accounts-mode options to serve.</summary>
    public static void AddTo(Command serve)
    {
        serve.Options.Add(Accounts);
        serve.Options.Add(BaseUrls);
    }

    /// <summary>Runs the connected accounts until Ctrl+C (or --cycles); the exit code.</summary>
    public static async Task<int> RunAsync(ParseResult parse, string? dataDirectory, int? cycles, double? minScore, int healthPort, CliConsole io, CancellationToken ct)
    {
        var urls = Urls(parse.GetValue(BaseUrls) ?? [], io);
        if (urls is null) return 2;
        if (!ServeLive.TryParseSymbols(parse.GetValue(ServeLive.Symbols), io, out var symbols)) return 2;
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? io.Environment("QARI_DATA_DIR") is { Length: > 0 } env ? env : ".qari" : dataDirectory);
        using var logs = ServeHosting.Logs("HH:mm:ss.fff ");
        var log = logs.CreateLogger("qari");
        var telegramOptions = TelegramOptions.FromEnvironment(io.Environment);
        if (!telegramOptions.IsSuccess)
        {
            io.Error.WriteLine($"FAIL {telegramOptions.Error!.Message}");
            return 2;
        }
        await using var telegram = telegramOptions.Value is { } t ? TelegramNotifier.Create(t, logs.CreateLogger("qari.telegram")).Value : null;
        INotifier notifier = telegram is null ? new LogNotifier(log) : new CompositeNotifier(log, new LogNotifier(log), telegram);
        using var connected = await ConnectedAccounts.OpenAsync(directory, io, notifier, logs, ct);
        if (connected is null) return 2;
        io.Out.WriteLine($"vault      {connected.Location}");
        foreach (var line in connected.Skipped) io.Out.WriteLine($"skip       {line}");
        foreach (var account in connected.Trading)
            io.Out.WriteLine($"account    {account.Name} on {account.Exchange} at {(urls.TryGetValue(account.Exchange, out var u) ? u : SpotExchangeFactory.DefaultBaseUrl(account.Exchange))}");
        var options = new AccountsOptions
        {
            DataDirectory = directory,
            BaseUrls = urls,
            Symbols = symbols,
            MinScore = minScore,
            MaxCycles = cycles,
            ClockResync = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(ServeLive.ClockResyncMs))),
            TestCandidatesFile = parse.GetValue(ServeLive.TestCandidates),
            Notifier = telegram,
            KeyRefused = connected.MarkRefusedAsync,
            Environment = io.Environment,
        };
        var silo = QariSiloOptions.FromEnvironment();
        if (!silo.MultiNode) silo = silo with { SiloPort = QariSilo.FreePort(), GatewayPort = QariSilo.FreePort() };
        var started = await AccountsCluster.StartAsync(options, connected.Trading, silo, logs, ct);
        if (!started.IsSuccess)
        {
            io.Error.WriteLine($"FAIL {started.Error!.Message}");
            return 1;
        }
        await using var runtime = started.Value;
        return await ServeHosting.RunAsync(runtime.Metrics, healthPort, $"trading    {runtime.Trading.Count} account(s); journal {JournalLocation.FromEnvironment(directory, io.Environment)} (qari status prints them)",
            runtime.RunAsync, () => runtime.Cycles, io, ct);
    }

    // --base-url EXCHANGE=URL (repeatable) over QARI_BASE_URL_<EXCHANGE>; null after saying what is wrong.
    private static Dictionary<ExchangeId, Uri>? Urls(string[] given, CliConsole io)
    {
        var urls = new Dictionary<ExchangeId, Uri>();
        foreach (var exchange in SpotExchangeFactory.Supported)
        {
            var variable = BaseUrlVariablePrefix + exchange.ToString().ToUpperInvariant();
            if (io.Environment(variable) is not { Length: > 0 } text) continue;
            if (!TryUrl(text, out var url))
            {
                io.Error.WriteLine($"FAIL {variable}='{text}' is not an http(s) URL");
                return null;
            }
            urls[exchange] = url;
        }
        foreach (var pair in given)
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !ExchangeIds.TryParse(parts[0], out var exchange) || !SpotExchangeFactory.IsSupported(exchange))
            {
                io.Error.WriteLine($"FAIL --base-url '{pair}': expected EXCHANGE=URL with EXCHANGE one of binance, bybit, okx, kucoin, gate, bitget, kraken, coinbase");
                return null;
            }
            if (!TryUrl(parts[1], out var url))
            {
                io.Error.WriteLine($"FAIL --base-url '{pair}': '{parts[1]}' is not an http(s) URL");
                return null;
            }
            urls[exchange] = url;
        }
        return urls;
    }

    private static bool TryUrl(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && url.Scheme is "http" or "https";
}
