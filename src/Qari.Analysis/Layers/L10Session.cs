using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L10 session context from the analysed moment (UTC): London (07–16) and New York (13–21) on weekdays are liquid
/// (bullish for execution, 0.5); Asia (00–07) neutral; weekends and the thin hours 21–24 UTC bearish (0.3). Also
/// reports the last 1h range against its ATR (volatility now vs usual). Context only: by default it does not count
/// as one of the three independent bullish layers.
/// </summary>
public sealed class L10Session : ILayer
{
    /// <inheritdoc />
    public LayerId Id => LayerId.L10Session;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        var a = input.Analyzer;
        if (a.TimeMs == long.MinValue) return LayerVerdict.Abstain(Id, "No candles yet.");
        var t = DateTimeOffset.FromUnixTimeMilliseconds(a.TimeMs);
        var h = t.Hour;
        var weekend = t.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var session = h switch
        {
            < 7 => "Asia",
            < 13 => "London",
            < 16 => "London/New York overlap",
            < 21 => "New York",
            _ => "thin hours after the New York close",
        };
        var hasRange = a.H1.Atr is { IsReady: true } atr && atr.Value > 0;
        var range = hasRange ? a.H1.Atr!.TrueRange / a.H1.Atr.Value : 0.0;
        if (weekend) return LayerVerdict.Of(Id, Vote.Bearish, 0.3, LayerLevels.None, Sentence(t, session, hasRange, range, ": weekend liquidity is thin."));
        if (h >= 21) return LayerVerdict.Of(Id, Vote.Bearish, 0.3, LayerLevels.None, Sentence(t, session, hasRange, range, ": liquidity is thin."));
        if (h >= 7) return LayerVerdict.Of(Id, Vote.Bullish, 0.5, LayerLevels.None, Sentence(t, session, hasRange, range, ": a liquid session."));
        return LayerVerdict.Of(Id, Vote.Neutral, 0.0, LayerLevels.None, Sentence(t, session, hasRange, range, ": moderate liquidity."));
    }

    private static Func<string> Sentence(DateTimeOffset t, string session, bool hasRange, double range, string ending) => () =>
    {
        var vol = !hasRange ? "" : $"; last 1h range {N(range)}× its ATR";
        return $"{t.DayOfWeek} {t:HH:mm} UTC, {session}{vol}{ending}";
    };
}
