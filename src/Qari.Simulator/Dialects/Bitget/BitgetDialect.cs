using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Bitget;

/// <summary>Bitget v2 spot (<c>/api/v2/...</c>) in front of the simulator engine; resting stops are plan orders.</summary>
public sealed class BitgetDialect : ISimulatorDialect
{
    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Bitget;

    /// <inheritdoc />
    public int WeightPerMinute => 6000;

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state)
    {
        BitgetMarketRoutes.Map(routes, state, this);
        BitgetOrderRoutes.Map(routes, state, this);
    }

    /// <inheritdoc />
    public IResult Fault(int status, int retryAfterSeconds) => status switch
    {
        429 => BitgetWire.Error("429", "Too Many Requests", 0, 429),
        _ => BitgetWire.Error("40725", "service return an error", 0, status),
    };

    /// <inheritdoc />
    public IResult Maintenance() => BitgetWire.Error("40725", "System maintenance", 0, 503);
}
