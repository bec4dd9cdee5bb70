using Microsoft.AspNetCore.Http;

namespace Qari.Simulator.Dialects;

/// <summary>Route metadata: which dialect owns the route, its request weight, and whether it places orders (drop-after-accept applies).</summary>
public sealed record DialectEndpoint(ISimulatorDialect Dialect, int Weight, bool PlacesOrder)
{
    /// <summary>The weight of one request when it depends on its parameters (e.g. the number of symbols asked for); null: <see cref="Weight"/>.</summary>
    public Func<HttpRequest, int>? RequestWeight { get; init; }

    /// <summary>The weight <paramref name="request"/> costs.</summary>
    public int WeightOf(HttpRequest request) => RequestWeight?.Invoke(request) ?? Weight;
}
