namespace Qari.Simulator.Control;

/// <summary>POST /_sim/advance: move the clock forward by <see cref="Ms"/> and replay the candles passed.</summary>
public sealed record AdvanceRequest(long Ms);
