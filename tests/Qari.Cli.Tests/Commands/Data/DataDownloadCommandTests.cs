using System.Web;
using Qari.Cli.Commands.Data;
using Qari.Cli.Commands.Exchange;
using Qari.Exchanges;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Simulator.Accounts;
using Qari.Simulator.Control;
using Qari.Simulator.Faults;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;
using Qari.Storage.Candles;
using Symbol = Qari.Model.Ids.Symbol;

namespace Qari.Cli.Tests.Commands.Data;

/// <summary><c>qari data download</c> against an in-process simulator on loopback (Binance oldest-first, Bybit newest-first).</summary>
public sealed class DataDownloadCommandTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    // The clock stands inside the 12:00 candle of the third day: that candle is still open and must not be stored.
    private static readonly DateTimeOffset Now = Day0.AddDays(2).AddHours(12).AddMinutes(2);
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly Symbol Eth = new("ETH", "USDT");
    private static readonly long Step = Timeframe.M5.Milliseconds();
    private const int ClosedCandles = 2 * 288 + 144;
    private const int EthHoleStart = 400;
    private const int EthHoleLength = 6;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "qari-download-" + Guid.NewGuid().ToString("N"));
    private SimulatorHost _host = null!;

    public async Task InitializeAsync()
    {
        var library = new CandleLibrary();
        library.Add(Btc, Timeframe.M5, Series(40_000m, 0, 0));
        library.Add(Eth, Timeframe.M5, Series(2_000m, EthHoleStart, EthHoleLength));
        var seed = DemoSeed.Create() with { Markets = [] };
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed, Candles = library, Start = Now })).Value;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>Three days of 5-minute candles from 2024-01-01 (beyond the clock, so the open candle exists), with an optional hole.</summary>
    private static List<Candle> Series(decimal basePrice, int holeStart, int holeLength) => Enumerable.Range(0, 3 * 288)
        .Where(i => i < holeStart || i >= holeStart + holeLength)
        .Select(i =>
        {
            var open = basePrice + i * 0.25m;
            var close = open + (i % 3 - 1) * 0.5m;
            return new Candle(Day0.ToUnixTimeMilliseconds() + i * Step, open, Math.Max(open, close) + 1.25m, Math.Min(open, close) - 0.75m, close, 1.5m + i * 0.001m);
        }).ToList();

    private IReadOnlyList<Candle> Expected(Symbol symbol) =>
        _host.State.Feed.Candles(symbol, Timeframe.M5, _host.State.NowMs).Where(c => c.OpenTimeMs + Step <= Now.ToUnixTimeMilliseconds()).ToList();

    private async Task<(int Code, string Out, string Err)> RunAsync(string exchange, string symbols, int chunk = 1000, Action<CandleSeriesKey, long>? chunkStored = null, CancellationToken ct = default, string? baseUrl = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(""), true, _ => null);
        var code = await DataDownloadCommand.RunAsync(console, exchange, symbols, "5m", "2024-01-01", "2024-01-05", baseUrl ?? _host.BaseUrl.ToString(),
            chunk, new CandleStore(_root), chunkStored, ct);
        return (code, output.ToString(), error.ToString());
    }

    private static void AssertSameCandles(IReadOnlyList<Candle> expected, CandleSeries stored)
    {
        Assert.Equal(expected.Count, stored.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, s) = (expected[i], stored[i]);
            Assert.Equal((e.OpenTimeMs, e.Open, e.High, e.Low, e.Close, e.Volume), (s.OpenTimeMs, s.Open, s.High, s.Low, s.Close, s.Volume));
        }
    }

    [Theory]
    [InlineData("binance", ExchangeId.Binance)]
    [InlineData("bybit", ExchangeId.Bybit)]
    [InlineData("okx", ExchangeId.Okx)]
    [InlineData("kucoin", ExchangeId.Kucoin)]
    [InlineData("gate", ExchangeId.Gate)]
    [InlineData("bitget", ExchangeId.Bitget)]
    [InlineData("kraken", ExchangeId.Kraken)]
    [InlineData("coinbase", ExchangeId.Coinbase)]
    public async Task Download_FullRange_StoresExactlyTheClosedSimulatorCandles(string name, ExchangeId exchange)
    {
        var (code, output, error) = await RunAsync(name, "BTC/USDT,ETH/USDT", chunk: 300);
        Assert.True(code == 0, error);
        var store = new CandleStore(_root);
        var btc = store.Load(new CandleSeriesKey(exchange, Btc, Timeframe.M5)).Value;
        var eth = store.Load(new CandleSeriesKey(exchange, Eth, Timeframe.M5)).Value;
        AssertSameCandles(Expected(Btc), btc);
        AssertSameCandles(Expected(Eth), eth);
        Assert.Equal(ClosedCandles, btc.Count);
        Assert.Equal(ClosedCandles - EthHoleLength, eth.Count);
        Assert.Equal(Day0.AddDays(2).AddHours(11).AddMinutes(55).ToUnixTimeMilliseconds(), btc.Info.LastOpenTimeMs);
        Assert.Contains("gap at the exchange 2024-01-02 09:20", output, StringComparison.Ordinal);
        Assert.Contains("(6 missing)", output, StringComparison.Ordinal);
        Assert.Contains("candles/s", error, StringComparison.Ordinal);
        Assert.Contains("ETA", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("binance", ExchangeId.Binance, "startTime")]
    [InlineData("bybit", ExchangeId.Bybit, "start")]
    public async Task Download_InterruptedAfterFirstChunk_RerunResumesWithoutDuplicatesOrRefetching(string name, ExchangeId exchange, string startParameter)
    {
        using var cts = new CancellationTokenSource();
        var (code, _, error) = await RunAsync(name, "BTC/USDT", chunk: 288, chunkStored: (_, _) => cts.Cancel(), ct: cts.Token);
        Assert.Equal(130, code);
        Assert.Contains("resume", error, StringComparison.Ordinal);
        var store = new CandleStore(_root);
        var key = new CandleSeriesKey(exchange, Btc, Timeframe.M5);
        var partial = store.ReadInfo(key).Value;
        Assert.Equal(288, partial.Count);

        // Rerun through a recording HTTP handler to see which candle ranges are asked for.
        using var recorder = new RecordingHandler();
        using var http = new HttpClient(recorder);
        using var limits = new RateLimitRegistry(TimeProvider.System);
        var pipeline = SpotExchangeFactory.CreateHttpClient(exchange, http, new ExchangeHttpOptions(_host.BaseUrl), limits, TimeProvider.System);
        var downloader = new CandleDownloader(SpotExchangeFactory.Create(pipeline, null), store, TimeProvider.System, TextWriter.Null, TextWriter.Null);
        var result = await downloader.RunAsync([Btc], Timeframe.M5, Day0.ToUnixTimeMilliseconds(), Day0.AddDays(4).ToUnixTimeMilliseconds(), 288, CancellationToken.None);

        Assert.True(result.IsSuccess, result.IsSuccess ? "" : result.Error.Message);
        AssertSameCandles(Expected(Btc), store.Load(key).Value);
        Assert.All(downloader.Fetched, f => Assert.True(f.FromMs > partial.LastOpenTimeMs));
        var starts = recorder.KlineStarts(startParameter);
        Assert.NotEmpty(starts);
        Assert.All(starts, s => Assert.True(s > partial.LastOpenTimeMs, $"refetched from {s}"));
    }

    [Fact]
    public async Task Download_ExchangeFailsMidway_KeepsStoredChunksAndTheRerunCompletes()
    {
        using var control = new HttpClient();
        var sim = new SimulatorControlClient(control, _host.BaseUrl);
        var armed = false;
        var (code, _, error) = await RunAsync("binance", "BTC/USDT", chunk: 288, chunkStored: (_, _) =>
        {
            if (armed) return;
            armed = true;
            sim.AddFaultAsync(new FaultRequest(FaultKind.Status, ExchangeId.Binance, "/api/v3/klines", Status: 503)).GetAwaiter().GetResult();
        });
        Assert.Equal(1, code);
        Assert.Contains("rerun to resume", error, StringComparison.Ordinal);
        var key = new CandleSeriesKey(ExchangeId.Binance, Btc, Timeframe.M5);
        Assert.Equal(288, new CandleStore(_root).ReadInfo(key).Value.Count);

        await sim.ClearFaultsAsync();
        (code, _, error) = await RunAsync("binance", "BTC/USDT", chunk: 288);
        Assert.True(code == 0, error);
        AssertSameCandles(Expected(Btc), new CandleStore(_root).Load(key).Value);
    }

    [Fact]
    public async Task Download_AlreadyComplete_FetchesNothing()
    {
        Assert.Equal(0, (await RunAsync("binance", "BTC/USDT")).Code);
        var path = new CandleStore(_root).PathOf(new CandleSeriesKey(ExchangeId.Binance, Btc, Timeframe.M5));
        var before = File.ReadAllBytes(path);
        var (code, output, _) = await RunAsync("binance", "BTC/USDT");
        Assert.Equal(0, code);
        Assert.Contains("already stored", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Download_UnknownSymbol_FailsAndLeavesTheStoreUntouched()
    {
        Assert.Equal(0, (await RunAsync("binance", "BTC/USDT", chunk: 288)).Code);
        var path = new CandleStore(_root).PathOf(new CandleSeriesKey(ExchangeId.Binance, Btc, Timeframe.M5));
        var before = File.ReadAllBytes(path);
        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories);

        var (code, _, error) = await RunAsync("binance", "ETH/USDT,DOGE/USDT");

        Assert.Equal(1, code);
        Assert.Contains("unknown symbol(s) DOGE/USDT", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(files, Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Download_ExchangeUnreachable_FailsWithAClearMessageAndWritesNothing()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (code, _, error) = await RunAsync("binance", "BTC/USDT", baseUrl: $"http://127.0.0.1:{port}/");

        Assert.Equal(1, code);
        Assert.Contains("unreachable", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public async Task Download_BadArguments_AreUsageErrors()
    {
        var console = new CliConsole(new StringWriter(), new StringWriter(), new StringReader(""), true, _ => null);
        var store = new CandleStore(_root);
        Assert.Equal(2, await DataDownloadCommand.RunAsync(console, "binance", "BTCUSDT", "5m", "2024-01-01", "2024-01-02", null, 10, store, null, CancellationToken.None));
        Assert.Equal(2, await DataDownloadCommand.RunAsync(console, "binance", "BTC/USDT", "7m", "2024-01-01", "2024-01-02", null, 10, store, null, CancellationToken.None));
        Assert.Equal(2, await DataDownloadCommand.RunAsync(console, "binance", "BTC/USDT", "5m", "2024-01-02", "2024-01-01", null, 10, store, null, CancellationToken.None));
        Assert.Equal(2, await DataDownloadCommand.RunAsync(console, "nowhere", "BTC/USDT", "5m", "2024-01-01", "2024-01-02", null, 10, store, null, CancellationToken.None));
        Assert.False(Directory.Exists(_root));
    }

    /// <summary>Records the query of every kline request.</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private readonly List<Uri> _uris = [];

        public IReadOnlyList<long> KlineStarts(string parameter)
        {
            lock (_uris)
            {
                return _uris.Where(u => u.AbsolutePath.Contains("kline", StringComparison.OrdinalIgnoreCase))
                    .Select(u => HttpUtility.ParseQueryString(u.Query)[parameter])
                    .Where(v => v is not null)
                    .Select(v => long.Parse(v!, System.Globalization.CultureInfo.InvariantCulture))
                    .ToList();
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_uris) _uris.Add(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
