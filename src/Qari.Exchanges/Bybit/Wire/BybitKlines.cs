namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Result of <c>GET /v5/market/kline</c>: rows <c>[start, open, high, low, close, volume, turnover]</c>, newest first.</summary>
public sealed class BybitKlines
{
    /// <summary>Exchange symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Product category.</summary>
    public string? Category { get; init; }

    /// <summary>The rows, all strings.</summary>
    public List<List<string>>? List { get; init; }
}
