using System.Globalization;
using Qari.Analysis.Series;

namespace Qari.Cli.Commands.Analyze;

/// <summary>Writes one CSV row per closed bar: <c>open_time_ms</c> followed by every column group's cells.</summary>
internal sealed class AnalysisCsvExporter
{
    private readonly IReadOnlyList<IExportColumns> _groups;

    public AnalysisCsvExporter(IReadOnlyList<IExportColumns> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _groups = groups;
    }

    /// <summary>The header line's column names.</summary>
    public IEnumerable<string> Header => _groups.SelectMany(g => g.Names).Prepend("open_time_ms");

    /// <summary>Feeds every bar, oldest first, and writes the header and one row per bar; returns the number of rows.</summary>
    public int Write(IEnumerable<Bar> bars, TextWriter writer)
    {
        writer.Write(string.Join(',', Header));
        writer.Write('\n');
        var cells = new List<string>();
        var rows = 0;
        foreach (var bar in bars)
        {
            cells.Clear();
            cells.Add(bar.OpenTimeMs.ToString(CultureInfo.InvariantCulture));
            foreach (var group in _groups)
            {
                group.Update(bar);
                var before = cells.Count;
                group.AppendCells(cells);
                if (cells.Count - before != group.Names.Count)
                    throw new InvalidOperationException($"{group.GetType().Name} wrote {cells.Count - before} cells for {group.Names.Count} columns.");
            }
            writer.Write(string.Join(',', cells));
            writer.Write('\n');
            rows++;
        }
        return rows;
    }
}
