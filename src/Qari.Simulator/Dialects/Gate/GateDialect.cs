using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Gate;

/// <summary>Gate APIv4 spot (orders, price-triggered orders, <c>/account/detail</c>) in front of the simulator engine.</summary>
public sealed class GateDialect : ISimulatorDialect
{
    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Gate;

    /// <inheritdoc />
    /// <remarks>Gate allows 200 requests per 10 s per endpoint; the simulator meters the IP as a whole at that rate.</remarks>
    public int WeightPerMinute => 1200;

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state)
    {
        GateMarketRoutes.Map(routes, state, this);
        GateOrderRoutes.Map(routes, state, this);
    }

    /// <inheritdoc />
    public IResult Fault(int status, int retryAfterSeconds) => status switch
    {
        429 => new WithHeaders(GateWire.Error("TOO_MANY_REQUESTS", "Request Rate limit Exceeded", 429),
            ("Retry-After", Math.Max(1, retryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("X-Gate-RateLimit-Requests-Remain", "0")),
        >= 500 => GateWire.Error("SERVER_ERROR", "Internal server error", status),
        _ => GateWire.Error("INVALID_REQUEST_BODY", "Bad request", status),
    };

    /// <inheritdoc />
    public IResult Maintenance() => GateWire.Error("TOO_BUSY", "System maintenance in progress", 503);
}
