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

    // Plain relative error, no absolute floor: the reference prints 12 significant digits (≤ 5e-12 rounding), and
    // on the full files every column stays ≤ 5e-12 except the Bollinger bands of DOGE (≤ 1.3e-10: the band is a
    // small difference of large sums of squares at prices near 0.002, and TA-Lib rounds the same way).

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

        var indicator = indicatorCase.Create();
        var compared = 0;
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
            var error = reference.Value == 0.0
                ? (actual == 0.0 ? 0.0 : double.PositiveInfinity)
                : Math.Abs(actual - reference.Value) / Math.Abs(reference.Value);
            Assert.True(error <= RelativeTolerance,
                $"{indicatorCase} on {file}: row {row} (open {times[row]}) expected {reference.Value:R}, got {actual:R}, relative error {error:E3}");
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
