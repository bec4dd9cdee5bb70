namespace Qari.Analysis.Tests.Structure;

internal static class TapExtensions
{
    /// <summary>Runs <paramref name="action"/> on the value and returns it (for one-line test setup).</summary>
    public static T Tap<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
