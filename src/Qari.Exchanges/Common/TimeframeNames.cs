using Qari.Model.Market;

namespace Qari.Exchanges.Common;

/// <summary>A fixed two-way table between Qari's timeframes and one exchange's wire names for them.</summary>
internal sealed class TimeframeNames
{
    private readonly (Timeframe Timeframe, string Name)[] _names;

    /// <summary>Builds the table; the order of <paramref name="names"/> is the order of <see cref="Supported"/>.</summary>
    public TimeframeNames(params (Timeframe Timeframe, string Name)[] names)
    {
        _names = names;
        Supported = Array.AsReadOnly(names.Select(n => n.Timeframe).ToArray());
    }

    /// <summary>The timeframes the table names.</summary>
    public IReadOnlyList<Timeframe> Supported { get; }

    /// <summary>The exchange's name for a timeframe; a timeframe outside the table is a bug.</summary>
    public string ToWire(Timeframe timeframe)
    {
        foreach (var (candidate, name) in _names)
            if (candidate == timeframe) return name;
        throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Unknown timeframe.");
    }

    /// <summary>Parses the exchange's name (ordinal match); false for names outside the table.</summary>
    public bool TryFromWire(string? text, out Timeframe timeframe)
    {
        foreach (var (candidate, name) in _names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                timeframe = candidate;
                return true;
            }
        }
        timeframe = default;
        return false;
    }
}
