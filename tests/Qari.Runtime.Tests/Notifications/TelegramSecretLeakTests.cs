using System.Text;
using Qari.Runtime.Notifications;
using Qari.Trading.Commands;

namespace Qari.Runtime.Tests.Notifications;

/// <summary>
/// The bot token never reaches a log line, an error message, an exception or <c>ToString</c>: every captured text is
/// searched for the token raw, URL-encoded, base64 and hex, and for its secret part alone.
/// </summary>
public sealed class TelegramSecretLeakTests
{
    private const string Token = TelegramNotifierTests.Token;

    [Fact]
    public async Task Failures_OfEveryKind_NeverLogTheToken()
    {
        await using var fake = await FakeBotApi.StartAsync();
        // A hostile or buggy answer echoing the token in every form must be scrubbed before it is logged.
        var echo = $"Unauthorized: token {Token} / {Uri.EscapeDataString(Token)} / {Token.Split(':')[1]}";
        fake.Script.Enqueue((401, $$"""{"ok":false,"error_code":401,"description":"{{echo}}"}"""));
        fake.Script.Enqueue((429, """{"ok":false,"error_code":429,"description":"Too Many Requests","parameters":{"retry_after":0}}"""));
        fake.Script.Enqueue((500, "not json " + Token));
        fake.Script.Enqueue((500, "not json"));
        fake.Script.Enqueue((500, "not json"));
        var log = new CapturingLogger();
        await using (var notifier = TelegramNotifier.Create(TelegramNotifierTests.Options(fake.BaseUrl), log).Value)
        {
            await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "refused"), CancellationToken.None);
            await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "limited then failing"), CancellationToken.None);
            await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "ok"), CancellationToken.None);
            await TelegramNotifierTests.WaitUntil(() => notifier.Sent == 1 && notifier.Failed == 2);
        }
        var unreachable = new CapturingLogger();
        await using (var notifier = TelegramNotifier.Create(TelegramNotifierTests.Options(new Uri("http://127.0.0.1:9/")), unreachable).Value)
        {
            await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "x"), CancellationToken.None);
            await TelegramNotifierTests.WaitUntil(() => notifier.Failed == 1);
        }
        var silent = new CapturingLogger();
        fake.Hang = true;
        var timeout = new TelegramOptions { BotToken = Token, ChatId = "42", ApiUrl = fake.BaseUrl, RequestTimeout = TimeSpan.FromMilliseconds(100), RetryDelay = TimeSpan.Zero };
        await using (var notifier = TelegramNotifier.Create(timeout, silent).Value)
        {
            await notifier.NotifyAsync("a", new Notify(NotificationKind.Entry, "x"), CancellationToken.None);
            await TelegramNotifierTests.WaitUntil(() => notifier.Failed == 1);
        }

        Assert.Contains("<token>", log.All, StringComparison.Ordinal);
        Assert.Contains("refused", log.All, StringComparison.Ordinal);
        Assert.Contains("network", unreachable.All, StringComparison.Ordinal);
        Assert.Contains("no answer", silent.All, StringComparison.Ordinal);
        AssertNoToken(log.All + unreachable.All + silent.All);
    }

    [Theory]
    [InlineData("123456789:short")]
    [InlineData("not-a-token AAH-x_TestTokenValueForQariTests0123")]
    [InlineData("123456789:AAH-x_TestTokenValueForQariTests0123\n")]
    public void Validate_MalformedToken_ErrorDoesNotQuoteIt(string token)
    {
        var result = new TelegramOptions { BotToken = token, ChatId = "42" }.Validate();

        Assert.False(result.IsSuccess);
        Assert.DoesNotContain(token.Trim(), result.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AAH-x_TestTokenValueForQariTests0123", result.Error!.Message + result.Error.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void ToStringAndEnvironmentErrors_NeverContainTheToken()
    {
        var options = new TelegramOptions { BotToken = Token, ChatId = "42" };
        var onlyToken = TelegramOptions.FromEnvironment(n => n == TelegramOptions.TokenVariable ? Token : null);
        var badChat = TelegramOptions.FromEnvironment(n => n switch { TelegramOptions.TokenVariable => Token, TelegramOptions.ChatVariable => "not a chat", _ => null });
        var badUrl = TelegramOptions.FromEnvironment(n => n switch { TelegramOptions.TokenVariable => Token, TelegramOptions.ChatVariable => "42", _ => "::" });

        Assert.False(onlyToken.IsSuccess);
        Assert.False(badChat.IsSuccess);
        Assert.False(badUrl.IsSuccess);
        Assert.Contains("42", options.ToString(), StringComparison.Ordinal);
        AssertNoToken(string.Join("\n", options.ToString(), onlyToken.Error!.Message, badChat.Error!.Message, badUrl.Error!.Message));
    }

    [Fact]
    public void FromEnvironment_NothingSet_IsOffAndBothSet_IsOn()
    {
        var off = TelegramOptions.FromEnvironment(_ => null);
        var on = TelegramOptions.FromEnvironment(n => n switch { TelegramOptions.TokenVariable => Token, TelegramOptions.ChatVariable => "@qari_alerts", _ => null });

        Assert.True(off.IsSuccess);
        Assert.Null(off.Value);
        Assert.True(on.IsSuccess);
        Assert.Equal("@qari_alerts", on.Value!.ChatId);
        Assert.Equal(TelegramOptions.DefaultApiUrl, on.Value.ApiUrl);
    }

    /// <summary>Fails when the text holds the token raw, URL-encoded, base64, base64url, hex (both cases), or its secret half.</summary>
    internal static void AssertNoToken(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(Token);
        var secretHalf = Token.Split(':')[1];
        string[] forms =
        [
            Token, secretHalf, Uri.EscapeDataString(Token), Convert.ToBase64String(bytes), Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            Convert.ToHexString(bytes), Convert.ToHexStringLower(bytes), Convert.ToBase64String(Encoding.UTF8.GetBytes(secretHalf)), Convert.ToHexString(Encoding.UTF8.GetBytes(secretHalf)),
        ];
        foreach (var form in forms) Assert.DoesNotContain(form, text, StringComparison.OrdinalIgnoreCase);
    }
}
