using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Qari.Model.Results;
using Qari.Trading.Commands;

namespace Qari.Runtime.Notifications;

/// <summary>
/// Sends notifications as Telegram messages (Bot API <c>sendMessage</c>). A call only queues the message: a bounded
/// background queue sends it, so a slow or unreachable Telegram never delays a trader. A full queue drops the new
/// message with a warning; a 429 is retried after its <c>retry_after</c>, a network failure or 5xx after a short
/// pause, up to <see cref="TelegramOptions.MaxAttempts"/>; other refusals are logged and dropped. The bot token
/// appears only in the request URL: logs carry status codes and Telegram's descriptions with the token scrubbed.
/// </summary>
public sealed class TelegramNotifier : INotifier, IAsyncDisposable
{
    private readonly TelegramOptions _options;
    private readonly Uri _sendMessage;
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly Channel<string> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private long _sent;
    private long _dropped;
    private long _failed;

    private TelegramNotifier(TelegramOptions options, ILogger log, TimeProvider clock)
    {
        _options = options;
        _log = log;
        _clock = clock;
        // Built by concatenation: "bot123:ABC" as a relative URI would parse "bot123" as a scheme.
        _sendMessage = new Uri(options.ApiUrl.AbsoluteUri.TrimEnd('/') + "/bot" + options.BotToken + "/sendMessage");
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = options.RequestTimeout }) { Timeout = Timeout.InfiniteTimeSpan };
        _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(options.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _pump = Task.Run(() => PumpAsync(_stop.Token), CancellationToken.None);
    }

    /// <summary>Messages Telegram accepted.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Messages dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Messages given up on (refused, or still failing after the last attempt).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Starts a notifier; an error (never quoting the token) when the options are invalid.</summary>
    public static Result<TelegramNotifier> Create(TelegramOptions options, ILogger log, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var valid = options.Validate();
        if (!valid.IsSuccess) return valid.Error!;
        return new TelegramNotifier(options, log, clock ?? TimeProvider.System);
    }

    /// <inheritdoc />
    public Task NotifyAsync(string account, Notify notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Enqueue(NotificationText.Compose(account, NotificationText.Label(notification.Kind), notification.Message));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AlertAsync(string account, RuntimeAlert alert, string message, CancellationToken cancellationToken)
    {
        Enqueue(NotificationText.Compose(account, NotificationText.Label(alert), message));
        return Task.CompletedTask;
    }

    /// <summary>Sends what is queued for up to <paramref name="drain"/>, then stops.</summary>
    public async Task StopAsync(TimeSpan drain)
    {
        _queue.Writer.TryComplete();
        var finished = await Task.WhenAny(_pump, Task.Delay(drain, _clock)).ConfigureAwait(false);
        if (finished != _pump) await _stop.CancelAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        _http.Dispose();
        _stop.Dispose();
    }

    private void Enqueue(string text)
    {
        if (_queue.Writer.TryWrite(text)) return;
        var dropped = Interlocked.Increment(ref _dropped);
        // One warning for the first drop and then one per hundred, so a Telegram outage cannot flood the log.
        if (dropped == 1 || dropped % 100 == 0)
            _log.LogWarning("telegram: queue full or stopped ({Capacity} waiting), notification dropped ({Dropped} dropped so far)", _options.QueueCapacity, dropped);
    }

    private async Task PumpAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var text in _queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                if (await DeliverAsync(text, ct).ConfigureAwait(false)) Interlocked.Increment(ref _sent);
                else Interlocked.Increment(ref _failed);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: what is still queued is not sent.
        }
    }

    private async Task<bool> DeliverAsync(string text, CancellationToken ct)
    {
        var body = Body(text);
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await SendOnceAsync(body, ct).ConfigureAwait(false);
            if (outcome.Delivered) return true;
            if (outcome.Wait is not { } wait)
            {
                _log.LogWarning("telegram: sendMessage refused ({Problem}); notification dropped", outcome.Problem);
                return false;
            }
            if (attempt >= _options.MaxAttempts)
            {
                _log.LogWarning("telegram: sendMessage failed {Attempts} times ({Problem}); notification dropped", attempt, outcome.Problem);
                return false;
            }
            if (wait > _options.MaxRetryAfter)
            {
                _log.LogWarning("telegram: asked to wait {Seconds} s ({Problem}), longer than allowed; notification dropped", wait.TotalSeconds, outcome.Problem);
                return false;
            }
            _log.LogInformation("telegram: {Problem}; retrying in {Seconds} s", outcome.Problem, wait.TotalSeconds);
            await Task.Delay(wait, _clock, ct).ConfigureAwait(false);
        }
    }

    private async Task<Outcome> SendOnceAsync(byte[] body, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await _http.PostAsync(_sendMessage, content, timeout.Token).ConfigureAwait(false);
            var json = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var (ok, description, retryAfter) = Parse(json);
            var code = (int)response.StatusCode;
            if (response.IsSuccessStatusCode && ok) return new Outcome(true, null, "");
            var problem = Scrub($"HTTP {code.ToString(CultureInfo.InvariantCulture)} {description}".TrimEnd());
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                return new Outcome(false, TimeSpan.FromSeconds(retryAfter ?? RetryAfterHeader(response) ?? 1), problem);
            if (code >= 500) return new Outcome(false, _options.RetryDelay, problem);
            if (response.StatusCode == HttpStatusCode.Unauthorized) problem += " (the bot token was refused)";
            return new Outcome(false, null, problem);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Outcome(false, _options.RetryDelay, "no answer within " + _options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
        }
        catch (HttpRequestException ex)
        {
            // The message names the host at most; scrubbed anyway, and the exception (with its URL-bearing stack) is not logged.
            return new Outcome(false, _options.RetryDelay, Scrub($"network: {ex.HttpRequestError}: {ex.Message}"));
        }
    }

    private byte[] Body(string text)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            if (long.TryParse(_options.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)) json.WriteNumber("chat_id", id);
            else json.WriteString("chat_id", _options.ChatId);
            json.WriteString("text", text);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    // Telegram's answer: {"ok":false,"error_code":429,"description":"...","parameters":{"retry_after":34}}.
    private static (bool Ok, string Description, int? RetryAfter) Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var ok = root.TryGetProperty("ok", out var o) && o.ValueKind == JsonValueKind.True;
            var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() ?? "" : "";
            int? retry = root.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("retry_after", out var r)
                && r.TryGetInt32(out var seconds) && seconds >= 0 ? seconds : null;
            return (ok, description.Length > 300 ? description[..300] : description, retry);
        }
        catch (JsonException)
        {
            return (false, "(not JSON)", null);
        }
    }

    private static int? RetryAfterHeader(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta ? (int)Math.Ceiling(delta.TotalSeconds) : null;

    // Whatever Telegram or the network stack says, the token (raw or URL-encoded) never reaches a log line.
    private string Scrub(string text) => text
        .Replace(_options.BotToken, "<token>", StringComparison.Ordinal)
        .Replace(Uri.EscapeDataString(_options.BotToken), "<token>", StringComparison.OrdinalIgnoreCase)
        .Replace(_options.BotToken.Split(':')[1], "<token>", StringComparison.Ordinal);

    private sealed record Outcome(bool Delivered, TimeSpan? Wait, string Problem);
}
