using System.Globalization;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Backtest.Fills;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Trading.Candidates;
using Qari.Trading.Commands;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;

namespace Qari.Backtest.Replay;

/// <summary>
/// Replays 5m candles of several symbols in time order through the live objects: each closed candle first resolves
/// the symbol's resting orders in the fill model (the candle happened after they were sent), then feeds the
/// symbol's <see cref="SymbolAnalyzer"/>, the 15m/1h structure events and a price tick; each 5-minute step ends
/// with a timer tick and one analysis cycle whose passing candidates go to the account's <see cref="TradingEngine"/>.
/// The engine's commands are answered by the simulated venue at once. No I/O, no clock, deterministic.
/// The analysis never reads the engine, so with two or more <see cref="BacktestSettings.Workers"/> it runs on other
/// threads ahead of the engine (<see cref="AnalysisLanes"/>, or with <see cref="BacktestSettings.Pipeline"/> one
/// <see cref="StepPipeline"/>); the engine sees the same steps in the same order, so the run is the same.
/// </summary>
public sealed class BacktestRunner
{
    private static readonly long StepMs = Timeframe.M5.Milliseconds();

    /// <summary>With the pipeline, cycles with fewer symbols are scored on the analysis thread (see <see cref="BacktestSettings.Pipeline"/>).</summary>
    internal const int MinParallelSymbols = 8;

    /// <summary>Most analysis lanes (<see cref="AnalysisLanes"/>): each one repeats the feeding of every symbol.</summary>
    internal const int MaxLanes = 4;
    private readonly BacktestSettings _settings;
    private readonly IReadOnlyList<SymbolData> _data;
    private readonly Action<long, long>? _progress;
    private readonly int _minParallelSymbols;

    /// <summary>A runner over loaded data; <paramref name="progress"/> gets (candles done, candles total) now and then.</summary>
    public BacktestRunner(BacktestSettings settings, IReadOnlyList<SymbolData> data, Action<long, long>? progress = null)
        : this(settings, data, progress, MinParallelSymbols)
    {
    }

