using System.CommandLine;
using Qari.Model.Market;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;

namespace Qari.Cli.Commands.Data;

/// <summary>
/// <c>qari data verify [FILE…] [--store DIR]</c>: span, rows, gaps, duplicates, alignment and OHLC sanity of candle CSV
/// files and of stored series (<c>.qc</c> files, or every series in the store when no file is given).
/// </summary>
internal static class DataVerifyCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Candle files (.csv, .csv.gz, .zip in Qari or Binance layout, or stored .qc). None: every series in the store.", Arity = ArgumentArity.ZeroOrMore };
        var timeframe = new Option<string?>("--timeframe") { Description = "Expected timeframe of CSV files (1m,5m,15m,1h,4h,1d); guessed from the file name when omitted." };
        var store = CandleStoreOption.Create();
        var command = new Command("verify", "Check candle files or stored series: rows, span, gaps, duplicates, alignment, OHLC sanity, checksums.") { files, timeframe, store };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            if (paths.Length == 0) return VerifyStore(new CandleStore(parse.GetValue(store)!), Console.Out);
            var failed = 0;
            foreach (var path in paths)
            {
                failed += Verify(path, parse.GetValue(timeframe), Console.Out) ? 0 : 1;
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    internal static int VerifyStore(CandleStore store, TextWriter output)
    {
        var entries = store.List();
        if (entries.Count == 0)
        {
            output.WriteLine($"FAIL no candle series in {store.Root}");
            return 1;
        }
        var failed = entries.Count(e => !VerifyStored(e.Path, output));
        output.WriteLine($"{entries.Count - failed} of {entries.Count} series OK");
        return failed == 0 ? 0 : 1;
    }

    internal static bool Verify(string path, string? timeframeText, TextWriter output)
    {
        if (path.EndsWith(CandleStore.Extension, StringComparison.OrdinalIgnoreCase)) return VerifyStored(path, output);
        var (file, readIssues) = CandleFileReader.Read(path);
        if (file is null)
        {
            output.WriteLine($"FAIL {path}: {readIssues.Count} problem(s)");
            foreach (var issue in readIssues) output.WriteLine($"  {issue}");
            return false;
        }
        if (file.Candles.Count == 0)
        {
            output.WriteLine($"FAIL {path}: no candles");
            return false;
        }
        var tf = ResolveTimeframe(path, timeframeText) ?? file.TimeframeFromCloseTimes;
        var (issues, duplicates, gaps) = CandleRowCheck.Check(file, tf);
        var times = file.Candles.Select(c => c.OpenTimeMs).ToList();
        var line = $"{Path.GetFileName(path)}: {file.Candles.Count} candles, {DataFormat.Time(times.Min())} → {DataFormat.Time(times.Max())} UTC";
        if (tf is { } frame && gaps is not null)
            line += $", timeframe {frame.Name()}, {gaps.Count} gaps ({gaps.Sum(g => g.MissingCount)} missing candles)";
        line += $", {duplicates} duplicates";
        if (issues.Count > 0)
        {
            output.WriteLine($"FAIL {line}");
            foreach (var issue in issues) output.WriteLine($"  {issue}");
            return false;
        }
        output.WriteLine($"OK   {line}");
        return true;
    }

    private static bool VerifyStored(string path, TextWriter output)
    {
        var (info, problems) = StoredSeriesCheck.Verify(path);
        if (info is null)
        {
            output.WriteLine($"FAIL {problems[0]}");
            return false;
        }
        var line = $"{DataFormat.Summary(info)}, 0 duplicates, checksum {info.Checksum:x16}";
        if (problems.Count > 0)
        {
            output.WriteLine($"FAIL {line.Replace(", 0 duplicates", "", StringComparison.Ordinal)}");
            foreach (var problem in problems) output.WriteLine($"  {problem}");
            return false;
        }
        output.WriteLine($"OK   {line}");
        return true;
    }

    private static Timeframe? ResolveTimeframe(string path, string? text)
    {
        if (Timeframes.TryParse(text, out var tf)) return tf;
        return SeriesFileName.Parse(path).Timeframe;
    }
}
