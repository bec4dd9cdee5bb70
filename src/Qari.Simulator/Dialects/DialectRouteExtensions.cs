using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Qari.Simulator.Dialects;

/// <summary>Marks a dialect's routes so the host applies faults and weight limits to them.</summary>
public static class DialectRouteExtensions
{
    /// <summary>Attaches <see cref="DialectEndpoint"/> metadata to a route.</summary>
    public static RouteHandlerBuilder ForDialect(this RouteHandlerBuilder route, ISimulatorDialect dialect, int weight = 1, bool placesOrder = false) =>
        route.WithMetadata(new DialectEndpoint(dialect, weight, placesOrder));

    /// <summary>Attaches <see cref="DialectEndpoint"/> metadata to a route whose weight depends on the request's parameters.</summary>
    public static RouteHandlerBuilder ForDialect(this RouteHandlerBuilder route, ISimulatorDialect dialect, Func<HttpRequest, int> weight) =>
        route.WithMetadata(new DialectEndpoint(dialect, 0, PlacesOrder: false) { RequestWeight = weight });
}
