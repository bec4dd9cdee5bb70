namespace Qari.Simulator.Control;

/// <summary>POST /_sim/price: a new last price for a symbol (BTC/USDT), with the volume resting orders may fill against (unlimited when null).</summary>
public sealed record PricePush(string Symbol, decimal Price, decimal? Volume = null);
