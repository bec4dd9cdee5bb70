using System.CommandLine;
using System.Globalization;
using Qari.Cli.Commands.Exchange;
using Qari.Model.Market;
using Qari.Storage.Candles;
using Symbol = Qari.Model.Ids.Symbol;

namespace Qari.Cli.Commands.Data;

/// <summary>
/// <c>qari data download --exchange X --symbols A/B,C/D --timeframe 5m --from DATE --to DATE</c>: closed candles from
/// the exchange's public endpoints (no key) into the store, resumable, through the shared rate limiter.
/// </summary>
internal static class DataDownloadCommand
{
    public static Command Create(CliConsole? console = null)
    {
        var io = console ?? CliConsole.System;
        var exchange = new Option<string>("--exchange") { Description = "Exchange (binance, bybit, okx, kucoin, gate, bitget, kraken, coinbase).", Required = true };
        var symbols = new Option<string>("--symbols") { Description = "Comma-separated symbols, e.g. BTC/USDT,ETH/USDT.", Required = true };
        var timeframe = new Option<string>("--timeframe") { Description = "Timeframe (1m,5m,15m,1h,4h,1d).", DefaultValueFactory = _ => "5m" };
        var from = new Option<string>("--from") { Description = "First day or instant (UTC), e.g. 2024-01-01 or 2024-01-01T12:00.", Required = true };
        var to = new Option<string>("--to") { Description = "End (UTC, exclusive), e.g. 2024-02-01.", Required = true };
        var baseUrl = new Option<string?>("--base-url") { Description = "API base URL (default: the exchange's production URL; e.g. a simulator)." };
        var chunk = new Option<int>("--chunk") { Description = "Candles per chunk; each chunk is stored atomically.", DefaultValueFactory = _ => CandleDownloader.DefaultChunkCandles };
        var store = CandleStoreOption.Create();
        var command = new Command("download", "Download closed candles from an exchange's public API into the store; an interrupted download resumes on the next run.")
        {
            exchange, symbols, timeframe, from, to, baseUrl, chunk, store,
        };
        command.SetAction((parse, ct) => RunAsync(io, parse.GetValue(exchange)!, parse.GetValue(symbols)!, parse.GetValue(timeframe)!,
            parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(baseUrl), parse.GetValue(chunk), new CandleStore(parse.GetValue(store)!), null, ct));
        return command;
    }

    internal static async Task<int> RunAsync(CliConsole io, string exchangeName, string symbolsText, string timeframeText, string fromText, string toText,
        string? baseUrl, int chunk, CandleStore store, Action<CandleSeriesKey, long>? chunkStored, CancellationToken ct)
    {
        if (!Timeframes.TryParse(timeframeText, out var tf)) return Usage(io, $"unknown timeframe '{timeframeText}' (1m,5m,15m,1h,4h,1d)");
        var symbols = new List<Symbol>();
        foreach (var text in symbolsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Symbol.TryParse(text, out var s)) return Usage(io, $"'{text}' is not a symbol like BTC/USDT");
            if (!symbols.Contains(s)) symbols.Add(s);
        }
        if (symbols.Count == 0) return Usage(io, "--symbols names no symbol");
        if (!TryParseTime(fromText, out var fromMs)) return Usage(io, $"--from '{fromText}' is not a UTC date like 2024-01-01");
        if (!TryParseTime(toText, out var toMs)) return Usage(io, $"--to '{toText}' is not a UTC date like 2024-02-01");
        fromMs = tf.FloorMs(fromMs + tf.Milliseconds() - 1);
        if (toMs <= fromMs) return Usage(io, "--to must be after --from");
        if (chunk is < 1 or > 100_000) return Usage(io, "--chunk must be between 1 and 100000 candles");

        using var session = ExchangeSession.Open(exchangeName, baseUrl, needsKey: false, io);
        if (session is null) return 2;
        var downloader = new CandleDownloader(session.Exchange, store, TimeProvider.System, io.Out, io.Error) { ChunkStored = chunkStored };
        try
        {
            var result = await downloader.RunAsync(symbols, tf, fromMs, toMs, chunk, ct).ConfigureAwait(false);
            if (result.IsSuccess) return 0;
            io.Error.WriteLine($"FAIL {result.Error.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            io.Error.WriteLine("Interrupted: every chunk stored so far is kept; run the same command again to resume.");
            return 130;
        }
    }

    private static bool TryParseTime(string text, out long ms)
    {
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t);
        ms = ok ? t.ToUnixTimeMilliseconds() : 0;
        return ok;
    }

    private static int Usage(CliConsole io, string message)
    {
        io.Error.WriteLine(message);
        return 2;
    }
}
