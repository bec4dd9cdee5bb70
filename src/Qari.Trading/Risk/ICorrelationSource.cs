using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>30-day price correlation between two symbols (check 12), computed outside Trading.</summary>
public interface ICorrelationSource
{
    /// <summary>The correlation of <paramref name="a"/> and <paramref name="b"/> in [-1, 1]; null when unknown.</summary>
    double? Correlation(Symbol a, Symbol b);
}
