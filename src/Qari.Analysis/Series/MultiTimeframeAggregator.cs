using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Analysis.Series;

/// <summary>
/// Feeds one lower-timeframe stream (e.g. 5m) into several <see cref="TimeframeAggregator"/>s at once (e.g. 15m,
/// 1h, 4h, 1d) and keeps the closed candles of each in a <see cref="CandleSeries"/>, plus the input series itself.
/// </summary>
public sealed class MultiTimeframeAggregator
{
    private readonly TimeframeAggregator[] _aggregators;
    private readonly Dictionary<Timeframe, CandleSeries> _series = [];

    /// <summary>Creates the aggregators for <paramref name="outputs"/> (each a longer multiple of <paramref name="input"/>).</summary>
    public MultiTimeframeAggregator(Timeframe input, params Timeframe[] outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        Input = input;
        _series[input] = new CandleSeries(input);
        _aggregators = outputs.Distinct().Select(o => new TimeframeAggregator(input, o)).ToArray();
        foreach (var aggregator in _aggregators) _series[aggregator.Output] = new CandleSeries(aggregator.Output);
    }

    /// <summary>The input timeframe.</summary>
    public Timeframe Input { get; }

    /// <summary>Input candles reported missing so far.</summary>
    public long MissingInputs { get; private set; }

    /// <summary>Closed higher-timeframe candles built from incomplete input so far.</summary>
    public long IncompleteCandles { get; private set; }

    /// <summary>The closed candles of <paramref name="timeframe"/> (the input or one of the outputs).</summary>
    public CandleSeries Series(Timeframe timeframe) =>
        _series.TryGetValue(timeframe, out var series)
            ? series
            : throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Not built by this aggregator.");

    /// <summary>Adds one closed input candle; returns how many higher-timeframe candles closed, or why it was rejected.</summary>
    public Result<int> Add(in Bar bar)
    {
        var appended = _series[Input].Append(bar);
        if (!appended.IsSuccess) return appended.Error;
        var closed = 0;
        for (var i = 0; i < _aggregators.Length; i++)
        {
            var step = _aggregators[i].Add(bar);
            // The input series already accepted the bar, so an aggregator can only refuse it through a bug.
            if (!step.IsSuccess) throw new InvalidOperationException(step.Error.Message);
            if (i == 0 && step.Value.Gap is { } gap) MissingInputs += gap.MissingCount;
            var series = _series[_aggregators[i].Output];
            closed += Keep(series, step.Value.ClosedBeforeGap) + Keep(series, step.Value.Closed);
        }
        return closed;
    }

    private int Keep(CandleSeries series, AggregatedBar? candle)
    {
        if (candle is not { } c) return 0;
        if (!c.IsComplete) IncompleteCandles++;
        var appended = series.Append(c.Bar);
        if (!appended.IsSuccess) throw new InvalidOperationException(appended.Error.Message);
        return 1;
    }
}
