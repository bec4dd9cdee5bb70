using Microsoft.Extensions.Time.Testing;
using Qari.Exchanges.External;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.External;

public sealed class BtcDominanceHttpSourceTests : IAsyncLifetime
{
    private const long ExampleSeconds = 1_711_356_300;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(ExampleSeconds + 60));
    private FakeFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private BtcDominanceHttpSource Source(bool enabled = true) =>
        new(_server.Client, ExternalFeedOptions.CoinGeckoDefault with { BaseUrl = _server.BaseUrl, Enabled = enabled }, _time);

    private long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    [Fact]
    public async Task RefreshAsync_DocumentedExample_ReadsBtcShareAsFraction()
    {
        _server.Reply(200, FeedExamples.CoinGeckoGlobalExample);
        var source = Source();

        var result = await source.RefreshAsync();

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(0.504465263233584, result.Value.Dominance, 12);
        Assert.Equal(ExampleSeconds * 1000, result.Value.TimeMs);
        Assert.Equal("/api/global", _server.LastPathAndQuery);
    }

    [Fact]
    public async Task ReadingAt_OnlyOneSample_NullBecauseNo24hChangeIsKnown()
    {
        _server.Reply(200, FeedExamples.CoinGeckoGlobalExample);
        var source = Source();
        await source.RefreshAsync();

        Assert.Null(source.ReadingAt(NowMs));
        Assert.False(source.IsStale);
    }

    [Fact]
    public async Task ReadingAt_SamplesADayApart_ReportsTheChangeInPoints()
    {
        var source = Source();
        _server.Reply(200, FeedExamples.CoinGeckoGlobal(50.0, ExampleSeconds));
        await source.RefreshAsync();
        _time.Advance(TimeSpan.FromHours(12));
        _server.Reply(200, FeedExamples.CoinGeckoGlobal(50.5, ExampleSeconds + 12 * 3600));
        await source.RefreshAsync();
        _time.Advance(TimeSpan.FromHours(12));
        _server.Reply(200, FeedExamples.CoinGeckoGlobal(51.5, ExampleSeconds + 24 * 3600));
        await source.RefreshAsync();

        var reading = source.ReadingAt(NowMs);

        Assert.NotNull(reading);
        Assert.Equal(0.515, reading.Value.Dominance, 12);
        Assert.Equal(0.50, reading.Value.Dominance24hAgo, 12);
        Assert.Equal(1.5, reading.Value.Change24hPoints, 9);
        Assert.Null(source.ReadingAt(NowMs + TimeSpan.FromHours(3).Ticks / TimeSpan.TicksPerMillisecond));
    }

    [Fact]
    public async Task ReadingAt_Disabled_NullWithoutRequest()
    {
        _server.Reply(200, FeedExamples.CoinGeckoGlobalExample);
        var source = Source(enabled: false);

        var result = await source.RefreshAsync();

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Equal(0, _server.Requests);
        Assert.Null(source.ReadingAt(NowMs));
    }

    [Theory]
    [InlineData("""{"data":{"market_cap_percentage":{"eth":14.9},"updated_at":1711356300}}""")]
    [InlineData("""{"data":{"market_cap_percentage":{"btc":150.0},"updated_at":1711356300}}""")]
    [InlineData("""{"data":{"market_cap_percentage":{"btc":50.4}}}""")]
    [InlineData("""{"data":{"market_cap_percentage":{"btc":50.4""")]
    [InlineData("""{"status":{"error_code":429,"error_message":"You've exceeded the Rate Limit"}}""")]
    public async Task RefreshAsync_MalformedBody_MalformedResponseError(string body)
    {
        _server.Reply(200, body);

        var result = await Source().RefreshAsync();

        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
    }

    [Theory]
    [InlineData(429, ErrorKind.RateLimited)]
    [InlineData(503, ErrorKind.ExchangeUnavailable)]
    [InlineData(404, ErrorKind.Rejected)]
    public async Task RefreshAsync_HttpErrorStatus_TypedError(int status, ErrorKind kind)
    {
        _server.Reply(status, "{}");

        var result = await Source().RefreshAsync();

        Assert.Equal(kind, result.Error!.Kind);
    }

    [Fact]
    public async Task RefreshAsync_NoAnswerWithinTimeout_NetworkErrorAndStale()
    {
        _server.Handler = ctx => Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        var source = Source();

        var pending = source.RefreshAsync();
        _time.Advance(TimeSpan.FromSeconds(11));
        var result = await pending;

        Assert.Equal(ErrorKind.Network, result.Error!.Kind);
        Assert.True(source.IsStale);
    }

    [Fact]
    public async Task IsStale_LastSampleOlderThanLimit_True()
    {
        _server.Reply(200, FeedExamples.CoinGeckoGlobalExample);
        var source = Source();
        await source.RefreshAsync();

        _time.Advance(TimeSpan.FromHours(2));

        Assert.True(source.IsStale);
    }
}
