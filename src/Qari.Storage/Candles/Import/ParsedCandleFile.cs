using Qari.Model.Market;

namespace Qari.Storage.Candles.Import;

/// <summary>The rows of one candle file in file order, each with its line number, and what the file told about itself.</summary>
public sealed record ParsedCandleFile(
    string Path,
    CandleCsvLayout Layout,
    IReadOnlyList<Candle> Candles,
    IReadOnlyList<int> Lines,
    Timeframe? TimeframeFromCloseTimes)
{
    /// <summary>The file name as shown in messages.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
