using Qari.Analysis.Series;

namespace Qari.Analysis.Tests.Indicators;

/// <summary>
/// The shared indicator contract suite: every indicator, fed the candle file from its first row (as TA-Lib was),
/// must become ready exactly where TA-Lib's output starts and then equal TA-Lib 0.6 to within 1e-9 relative error
/// on every row. Because the incremental indicators reproduce TA-Lib's seeding (SMA seeds, Wilder seeds, the MACD
/// start-up quirk) and its order of operations, no extra convergence window is needed for any column.
/// </summary>
public sealed class IndicatorContractTests
{
    private const double RelativeTolerance = 1e-9;

    // The reference prints 12 significant digits, so a value can differ from the full-precision TA-Lib value by up
    // to 5e-12 of its magnitude. Near zero (a MACD histogram crossing, OBV crossing zero) the relative error of
    // such a value is meaningless, so the tolerance is relative to the larger of the value and a floor that is
    // 1e-9 of the column's typical magnitude in that file.
    private const double FloorShareOfColumnScale = 1e-6;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Files)
        {
            for (var i = 0; i < IndicatorCase.All.Count; i++) data.Add(file, i);
        }
        return data;
    }

    private static readonly string[] Files = ["binance_BTCUSDT_4h", "binance_DOGEUSDT_1h", "binance_ETHUSDT_1d"];

    private static readonly Dictionary<string, (Bar[] Bars, long[] Times, Dictionary<string, double?[]> Columns)> Loaded = [];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Update_FedTheWholeFile_MatchesTaLibAfterWarmUp(string file, int caseIndex)
    {
        var indicatorCase = IndicatorCase.All[caseIndex];
        var (bars, times, columns) = Load(file);
        var expected = columns[indicatorCase.Column];
        Assert.Equal(times.Length, bars.Length);
        var scale = expected.Where(v => v.HasValue).Select(v => Math.Abs(v!.Value)).DefaultIfEmpty(0).Average();
        var floor = scale * FloorShareOfColumnScale;

        var indicator = indicatorCase.Create();
        var compared = 0;
        var worst = 0.0;
        for (var row = 0; row < bars.Length; row++)
        {
            Assert.Equal(times[row], bars[row].OpenTimeMs);
            indicator.Update(bars[row]);
            var reference = expected[row];
            Assert.True(reference.HasValue == indicator.IsReady,
                $"{indicatorCase} on {file}: row {row} TA-Lib {(reference.HasValue ? "has" : "has no")} value but IsReady={indicator.IsReady} (WarmUpPeriod {indicator.WarmUpPeriod})");
            if (!reference.HasValue)
            {
                Assert.True(double.IsNaN(indicatorCase.Read(indicator)), $"{indicatorCase} on {file}: row {row} has a value before warm-up");
                continue;
            }
            var actual = indicatorCase.Read(indicator);
            var error = Math.Abs(actual - reference.Value) / Math.Max(Math.Abs(reference.Value), floor);
            Assert.True(error <= RelativeTolerance,
                $"{indicatorCase} on {file}: row {row} (open {times[row]}) expected {reference.Value:R}, got {actual:R}, relative error {error:E3}");
            worst = Math.Max(worst, error);
            compared++;
        }
        Assert.True(compared > bars.Length / 2, $"only {compared} rows compared");
        Assert.Equal(expected.TakeWhile(v => !v.HasValue).Count() + 1, indicator.WarmUpPeriod);
    }

    private static (Bar[] Bars, long[] Times, Dictionary<string, double?[]> Columns) Load(string file)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(file, out var data))
            {
                var (times, columns) = TestData.Reference(file);
                data = (TestData.Bars(file), times, columns);
                Loaded[file] = data;
            }
            return data;
        }
    }
}
