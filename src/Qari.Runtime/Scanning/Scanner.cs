using Microsoft.Extensions.Logging;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Trading.Candidates;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Trading.Events;
using Qari.Trading.Risk;

namespace Qari.Runtime.Scanning;

/// <summary>
/// One exchange's scanner: keeps an analyser per symbol of the universe, and on each closed 5m candle fetches the new
/// closed candles through the adapter, runs one analysis cycle (computed once, shared by every account) and returns
/// the ranked candidates with the cycle's market facts. Driven by the candle-closed event, never by its own timer.
/// </summary>
public sealed class Scanner(ISpotExchange exchange, IReadOnlyList<Symbol> universe, AnalysisCycle cycle, ILogger log)
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();
    private readonly Dictionary<Symbol, SymbolAnalyzer> _analyzers = [];
    private readonly Dictionary<Symbol, long> _lastOpenMs = [];
    private readonly Dictionary<Symbol, long> _signalsSeen = [];
    private readonly ReturnSeries _returns = new();
    private IReadOnlyDictionary<Symbol, Instrument> _instruments = new Dictionary<Symbol, Instrument>();
    private int _cycle;

    /// <summary>
    /// Candles of each higher timeframe (1h, 4h, 1d) fetched at warm-up at least, whatever history the caller asks for:
    /// as many as the structure detectors keep. Fewer starve the 1d structure and the 1d/1w swing highs that serve
    /// as profit targets (with 30 days of 1d candles most plans found no level far enough for R/R 2).
    /// </summary>
    public static int MinimumHigherCandles => MarketStructureSettings.Default.BarHistory;

    /// <summary>The universe scanned.</summary>
    public IReadOnlyList<Symbol> Universe => universe;

    /// <summary>
    /// Loads the instruments and warms every analyser with the history closed by <paramref name="nowMs"/>: 5m candles
    /// over <paramref name="fiveMinuteHistory"/>, 1h/4h/1d over <paramref name="higherHistory"/> but at least
    /// <see cref="MinimumHigherCandles"/> candles each.
    /// </summary>
    public async Task<Result<int>> WarmUpAsync(long nowMs, TimeSpan fiveMinuteHistory, TimeSpan higherHistory, CancellationToken ct)
    {
        var instruments = await exchange.GetInstrumentsAsync(ct).ConfigureAwait(false);
        if (!instruments.IsSuccess) return instruments.Error!;
        _instruments = instruments.Value.Where(i => universe.Contains(i.Symbol)).ToDictionary(i => i.Symbol);
        var fed = 0;
        foreach (var symbol in universe)
        {
            var m5 = await ClosedAsync(symbol, Timeframe.M5, nowMs - (long)fiveMinuteHistory.TotalMilliseconds, nowMs, ct).ConfigureAwait(false);
            if (!m5.IsSuccess) return m5.Error!;
            var higher = new Dictionary<Timeframe, IReadOnlyList<Bar>>();
            foreach (var tf in new[] { Timeframe.H1, Timeframe.H4, Timeframe.D1 })
            {
                var span = Math.Max((long)higherHistory.TotalMilliseconds, MinimumHigherCandles * tf.Milliseconds());
                var got = await ClosedAsync(symbol, tf, nowMs - span, nowMs, ct).ConfigureAwait(false);
                if (!got.IsSuccess) return got.Error!;
                higher[tf] = [.. got.Value.Select(c => Bar.From(c))];
            }
            var analyzer = new SymbolAnalyzer();
            var tape = new CandleTape(analyzer, [.. m5.Value.Select(c => Bar.From(c))], higher[Timeframe.H1], higher[Timeframe.H4], higher[Timeframe.D1]);
            var advanced = tape.AdvanceTo(nowMs + 1);
            if (!advanced.IsSuccess) return advanced.Error!;
            fed += advanced.Value;
            _analyzers[symbol] = analyzer;
            // Structure seen during warm-up is history, not news: only later signals become engine events.
            _signalsSeen[symbol] = analyzer.SignalCount;
            _lastOpenMs[symbol] = m5.Value.Count > 0 ? m5.Value[^1].OpenTimeMs : nowMs - M5;
            foreach (var h in higher[Timeframe.H1]) _returns.Add(symbol, h.OpenTimeMs, h.Close);
        }
        log.LogInformation("scanner {Exchange}: warmed up {Symbols} symbols with {Candles} candles", exchange.Exchange, universe.Count, fed);
        return fed;
    }

    /// <summary>Runs one cycle for the 5m candle that closed at <paramref name="closeMs"/>.</summary>
    public async Task<ScanResult> OnCandleClosedAsync(long closeMs, CancellationToken ct)
    {
        _cycle++;
        var fresh = true;
        string? problem = null;
        var structureEvents = new List<EngineEvent>();
        foreach (var symbol in universe)
        {
            var got = await ClosedAsync(symbol, Timeframe.M5, _lastOpenMs[symbol] + 1, closeMs, ct).ConfigureAwait(false);
            if (!got.IsSuccess)
            {
                fresh = false;
                problem = $"{symbol}: {got.Error!.Message}";
                continue;
            }
            foreach (var c in got.Value)
            {
                var added = _analyzers[symbol].Add(Bar.From(c));
                if (!added.IsSuccess) return ScanResult.Failed(closeMs, added.Error!.Message);
                _lastOpenMs[symbol] = c.OpenTimeMs;
                if (c.OpenTimeMs % 3_600_000 == 3_600_000 - M5) _returns.Add(symbol, c.OpenTimeMs - (3_600_000 - M5), (double)c.Close);
            }
            structureEvents.AddRange(StructureEvents(symbol, closeMs));
            // Stale data (risk check 16): the newest closed candle must be the one that just closed.
            if (_lastOpenMs[symbol] + M5 < closeMs - M5) fresh = false;
        }
        // The universe's tickers only: on Binance weight 2 for up to 20 symbols instead of 80 for the whole exchange.
        var tickers = await exchange.GetTickersAsync(universe, ct).ConfigureAwait(false);
        if (!tickers.IsSuccess) return ScanResult.Failed(closeMs, problem ?? tickers.Error!.Message);
        var markets = new Dictionary<Symbol, SymbolMarket>();
        var prices = new Dictionary<Symbol, decimal>();
        foreach (var t in tickers.Value.Where(t => _instruments.ContainsKey(t.Symbol)))
        {
            markets[t.Symbol] = new SymbolMarket(_instruments[t.Symbol], t.Bid, t.Ask);
            prices[t.Symbol] = t.Last;
        }
        var ranked = cycle.Run([.. _analyzers]);
        var candidates = ranked.Where(c => c.Passed).Select(CandidateMapper.Map).OfType<TradeCandidate>().ToList();
        log.LogInformation("cycle {Cycle} {At:yyyy-MM-dd HH:mm} {Exchange}: {Count} analysed, {Passed} candidate(s){List}{Stale}", _cycle,
            DateTimeOffset.FromUnixTimeMilliseconds(closeMs), exchange.Exchange, ranked.Count, candidates.Count,
            candidates.Count == 0 ? $" (best {Best(ranked)})" : ": " + string.Join(", ", candidates.Select(c => $"{c.Symbol} {c.Score:0}")),
            fresh ? "" : $" [stale data: {problem}]");
        return new ScanResult(closeMs, candidates, markets, prices, _returns.Correlations(universe), fresh, problem) { StructureEvents = structureEvents };
    }

    /// <summary>
    /// The symbol's bullish 15m CHoCHs and 15m/1h higher lows since the last cycle, each once, as engine events timed
    /// at the cycle (when Qari learns of them; never ahead of the clock that drives the cycle).
    /// </summary>
    private IEnumerable<EngineEvent> StructureEvents(Symbol symbol, long closeMs)
    {
        var analyzer = _analyzers[symbol];
        var signals = analyzer.SignalsSince(_signalsSeen[symbol]);
        _signalsSeen[symbol] = analyzer.SignalCount;
        foreach (var s in signals)
        {
            if (!double.IsFinite(s.Price) || s.Price <= 0 || s.Price >= 7.9e27) continue;
            var at = DateTimeOffset.FromUnixTimeMilliseconds(Math.Min(s.TimeMs, closeMs));
            yield return s.Kind switch
            {
                StructureSignalKind.BullishChoch => new ChangeOfCharacter(at, symbol, (decimal)s.Price),
                StructureSignalKind.HigherLow => new HigherLow(at, symbol, (decimal)s.Price),
                _ => throw new InvalidOperationException($"unknown structure signal {s.Kind}"),
            };
        }
    }

    private static string Best(IReadOnlyList<Candidate> ranked) =>
        ranked.Count == 0 ? "none" : string.Join(", ", ranked.OrderByDescending(c => c.Score).Take(2).Select(c => $"{c.Symbol} {c.Score:0}"));

    private async Task<Result<IReadOnlyList<Candle>>> ClosedAsync(Symbol symbol, Timeframe tf, long fromMs, long nowMs, CancellationToken ct)
    {
        var got = await exchange.GetCandlesAsync(symbol, tf, fromMs, nowMs + 1, ct).ConfigureAwait(false);
        if (!got.IsSuccess) return got.Error!;
        var ms = tf.Milliseconds();
        return Result<IReadOnlyList<Candle>>.Ok([.. got.Value.Where(c => c.OpenTimeMs + ms <= nowMs + 1)]);
    }
}
