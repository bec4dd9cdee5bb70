using System.CommandLine;
using System.Globalization;
using Qari.Model.Market;
using Qari.Storage.Candles;

namespace Qari.Cli.Commands.Data;

/// <summary><c>qari data verify FILE…</c>: span, row count, gaps and OHLC sanity of candle CSV files.</summary>
internal static class DataVerifyCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Candle CSV files (.csv or .csv.gz) in Qari's layout.", Arity = ArgumentArity.OneOrMore };
        var timeframe = new Option<string?>("--timeframe") { Description = "Expected timeframe (1m,5m,15m,1h,4h,1d); guessed from the file name when omitted." };
        var command = new Command("verify", "Check candle files: rows, span, gaps, duplicates, OHLC sanity.") { files, timeframe };
        command.SetAction(parse =>
        {
            var failed = 0;
            foreach (var path in parse.GetValue(files)!)
            {
                failed += Verify(path, parse.GetValue(timeframe), Console.Out) ? 0 : 1;
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    internal static bool Verify(string path, string? timeframeText, TextWriter output)
    {
        var read = CandleFiles.Read(path);
        if (!read.IsSuccess)
        {
            output.WriteLine($"FAIL {read.Error.Message}");
            return false;
        }
        var candles = read.Value;
        if (candles.Count == 0)
        {
            output.WriteLine($"FAIL {path}: no candles");
            return false;
        }
        var tf = ResolveTimeframe(path, timeframeText);
        var first = candles[0].OpenTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var last = candles[^1].OpenTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var line = $"OK   {Path.GetFileName(path)}: {candles.Count} candles, {first} → {last} UTC";
        if (tf is { } frame)
        {
            var (gaps, missing, misaligned) = CountGaps(candles, frame);
            line += $", timeframe {frame.Name()}, {gaps} gaps ({missing} missing candles)";
            if (misaligned > 0)
            {
                output.WriteLine(line.Replace("OK  ", "FAIL", StringComparison.Ordinal) + $", {misaligned} open times not aligned to {frame.Name()}");
                return false;
            }
        }
        output.WriteLine(line);
        return true;
    }

    private static Timeframe? ResolveTimeframe(string path, string? text)
    {
        if (Timeframes.TryParse(text, out var tf)) return tf;
        var name = Path.GetFileName(path);
        foreach (var candidate in Enum.GetValues<Timeframe>())
        {
            if (name.Contains("_" + candidate.Name() + ".", StringComparison.OrdinalIgnoreCase)) return candidate;
        }
        return null;
    }

    private static (int Gaps, long Missing, int Misaligned) CountGaps(IReadOnlyList<Candle> candles, Timeframe tf)
    {
        var step = tf.Milliseconds();
        int gaps = 0, misaligned = 0;
        long missing = 0;
        for (var i = 0; i < candles.Count; i++)
        {
            if (tf.FloorMs(candles[i].OpenTimeMs) != candles[i].OpenTimeMs) misaligned++;
            if (i == 0) continue;
            var delta = candles[i].OpenTimeMs - candles[i - 1].OpenTimeMs;
            if (delta > step)
            {
                gaps++;
                missing += delta / step - 1;
            }
        }
        return (gaps, missing, misaligned);
    }
}
