using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>A precomputed, symmetric correlation matrix (one per cycle, shared by every account).</summary>
public sealed class CorrelationMatrix : ICorrelationSource
{
    private readonly Dictionary<(Symbol, Symbol), double> _values = new();

    /// <summary>An empty matrix (every pair unknown).</summary>
    public static CorrelationMatrix Empty { get; } = new();

    /// <summary>Sets the correlation of a pair (both orders); NaN and values outside [-1, 1] are refused.</summary>
    public CorrelationMatrix Set(Symbol a, Symbol b, double value)
    {
        if (double.IsNaN(value) || value < -1 || value > 1)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A correlation lies in [-1, 1].");
        _values[(a, b)] = value;
        _values[(b, a)] = value;
        return this;
    }

    /// <inheritdoc />
    public double? Correlation(Symbol a, Symbol b)
    {
        if (a == b) return 1.0;
        return _values.TryGetValue((a, b), out var v) ? v : null;
    }
}
