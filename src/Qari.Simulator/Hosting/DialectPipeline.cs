using Microsoft.AspNetCore.Http;
using Qari.Simulator.Dialects;

namespace Qari.Simulator.Hosting;

/// <summary>
/// Middleware around every dialect route: injected latency, maintenance windows, injected statuses, request
/// weight limits (429 with Retry-After), and dropping the answer of an accepted order (the lost-response case:
/// the order is executed, then the connection is aborted before a byte of the answer is sent).
/// </summary>
internal sealed class DialectPipeline(RequestDelegate next, SimulatorState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var meta = context.GetEndpoint()?.Metadata.GetMetadata<DialectEndpoint>();
        if (meta is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var dialect = meta.Dialect;
        var path = context.Request.Path.Value ?? "";
        var latency = state.Faults.Latency(dialect.Exchange, path);
        if (latency > TimeSpan.Zero) await Task.Delay(latency, state.Clock.Inner, context.RequestAborted).ConfigureAwait(false);
        if (state.Faults.Maintenance(dialect.Exchange, path, state.NowMs) is not null)
        {
            await dialect.Maintenance().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        if (state.Faults.Status(dialect.Exchange, path) is { } fault)
        {
            await dialect.Fault(fault.Status, fault.RetryAfterSeconds).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        if (dialect.WeightPerMinute > 0)
        {
            var (used, secondsLeft) = state.Weights.Add(dialect.Exchange, WireRequest.RemoteIpOf(context), meta.WeightOf(context.Request), state.NowMs);
            if (used > dialect.WeightPerMinute)
            {
                await dialect.Fault(429, secondsLeft).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
        }
        if (!meta.PlacesOrder)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode is >= 200 and < 300 && state.Faults.Drop(dialect.Exchange, path))
        {
            context.Abort();
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
    }
}
