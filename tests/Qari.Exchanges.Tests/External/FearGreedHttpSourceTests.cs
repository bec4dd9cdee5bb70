using Microsoft.Extensions.Time.Testing;
using Qari.Exchanges.External;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.External;

public sealed class FearGreedHttpSourceTests : IAsyncLifetime
{
    private const long ExampleMs = 1_551_157_200_000;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeMilliseconds(ExampleMs + 3_600_000));
    private FakeFeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private FearGreedHttpSource Source(bool enabled = true) =>
        new(_server.Client, ExternalFeedOptions.FearGreedDefault with { BaseUrl = _server.BaseUrl, Enabled = enabled }, _time);

    [Fact]
    public async Task RefreshAsync_DocumentedExample_ReadsValueAndTimeFromFngEndpoint()
    {
        _server.Reply(200, FeedExamples.FearGreed);
        var source = Source();

        var result = await source.RefreshAsync();

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(40, result.Value.Value);
        Assert.Equal(ExampleMs, result.Value.TimeMs);
        Assert.Equal("/api/fng/?limit=1&format=json", _server.LastPathAndQuery);
        Assert.Equal(result.Value, source.ReadingAt(_time.GetUtcNow().ToUnixTimeMilliseconds()));
        Assert.False(source.IsStale);
    }

    [Fact]
    public async Task RefreshAsync_DefaultOptions_DisabledSendsNoRequest()
    {
        _server.Reply(200, FeedExamples.FearGreed);
        Assert.False(ExternalFeedOptions.FearGreedDefault.Enabled);
        var source = Source(enabled: false);

        var result = await source.RefreshAsync();

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        Assert.Equal(0, _server.Requests);
        Assert.Null(source.ReadingAt(ExampleMs + 1));
    }

    [Fact]
    public async Task RefreshAsync_WithinCachePeriod_ReusesAnswerThenFetchesAgain()
    {
        _server.Reply(200, FeedExamples.FearGreed);
        var source = Source();

        await source.RefreshAsync();
        _time.Advance(TimeSpan.FromMinutes(59));
        await source.RefreshAsync();
        Assert.Equal(1, _server.Requests);

        _time.Advance(TimeSpan.FromMinutes(2));
        await source.RefreshAsync();
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public async Task RefreshAsync_Http500AfterSuccess_ReturnsUnavailableAndKeepsLastGood()
    {
        _server.Reply(200, FeedExamples.FearGreed);
        var source = Source();
        await source.RefreshAsync();
        _time.Advance(TimeSpan.FromHours(2));
        _server.Reply(500, "oops");

        var result = await source.RefreshAsync();

        Assert.Equal(ErrorKind.ExchangeUnavailable, result.Error!.Kind);
        Assert.True(result.Error.Transient);
        Assert.Equal(40, source.ReadingAt(_time.GetUtcNow().ToUnixTimeMilliseconds())!.Value.Value);
    }

    [Theory]
    [InlineData("""{"name":"Fear and Greed Index","data":[{"value":"40","value_classif""")]
    [InlineData("""{"name":"Fear and Greed Index","data":[],"metadata":{"error":null}}""")]
    [InlineData("""{"data":[{"value":"forty","timestamp":"1551157200"}]}""")]
    [InlineData("""{"data":[{"value":"140","timestamp":"1551157200"}]}""")]
    [InlineData("""{"data":[{"value":"40"}]}""")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("")]
    public async Task RefreshAsync_MalformedBody_MalformedResponseError(string body)
    {
        _server.Reply(200, body);

        var result = await Source().RefreshAsync();

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.MalformedResponse, result.Error.Kind);
    }

    [Fact]
    public async Task RefreshAsync_ApiReportsError_Rejected()
    {
        _server.Reply(200, """{"name":"Fear and Greed Index","data":[],"metadata":{"error":"Invalid limit"}}""");

        var result = await Source().RefreshAsync();

        Assert.Equal(ErrorKind.Rejected, result.Error!.Kind);
        Assert.Contains("Invalid limit", result.Error.Message);
    }

    [Fact]
    public async Task RefreshAsync_NoAnswerWithinTimeout_NetworkError()
    {
        _server.Handler = ctx => Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        var source = Source();

        var pending = source.RefreshAsync();
        _time.Advance(TimeSpan.FromSeconds(11));
        var result = await pending;

        Assert.Equal(ErrorKind.Network, result.Error!.Kind);
        Assert.Equal("timeout", result.Error.Code);
        Assert.Null(source.Last);
    }

    [Fact]
    public async Task ReadingAt_LastGoodOlderThanStaleLimit_NullAndStale()
    {
        _server.Reply(200, FeedExamples.FearGreed);
        var source = Source();
        await source.RefreshAsync();

        _time.Advance(TimeSpan.FromHours(48));

        Assert.True(source.IsStale);
        Assert.Null(source.ReadingAt(_time.GetUtcNow().ToUnixTimeMilliseconds()));
        Assert.NotNull(source.ReadingAt(ExampleMs + 47 * 3_600_000L));
        Assert.NotNull(source.Last);
    }

    [Fact]
    public async Task ReadingAt_BeforePublication_Null()
    {
        _server.Reply(200, FeedExamples.FearGreed);
        var source = Source();
        await source.RefreshAsync();

        Assert.Null(source.ReadingAt(ExampleMs - 1));
    }
}
