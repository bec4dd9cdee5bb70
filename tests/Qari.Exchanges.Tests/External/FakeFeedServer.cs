using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Net;

namespace Qari.Exchanges.Tests.External;

/// <summary>A Kestrel server on 127.0.0.1 with an OS-chosen port that answers every request with <see cref="Handler"/>.</summary>
internal sealed class FakeFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FakeFeedServer(WebApplication app) => _app = app;

    public Func<HttpContext, Task> Handler { get; set; } = ctx => Task.CompletedTask;

    public int Requests => Volatile.Read(ref _requests);

    public string? LastPathAndQuery { get; private set; }

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public static async Task<FakeFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeFeedServer(app);
        app.Run(async ctx =>
        {
            Interlocked.Increment(ref server._requests);
            server.LastPathAndQuery = ctx.Request.Path + ctx.Request.QueryString;
            await server.Handler(ctx);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return server;
    }

    public void Reply(int status, string body) => Handler = async ctx =>
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(body);
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
