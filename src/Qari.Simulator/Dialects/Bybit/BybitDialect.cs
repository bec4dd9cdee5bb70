using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Bybit;

/// <summary>Bybit v5 spot (<c>category=spot</c>, unified account) in front of the simulator engine.</summary>
public sealed class BybitDialect : ISimulatorDialect
{
    private SimulatorState? _state;

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Bybit;

    /// <summary>Bybit allows 600 requests per 5 s per IP; metered here per minute (7200).</summary>
    public int WeightPerMinute => 7200;

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state)
    {
        _state = state;
        BybitMarketRoutes.Map(routes, state, this);
        BybitOrderRoutes.Map(routes, state, this);
        BybitAccountRoutes.Map(routes, state, this);
    }

    /// <inheritdoc />
    public IResult Fault(int status, int retryAfterSeconds)
    {
        var now = _state?.NowMs ?? 0;
        return status switch
        {
            // Bybit signals limits with retCode 10006 and X-Bapi-Limit-* headers (it sends no Retry-After).
            429 or 418 or 403 => new WithHeaders(BybitWire.Error(10006, "Too many visits. Exceeded the API Rate Limit.", now, status),
                ("X-Bapi-Limit-Reset-Timestamp", (now + Math.Max(1, retryAfterSeconds) * 1000L).ToString(CultureInfo.InvariantCulture))),
            _ => BybitWire.Error(10016, "Internal server error.", now, status),
        };
    }

    /// <inheritdoc />
    public IResult Maintenance() => BybitWire.Error(10016, "Service is under maintenance.", _state?.NowMs ?? 0, 503);
}
