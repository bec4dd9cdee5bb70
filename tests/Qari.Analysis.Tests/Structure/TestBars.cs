using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Structure;

/// <summary>Builders for hand-made candle sequences and the real-data slices.</summary>
internal static class TestBars
{
    /// <summary>2020-01-01 00:00 UTC.</summary>
    public const long Start = 1_577_836_800_000;

    public const long Hour = 3_600_000;

    public static long TimeOf(int i, long step = Hour) => Start + i * step;

    /// <summary>Bars from (open, high, low, close) rows, one hour apart, volume 100 unless given.</summary>
    public static Bar[] Ohlc(params (double O, double H, double L, double C)[] rows) =>
        rows.Select((r, i) => new Bar(TimeOf(i), r.O, r.H, r.L, r.C, 100)).ToArray();

    /// <summary>Bars from (high, low) rows with open and close in the middle, one hour apart.</summary>
    public static Bar[] HighLow(params (double H, double L)[] rows) =>
        rows.Select((r, i) => new Bar(TimeOf(i), (r.H + r.L) / 2, r.H, r.L, (r.H + r.L) / 2, 100)).ToArray();

    /// <summary><paramref name="count"/> quiet bars around <paramref name="price"/> (range 1, volume 100) starting at index <paramref name="from"/>.</summary>
    public static IEnumerable<Bar> Flat(int count, double price, int from = 0, long step = Hour, double volume = 100) =>
        Enumerable.Range(from, count).Select(i => new Bar(TimeOf(i, step), price, price + 0.5, price - 0.5, price, volume));

    /// <summary>Re-times bars so they follow each other from index <paramref name="from"/>.</summary>
    public static Bar[] Retime(IEnumerable<Bar> bars, int from = 0, long step = Hour) =>
        bars.Select((b, i) => b with { OpenTimeMs = TimeOf(from + i, step) }).ToArray();

    /// <summary>A real-data slice from TestData/structure.</summary>
    public static IReadOnlyList<Candle> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "structure", file);
        using var reader = new StreamReader(path);
        var result = CandleCsv.Read(reader, file);
        return result.Value;
    }

    public const string Btc1h = "binance_BTCUSDT_1h_2019-11_2020-06.csv";

    public const string Btc4h = "binance_BTCUSDT_4h_2020_2022.csv";

    /// <summary>
    /// A hand-made up-then-down sequence (swing strength 1): swing high 14 (bar 2), swing low 9 (bar 4), bullish BOS
    /// at bar 6, swing high 17 (bar 7), swing low 10 (bar 10), bearish CHoCH at bar 12, bearish BOS at bar 14.
    /// </summary>
    public static Bar[] UpThenDown() => Ohlc(
        (9, 10, 8, 9.5),
        (9.5, 12, 9.5, 11.5),
        (11.5, 14, 11, 13),
        (13, 13, 11, 11.5),
        (11.5, 12, 9, 10),
        (10, 14, 10, 13.5),
        (13.5, 16, 13.5, 15.5),
        (15.5, 17, 15, 16.5),
        (16.5, 16.5, 13, 13.5),
        (13.5, 14, 11, 11.5),
        (11.5, 13, 10, 12.5),
        (12.5, 15, 12, 14.5),
        (14.5, 14.5, 8, 9.5),
        (9.5, 10, 8, 8.5),
        (8.5, 9.5, 7, 7.5),
        (7.5, 8.5, 6, 8),
        (8, 8.8, 7, 8.5),
        (8.5, 8.7, 5, 5.5));

    public static MarketStructureSettings Strength(int n) => new(new SwingSettings(n));
}
