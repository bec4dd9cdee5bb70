using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Kraken;

/// <summary>Kraken spot REST (<c>/0/public/*</c> GET, <c>/0/private/*</c> POST) in front of the simulator engine.</summary>
public sealed class KrakenDialect : ISimulatorDialect
{
    private readonly KrakenAuth _auth = new();

    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Kraken;

    /// <inheritdoc />
    public int WeightPerMinute => 0;

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state)
    {
        KrakenMarketRoutes.Map(routes, state, this);
        KrakenOrderRoutes.Map(routes, state, this, _auth);
    }

    /// <inheritdoc />
    public IResult Fault(int status, int retryAfterSeconds) => status switch
    {
        429 => KrakenWire.Error("EAPI:Rate limit exceeded", 429),
        _ => KrakenWire.Error("EService:Unavailable", status),
    };

    /// <inheritdoc />
    public IResult Maintenance() => KrakenWire.Error("EService:Unavailable", 503);
}
