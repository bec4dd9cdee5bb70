using Qari.Analysis.Indicators;
using Qari.Analysis.Structure;
using Qari.Model.Market;
using SeriesBar = Qari.Analysis.Series.Bar;
using StructureBar = Qari.Analysis.Structure.Bar;

namespace Qari.Analysis.Engine;

/// <summary>
/// The incremental state of one timeframe of one symbol: structure detectors (the full set, or market structure
/// only where that is all the layers read) and, optionally, the standard indicators. Update is O(1) amortised and
/// allocation-free.
/// </summary>
public sealed class TimeframeState
{
    /// <summary>Closes and OBV values kept for look-backs (24h on 1h, divergences).</summary>
    public const int Lookback = 24;

    private readonly MarketStructure? _structureOnly;
    private readonly double[] _closes = new double[Lookback + 1];
    private readonly double[] _obvs = new double[Lookback + 1];

    /// <summary>Creates the state; <paramref name="fullStructure"/> runs every structure detector, otherwise market structure only.</summary>
    public TimeframeState(Timeframe timeframe, bool fullStructure, bool indicators, StructureSettings? structure = null)
    {
        Timeframe = timeframe;
        if (fullStructure) Analyzer = new StructureAnalyzer(structure);
        else _structureOnly = new MarketStructure(structure?.Structure);
        if (!indicators) return;
        Ema20 = new Ema(20);
        Ema50 = new Ema(50);
        Ema200 = new Ema(200);
        Rsi = new Rsi(14);
        Macd = new Macd();
        Bands = new BollingerBands();
        Adx = new Adx(14);
        Mfi = new Mfi(14);
        Obv = new Obv();
        ObvEma = new Ema(20);
        Atr = new Atr(14);
        RelativeVolume = new RelativeVolume(20);
    }

    /// <summary>The timeframe.</summary>
    public Timeframe Timeframe { get; }

    /// <summary>Every structure detector, or null when only market structure runs.</summary>
    public StructureAnalyzer? Analyzer { get; }

    /// <summary>Swings, trend and BOS/CHoCH.</summary>
    public MarketStructure Structure => Analyzer?.Structure ?? _structureOnly!;

    /// <summary>Closed candles consumed.</summary>
    public long Count { get; private set; }

    /// <summary>The newest closed candle (default before the first).</summary>
    public SeriesBar Last { get; private set; }

    /// <summary>Close time (Unix ms) of the newest candle, or <see cref="long.MinValue"/> before the first.</summary>
    public long LastCloseTimeMs => Count == 0 ? long.MinValue : Last.OpenTimeMs + Timeframe.Milliseconds();

#pragma warning disable CS1591 // the indicator names say what they are
    public Ema? Ema20 { get; }
    public Ema? Ema50 { get; }
    public Ema? Ema200 { get; }
    public Rsi? Rsi { get; }
    public Macd? Macd { get; }
    public BollingerBands? Bands { get; }
    public Adx? Adx { get; }
    public Mfi? Mfi { get; }
    public Obv? Obv { get; }
    public Ema? ObvEma { get; }
    public Atr? Atr { get; }
    public RelativeVolume? RelativeVolume { get; }
#pragma warning restore CS1591

    /// <summary>The close <paramref name="back"/> candles ago (0 = newest), or NaN when not yet seen.</summary>
    public double CloseAgo(int back) => Ago(_closes, back);

    /// <summary>The OBV <paramref name="back"/> candles ago (0 = newest), or NaN when not yet seen.</summary>
    public double ObvAgo(int back) => Ago(_obvs, back);

    /// <summary>Consumes the next closed candle; <paramref name="higherTimeframeBias"/> grades FVG alignment.</summary>
    public void Update(in SeriesBar bar, Trend higherTimeframeBias)
    {
        var sb = new StructureBar(bar.OpenTimeMs, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
        if (Analyzer is not null) Analyzer.Update(sb, higherTimeframeBias);
        else _structureOnly!.Update(sb);
        if (Ema20 is not null)
        {
            Ema20.Update(bar.Close);
            Ema50!.Update(bar.Close);
            Ema200!.Update(bar.Close);
            Rsi!.Update(bar.Close);
            Macd!.Update(bar.Close);
            Bands!.Update(bar.Close);
            Adx!.Update(bar);
            Mfi!.Update(bar);
            Obv!.Update(bar);
            ObvEma!.Update(Obv.Value);
            Atr!.Update(bar);
            RelativeVolume!.Update(bar);
        }
        var slot = (int)(Count % (Lookback + 1));
        _closes[slot] = bar.Close;
        _obvs[slot] = Obv?.Value ?? double.NaN;
        Last = bar;
        Count++;
    }

    private double Ago(double[] ring, int back)
    {
        if (back < 0 || back > Lookback || back >= Count) return double.NaN;
        return ring[(int)((Count - 1 - back) % (Lookback + 1))];
    }
}
