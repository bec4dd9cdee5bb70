using System.Runtime.InteropServices;
using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// Buy-side liquidity above price (unswept swing highs, equal highs, the next round number up) and sell-side
/// below (unswept swing lows, equal lows, the next round number down), each with a 0–1 clarity score. A pool is
/// swept by the first later candle whose high trades above it (buy-side) or low below it (sell-side); the pools
/// swept by the latest candle are listed in <see cref="SweptThisBar"/> (the input of SFP detection). Reads a
/// <see cref="MarketStructure"/> and an <see cref="EqualLevelDetector"/> that must consume each candle first.
/// </summary>
public sealed class LiquidityPoolDetector
{
    private const double SwingBase = 0.5;
    private const double EqualBase = 0.8;
    private const double ClusterBase = 1.0;
    private readonly LiquiditySettings _settings;
    private readonly MarketStructure _structure;
    private readonly EqualLevelDetector _equals;
    private readonly List<LiquidityPool> _buy;
    private readonly List<LiquidityPool> _sell;
    private readonly List<LiquidityPool> _swept;
    private long _barCount;

    /// <summary>Creates the detector over the given upstream detectors.</summary>
    public LiquidityPoolDetector(MarketStructure structure, EqualLevelDetector equals, LiquiditySettings? settings = null)
    {
        _structure = structure ?? throw new ArgumentNullException(nameof(structure));
        _equals = equals ?? throw new ArgumentNullException(nameof(equals));
        _settings = settings ?? LiquiditySettings.Default;
        _settings.Validate();
        _buy = new List<LiquidityPool>(_settings.PoolsPerSide + 1);
        _sell = new List<LiquidityPool>(_settings.PoolsPerSide + 1);
        _swept = new List<LiquidityPool>(2 * _settings.PoolsPerSide + 2);
        BuySide = _buy.AsReadOnly();
        SellSide = _sell.AsReadOnly();
        SweptThisBar = _swept.AsReadOnly();
    }

    /// <summary>Unswept swing and equal-high pools above price, oldest first.</summary>
    public IReadOnlyList<LiquidityPool> BuySide { get; }

    /// <summary>Unswept swing and equal-low pools below price, oldest first.</summary>
    public IReadOnlyList<LiquidityPool> SellSide { get; }

    /// <summary>Pools whose level the latest candle traded through.</summary>
    public IReadOnlyList<LiquidityPool> SweptThisBar { get; }

    /// <summary>The next round number above the latest close, when enabled.</summary>
    public LiquidityPool? RoundAbove { get; private set; }

    /// <summary>The next round number below the latest close, when enabled.</summary>
    public LiquidityPool? RoundBelow { get; private set; }

    /// <summary>Consumes the latest candle; the structure and equal-level detector must already have consumed it.</summary>
    public void Update(in Bar bar)
    {
        _barCount++;
        if (_structure.Bars.Count != _barCount)
            throw new InvalidOperationException("Update the MarketStructure and EqualLevelDetector with this candle before the LiquidityPoolDetector.");
        _swept.Clear();
        var buy = CollectionsMarshal.AsSpan(_buy);
        for (var i = 0; i < buy.Length; i++)
        {
            if (bar.High > buy[i].Price) _swept.Add(buy[i]);
        }
        var sell = CollectionsMarshal.AsSpan(_sell);
        for (var i = 0; i < sell.Length; i++)
        {
            if (bar.Low < sell[i].Price) _swept.Add(sell[i]);
        }
        if (_swept.Count > 0)
        {
            for (var i = _buy.Count - 1; i >= 0; i--) if (bar.High > _buy[i].Price) _buy.RemoveAt(i);
            for (var i = _sell.Count - 1; i >= 0; i--) if (bar.Low < _sell[i].Price) _sell.RemoveAt(i);
        }

        var swings = _structure.Swings;
        for (var i = 0; i < swings.NewSwingCount; i++) AddSwing(swings.NewSwing(i));
        for (var i = 0; i < _equals.NewLevelCount; i++) AddEqual(_equals.NewLevel(i));

        if (_settings.RoundNumbers) SetRoundNumbers(bar);
    }

