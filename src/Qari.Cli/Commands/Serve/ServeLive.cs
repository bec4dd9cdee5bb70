using System.CommandLine;
using System.Net;
using Qari.Cli.Commands.Exchange;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Symbol = Qari.Model.Ids.Symbol;
using Qari.Runtime.Live;
using Qari.Simulator.Accounts;

namespace Qari.Cli.Commands.Serve;

/// <summary>
/// <c>qari serve --exchange-url URL</c>: trade one account on an exchange (or a <c>qari simulator</c> process) instead
/// of the in-process demo. The key comes from QARI_API_KEY / QARI_API_SECRET; against a loopback URL without them, the
/// simulator's public demo key is used. Secrets are never printed.
/// </summary>
internal static class ServeLive
{
    public static readonly Option<string?> ExchangeUrl = new("--exchange-url") { Description = "Trade on the exchange (or qari simulator) at this base URL instead of the built-in demo." };
    public static readonly Option<string> ExchangeName = new("--exchange") { Description = "The exchange's wire format with --exchange-url.", DefaultValueFactory = _ => "binance" };
    public static readonly Option<string?> Symbols = new("--symbols") { Description = "With --exchange-url or --accounts: comma-separated symbols to scan (default: every USDT market listed)." };
    public static readonly Option<int> ClockResyncMs = new("--clock-resync-ms") { Description = "With --exchange-url or --accounts: re-measure the exchange clock this often (0: before every signed call, for an accelerated simulator).", DefaultValueFactory = _ => 600_000 };
    public static readonly Option<string?> TestCandidates = new("--test-candidates") { Description = "TEST HOOK: JSON file of symbols to inject known candidates for (crash/soak tests only; see docs/runtime.md)." };

    /// <summary>Adds the live-mode options to serve.</summary>
    public static void AddTo(Command serve)
    {
        serve.Options.Add(ExchangeUrl);
        serve.Options.Add(ExchangeName);
        serve.Options.Add(Symbols);
        serve.Options.Add(ClockResyncMs);
        serve.Options.Add(TestCandidates);
    }

    /// <summary>Runs live mode until Ctrl+C (or --cycles); the exit code.</summary>
    public static async Task<int> RunAsync(ParseResult parse, string url, string dataDirectory, int? cycles, double? minScore, int healthPort, CliConsole io, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            io.Error.WriteLine($"FAIL --exchange-url '{url}' is not an http(s) URL");
            return 2;
        }
        if (!ExchangeIds.TryParse(parse.GetValue(ExchangeName), out var exchange))
        {
            io.Error.WriteLine($"FAIL --exchange '{parse.GetValue(ExchangeName)}' is not a supported exchange");
            return 2;
        }
        if (!TryParseSymbols(parse.GetValue(Symbols), io, out var symbols)) return 2;
        using var credentials = Credentials(baseUrl, io);
        if (credentials is null)
        {
            io.Error.WriteLine("FAIL no API key: set QARI_API_KEY and QARI_API_SECRET (the simulator's demo key is used only for a loopback URL)");
            return 2;
        }
        using var logs = ServeHosting.Logs("HH:mm:ss.fff ");
        var options = new LiveOptions
        {
            Exchange = exchange,
            BaseUrl = baseUrl,
            KeyId = credentials.KeyId,
            DataDirectory = dataDirectory,
            Symbols = symbols,
            MinScore = minScore,
            MaxCycles = cycles,
            ClockResync = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(ClockResyncMs))),
            TestCandidatesFile = parse.GetValue(TestCandidates),
        };
        var started = await LiveRuntime.StartAsync(options, credentials, logs, ct);
        if (!started.IsSuccess)
        {
            io.Error.WriteLine($"FAIL {started.Error!.Message}");
            return 1;
        }
        await using var runtime = started.Value;
        return await ServeHosting.RunAsync(runtime.Metrics, healthPort, $"journal    {Path.GetFullPath(dataDirectory)} (qari status prints the account)", runtime.RunAsync, () => runtime.Cycles, io, ct);
    }

    /// <summary>Parses --symbols (comma-separated BASE/QUOTE; null when not given); false after saying which name is wrong.</summary>
    public static bool TryParseSymbols(string? list, CliConsole io, out List<Symbol>? symbols)
    {
        symbols = null;
        if (list is null) return true;
        symbols = [];
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Symbol.TryParse(name, out var s))
            {
                io.Error.WriteLine($"FAIL --symbols: '{name}' is not BASE/QUOTE");
                return false;
            }
            symbols.Add(s);
        }
        return true;
    }

    private static InMemoryCredentials? Credentials(Uri baseUrl, CliConsole io)
    {
        var key = io.Environment("QARI_API_KEY");
        var secret = io.Environment("QARI_API_SECRET");
        if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrEmpty(secret))
            return new InMemoryCredentials(key.Trim(), secret, io.Environment("QARI_API_PASSPHRASE") is { Length: > 0 } p ? p : null);
        if (!IsLoopback(baseUrl)) return null;
        io.Out.WriteLine($"key        the simulator's public demo key ({DemoSeed.KeyId}); set QARI_API_KEY/QARI_API_SECRET for another");
        return new InMemoryCredentials(DemoSeed.KeyId, DemoSeed.Secret);
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip));
}
