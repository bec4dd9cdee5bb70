using Microsoft.Extensions.Time.Testing;
using Qari.Runtime.Notifications;
using Qari.Trading.Commands;

namespace Qari.Runtime.Tests.Notifications;

/// <summary>The Telegram notifier against a local fake of the Bot API: message content, 429 and failure handling, non-blocking queue.</summary>
public sealed class TelegramNotifierTests
{
    internal const string Token = "123456789:AAH-x_TestTokenValueForQariTests0123";

    [Theory]
    [InlineData(NotificationKind.Entry, "Entered BTC/USDT (trade t1): breakout", "Qari [alice] Entry: Entered BTC/USDT (trade t1): breakout")]
    [InlineData(NotificationKind.StopLoss, "BTC/USDT stopped out: -1R (-100).", "Qari [alice] Stop-loss: BTC/USDT stopped out: -1R (-100).")]
    [InlineData(NotificationKind.ProfitTarget, "BTC/USDT Target1: sold 0.1 at 70000", "Qari [alice] Profit target: BTC/USDT Target1: sold 0.1 at 70000")]
    [InlineData(NotificationKind.KillSwitch, "New entries halted: day loss -3R.", "Qari [alice] Kill switch: New entries halted: day loss -3R.")]
    public async Task NotifyAsync_EngineKind_SendsLabelledMessageToTheChat(NotificationKind kind, string message, string expected)
    {
        await using var fake = await FakeBotApi.StartAsync();
        await using var notifier = Create(fake, new CapturingLogger());

        await notifier.NotifyAsync("alice", new Notify(kind, message), CancellationToken.None);
        await fake.WaitForAsync(1);

        var request = Assert.Single(fake.Requests);
        Assert.Equal($"/bot{Token}/sendMessage", request.Path);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("-1001234567890", request.ChatIdJson);
        Assert.Equal(expected, request.Text);
    }

    [Theory]
    [InlineData(RuntimeAlert.InvalidKey, "Qari [bob] Invalid key: Binance refused the API key")]
    [InlineData(RuntimeAlert.EngineError, "Qari [bob] Engine error: Binance refused the API key")]
    public async Task AlertAsync_RuntimeAlert_SendsLabelledMessage(RuntimeAlert alert, string expected)
    {
        await using var fake = await FakeBotApi.StartAsync();
        await using var notifier = Create(fake, new CapturingLogger());

        await notifier.AlertAsync("bob", alert, "Binance refused the API key", CancellationToken.None);
        await fake.WaitForAsync(1);

        Assert.Equal(expected, Assert.Single(fake.Texts));
    }

    [Fact]
    public async Task Send_429WithRetryAfter_RetriesOnlyAfterThatLong()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.Script.Enqueue((429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 30","parameters":{"retry_after":30}}"""));
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var notifier = Create(fake, new CapturingLogger(), clock);

