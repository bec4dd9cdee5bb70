using System.Globalization;
using System.Text.RegularExpressions;
using Qari.Model.Results;

namespace Qari.Runtime.Notifications;

/// <summary>
/// Where Telegram notifications go: the bot token (a secret: never printed, see <see cref="ToString"/>), the chat,
/// the Bot API base URL (a local fake in tests) and the delivery limits. Off unless both token and chat are given.
/// </summary>
public sealed partial class TelegramOptions
{
    /// <summary>Environment variable holding the bot token.</summary>
    public const string TokenVariable = "QARI_TELEGRAM_BOT_TOKEN";

    /// <summary>Environment variable holding the chat id (a number, or @channelname).</summary>
    public const string ChatVariable = "QARI_TELEGRAM_CHAT_ID";

    /// <summary>Environment variable overriding the Bot API base URL (a self-hosted Bot API server).</summary>
    public const string ApiUrlVariable = "QARI_TELEGRAM_API_URL";

    /// <summary>The public Bot API.</summary>
    public static readonly Uri DefaultApiUrl = new("https://api.telegram.org/");

    /// <summary>The bot token from BotFather ("123456:ABC..."); a secret.</summary>
    public required string BotToken { get; init; }

    /// <summary>The chat the messages go to.</summary>
    public required string ChatId { get; init; }

    /// <summary>The Bot API base URL.</summary>
    public Uri ApiUrl { get; init; } = DefaultApiUrl;

    /// <summary>Messages waiting to be sent; beyond this a new message is dropped with a warning.</summary>
    public int QueueCapacity { get; init; } = 256;

    /// <summary>Attempts per message (429 answers and network failures are retried, other refusals are not).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The longest <c>retry_after</c> honoured; a longer one drops the message rather than hold the queue.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Pause before retrying after a network failure or a 5xx (doubled each attempt).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Options from the environment: none when neither token nor chat is set (notifications off); an error when only
    /// one is set or either is malformed (the error never contains the token).
    /// </summary>
    public static Result<TelegramOptions?> FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var token = variable(TokenVariable);
        var chat = variable(ChatVariable);
        var url = variable(ApiUrlVariable);
        if (string.IsNullOrWhiteSpace(token) && string.IsNullOrWhiteSpace(chat)) return Result<TelegramOptions?>.Ok(null);
        if (string.IsNullOrWhiteSpace(token) || string.IsNullOrWhiteSpace(chat))
            return Error.Validation("telegram.partial", $"Telegram needs both {TokenVariable} and {ChatVariable}");
        Uri? api = null;
        if (!string.IsNullOrWhiteSpace(url) && !Uri.TryCreate(url, UriKind.Absolute, out api))
            return Error.Validation("telegram.url", $"{ApiUrlVariable}: not an absolute URL");
        var options = new TelegramOptions { BotToken = token.Trim(), ChatId = chat.Trim(), ApiUrl = api ?? DefaultApiUrl };
        var valid = options.Validate();
        return valid.IsSuccess ? Result<TelegramOptions?>.Ok(options) : valid.Error!;
    }

    /// <summary>Checks the token's shape (digits, colon, letters/digits/_/-), the chat id and the limits; errors never quote the token.</summary>
    public Result<TelegramOptions> Validate()
    {
        if (string.IsNullOrEmpty(BotToken) || !TokenShape().IsMatch(BotToken))
            return Error.Validation("telegram.token", "the Telegram bot token is malformed (expected <digits>:<letters, digits, _ or ->; the value is not shown)");
        if (string.IsNullOrEmpty(ChatId) || !(long.TryParse(ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) || ChannelShape().IsMatch(ChatId)))
            return Error.Validation("telegram.chat", "the Telegram chat id must be a number or @channelname");
        if (ApiUrl.Scheme is not ("https" or "http")) return Error.Validation("telegram.url", "the Telegram API URL must be http(s)");
        if (QueueCapacity < 1 || MaxAttempts < 1) return Error.Validation("telegram.limits", "queue capacity and attempts must be at least 1");
        return this;
    }

    /// <summary>The options without the token.</summary>
    public override string ToString() => $"Telegram chat {ChatId} via {ApiUrl} (token redacted)";

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{20,200}\z")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^@[A-Za-z0-9_]{4,64}\z")]
    private static partial Regex ChannelShape();
}
