namespace Qari.Runtime.Grains;

/// <summary>
/// One exchange's scanner (key: <see cref="GrainKeys.Scanner"/>): owns the analysis of the exchange's universe and
/// runs one cycle per closed 5m candle, told by the market-data driver (no timer of its own); the cycle's result is
/// computed once and fanned out to the trader grain of every account on the exchange.
/// </summary>
public interface IScannerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Loads the instruments and warms the analysers with the history closed by <paramref name="closeMs"/>;
    /// <paramref name="cancellationToken"/> (the host's shutdown) stops its exchange calls, even one waiting on a rate limit.
    /// </summary>
    Task WarmUpAsync(long closeMs, CancellationToken cancellationToken = default);

    /// <summary>
    /// The 5m candle closing at <paramref name="closeMs"/> closed: run the cycle and hand it to every account's trader.
    /// <paramref name="extra"/> candidates are added to the cycle's own (operators and tests drive execution with them).
    /// <paramref name="cancellationToken"/> (the host's shutdown) stops the scanner's exchange calls and the wait for the traders.
    /// </summary>
    Task<CycleReport> CandleClosedAsync(long closeMs, IReadOnlyList<CandidateDto> extra, CancellationToken cancellationToken = default);
}
