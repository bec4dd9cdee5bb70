namespace Qari.Simulator.Control;

/// <summary>POST /_sim/replay: hold or resume the accelerated replay.</summary>
public sealed record ReplayRequest(bool Paused);
