namespace Qari.Analysis.Indicators;

/// <summary>
/// The contract every incremental indicator follows: fed one closed value or bar at a time (O(1), no allocation),
/// it reports when its output is meaningful and can start over.
/// </summary>
public interface IIndicator
{
    /// <summary>Inputs needed before the first value (TA-Lib's lookback + 1).</summary>
    int WarmUpPeriod { get; }

    /// <summary>Inputs consumed since creation or the last <see cref="Reset"/>.</summary>
    long Count { get; }

    /// <summary>True once the outputs hold values (before that they are <see cref="double.NaN"/>).</summary>
    bool IsReady { get; }

    /// <summary>Forgets every input, as if newly created.</summary>
    void Reset();
}
