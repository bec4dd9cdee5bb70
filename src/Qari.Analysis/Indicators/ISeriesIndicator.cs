namespace Qari.Analysis.Indicators;

/// <summary>An indicator that can be fed any single series (closes, volumes, another indicator's output).</summary>
public interface ISeriesIndicator : IIndicator
{
    /// <summary>Adds the next value of the series.</summary>
    void Update(double value);
}
