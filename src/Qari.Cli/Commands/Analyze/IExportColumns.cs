using Qari.Analysis.Series;

namespace Qari.Cli.Commands.Analyze;

/// <summary>
/// A group of CSV columns computed bar by bar. The exporter writes <c>open_time_ms</c> and then every group's
/// columns in registration order, so new groups (e.g. the layer votes) are appended without touching the others.
/// </summary>
internal interface IExportColumns
{
    /// <summary>Column names, in the order <see cref="AppendCells"/> writes them.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Feeds the next closed bar.</summary>
    void Update(in Bar bar);

    /// <summary>Appends one cell per column for the bar just fed; an empty string where there is no value yet.</summary>
    void AppendCells(List<string> cells);
}
