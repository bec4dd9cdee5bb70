using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Storage.Candles;

namespace Qari.Storage.Tests.Candles;

public class CandleStoreTests
{
    [Fact]
    public void WriteThenLoad_RealCandles_EveryValueAndTheCsvTextIdentical()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var source = TestData.ReadBtc5m();

        Assert.True(store.Write(TestData.Btc5mSeries()).IsSuccess);
        var loaded = store.Load(TestData.Btc5mKey);

        Assert.True(loaded.IsSuccess, loaded.Error?.Message);
        Assert.Equal(source.Count, loaded.Value.Count);
        for (var i = 0; i < source.Count; i++) Assert.Equal(source[i], loaded.Value[i]);
        var written = new StringWriter();
        CandleCsv.Write(written, loaded.Value);
        Assert.Equal(File.ReadAllText(TestData.Btc5m), written.ToString());
    }

    [Fact]
    public void ReadInfo_RealCandles_ReportsTheKnownGapFromGapsCsv()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        store.Write(TestData.Btc5mSeries());

        var info = store.ReadInfo(TestData.Btc5mKey).Value;

        // gaps.csv: binance_BTCUSDT_5m.csv.gz,1679661600000,1679666100000,2023-03-24 12:40,2023-03-24 13:55,16
        var gap = Assert.Single(info.Gaps);
        Assert.Equal(new CandleGap(1679661600000, 1679666100000, 16), gap);
        Assert.Equal(2864, info.Count);
        Assert.Equal(1679270400000, info.FirstOpenTimeMs);
        Assert.Equal("test", info.Source);
        Assert.NotEqual(0UL, info.Checksum);
    }

    [Fact]
    public void Write_CrashBeforeRename_OldSeriesStaysIntact()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var candles = TestData.ReadBtc5m();
        var old = CandleSeries.Create(TestData.Btc5mKey, "old", candles.Take(100).ToList()).Value;
        store.Write(old);
        var oldBytes = File.ReadAllBytes(store.PathOf(TestData.Btc5mKey));

        store.BeforeRename = _ => throw new IOException("simulated crash");
        var result = store.Write(CandleSeries.Create(TestData.Btc5mKey, "new", candles).Value);

        Assert.False(result.IsSuccess);
        Assert.Contains("unchanged", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(oldBytes, File.ReadAllBytes(store.PathOf(TestData.Btc5mKey)));
        Assert.Equal(100, store.Load(TestData.Btc5mKey).Value.Count);
    }

    [Fact]
    public void Load_LeftoverHalfWrittenTemporary_IsIgnoredAndRemovedByTheNextWrite()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        store.Write(TestData.Btc5mSeries());
        var path = store.PathOf(TestData.Btc5mKey);
        var stale = path + ".tmp-deadbeef";
        File.WriteAllBytes(stale, File.ReadAllBytes(path).AsSpan(0, 500).ToArray());

        Assert.Single(store.List());
        Assert.Equal(2864, store.Load(TestData.Btc5mKey).Value.Count);
        store.Write(TestData.Btc5mSeries());
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void Load_TruncatedFile_ErrorNamesTheFile()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        store.Write(TestData.Btc5mSeries());
        var path = store.PathOf(TestData.Btc5mKey);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length - 1000).ToArray());

        var result = store.Load(TestData.Btc5mKey);

        Assert.False(result.IsSuccess);
        Assert.Contains(path, result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40, "header checksum")]
    [InlineData(-10, "candle data checksum")]
    public void Load_FlippedByte_ChecksumErrorNamesTheFile(int offset, string expected)
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        store.Write(TestData.Btc5mSeries());
        var path = store.PathOf(TestData.Btc5mKey);
        var bytes = File.ReadAllBytes(path);
        bytes[offset >= 0 ? offset : bytes.Length + offset] ^= 0x20;
        File.WriteAllBytes(path, bytes);

        var result = store.Load(TestData.Btc5mKey);

        Assert.False(result.IsSuccess);
        Assert.Contains(path, result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotACandleFile_ClearError()
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.qc");
        File.WriteAllText(path, "open_time_ms,open,high,low,close,volume\n");

        var result = CandleStore.LoadFile(path);

        Assert.Contains("not a Qari candle file", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(path, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Missing_NotFound()
    {
        using var dir = new TempDirectory();
        var result = new CandleStore(dir.Path).Load(TestData.Btc5mKey);
        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }

    [Fact]
    public void Append_PagesInOrder_SameAsOneWrite()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var candles = TestData.ReadBtc5m();

        for (var start = 0; start < candles.Count; start += 1000)
        {
            var page = candles.Skip(start).Take(1000).ToList();
            Assert.True(store.Append(TestData.Btc5mKey, "download", page).IsSuccess);
            // A downloader resumes from the stored last open time.
            Assert.Equal(page[^1].OpenTimeMs, store.ReadInfo(TestData.Btc5mKey).Value.LastOpenTimeMs);
        }

        var loaded = store.Load(TestData.Btc5mKey).Value;
        Assert.Equal(candles, loaded.ToList());
        Assert.Equal("download", loaded.Info.Source);
    }

    [Fact]
    public void Append_OverlapWithDifferentValues_FailsAndKeepsTheStoredSeries()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var candles = TestData.ReadBtc5m();
        store.Append(TestData.Btc5mKey, "a", candles.Take(10).ToList());
        var changed = candles[9] with { Volume = candles[9].Volume + 1 };

        var conflict = store.Append(TestData.Btc5mKey, "b", [changed, candles[10]]);
        var identical = store.Append(TestData.Btc5mKey, "a", [candles[9], candles[10]]);

        Assert.False(conflict.IsSuccess);
        Assert.Contains("differs from the stored one", conflict.Error!.Message, StringComparison.Ordinal);
        Assert.True(identical.IsSuccess);
        Assert.Equal(11, identical.Value.Count);
        Assert.Equal(candles[9], store.Load(TestData.Btc5mKey).Value[9]);
    }

    [Fact]
    public void Append_ReplaceOverlap_NewValueWins()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        var candles = TestData.ReadBtc5m();
        store.Append(TestData.Btc5mKey, "a", candles.Take(10).ToList());
        var changed = candles[9] with { Volume = candles[9].Volume + 1 };

        Assert.True(store.Append(TestData.Btc5mKey, "a", [changed], AppendOverlap.Replace).IsSuccess);
        Assert.Equal(changed, store.Load(TestData.Btc5mKey).Value[9]);
    }

    [Fact]
    public void WriteThenLoad_OptionalColumns_RoundTripExactly()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        Candle[] candles =
        [
            new(0, 0.00001234m, 0.0000125m, 0.0000122m, 0.00001241m, 123456789012.5m, 1523456.12345678m, 61728394506.25m),
            new(300_000, 0.00001241m, 0.00001241m, 0.00001241m, 0.00001241m, 0m, 0m, 0m),
        ];
        store.Write(CandleSeries.Create(TestData.Btc5mKey, "x", candles).Value);

        var loaded = store.Load(TestData.Btc5mKey).Value;

        Assert.Equal(candles, loaded.ToList());
        Assert.True(loaded.Info.HasQuoteVolume);
        Assert.True(loaded.Info.HasTakerBuyVolume);
    }

    [Fact]
    public void List_DamagedHeader_EntryCarriesAnErrorNamingTheFile()
    {
        using var dir = new TempDirectory();
        var store = new CandleStore(dir.Path);
        store.Write(TestData.Btc5mSeries());
        var path = store.PathOf(TestData.Btc5mKey);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..30]);

        var (listed, info) = Assert.Single(store.List());

        Assert.Equal(path, listed);
        Assert.False(info.IsSuccess);
        Assert.StartsWith(path, info.Error!.Message, StringComparison.Ordinal);
    }
}
