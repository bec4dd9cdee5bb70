using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Okx;

/// <summary>An algo (stop) order as parsed: its snapshot, and whether it fired and which order it placed.</summary>
public sealed record OkxAlgoView(OrderSnapshot Snapshot, bool Triggered, string? TriggeredOrderId);
