namespace Qari.Storage.Candles.Import;

/// <summary>One problem found while reading or checking candle files: the file, the line (0 = the file as a whole) and what is wrong.</summary>
public sealed record ImportIssue(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}, line {Line}: {Message}" : $"{File}: {Message}";
}
