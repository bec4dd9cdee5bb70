using System.Globalization;
using System.IO.Compression;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;

namespace Qari.Storage.Tests.Candles.Import;

public class CandleImporterTests
{
    private static readonly CandleImportOptions Defaults = new();

    [Fact]
    public void Import_RealSubsets_StoresBothSeriesWithTheirKnownGaps()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);

        var result = CandleImporter.Import(store, [TestData.Btc5m, TestData.Eth1h], Defaults);

        Assert.True(result.Succeeded, string.Join("\n", result.Issues));
        var eth = result.Series.Single(s => s.Key.Timeframe == Timeframe.H1);
        // gaps.csv: binance_ETHUSDT_1h.csv.gz,1518051600000,1518166800000,2018-02-08 01:00,2018-02-09 09:00,33
        Assert.Equal(new CandleGap(1518051600000, 1518166800000, 33), Assert.Single(eth.Gaps));
        Assert.Equal(new CandleSeriesKey(ExchangeId.Binance, Symbol.Parse("ETH/USDT"), Timeframe.H1), eth.Key);
        Assert.Equal(2, store.List().Count);
        Assert.Equal(TestData.ReadBtc5m(), store.Load(TestData.Btc5mKey).Value.ToList());
    }

    [Fact]
    public void Import_BadRows_EachProblemWithFileAndLine_NothingWritten()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var bad = dir.File("binance_BTCUSDT_5m.csv");
        File.WriteAllText(bad, string.Join('\n',
            "open_time_ms,open,high,low,close,volume",
            "0,10,12,9,11,1",
            "300000,10,1x,9,11,1",       // line 3: not a number
            "600000,10,12,9,13,1",       // line 4: high below close
            "900000,10,12,9,11,-1",      // line 5: not a plain number (sign)
            "960000,10,12,9,11,1",       // line 6: not aligned to 5m
            "1200000,10,12,9,11,1",
            "1200000,10,12,9,11,1",      // line 8: duplicate of line 7
            "1500000,10,12,9,11") + "\n"); // line 9: missing field

        var result = CandleImporter.Import(store, [bad], Defaults);

        Assert.False(result.Succeeded);
        var text = result.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains(text, t => t.StartsWith("binance_BTCUSDT_5m.csv, line 3: high '1x'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("binance_BTCUSDT_5m.csv, line 4: high is below", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("binance_BTCUSDT_5m.csv, line 5: volume '-1'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("binance_BTCUSDT_5m.csv, line 9: expected 6 fields", StringComparison.Ordinal));
        Assert.Empty(store.List());
        Assert.Equal([bad], Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Import_MisalignedAndDuplicateRows_ReportedWithBothLocations()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var bad = dir.File("binance_BTCUSDT_5m.csv");
        File.WriteAllText(bad, "open_time_ms,open,high,low,close,volume\n0,10,12,9,11,1\n60000,10,12,9,11,1\n300000,10,12,9,11,1\n300000,10,12,9,11,2\n");

        var result = CandleImporter.Import(store, [bad], Defaults);

        var text = result.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains("binance_BTCUSDT_5m.csv, line 3: open time 1970-01-01 00:01:00 UTC is not aligned to 5m", text);
        Assert.Contains("binance_BTCUSDT_5m.csv, line 5: duplicate candle for 1970-01-01 00:05 UTC (first at binance_BTCUSDT_5m.csv, line 4)", text);
        Assert.Empty(store.List());
    }

    [Fact]
    public void Import_SecondFileBad_FirstFileNotWrittenEither()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var bad = dir.File("binance_ETHUSDT_1d.csv");
        File.WriteAllText(bad, "open_time_ms,open,high,low,close,volume\n0,10,12,9,11,abc\n");

        var result = CandleImporter.Import(store, [TestData.Btc5m, bad], Defaults);

        Assert.False(result.Succeeded);
        Assert.Equal("binance_ETHUSDT_1d.csv, line 2: volume 'abc' is not a plain decimal number", Assert.Single(result.Issues).ToString());
        Assert.Empty(store.List());
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Import_BinanceKlineDump_MillisecondsOrMicroseconds_WithOrWithoutHeader(bool header, bool micro)
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var real = TestData.ReadBtc5m().Take(500).ToList();
        var path = dir.File("BTCUSDT-5m-2023-03.csv");
        WriteBinanceDump(path, real, header, micro);

        var result = CandleImporter.Import(store, [path], Defaults);

        Assert.True(result.Succeeded, string.Join("\n", result.Issues));
        var loaded = store.Load(TestData.Btc5mKey).Value;
        Assert.Equal(real.Count, loaded.Count);
        for (var i = 0; i < real.Count; i++)
        {
            Assert.Equal(real[i] with { QuoteVolume = null, TakerBuyVolume = null }, loaded[i] with { QuoteVolume = null, TakerBuyVolume = null });
            Assert.Equal(Math.Round(real[i].Volume * real[i].Close, 8), loaded[i].QuoteVolume);
        }
    }

    [Fact]
    public void Import_ZippedMonthlyDumps_CombinedIntoOneSeries()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var real = TestData.ReadBtc5m();
        var csvA = dir.File("BTCUSDT-5m-2023-03-a.csv");
        var csvB = dir.File("BTCUSDT-5m-2023-03-b.csv");
        WriteBinanceDump(csvA, real.Take(1000).ToList(), header: false, micro: false);
        WriteBinanceDump(csvB, real.Skip(1000).ToList(), header: false, micro: false);
        var zipA = dir.File("BTCUSDT-5m-2023-03-a.zip");
        using (var zip = ZipFile.Open(zipA, ZipArchiveMode.Create)) zip.CreateEntryFromFile(csvA, "BTCUSDT-5m-2023-03-a.csv");

        var result = CandleImporter.Import(store, [csvB, zipA], Defaults);

        Assert.True(result.Succeeded, string.Join("\n", result.Issues));
        Assert.Equal(real.Count, Assert.Single(result.Series).Count);
    }

    [Fact]
    public void Import_BinanceCloseTimeNotOneTimeframeLater_FailsWithLine()
    {
        using var dir = new TempDirectory();
        var path = dir.File("BTCUSDT-5m-2023-03.csv");
        File.WriteAllText(path, "1679270400000,1,2,0.5,1.5,10,1679270519999,15,3,5,7.5,0\n");

        var result = CandleImporter.Import(new CandleStore(dir.Path), [path], Defaults);

        Assert.StartsWith("BTCUSDT-5m-2023-03.csv, line 1: close_time 1679270519999 is not one timeframe", Assert.Single(result.Issues).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DifferentFromStored_RefusedUnlessReplace()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        CandleImporter.Import(store, [TestData.Btc5m], Defaults);
        var changed = dir.File("binance_BTCUSDT_5m.csv");
        File.WriteAllText(changed, "open_time_ms,open,high,low,close,volume\n1679270400000,1,2,0.5,1.5,10\n");

        var merge = CandleImporter.Import(store, [changed], Defaults);
        var replace = CandleImporter.Import(store, [changed], Defaults with { Replace = true });

        Assert.Contains("line 2: differs from the stored candle", Assert.Single(merge.Issues).ToString(), StringComparison.Ordinal);
        Assert.True(replace.Succeeded);
        Assert.Equal(1, store.ReadInfo(TestData.Btc5mKey).Value.Count);
    }

    [Fact]
    public void Import_UnknownNameWithoutOptions_AsksForThem()
    {
        using var dir = new TempDirectory();
        var path = dir.File("candles.csv");
        File.Copy(TestData.Eth1h, path);

        var result = CandleImporter.Import(new CandleStore(dir.Path), [path], Defaults);
        var withOptions = CandleImporter.Check([path], new CandleImportOptions(ExchangeId.Bybit, Symbol.Parse("ETH/USDT"), Timeframe.H1));

        Assert.Contains(result.Issues, i => i.Message.Contains("--symbol", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Message.Contains("--exchange", StringComparison.Ordinal));
        Assert.True(withOptions.Succeeded);
        Assert.Equal(ExchangeId.Bybit, withOptions.Series[0].Key.Exchange);
    }

    private static void WriteBinanceDump(string path, IReadOnlyList<Candle> candles, bool header, bool micro)
    {
        // Binance's layout, filled from real candles; quote volume = volume × close (to 8 places), taker = half the volume.
        using var w = new StreamWriter(path);
        if (header) w.Write("open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,taker_buy_quote_volume,ignore\n");
        var unit = micro ? 1000L : 1L;
        foreach (var c in candles)
        {
            var open = c.OpenTimeMs * unit;
            var close = (c.OpenTimeMs + 300_000) * unit - 1;
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{open},{c.Open},{c.High},{c.Low},{c.Close},{c.Volume},{close},{Math.Round(c.Volume * c.Close, 8)},42,{c.Volume / 2},0,0\n"));
        }
    }
}