    /// <summary>Test hook: <paramref name="minParallelSymbols"/> lowers the cycle size scored on the workers.</summary>
    internal BacktestRunner(BacktestSettings settings, IReadOnlyList<SymbolData> data, Action<long, long>? progress, int minParallelSymbols)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _data = data ?? throw new ArgumentNullException(nameof(data));
        _progress = progress;
        _minParallelSymbols = minParallelSymbols;
    }

    /// <summary>Runs the replay to the end of the data.</summary>
    public BacktestRun Run() => Run(CancellationToken.None);

    /// <summary>Runs the replay to the end of the data; throws <see cref="OperationCanceledException"/> (and returns nothing) when cancelled.</summary>
    public BacktestRun Run(CancellationToken cancel) => new Session(_settings, _data, _progress, _minParallelSymbols).Run(cancel);

    private sealed class Session
    {
        private static readonly IReadOnlySet<Symbol> NoBlacklist = new HashSet<Symbol>();
        private readonly BacktestSettings _settings;
        private readonly IReadOnlyList<SymbolData> _data;
        private readonly Action<long, long>? _progress;
        private readonly Instrument[] _instruments;
        private readonly TradingEngine _engine;
        private readonly SimulatedAccount _account;
        private readonly SimulatedExchange _exchange;
        private readonly CycleScorer _cycle;
        private readonly bool _pipelined;
        private readonly bool _warmOnHelper;
        private readonly int _lanes;
        private readonly HourlyCorrelation _correlation = new();
        private readonly Dictionary<Symbol, int> _slot = new();
        // Last close by data slot and by base asset (index into the distinct bases), written per candle without hashing;
        // the order in which symbols first got a close is kept, as the dictionary of last prices handed out lists them so.
        private readonly decimal[] _lastBySlot;
        private readonly bool[] _hasLast;
        private readonly List<int> _firstClosed = [];
        private readonly int[] _baseOf;
        private readonly decimal[] _basePrice;
        private readonly bool[] _hasBasePrice;
        private readonly Dictionary<string, int> _baseIndex = new(StringComparer.Ordinal);
        private readonly Func<string, decimal> _priceOfBase;
        private readonly Candle[]?[] _candles;
        private readonly List<JournalEntry> _journal = [];
        private readonly List<Decision> _decisions = [];
        private readonly List<Notify> _notifications = [];
        private readonly List<EquityPoint> _equity = [];
        private readonly Dictionary<TradeId, Candidate> _openedFrom = new();
        private readonly SortedDictionary<string, int> _rejections = new(StringComparer.Ordinal);
        private readonly Dictionary<Symbol, Candidate> _passingNow = new();
        private readonly FailureTally _failures = new();
        private readonly Queue<EngineEvent> _queue = new();
        private readonly List<EngineEvent> _events = [];
        private long _nowMs;
        private long _cycles, _passing, _steps, _inPosition;

        public Session(BacktestSettings settings, IReadOnlyList<SymbolData> data, Action<long, long>? progress, int minParallelSymbols)
        {
            _settings = settings;
            _data = [.. data.OrderBy(d => d.Symbol.ToString(), StringComparer.Ordinal)];
            _progress = progress;
            _instruments = new Instrument[_data.Count];
            _lastBySlot = new decimal[_data.Count];
            _hasLast = new bool[_data.Count];
            _baseOf = new int[_data.Count];
            _candles = new Candle[]?[_data.Count];
            var fees = settings.Fees ?? DefaultExchangeFees.For(settings.Exchange);
            var models = new Dictionary<Symbol, FillModel>();
            // With two or more workers the analysis runs in lanes ahead of the engine (AnalysisLanes), unless the older
            // pipeline is asked for: the analysis on one thread, the symbols' warm-ups on a helper, and large cycles
            // split over the workers (when the engine side is the busy one it cannot help score).
            _warmOnHelper = settings.Workers >= 2;
            _pipelined = _warmOnHelper && settings.Pipeline;
            _lanes = _warmOnHelper && !settings.Pipeline ? Math.Min(Math.Min(settings.Workers, MaxLanes), data.Count) : 1;
            _cycle = NewCycle(settings, _pipelined, minParallelSymbols);
            for (var i = 0; i < _data.Count; i++)
            {
                var d = _data[i];
                _instruments[i] = new Instrument(settings.Exchange, d.Symbol, d.Symbol.Base + d.Symbol.Quote, d.Rules, TradingStatus.Trading);
                models[d.Symbol] = new FillModel(d.Rules, fees, settings.Fills);
                _slot[d.Symbol] = i;
                if (!_baseIndex.TryGetValue(d.Symbol.Base, out var b)) _baseIndex[d.Symbol.Base] = b = _baseIndex.Count;
                _baseOf[i] = b;
                _candles[i] = d.Candles5m as Candle[];
            }
            _basePrice = new decimal[_baseIndex.Count];
            _hasBasePrice = new bool[_baseIndex.Count];
            _priceOfBase = a => _baseIndex.TryGetValue(a, out var b) && _hasBasePrice[b] ? _basePrice[b] : default;
            _account = new SimulatedAccount(settings.QuoteAsset, settings.StartingBalance);
            _exchange = new SimulatedExchange(models, _account);
            // Fixed ids: two runs of the same backtest must be byte-identical.
            var profile = new AccountProfile(new AccountId(new Guid("0000000b-0000-0000-0000-000000000001")),
                new UserId(new Guid("0000000b-0000-0000-0000-000000000002")), settings.Plan, null, Waiver: true, AutoTrading: true, new HashSet<Symbol>());
            _engine = new TradingEngine(profile, settings.Trading, settings.Caps, new RiskGate(new SingleNodeEntryLock()));
        }

        private static CycleScorer NewCycle(BacktestSettings settings, bool pipelined, int minParallelSymbols) =>
            new(new AnalysisCycle(scorer: new ConfluenceScorer(settings.Confluence)),
                new ParallelOptions { MaxDegreeOfParallelism = pipelined ? settings.Workers : 1 }, minParallelSymbols, share: pipelined);

        public BacktestRun Run(CancellationToken cancel)
        {
            var index = new int[_data.Count];
            var total = _data.Sum(d => (long)d.Candles5m.Count);
            long done = 0;
            var first = _data.Min(d => d.Candles5m[0].OpenTimeMs);
            SymbolWarmUp? analyzers = null;
            IStepSource steps;
            if (_lanes >= 2) steps = new AnalysisLanes(_data, _lanes, () => NewCycle(_settings, pipelined: false, 1), cancel);
            else
            {
                analyzers = new SymbolWarmUp(_data);
                if (_warmOnHelper) analyzers.StartHelper();
                steps = new StepPipeline(new AnalysisStage(_data, analyzers, _cycle).Next, _data.Count, _pipelined, cancel,
                    _cycle.Shared is { } shared ? shared.TryHelp : null);
            }
            try
            {
                while (steps.Next() is { } step)
                {
                    cancel.ThrowIfCancellationRequested();
                    _nowMs = step.OpenTimeMs + StepMs;
                    var at = DateTimeOffset.FromUnixTimeMilliseconds(_nowMs);
                    for (var k = 0; k < step.Count; k++)
                    {
                        var i = step.Slot(k);
                        done++;
                        // The loaded candles are an array: read in place rather than copied out through the list interface.
                        if (_candles[i] is { } candles) Replay(i, in candles[index[i]++], at, step.Signals(k));
                        else Replay(i, _data[i].Candles5m[index[i]++], at, step.Signals(k));
                    }
                    Feed(new TimerTick(at));
                    RunCycle(step.Ranked, at);
                    Sample(at);
                    steps.Release();
                    if (_progress is not null && (_steps & 1023) == 0) _progress(done, total);
                }
            }
            finally
            {
                steps.Dispose();
                analyzers?.Dispose();
            }
            // The lanes counted the failing candidates of their symbols themselves.
            (steps as AnalysisLanes)?.AddFailuresTo(_failures);
            _progress?.Invoke(done, total);
            var end = _nowMs;
            if (_equity.Count == 0 || _equity[^1].TimeMs != end) _equity.Add(new EquityPoint(end, Equity(), InPosition()));
            return new BacktestRun(_settings, _data, first, end, done, _cycles, _passing, _journal, _exchange.Fills, _openedFrom,
                _equity, _inPosition, _steps, _decisions, _notifications, _rejections, _failures.ToSorted(), _account, LastPrices());
        }

        private void Replay(int i, in Candle candle, DateTimeOffset at, ReadOnlySpan<StructureSignal> signals)
        {
            var symbol = _data[i].Symbol;
            _events.Clear();
            _exchange.Process(symbol, candle, at, _events);
            foreach (var e in _events) Feed(e);
            if (!_hasLast[i])
            {
                _hasLast[i] = true;
                _firstClosed.Add(i);
            }
            _lastBySlot[i] = candle.Close;
            _basePrice[_baseOf[i]] = candle.Close;
            _hasBasePrice[_baseOf[i]] = true;
            _correlation.Add(symbol, _nowMs, (double)candle.Close);
            // The analysis (which never reads the engine) fed the candle to the analyser and kept the signals it confirmed.
            foreach (var signal in signals)
                if (StructureEvent(symbol, signal, at) is { } structureEvent) Feed(structureEvent);
            Feed(new PriceTick(at, symbol, candle.Close));
        }

        private static EngineEvent? StructureEvent(Symbol symbol, StructureSignal signal, DateTimeOffset at) => ToPrice(signal.Price) is not { } price ? null : signal.Kind switch
        {
            StructureSignalKind.BullishChoch => new ChangeOfCharacter(at, symbol, price),
            StructureSignalKind.HigherLow => new HigherLow(at, symbol, price),
            _ => throw new InvalidOperationException($"unknown structure signal {signal.Kind}"),
        };

        private void RunCycle(IReadOnlyList<Candidate> ranked, DateTimeOffset at)
        {
            _cycles++;
            _passingNow.Clear();
            List<TradeCandidate>? mapped = null;
            // Indexed loops: every failing symbol of every cycle comes through here, and a foreach over the interfaces
            // would allocate an enumerator per cycle and per candidate.
            for (var r = 0; r < ranked.Count; r++)
            {
                var c = ranked[r];
                if (!c.Passed)
                {
                    var failures = c.Failures;
                    for (var k = 0; k < failures.Count; k++) _failures.Add(failures[k]);
                    continue;
                }
                if (CandidateMapper.Map(c, CandidateMapper.BtcVeto(c)) is not { } tc) continue;
                _passing++;
                _passingNow[c.Symbol] = c;
                (mapped ??= []).Add(tc);
                Decide(string.Create(CultureInfo.InvariantCulture,
                    $"candidate {c.Symbol} score {c.Score:0.0} zone {tc.ZoneLow}-{tc.ZoneHigh} inv {tc.Invalidation} pt1 {tc.Target1}"));
            }
            if (mapped is null) return;
            // The engine looks up only the candidates' symbols, so only those get a quote.
            var markets = new Dictionary<Symbol, SymbolMarket>(mapped.Count);
            var half = _settings.Fills.SpreadFraction / 2m;
            foreach (var tc in mapped)
            {
                var i = _slot[tc.Symbol];
                if (markets.ContainsKey(tc.Symbol) || !_hasLast[i]) continue;
                var price = _lastBySlot[i];
                var rules = _data[i].Rules;
                markets[tc.Symbol] = new SymbolMarket(_instruments[i], rules.FloorPrice(price * (1m - half)), rules.CeilPrice(price * (1m + half)));
            }
            Feed(new CycleCandidates(at, mapped, markets, AccountHealth.Healthy, Equity(), _account.FreeQuote, NoBlacklist, _correlation));
        }

        private void Feed(EngineEvent first)
        {
            _queue.Enqueue(first);
            var guard = 0;
            while (_queue.TryDequeue(out var e))
            {
                if (++guard > 100_000) throw new InvalidOperationException("The engine and the simulated venue keep answering each other (no progress).");
                var step = _engine.Handle(e);
                var journal = step.Journal;
                for (var k = 0; k < journal.Count; k++) Record(journal[k]);
                var commands = step.Commands;
                for (var k = 0; k < commands.Count; k++)
                {
                    var command = commands[k];
                    if (command is Notify n) { _notifications.Add(n); continue; }
                    Decide(Describe(command));
                    var symbol = command switch { PlaceOrder p => p.Spec.Symbol, CancelOrder c => c.Symbol, QueryOrder q => q.Symbol, _ => default };
                    var answer = _exchange.Execute(command, DateTimeOffset.FromUnixTimeMilliseconds(_nowMs), Last(symbol));
                    if (answer is not null) _queue.Enqueue(answer);
                }
                if (e is OrderFilled f) Decide(string.Create(CultureInfo.InvariantCulture, $"fill {f.Order.Value} {f.Quantity}@{f.Price}"));
            }
        }

        private void Record(JournalEntry j)
        {
            switch (j)
            {
                case GateEvaluated g when !g.Decision.Approved:
                    foreach (var f in g.Decision.Failures) _rejections[f.Code] = _rejections.GetValueOrDefault(f.Code) + 1;
                    break;
                case GateEvaluated:
                    break;
                case TradeOpened o:
                    if (_passingNow.TryGetValue(o.Candidate.Symbol, out var c)) _openedFrom[o.Trade] = c;
                    _journal.Add(j);
                    break;
                default:
                    _journal.Add(j);
                    break;
            }
        }

        private void Decide(string text) => _decisions.Add(new Decision(_nowMs, text));

        private static string Describe(EngineCommand command) => command switch
        {
            PlaceOrder p => string.Create(CultureInfo.InvariantCulture,
                $"place {p.Spec.Id.Value} {p.Spec.Side} {p.Spec.Type} {p.Spec.Quantity} limit {p.Spec.LimitPrice} stop {p.Spec.StopPrice}"),
            CancelOrder c => $"cancel {c.Id.Value}",
            QueryOrder q => $"query {q.Id.Value}",
            _ => command.ToString(),
        };

        private void Sample(DateTimeOffset at)
        {
            _steps++;
            var held = InPosition();
            if (held) _inPosition++;
            if (_nowMs % 3_600_000L == 0) _equity.Add(new EquityPoint(_nowMs, Equity(), held));
        }

        private bool InPosition()
        {
            // Most steps hold no trade: no enumerator through the dictionary interface for them.
            if (_engine.ActiveTrades.Count == 0) return false;
            foreach (var t in _engine.ActiveTrades.Values) if (t.Position.Quantity > 0) return true;
            return false;
        }

        private decimal Equity() => _account.Equity(_priceOfBase);

        // The symbol's last close, 0 before its first (or for a symbol not replayed).
        private decimal Last(Symbol symbol) => _slot.TryGetValue(symbol, out var i) && _hasLast[i] ? _lastBySlot[i] : default;

        // The last closes by symbol, listed in the order the symbols first closed.
        private Dictionary<Symbol, decimal> LastPrices()
        {
            var last = new Dictionary<Symbol, decimal>(_firstClosed.Count);
            foreach (var i in _firstClosed) last[_data[i].Symbol] = _lastBySlot[i];
            return last;
        }

        private static decimal? ToPrice(double value) => double.IsFinite(value) && value > 0 && value < 7.9e27 ? (decimal)value : null;
    }
}
