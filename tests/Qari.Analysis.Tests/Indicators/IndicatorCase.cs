using Qari.Analysis.Indicators;

namespace Qari.Analysis.Tests.Indicators;

/// <summary>One indicator output checked against one TA-Lib reference column.</summary>
internal sealed record IndicatorCase(string Column, Func<IBarIndicator> Create, Func<IBarIndicator, double> Read)
{
    /// <summary>Every indicator output the TA-Lib reference files contain, with the TA-Lib call behind it.</summary>
    public static readonly IReadOnlyList<IndicatorCase> All =
    [
        new("ema20", () => new Ema(20), i => ((Ema)i).Value),
        new("ema50", () => new Ema(50), i => ((Ema)i).Value),
        new("ema200", () => new Ema(200), i => ((Ema)i).Value),
        new("rsi14", () => new Rsi(14), i => ((Rsi)i).Value),
        new("atr14", () => new Atr(14), i => ((Atr)i).Value),
        new("macd", () => new Macd(12, 26, 9), i => ((Macd)i).Value),
        new("macd_signal", () => new Macd(12, 26, 9), i => ((Macd)i).Signal),
        new("macd_hist", () => new Macd(12, 26, 9), i => ((Macd)i).Histogram),
        new("bb_upper", () => new BollingerBands(20, 2.0), i => ((BollingerBands)i).Upper),
        new("bb_middle", () => new BollingerBands(20, 2.0), i => ((BollingerBands)i).Middle),
        new("bb_lower", () => new BollingerBands(20, 2.0), i => ((BollingerBands)i).Lower),
        // TA_BBANDS' middle band is TA_SMA(20), so the same column checks the SMA.
        new("bb_middle", () => new Sma(20), i => ((Sma)i).Value),
        new("adx14", () => new Adx(14), i => ((Adx)i).Value),
        new("obv", () => new Obv(), i => ((Obv)i).Value),
        new("mfi14", () => new Mfi(14), i => ((Mfi)i).Value),
        new("stoch_k", () => new Stochastic(14, 3, 3), i => ((Stochastic)i).K),
        new("stoch_d", () => new Stochastic(14, 3, 3), i => ((Stochastic)i).D),
    ];

    public override string ToString() => $"{Create().GetType().Name}→{Column}";
}
