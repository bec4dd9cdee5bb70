namespace Qari.Storage.Candles.Import;

/// <summary>The outcome of an import or a check: either problems (and nothing written) or the series written/checked.</summary>
public sealed record CandleImportResult(IReadOnlyList<ImportIssue> Issues, IReadOnlyList<CandleSeriesInfo> Series)
{
    /// <summary>True when no problem was found.</summary>
    public bool Succeeded => Issues.Count == 0;
}
