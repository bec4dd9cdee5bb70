using System.CommandLine;
using System.Globalization;
using Qari.Storage.Candles;

namespace Qari.Cli.Commands.Data;

/// <summary><c>qari data list</c>: the stored series with span, count, gaps and source.</summary>
internal static class DataListCommand
{
    public static Command Create()
    {
        var store = CandleStoreOption.Create();
        var gaps = new Option<bool>("--gaps") { Description = "Also list every gap of every series." };
        var command = new Command("list", "Show stored candle series: span, count, gaps, source.") { store, gaps };
        command.SetAction(parse => Run(new CandleStore(parse.GetValue(store)!), parse.GetValue(gaps), Console.Out));
        return command;
    }

    internal static int Run(CandleStore store, bool showGaps, TextWriter output)
    {
        var entries = store.List();
        if (entries.Count == 0)
        {
            output.WriteLine($"No candle series in {store.Root}. Import some: qari data import demo/data/binance_* --store {store.Root}");
            return 0;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"series",-28} {"first (UTC)",-16} {"last (UTC)",-16} {"candles",9} {"gaps",5} {"missing",8}  source"));
        var failed = 0;
        foreach (var (path, info) in entries)
        {
            if (!info.IsSuccess)
            {
                output.WriteLine($"FAIL {info.Error.Message}");
                failed++;
                continue;
            }
            var i = info.Value;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i.Key,-28} {DataFormat.Time(i.FirstOpenTimeMs),-16} {DataFormat.Time(i.LastOpenTimeMs),-16} {i.Count,9} {i.Gaps.Count,5} {i.MissingCount,8}  {i.Source}"));
            if (!showGaps) continue;
            foreach (var gap in i.Gaps)
                output.WriteLine($"    gap {DataFormat.Time(gap.FirstMissingMs)} → {DataFormat.Time(gap.LastMissingMs)} UTC ({gap.MissingCount} missing)");
        }
        return failed == 0 ? 0 : 1;
    }
}
