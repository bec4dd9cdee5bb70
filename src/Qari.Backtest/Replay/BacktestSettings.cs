using Qari.Analysis.Confluence;
using Qari.Backtest.Fills;
using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Backtest.Replay;

/// <summary>
/// What a backtest replays and with which rules: exchange (fees), symbols, period, starting balance, the account's
/// plan and caps, the analysis' confluence settings (weights and thresholds), the engine's trading settings and the
/// fill model's harshness. Defaults: Binance, every loaded symbol, the whole data, 10,000 USDT, plan Pro.
/// </summary>
public sealed record BacktestSettings
{
    /// <summary>The exchange whose fees apply.</summary>
    public ExchangeId Exchange { get; init; } = ExchangeId.Binance;

    /// <summary>Symbols to trade; null = every symbol in the data.</summary>
    public IReadOnlyList<Symbol>? Symbols { get; init; }

    /// <summary>First 5m candle (open time, Unix ms) replayed; null = from the start of the data.</summary>
    public long? FromMs { get; init; }

    /// <summary>5m candles opening at or after this (Unix ms) are not replayed; null = to the end of the data.</summary>
    public long? ToMs { get; init; }

    /// <summary>Starting quote balance.</summary>
    public decimal StartingBalance { get; init; } = 10_000m;

    /// <summary>The quote asset the account holds.</summary>
    public string QuoteAsset { get; init; } = "USDT";

    /// <summary>The account's plan (position cap via <see cref="Caps"/>).</summary>
    public Plan Plan { get; init; } = Plan.Pro;

    /// <summary>Concurrent-position caps per plan.</summary>
    public PlanCaps Caps { get; init; } = PlanCaps.Default;

    /// <summary>Confluence weights and thresholds.</summary>
    public ConfluenceSettings Confluence { get; init; } = ConfluenceSettings.Default;

    /// <summary>The engine's risk, entry and exit settings.</summary>
    public TradingSettings Trading { get; init; } = TradingSettings.Default;

    /// <summary>Spread, slippage and volume share of the fill model.</summary>
    public FillSettings Fills { get; init; } = FillSettings.Default;

    /// <summary>Fees; null = the exchange's default tier (<see cref="DefaultExchangeFees"/>).</summary>
    public ExchangeFees? Fees { get; init; }

    /// <summary>
    /// Threads the replay may use. 1 = everything on the calling thread. 2 or more: the analysis is split over up to
    /// four analysis lanes (one per worker, at most one per symbol), each on its own thread ahead of the engine side:
    /// every lane feeds every symbol's candles (the cycle's context reads them all) but scores only its share of the
    /// symbols, so the lanes never wait for each other. The engine side stays on the calling thread. The report is the
    /// same for any value.
    /// </summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// With 2 or more <see cref="Workers"/>: the analysis runs on one thread instead of in lanes, up to a few hundred
    /// steps ahead of the engine, with symbols warmed up on a helper and cycles of 8 or more symbols split over the
    /// workers. Kept for comparison (the lanes measured faster with both rules; see docs/performance/backtest.md).
    /// The analysis never reads the engine and every result lands in its own slot, so the report is the same either way.
    /// </summary>
    public bool Pipeline { get; init; }

    /// <summary>The defaults.</summary>
    public static BacktestSettings Default { get; } = new();
}
