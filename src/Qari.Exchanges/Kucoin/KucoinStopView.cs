using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// A KuCoin stop order as its own endpoint reports it. Once <see cref="Triggered"/>, the stop has become a normal
/// order with the same id, and its fills must be read from the HF order endpoints.
/// </summary>
internal sealed record KucoinStopView(OrderSnapshot Snapshot, bool Triggered);
