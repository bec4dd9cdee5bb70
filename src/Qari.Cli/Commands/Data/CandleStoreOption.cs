using System.CommandLine;

namespace Qari.Cli.Commands.Data;

/// <summary>The <c>--store</c> option shared by the data commands: where the candle store lives.</summary>
internal static class CandleStoreOption
{
    /// <summary>Used when neither <c>--store</c> nor <c>QARI_CANDLE_STORE</c> is given (ignored by git).</summary>
    public const string DefaultRoot = ".qari/candles";

    public static Option<string> Create() => new("--store")
    {
        Description = $"Candle store directory (default: $QARI_CANDLE_STORE or {DefaultRoot}).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("QARI_CANDLE_STORE") is { Length: > 0 } env ? env : DefaultRoot,
    };
}
