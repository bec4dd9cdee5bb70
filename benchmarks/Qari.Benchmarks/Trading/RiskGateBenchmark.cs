using BenchmarkDotNet.Attributes;
using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Benchmarks.Trading;

/// <summary>The gate + sizing for 10,000 accounts against one cycle's candidates (target: under 1 s on one core).</summary>
[MemoryDiagnoser]
public class RiskGateBenchmark
{
    private const int Accounts = 10_000;
    private readonly SingleNodeEntryLock _lock = new();
    private RiskGate _gate = null!;
    private (AccountProfile Profile, decimal Equity, HashSet<Symbol> Busy, CooldownBook Cooldowns)[] _accounts = null!;
    private (TradeCandidate Candidate, SymbolMarket Market)[] _candidates = null!;
    private CorrelationMatrix _correlations = null!;
    private readonly HashSet<Symbol> _platformBlacklist = [];

    /// <summary>Candidates in the cycle.</summary>
    [Params(10, 20)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _gate = new RiskGate(_lock);
        _candidates = Enumerable.Range(0, Candidates)
            .Select(i => TradingBenchData.SymbolAt(i))
            .Select(s => (TradingBenchData.Candidate(s), new SymbolMarket(TradingBenchData.Instrument(s), 2000.00m, 2000.50m)))
            .ToArray();
        _correlations = new CorrelationMatrix();
        for (var i = 0; i < Candidates + 5; i++)
            for (var j = i + 1; j < Candidates + 5; j++)
                _correlations.Set(TradingBenchData.SymbolAt(i), TradingBenchData.SymbolAt(j), ((i * 31 + j * 17) % 100) / 100.0);
        _accounts = Enumerable.Range(0, Accounts).Select(i =>
        {
            // Each account already holds 0–4 positions among symbols outside this cycle, and some cool down.
            var busy = Enumerable.Range(0, i % 5).Select(k => TradingBenchData.SymbolAt(Candidates + k)).ToHashSet();
            var cooldowns = new CooldownBook();
            if (i % 7 == 0) cooldowns.Start(TradingBenchData.SymbolAt(i % Candidates), TradingBenchData.T0.AddHours(5));
            return (TradingBenchData.Profile(i), 1_000m + i, busy, cooldowns);
        }).ToArray();
    }

    /// <summary>Every account × every candidate through all 16 checks, sizing included.</summary>
    [Benchmark]
    public int GateAndSizingForAllAccounts()
    {
        var approved = 0;
        foreach (var (profile, equity, busy, cooldowns) in _accounts)
        {
            foreach (var (candidate, market) in _candidates)
            {
                var input = new GateInput(TradingBenchData.T0, candidate, market, profile, AccountHealth.Healthy, TradingSettings.Default,
                    PlanCaps.Default, equity, equity * 0.6m, 0m, busy.Count, busy, _platformBlacklist, cooldowns, KillSwitchStatus.Clear, _correlations);
                var decision = _gate.Evaluate(input, profile.Account);
                if (decision.Approved)
                {
                    approved++;
                    _lock.Release(input.LockKey, profile.Account);
                }
            }
        }
        return approved;
    }
}
