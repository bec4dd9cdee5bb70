using System.CommandLine;
using System.Globalization;
using Qari.Model.Ids;
using Symbol = Qari.Model.Ids.Symbol;
using Qari.Model.Market;

namespace Qari.Cli.Commands.Exchange;

/// <summary><c>qari exchange markets|candles|balances</c>.</summary>
internal static class ExchangeMarketCommands
{
    public static Command Markets(CliConsole console)
    {
        var connection = new ConnectionOptions();
        var quote = new Option<string?>("--quote") { Description = "Only markets quoted in this asset (e.g. USDT)." };
        var command = new Command("markets", "List spot instruments with their rules (tick, lot, minimum quantity and notional, status).") { quote };
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var session = connection.Open(parse, needsKey: false, console);
            if (session is null) return 2;
            var instruments = await session.Exchange.GetInstrumentsAsync(ct);
            if (!instruments.IsSuccess) return Fail(console, instruments.Error);
            var filter = parse.GetValue(quote)?.ToUpperInvariant();
            console.Out.WriteLine("symbol,exchange_symbol,tick,lot,min_qty,min_notional,status");
            foreach (var i in instruments.Value.Where(i => filter is null || i.Symbol.Quote == filter).OrderBy(i => i.Symbol.ToString(), StringComparer.Ordinal))
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i.Symbol},{i.ExchangeSymbol},{i.Rules.TickSize},{i.Rules.LotStep},{i.Rules.MinQuantity},{i.Rules.MinNotional},{i.Status}"));
            return 0;
        });
        return command;
    }

    public static Command Candles(CliConsole console)
    {
        var connection = new ConnectionOptions();
        var symbol = new Option<string>("--symbol") { Description = "BASE/QUOTE, e.g. BTC/USDT.", Required = true };
        var timeframe = new Option<string>("--timeframe") { Description = "1m, 5m, 15m, 1h, 4h, 1d.", DefaultValueFactory = _ => "1d" };
        var from = new Option<string>("--from") { Description = "First open time (UTC date or ISO time).", Required = true };
        var to = new Option<string?>("--to") { Description = "End (exclusive; default now)." };
        var command = new Command("candles", "Fetch candles (paging over long ranges) as Qari CSV on standard output.") { symbol, timeframe, from, to };
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (!Symbol.TryParse(parse.GetValue(symbol), out var sym)) return Usage(console, "--symbol must look like BTC/USDT");
            if (!Timeframes.TryParse(parse.GetValue(timeframe), out var tf)) return Usage(console, "--timeframe must be one of 1m, 5m, 15m, 1h, 4h, 1d");
            if (!TryTime(parse.GetValue(from), out var fromTime)) return Usage(console, "--from must be a date like 2024-01-31");
            var toText = parse.GetValue(to);
            var toTime = TimeProvider.System.GetUtcNow();
            if (toText is not null && !TryTime(toText, out toTime)) return Usage(console, "--to must be a date like 2024-02-29");
            using var session = connection.Open(parse, needsKey: false, console);
            if (session is null) return 2;
            var candles = await session.Exchange.GetCandlesAsync(sym, tf, fromTime.ToUnixTimeMilliseconds(), toTime.ToUnixTimeMilliseconds(), ct);
            if (!candles.IsSuccess) return Fail(console, candles.Error);
            console.Out.WriteLine("open_time_ms,open,high,low,close,volume");
            foreach (var c in candles.Value)
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.OpenTimeMs},{ExchangeOrderCommands.N(c.Open)},{ExchangeOrderCommands.N(c.High)},{ExchangeOrderCommands.N(c.Low)},{ExchangeOrderCommands.N(c.Close)},{ExchangeOrderCommands.N(c.Volume)}"));
            console.Error.WriteLine($"{candles.Value.Count} candles");
            return 0;
        });
        return command;
    }

    public static Command Balances(CliConsole console)
    {
        var connection = new ConnectionOptions();
        var command = new Command("balances", "Show the account's free and locked balances.");
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var session = connection.Open(parse, needsKey: true, console);
            if (session is null) return 2;
            var balances = await session.Exchange.GetBalancesAsync(ct);
            if (!balances.IsSuccess) return Fail(console, balances.Error);
            console.Out.WriteLine("asset,free,locked");
            foreach (var b in balances.Value.OrderBy(b => b.Asset, StringComparer.Ordinal))
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{b.Asset},{ExchangeOrderCommands.N(b.Free)},{ExchangeOrderCommands.N(b.Locked)}"));
            return 0;
        });
        return command;
    }

    internal static int Fail(CliConsole console, Qari.Model.Results.Error error)
    {
        console.Out.WriteLine($"FAIL {error.Kind}: {error.Message}");
        return 1;
    }

    internal static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine(message);
        return 2;
    }

    private static bool TryTime(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
