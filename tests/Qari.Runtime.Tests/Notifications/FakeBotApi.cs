using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Qari.Runtime.Tests.Notifications;

/// <summary>
/// A local fake of the Telegram Bot API (Kestrel on 127.0.0.1, any free port): records every request, answers from a
/// script of (status, body) pairs and then with success, and can hold requests unanswered until released.
/// </summary>
internal sealed class FakeBotApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _messageId;

    private FakeBotApi(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The fake's base URL (what <c>TelegramOptions.ApiUrl</c> is set to).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request received, in order (including the ones answered with an error).</summary>
    public ConcurrentQueue<BotRequest> Requests { get; } = new();

    /// <summary>Answers for the next requests, in order; when empty the fake answers ok.</summary>
    public ConcurrentQueue<(int Status, string Body)> Script { get; } = new();

    /// <summary>While true, requests are held unanswered until <see cref="Release"/>.</summary>
    public bool Hang { get; set; }

    /// <summary>The sendMessage texts received.</summary>
    public IReadOnlyList<string> Texts => [.. Requests.Select(r => r.Text)];

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeBotApi? fake = null;
        app.Run(ctx => fake!.HandleAsync(ctx));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeBotApi(app, new Uri(address.TrimEnd('/') + "/"));
        return fake;
    }

    /// <summary>Answers the held requests and stops holding.</summary>
    public void Release()
    {
        Hang = false;
        _release.TrySetResult();
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived (fails the test after <paramref name="seconds"/>).</summary>
    public async Task WaitForAsync(int count, int seconds = 20)
    {
        for (var i = 0; i < seconds * 100 && Requests.Count < count; i++) await Task.Delay(10);
        Assert.True(Requests.Count >= count, $"expected {count} requests, got {Requests.Count}");
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        using var doc = await JsonDocument.ParseAsync(ctx.Request.Body);
        var root = doc.RootElement;
        Requests.Enqueue(new BotRequest(ctx.Request.Path.Value ?? "", ctx.Request.ContentType ?? "", root.GetProperty("chat_id").GetRawText(),
            root.GetProperty("text").GetString() ?? ""));
        if (Hang) await _release.Task.WaitAsync(ctx.RequestAborted);
        var (status, body) = Script.TryDequeue(out var next) ? next : (200, $"{{\"ok\":true,\"result\":{{\"message_id\":{Interlocked.Increment(ref _messageId)}}}}}");
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(body);
    }
}
