using Qari.Analysis.Series;

namespace Qari.Analysis.Indicators;

/// <summary>An indicator fed with closed bars (price-only indicators use the close).</summary>
public interface IBarIndicator : IIndicator
{
    /// <summary>Adds the next closed bar.</summary>
    void Update(in Bar bar);
}
