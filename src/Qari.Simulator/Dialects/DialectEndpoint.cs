namespace Qari.Simulator.Dialects;

/// <summary>Route metadata: which dialect owns the route, its request weight, and whether it places orders (drop-after-accept applies).</summary>
public sealed record DialectEndpoint(ISimulatorDialect Dialect, int Weight, bool PlacesOrder);
