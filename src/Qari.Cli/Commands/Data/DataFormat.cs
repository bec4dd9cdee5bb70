using System.Globalization;
using Qari.Storage.Candles;

namespace Qari.Cli.Commands.Data;

/// <summary>How the data commands print times and series summaries.</summary>
internal static class DataFormat
{
    public static string Time(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Summary(CandleSeriesInfo info) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{info.Key}: {info.Count} candles, {Time(info.FirstOpenTimeMs)} → {Time(info.LastOpenTimeMs)} UTC, {info.Gaps.Count} gaps ({info.MissingCount} missing)");
}
