using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Coinbase;

/// <summary>Coinbase Advanced Trade (<c>/api/v3/brokerage</c>) in front of the simulator engine: JWT auth, 200 success:false order failures, idempotent client_order_id.</summary>
public sealed class CoinbaseDialect : ISimulatorDialect
{
    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Coinbase;

    /// <inheritdoc />
    public int WeightPerMinute => 0;

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state)
    {
        CoinbaseMarketRoutes.Map(routes, state, this);
        CoinbaseOrderRoutes.Map(routes, state, this);
    }

    /// <inheritdoc />
    public IResult Fault(int status, int retryAfterSeconds) => status switch
    {
        429 => CoinbaseWire.Error("RATE_LIMIT_EXCEEDED", "Too many requests", 429),
        _ => CoinbaseWire.Error("INTERNAL", "internal error", status),
    };

    /// <inheritdoc />
    public IResult Maintenance() => CoinbaseWire.Error("UNAVAILABLE", "The service is unavailable (maintenance)", 503);
}
