namespace Qari.Analysis.Indicators;

/// <summary>An indicator with one output value.</summary>
public interface IValueIndicator : IBarIndicator
{
    /// <summary>The current value; <see cref="double.NaN"/> until <see cref="IIndicator.IsReady"/>.</summary>
    double Value { get; }
}
