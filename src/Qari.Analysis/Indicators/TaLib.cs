namespace Qari.Analysis.Indicators;

/// <summary>TA-Lib's numeric conventions, reproduced so values match it (TA-Lib 0.6: <c>TA_EPSILON</c> = 1e-14).</summary>
internal static class TaLib
{
    public const double Epsilon = 0.00000000000001;

    /// <summary>TA-Lib's <c>TA_IS_ZERO</c>: a fixed band around zero.</summary>
    public static bool IsZero(double v) => -Epsilon < v && v < Epsilon;

    /// <summary>TA-Lib's <c>TA_IS_ZERO_OR_NEG</c>.</summary>
    public static bool IsZeroOrNegative(double v) => v < Epsilon;

    /// <summary>TA-Lib's <c>PER_TO_K</c>: the EMA smoothing factor 2 / (period + 1).</summary>
    public static double PeriodToK(int period) => 2.0 / (period + 1.0);

    /// <summary>TA-Lib's true range: the largest of high − low, |previous close − high|, |previous close − low|.</summary>
    public static double TrueRange(double high, double low, double previousClose)
    {
        var greatest = high - low;
        var up = Math.Abs(previousClose - high);
        if (up > greatest) greatest = up;
        var down = Math.Abs(previousClose - low);
        if (down > greatest) greatest = down;
        return greatest;
    }
}
