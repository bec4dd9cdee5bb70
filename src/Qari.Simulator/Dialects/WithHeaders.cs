using Microsoft.AspNetCore.Http;

namespace Qari.Simulator.Dialects;

/// <summary>A dialect's answer with extra response headers (rate-limit hints such as Retry-After), set in the order given.</summary>
internal sealed class WithHeaders(IResult inner, params (string Name, string Value)[] headers) : IResult
{
    /// <summary>Sets the headers, then writes the inner answer.</summary>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        foreach (var (name, value) in headers) httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
