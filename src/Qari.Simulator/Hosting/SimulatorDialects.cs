using Qari.Simulator.Dialects;
using Qari.Simulator.Dialects.Binance;
using Qari.Simulator.Dialects.Bybit;
using Qari.Simulator.Dialects.Gate;
using Qari.Simulator.Dialects.Kucoin;
using Qari.Simulator.Dialects.Okx;
using Qari.Simulator.Dialects.Bitget;
using Qari.Simulator.Dialects.Coinbase;
using Qari.Simulator.Dialects.Kraken;

namespace Qari.Simulator.Hosting;

/// <summary>The dialects the simulator knows; a new exchange's dialect is added here (one line).</summary>
public static class SimulatorDialects
{
    /// <summary>A fresh instance of every dialect.</summary>
    public static IReadOnlyList<ISimulatorDialect> All() => [new BinanceDialect(), new BybitDialect(), new OkxDialect(), new KucoinDialect(), new GateDialect(), new BitgetDialect(), new KrakenDialect(), new CoinbaseDialect()];
}
