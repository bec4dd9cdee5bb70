using Qari.Model.Instruments;

namespace Qari.Simulator.Control;

/// <summary>POST /_sim/market-status: halt, reopen or put a market into maintenance.</summary>
public sealed record MarketStatusRequest(string Symbol, TradingStatus Status);
