using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qari.Model.Ids;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects;

/// <summary>
/// One exchange's REST wire format in front of the shared engine: its routes (real paths), auth verification,
/// JSON shapes, error shapes and status vocabulary. The host mounts every dialect on one port (the exchanges'
/// paths do not collide) and applies fault injection and request-weight limits around each dialect route, using
/// <see cref="Fault"/> and <see cref="Maintenance"/> to answer in the exchange's own shape. See docs/simulator.md.
/// </summary>
public interface ISimulatorDialect
{
    /// <summary>The exchange this dialect imitates.</summary>
    ExchangeId Exchange { get; }

    /// <summary>Request weight allowed per IP per minute of the simulator clock (0: not enforced).</summary>
    int WeightPerMinute { get; }

    /// <summary>Maps the exchange's routes; each must be marked with <see cref="DialectRouteExtensions.ForDialect"/>.</summary>
    void MapRoutes(IEndpointRouteBuilder routes, SimulatorState state);

    /// <summary>The exchange's answer to an injected status (429, 418, 5xx), with Retry-After where the exchange sends it.</summary>
    IResult Fault(int status, int retryAfterSeconds);

    /// <summary>The exchange's answer during maintenance.</summary>
    IResult Maintenance();
}