    /// <summary>Forgets everything (reset the upstream detectors too).</summary>
    public void Reset()
    {
        _buy.Clear();
        _sell.Clear();
        _swept.Clear();
        RoundAbove = RoundBelow = null;
        _barCount = 0;
    }

    /// <summary>Clarity of a swing or equal-level pool: 60% from how it was formed, 40% from prominence.</summary>
    public static double ClarityOf(LiquiditySource source, int touches, double prominence)
    {
        var form = source switch
        {
            LiquiditySource.Swing => SwingBase,
            LiquiditySource.EqualLevel => touches >= 3 ? ClusterBase : EqualBase,
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Round numbers are scored by their roundness."),
        };
        return Math.Clamp(0.6 * form + 0.4 * Math.Clamp(prominence, 0, 1), 0, 1);
    }

    private void AddSwing(in Swing s)
    {
        if (s.IsFiller && _structure.ExceededSince(s, byClose: false)) return;
        var prominence = Prominence(s);
        var side = s.Kind == SwingKind.High ? LiquiditySide.BuySide : LiquiditySide.SellSide;
        Append(side == LiquiditySide.BuySide ? _buy : _sell,
            new LiquidityPool(side, LiquiditySource.Swing, s.Price, s.TimeMs, 1, prominence,
                ClarityOf(LiquiditySource.Swing, 1, prominence)));
    }

    private void AddEqual(in EqualLevel level)
    {
        var list = level.Kind == SwingKind.High ? _buy : _sell;
        var side = level.Kind == SwingKind.High ? LiquiditySide.BuySide : LiquiditySide.SellSide;
        var tol = _equals.Settings.Tolerance * level.Price;
        var prominence = 0.0;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (Math.Abs(list[i].Price - level.Price) > tol) continue;
            prominence = Math.Max(prominence, list[i].Prominence);
            list.RemoveAt(i);
        }
        Append(list, new LiquidityPool(side, LiquiditySource.EqualLevel, level.Price, level.LastTimeMs, level.Touches,
            prominence, ClarityOf(LiquiditySource.EqualLevel, level.Touches, prominence)));
    }

    private void Append(List<LiquidityPool> list, in LiquidityPool pool)
    {
        if (list.Count == _settings.PoolsPerSide) list.RemoveAt(0);
        list.Add(pool);
    }

    private double Prominence(in Swing s)
    {
        var bars = _structure.Bars;
        var n = _structure.Swings.Settings.Strength;
        var from = Math.Max(bars.OldestIndex, s.Index - n);
        var to = Math.Min(bars.Count - 1, s.Index + n);
        var depth = 0.0;
        for (var i = from; i <= to; i++)
        {
            ref readonly var b = ref bars.At(i);
            depth = Math.Max(depth, s.Kind == SwingKind.High ? s.Price - b.Low : b.High - s.Price);
        }
        var unit = _settings.ProminenceRanges * _structure.AverageRange;
        return unit > 0 ? Math.Min(1, depth / unit) : 0;
    }

    private void SetRoundNumbers(in Bar bar)
    {
        // One step is a tenth of the price's order of magnitude: 43,210 → 1,000; 0.2345 → 0.01.
        var step = Math.Pow(10, Math.Floor(Math.Log10(bar.Close)) - 1);
        var k = Math.Floor(bar.Close / step);
        var below = k * step;
        if (below >= bar.Close) below = (k - 1) * step;
        var above = (k + 1) * step;
        RoundAbove = Round(LiquiditySide.BuySide, above, step, bar.OpenTimeMs);
        RoundBelow = Round(LiquiditySide.SellSide, below, step, bar.OpenTimeMs);
    }

    private static LiquidityPool Round(LiquiditySide side, double price, double step, long timeMs)
    {
        var units = Math.Round(price / step);
        // Multiples of ten steps (40,000) draw more orders than multiples of five (45,000) or plain steps (44,000).
        var clarity = units % 10 == 0 ? 0.6 : units % 5 == 0 ? 0.5 : 0.4;
        return new LiquidityPool(side, LiquiditySource.RoundNumber, units * step, timeMs, 0, 0.5, clarity);
    }
}
