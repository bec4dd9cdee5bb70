using System.Globalization;
using Qari.Analysis.Indicators;
using Qari.Analysis.Series;

namespace Qari.Cli.Commands.Analyze;

/// <summary>The L7/L4/L9 indicator values (TA-Lib-compatible parameters), one column each.</summary>
internal sealed class IndicatorColumns : IExportColumns
{
    private readonly Ema _ema20 = new(20);
    private readonly Ema _ema50 = new(50);
    private readonly Ema _ema200 = new(200);
    private readonly Rsi _rsi = new(14);
    private readonly Atr _atr = new(14);
    private readonly Macd _macd = new(12, 26, 9);
    private readonly BollingerBands _bands = new(20, 2.0);
    private readonly Adx _adx = new(14);
    private readonly Mfi _mfi = new(14);
    private readonly Obv _obv = new();
    private readonly Stochastic _stochastic = new(14, 3, 3);
    private readonly SessionVwap _vwap = new();
    private readonly RelativeVolume _relativeVolume = new(20);

    /// <inheritdoc />
    public IReadOnlyList<string> Names { get; } =
    [
        "ema20", "ema50", "ema200", "rsi14", "atr14", "macd", "macd_signal", "macd_hist",
        "bb_upper", "bb_middle", "bb_lower", "adx14", "mfi14", "obv",
        "plus_di14", "minus_di14", "stoch_k", "stoch_d", "vwap_session", "rvol20",
    ];

    /// <inheritdoc />
    public void Update(in Bar bar)
    {
        _ema20.Update(bar);
        _ema50.Update(bar);
        _ema200.Update(bar);
        _rsi.Update(bar);
        _atr.Update(bar);
        _macd.Update(bar);
        _bands.Update(bar);
        _adx.Update(bar);
        _mfi.Update(bar);
        _obv.Update(bar);
        _stochastic.Update(bar);
        _vwap.Update(bar);
        _relativeVolume.Update(bar);
    }

    /// <inheritdoc />
    public void AppendCells(List<string> cells)
    {
        cells.Add(Cell(_ema20.Value));
        cells.Add(Cell(_ema50.Value));
        cells.Add(Cell(_ema200.Value));
        cells.Add(Cell(_rsi.Value));
        cells.Add(Cell(_atr.Value));
        cells.Add(Cell(_macd.Value));
        cells.Add(Cell(_macd.Signal));
        cells.Add(Cell(_macd.Histogram));
        cells.Add(Cell(_bands.Upper));
        cells.Add(Cell(_bands.Middle));
        cells.Add(Cell(_bands.Lower));
        cells.Add(Cell(_adx.Value));
        cells.Add(Cell(_mfi.Value));
        cells.Add(Cell(_obv.Value));
        cells.Add(Cell(_adx.PlusDi));
        cells.Add(Cell(_adx.MinusDi));
        cells.Add(Cell(_stochastic.K));
        cells.Add(Cell(_stochastic.D));
        cells.Add(Cell(_vwap.Value));
        cells.Add(Cell(_relativeVolume.Value));
    }

    /// <summary>Round-trip ("R") invariant formatting; empty for a value that does not exist yet (NaN) or is undefined.</summary>
    internal static string Cell(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
