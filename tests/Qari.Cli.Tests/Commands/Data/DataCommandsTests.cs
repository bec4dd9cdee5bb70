using Qari.Cli.Commands.Data;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;

namespace Qari.Cli.Tests.Commands.Data;

public sealed class DataCommandsTests : IDisposable
{
    private const string Header = "open_time_ms,open,high,low,close,volume";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-cli-tests-" + Guid.NewGuid().ToString("N"));

    public DataCommandsTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Csv(string name, params string[] rows)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    [Fact]
    public void ImportThenListThenVerify_GoodFileWithGap_ReportsSpanAndGap()
    {
        var file = Csv("binance_BTCUSDT_1h.csv", "0,10,12,9,11,1", "3600000,11,12,10,11.5,2", "14400000,11.5,13,11,12,3");
        var store = new CandleStore(Path.Combine(_dir, "store"));
        var output = new StringWriter();

        var import = DataImportCommand.Run(store, [file], new CandleImportOptions(), checkOnly: false, output);
        var list = DataListCommand.Run(store, showGaps: true, output);
        var verify = DataVerifyCommand.VerifyStore(store, output);

        Assert.Equal((0, 0, 0), (import, list, verify));
        var text = output.ToString();
        Assert.Contains("OK   stored binance:BTC/USDT:1h: 3 candles, 1970-01-01 00:00 → 1970-01-01 04:00 UTC, 1 gaps (2 missing)", text, StringComparison.Ordinal);
        Assert.Contains("gap 1970-01-01 02:00 → 1970-01-01 03:00 UTC (2 missing)", text, StringComparison.Ordinal);
        Assert.Contains("1 of 1 series OK", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadRow_FailsNamingFileAndLineAndWritesNothing()
    {
        var file = Csv("binance_BTCUSDT_1h.csv", "0,10,12,9,11,1", "3600000,11,10,10,11.5,2");
        var store = new CandleStore(Path.Combine(_dir, "store"));
        var output = new StringWriter();

        var code = DataImportCommand.Run(store, [file], new CandleImportOptions(), checkOnly: false, output);

        Assert.Equal(1, code);
        Assert.Contains("FAIL nothing was written", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("binance_BTCUSDT_1h.csv, line 3: high is below open or close", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(store.List());
    }

    [Fact]
    public void Verify_CsvWithDuplicates_FailsAndCountsThem()
    {
        var file = Csv("binance_BTCUSDT_1h.csv", "0,10,12,9,11,1", "3600000,11,12,10,11.5,2", "3600000,11,12,10,11.5,2");
        var output = new StringWriter();

        var ok = DataVerifyCommand.Verify(file, null, output);

        Assert.False(ok);
        Assert.Contains("3 candles", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 duplicates", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 4: duplicate candle for 1970-01-01 01:00 UTC (first at line 3)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DamagedStoredFile_Fails()
    {
        var store = new CandleStore(Path.Combine(_dir, "store"));
        DataImportCommand.Run(store, [Csv("binance_BTCUSDT_1h.csv", "0,10,12,9,11,1")], new CandleImportOptions(), false, TextWriter.Null);
        var path = store.List()[0].Path;
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..20]);
        var output = new StringWriter();

        Assert.False(DataVerifyCommand.Verify(path, null, output));
        Assert.StartsWith($"FAIL {path}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ShippedDemoData_AllSeriesValidWithTheDocumentedHoles()
    {
        var demo = Path.Combine(RepositoryRoot(), "demo", "data");
        var files = Directory.GetFiles(demo, "binance_*").Order(StringComparer.Ordinal).ToArray();
        var store = new CandleStore(Path.Combine(_dir, "store"));

        var code = DataImportCommand.Run(store, files, new CandleImportOptions(), checkOnly: false, TextWriter.Null);

        Assert.Equal(0, code);
        var infos = store.List().Select(e => e.Info.Value).ToList();
        Assert.Equal(24, infos.Count);
        // demo/data/README.md: the only holes are BNB 1h (3,089 h), XRP/DOGE 1h (166 h) and XRP/DOGE 4h (96 candles).
        var holes = infos.Where(i => i.Gaps.Count > 0).Select(i => $"{i.Key}={i.MissingCount}").Order(StringComparer.Ordinal);
        Assert.Equal(["binance:BNB/USDT:1h=3089", "binance:DOGE/USDT:1h=166", "binance:DOGE/USDT:4h=96", "binance:XRP/USDT:1h=166", "binance:XRP/USDT:4h=96"], holes);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Qari.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Qari.slnx not found above the test directory.");
    }
}
