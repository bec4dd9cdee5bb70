using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Binance;

/// <summary>Binance spot (<c>/api/v3</c>, <c>/sapi/v1/account/apiRestrictions</c>) in front of the simulator engine.</summary>
public sealed class BinanceDialect(int weightPerMinute = 6000) : ISimulatorDialect
{
    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Binance;

    /// <inheritdoc />
    public int WeightPerMinute => weightPerMinute;

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state)
    {
        BinanceMarketRoutes.Map(routes, state, this);
        BinanceOrderRoutes.Map(routes, state, this);
    }

    /// <inheritdoc />
    public IResult Fault(int status, int retryAfterSeconds) => status switch
    {
        429 or 418 => new WithRetryAfter(BinanceWire.Error(-1003,
            "Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.", status),
            Math.Max(1, retryAfterSeconds)),
        _ => BinanceWire.Error(-1001, "Internal error; unable to process your request. Please try again.", status),
    };

    /// <inheritdoc />
    public IResult Maintenance() => BinanceWire.Error(-1016, "This service is no longer available.", 503);

    private sealed class WithRetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
