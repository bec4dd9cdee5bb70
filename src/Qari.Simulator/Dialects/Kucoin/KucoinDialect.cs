using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Kucoin;

/// <summary>KuCoin spot (HF orders, spot stop orders, <c>/api/v1/user/api-key</c>) in front of the simulator engine.</summary>
public sealed class KucoinDialect : ISimulatorDialect
{
    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Kucoin;

    /// <inheritdoc />
    /// <remarks>KuCoin's public pool is 2000 weight per 30 s per IP.</remarks>
    public int WeightPerMinute => 4000;

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state)
    {
        KucoinMarketRoutes.Map(routes, state, this);
        KucoinOrderRoutes.Map(routes, state, this);
    }

    /// <inheritdoc />
    public IResult Fault(int status, int retryAfterSeconds) => status switch
    {
        // KuCoin sends the time until its quota resets (ms) rather than Retry-After.
        429 => new WithHeaders(KucoinWire.Error("429000", "Too Many Requests", 429),
            ("gw-ratelimit-reset", (Math.Max(1, retryAfterSeconds) * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("gw-ratelimit-remaining", "0")),
        503 => KucoinWire.Error("503000", "Service unavailable", 503),
        >= 500 => KucoinWire.Error("500000", "Internal Server Error", status),
        _ => KucoinWire.Error("400000", "Bad Request", status),
    };

    /// <inheritdoc />
    public IResult Maintenance() => KucoinWire.Error("503000", "System maintenance, please try again later.", 503);
}
