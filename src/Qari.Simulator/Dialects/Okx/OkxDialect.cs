using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Okx;

/// <summary>OKX v5 spot (cash trade mode, stops as algo orders) in front of the simulator engine.</summary>
public sealed class OkxDialect : ISimulatorDialect
{
    /// <inheritdoc />
    public ExchangeId Exchange => ExchangeId.Okx;

    /// <summary>OKX meters per endpoint, not with one IP weight budget: not enforced here.</summary>
    public int WeightPerMinute => 0;

    /// <summary>The algo <c>ordType</c> ("conditional" or "trigger") each stop was placed with, by algo id.</summary>
    internal ConcurrentDictionary<long, string> AlgoTypes { get; } = new();

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state)
    {
        OkxMarketRoutes.Map(routes, state, this);
        OkxOrderRoutes.Map(routes, state, this);
        OkxAlgoRoutes.Map(routes, state, this);
        OkxAccountRoutes.Map(routes, state, this);
    }

    /// <inheritdoc />
    public IResult Fault(int status, int retryAfterSeconds) => status switch
    {
        // OKX answers rate limits with HTTP 429 and code 50011, without a Retry-After header.
        429 or 418 => OkxWire.Error("50011", "Too Many Requests", status),
        503 => OkxWire.Error("50001", "Service temporarily unavailable. Please try again later.", status),
        _ => OkxWire.Error("50026", "System error. Try again later.", status),
    };

    /// <inheritdoc />
    public IResult Maintenance() => OkxWire.Error("50001", "Service temporarily unavailable. Please try again later.", 503);
}
