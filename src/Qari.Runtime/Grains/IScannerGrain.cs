namespace Qari.Runtime.Grains;

/// <summary>
/// One exchange's scanner (key: <see cref="GrainKeys.Scanner"/>): owns the analysis of the exchange's universe and
/// runs one cycle per closed 5m candle, told by the market-data driver (no timer of its own); the cycle's result is
/// computed once and fanned out to the trader grain of every account on the exchange.
/// </summary>
public interface IScannerGrain : IGrainWithStringKey
{
    /// <summary>Loads the instruments and warms the analysers with the history closed by <paramref name="closeMs"/>.</summary>
    Task WarmUpAsync(long closeMs);

    /// <summary>
    /// The 5m candle closing at <paramref name="closeMs"/> closed: run the cycle and hand it to every account's trader.
    /// <paramref name="extra"/> candidates are added to the cycle's own (operators and tests drive execution with them).
    /// </summary>
    Task<CycleReport> CandleClosedAsync(long closeMs, IReadOnlyList<CandidateDto> extra);
}
