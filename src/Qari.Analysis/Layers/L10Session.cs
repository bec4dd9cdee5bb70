using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L10 session context from the analysed moment (UTC): London (07–16) and New York (13–21) on weekdays are liquid
/// (bullish for execution, 0.5); Asia (00–07) neutral; weekends and the thin hours 21–24 UTC bearish (0.3). Also
/// reports the last 1h range against its ATR (volatility now vs usual). Context only: by default it does not count
/// as one of the three independent bullish layers.
/// </summary>
public sealed class L10Session : IMemoLayer
{
    private const long HourMs = 3_600_000L;

    /// <inheritdoc />
    public LayerId Id => LayerId.L10Session;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        var a = input.Analyzer;
        if (a.TimeMs == long.MinValue) return LayerVerdict.Abstain(Id, "No candles yet.");
        return Decide(a).At(a.TimeMs);
    }

    // The vote depends on the UTC hour (and weekday) only and the sentence's range on the 1h ATR, which changes on a
    // 1h close: within one hour and one 1h candle count the decision is kept and each moment gets its own verdict.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var a = input.Analyzer;
        if (a.TimeMs < 0) return Evaluate(input);
        var hour = a.TimeMs / HourMs;
        if (memo.Holds(this, a.H1.Count, hour, 0, 0.0) && memo.Extra is Wording kept) return kept.At(a.TimeMs);
        var wording = Decide(a);
        var verdict = wording.At(a.TimeMs);
        memo.Start(0.0);
        memo.Keep(this, a.H1.Count, hour, 0, verdict, wording);
        return verdict;
    }

    private static Wording Decide(Engine.SymbolAnalyzer a)
    {
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
        if (weekend) return new Wording(Vote.Bearish, 0.3, session, hasRange, range, ": weekend liquidity is thin.");
        if (h >= 21) return new Wording(Vote.Bearish, 0.3, session, hasRange, range, ": liquidity is thin.");
        if (h >= 7) return new Wording(Vote.Bullish, 0.5, session, hasRange, range, ": a liquid session.");
        return new Wording(Vote.Neutral, 0.0, session, hasRange, range, ": moderate liquidity.");
    }

    // Written at the analysed moment (Unix ms, exact as a double: far below 2^53).
    private sealed class Wording : VerdictWording
    {
        private readonly string _session, _ending;
        private readonly bool _hasRange;
        private readonly double _range;

        public Wording(Vote vote, double strength, string session, bool hasRange, double range, string ending)
        {
            (_session, _hasRange, _range, _ending) = (session, hasRange, range, ending);
            Decide(LayerId.L10Session, vote, strength, LayerLevels.None);
        }

        public override string Write(double at)
        {
            var t = DateTimeOffset.FromUnixTimeMilliseconds((long)at);
            var vol = !_hasRange ? "" : $"; last 1h range {N(_range)}× its ATR";
            return $"{t.DayOfWeek} {t:HH:mm} UTC, {_session}{vol}{_ending}";
        }
    }
}
