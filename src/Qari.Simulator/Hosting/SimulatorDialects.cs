using Qari.Simulator.Dialects;
using Qari.Simulator.Dialects.Binance;

namespace Qari.Simulator.Hosting;

/// <summary>The dialects the simulator knows; a new exchange's dialect is added here (one line).</summary>
public static class SimulatorDialects
{
    /// <summary>A fresh instance of every dialect.</summary>
    public static IReadOnlyList<ISimulatorDialect> All() => [new BinanceDialect()];
}