        await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "x"), CancellationToken.None);
        await fake.WaitForAsync(1);
        // Advance the fake clock a second at a time until the retry arrives; time advanced before the wait began does not count.
        var advanced = 0;
        for (var i = 0; i < 2000 && fake.Requests.Count < 2; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            advanced++;
            await Task.Delay(5);
        }

        Assert.Equal(2, fake.Requests.Count);
        Assert.True(advanced >= 30, $"retried after {advanced} s, before retry_after");
        await WaitUntil(() => notifier.Sent == 1);
    }

    [Fact]
    public async Task Send_Always429_GivesUpAfterMaxAttemptsAndKeepsSending()
    {
        await using var fake = await FakeBotApi.StartAsync();
        for (var i = 0; i < 3; i++) fake.Script.Enqueue((429, """{"ok":false,"error_code":429,"description":"Too Many Requests","parameters":{"retry_after":0}}"""));
        var log = new CapturingLogger();
        await using var notifier = Create(fake, log);

        await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "first"), CancellationToken.None);
        await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "second"), CancellationToken.None);
        await fake.WaitForAsync(4);
        await WaitUntil(() => notifier.Sent == 1);

        Assert.Equal(["Qari [a] Entry: first", "Qari [a] Entry: first", "Qari [a] Entry: first", "Qari [a] Entry: second"], fake.Texts);
        Assert.Equal(1, notifier.Failed);
        Assert.Contains(log.Lines, l => l.Text.Contains("failed 3 times", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_RetryAfterAboveLimit_DropsWithoutWaiting()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.Script.Enqueue((429, """{"ok":false,"error_code":429,"description":"Too Many Requests","parameters":{"retry_after":3600}}"""));
        await using var notifier = Create(fake, new CapturingLogger(), new FakeTimeProvider());

        await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "first"), CancellationToken.None);
        await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "second"), CancellationToken.None);
        await fake.WaitForAsync(2);

        Assert.Equal(["Qari [a] Entry: first", "Qari [a] Entry: second"], fake.Texts);
        await WaitUntil(() => notifier.Failed == 1 && notifier.Sent == 1);
    }

    [Fact]
    public async Task Send_400_IsNotRetried()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.Script.Enqueue((400, """{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}"""));
        var log = new CapturingLogger();
        await using var notifier = Create(fake, log);

        await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "first"), CancellationToken.None);
        await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "second"), CancellationToken.None);
        await fake.WaitForAsync(2);
        await WaitUntil(() => notifier.Sent == 1);

        Assert.Equal(["Qari [a] Entry: first", "Qari [a] Entry: second"], fake.Texts);
        Assert.Contains(log.Lines, l => l.Text.Contains("chat not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_5xxThenOk_Retries()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.Script.Enqueue((502, "<html>Bad Gateway</html>"));
        await using var notifier = Create(fake, new CapturingLogger());

        await notifier.NotifyAsync("a", new Notify(NotificationKind.StopLoss, "x"), CancellationToken.None);
        await fake.WaitForAsync(2);
        await WaitUntil(() => notifier.Sent == 1);

        Assert.Equal(2, fake.Requests.Count);
        Assert.Equal(0, notifier.Failed);
    }

    [Fact]
    public async Task NotifyAsync_TelegramNeverAnswers_ReturnsAtOnceAndDropsWhenFull()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.Hang = true;
        var log = new CapturingLogger();
        var notifier = Create(fake, log, options: o => new TelegramOptions { BotToken = o.BotToken, ChatId = o.ChatId, ApiUrl = o.ApiUrl, QueueCapacity = 4, RequestTimeout = TimeSpan.FromMinutes(5) });

        var calls = Enumerable.Range(0, 50).Select(i => notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, $"m{i}"), CancellationToken.None)).ToList();

        // Every call completed synchronously: nothing a trader awaits depends on Telegram answering.
        Assert.All(calls, c => Assert.True(c.IsCompletedSuccessfully));
        Assert.InRange(notifier.Dropped, 45, 46);
        Assert.Contains(log.Lines, l => l.Text.Contains("notification dropped", StringComparison.Ordinal));
        fake.Release();
        await notifier.DisposeAsync();
    }

    [Fact]
    public async Task Send_Unreachable_GivesUpWithoutThrowing()
    {
        var log = new CapturingLogger();
        var closed = new Uri("http://127.0.0.1:9/");
        await using var notifier = TelegramNotifier.Create(Options(closed), log).Value;

        await notifier.AlertAsync("a", RuntimeAlert.EngineError, "boom", CancellationToken.None);
        await WaitUntil(() => notifier.Failed == 1);

        Assert.Contains(log.Lines, l => l.Text.Contains("network", StringComparison.Ordinal));
    }

    internal static TelegramOptions Options(Uri api) => new()
    {
        BotToken = Token, ChatId = "-1001234567890", ApiUrl = api, RetryDelay = TimeSpan.FromMilliseconds(10), RequestTimeout = TimeSpan.FromSeconds(5),
    };

    internal static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 2000 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    private static TelegramNotifier Create(FakeBotApi fake, CapturingLogger log, TimeProvider? clock = null, Func<TelegramOptions, TelegramOptions>? options = null)
    {
        var o = Options(fake.BaseUrl);
        var created = TelegramNotifier.Create(options is null ? o : options(o), log, clock);
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }
}
