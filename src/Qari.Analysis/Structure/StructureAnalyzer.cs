using Qari.Analysis.Series;
using Qari.Model.Market;

namespace Qari.Analysis.Structure;

/// <summary>
/// Runs every structure detector of one series in the right order on each closed candle: market structure,
/// equal levels, liquidity pools, SFPs, order blocks, fair value gaps, impulse legs and (when configured) ELE.
/// One instance per (symbol, timeframe); not thread-safe, like every detector.
/// </summary>
public sealed class StructureAnalyzer
{
    /// <summary>Creates the detectors with the given settings (defaults when null).</summary>
    public StructureAnalyzer(StructureSettings? settings = null)
    {
        settings ??= StructureSettings.Default;
        Structure = new MarketStructure(settings.Structure);
        EqualLevels = new EqualLevelDetector(Structure, settings.EqualLevels);
        Liquidity = new LiquidityPoolDetector(Structure, EqualLevels, settings.Liquidity);
        SwingFailures = new SwingFailureDetector(Structure, Liquidity, settings.SwingFailures);
        OrderBlocks = new OrderBlockDetector(Structure, settings.OrderBlocks);
        FairValueGaps = new FairValueGapDetector(settings.FairValueGaps);
        ImpulseLegs = new ImpulseLegDetector(Structure);
        Liquidation = settings.Liquidation is null ? null : new ExtremeLiquidationDetector(settings.Liquidation);
    }

    /// <summary>Swings, trend, BOS/CHoCH.</summary>
    public MarketStructure Structure { get; }

    /// <summary>Equal highs and lows.</summary>
    public EqualLevelDetector EqualLevels { get; }

    /// <summary>Buy-side and sell-side liquidity.</summary>
    public LiquidityPoolDetector Liquidity { get; }

    /// <summary>Swing failure patterns.</summary>
    public SwingFailureDetector SwingFailures { get; }

    /// <summary>Order blocks.</summary>
    public OrderBlockDetector OrderBlocks { get; }

    /// <summary>Fair value gaps.</summary>
    public FairValueGapDetector FairValueGaps { get; }

    /// <summary>Latest impulse leg with Fibonacci levels.</summary>
    public ImpulseLegDetector ImpulseLegs { get; }

    /// <summary>ELE detection, or null when not configured.</summary>
    public ExtremeLiquidationDetector? Liquidation { get; }

    /// <summary>Candles consumed.</summary>
    public long BarCount => Structure.Bars.Count;

    /// <summary>Consumes the next closed candle; a candle failing <see cref="Candle.Problem"/> is a bug upstream and throws.</summary>
    public void Update(in Candle candle, Trend higherTimeframeBias = Trend.Range)
    {
        if (candle.Problem() is { } problem)
            throw new ArgumentException($"Candle at {candle.OpenTimeMs} is not a sane OHLCV candle: {problem}.", nameof(candle));
        Update(Bar.From(candle), higherTimeframeBias);
    }

    /// <summary>Consumes the next closed candle (already as doubles).</summary>
    public void Update(in Bar bar, Trend higherTimeframeBias = Trend.Range)
    {
        Structure.Update(bar);
        EqualLevels.Update(bar);
        Liquidity.Update(bar);
        SwingFailures.Update(bar);
        OrderBlocks.Update(bar);
        FairValueGaps.Update(bar, higherTimeframeBias);
        ImpulseLegs.Update(bar);
        Liquidation?.Update(bar);
    }

    /// <summary>Forgets everything.</summary>
    public void Reset()
    {
        Structure.Reset();
        EqualLevels.Reset();
        Liquidity.Reset();
        SwingFailures.Reset();
        OrderBlocks.Reset();
        FairValueGaps.Reset();
        ImpulseLegs.Reset();
        Liquidation?.Reset();
    }
}
