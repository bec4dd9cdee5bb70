using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Qari.Model.Results;
using Qari.Simulator.Control;

namespace Qari.Simulator.Hosting;

/// <summary>The simulator running on Kestrel at a real local port: every dialect plus the <c>/_sim</c> control API.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, SimulatorState state, Uri baseUrl)
    {
        _app = app;
        State = state;
        BaseUrl = baseUrl;
    }

    /// <summary>Where it listens, e.g. http://127.0.0.1:50123/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Engine, keys, clock, feed and faults, for tests that drive it in-process.</summary>
    public SimulatorState State { get; }

    /// <summary>Builds the state and starts listening.</summary>
    public static async Task<Result<SimulatorHost>> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        var built = SimulatorStateBuilder.Build(options);
        if (!built.IsSuccess) return built.Error;
        var state = built.Value;
        if (!IPAddress.TryParse(options.Host, out var address)) return Error.Validation("sim.host", $"'{options.Host}' is not an IP address");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(address, options.Port));
        if (!options.Verbose) builder.Logging.ClearProviders();
        builder.Services.AddSingleton(state);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.NumberHandling = JsonNumberHandling.AllowReadingFromString;
            o.SerializerOptions.PropertyNameCaseInsensitive = true;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        var app = builder.Build();
        app.UseRouting();
        app.UseMiddleware<DialectPipeline>();
        ControlApi.Map(app, state);
        foreach (var dialect in options.Dialects ?? SimulatorDialects.All()) dialect.MapRoutes(app, state);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            return Error.Validation("sim.port", $"cannot listen on {options.Host}:{options.Port}: {ex.Message}");
        }
        var address0 = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, state, new Uri(address0.EndsWith('/') ? address0 : address0 + "/"));
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled or the host is told to stop (Ctrl+C, SIGTERM).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lifetime = _app.Services.GetRequiredService<IHostApplicationLifetime>();
        using var byCaller = cancellationToken.Register(() => stopped.TrySetResult());
        using var byHost = lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
        await stopped.Task.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    internal static JsonSerializerOptions Json { get; } = new() { Converters = { new JsonStringEnumConverter() } };
}
