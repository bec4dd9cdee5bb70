using System.Globalization;
using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Cli.Commands.Analyze;

/// <summary>
/// The export's layer columns: after each exported candle closes, the symbol's analyser (and BTC's, for L11) is
/// fed every stored candle closed by then and the 11 layers vote. Breadth needs the whole universe, so L5 abstains
/// in a single-symbol export; L8 abstains without book data.
/// </summary>
internal sealed class LayerColumns(Symbol symbol, Timeframe timeframe, CandleTape tape, CandleTape? btc) : IExportColumns
{
    private readonly LayerSet _layers = new();
    private LayerVerdict[] _verdicts = [];

    public IReadOnlyList<string> Names { get; } =
        [.. Enumerable.Range(1, 11).SelectMany(i => new[] { $"l{i:00}_vote", $"l{i:00}_points" })];

    public void Update(in Bar bar)
    {
        var closeMs = bar.OpenTimeMs + timeframe.Milliseconds();
        Advance(tape, closeMs);
        if (btc is not null) Advance(btc, closeMs);
        var context = new MarketContext(Btc: btc is null ? null : AnalysisCycle.Btc([new(new Symbol("BTC", "USDT"), btc.Analyzer)]));
        _verdicts = _layers.Evaluate(new LayerInput(symbol, tape.Analyzer, context));
    }

    public void AppendCells(List<string> cells)
    {
        foreach (var v in _verdicts)
        {
            cells.Add(v.Vote.ToString().ToLowerInvariant());
            cells.Add(v.Points.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static void Advance(CandleTape t, long atMs)
    {
        var fed = t.AdvanceTo(atMs);
        if (!fed.IsSuccess) throw new InvalidDataException(fed.Error!.Message);
    }
}
