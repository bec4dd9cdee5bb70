using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Backtest.Replay;
using Qari.Model.Ids;

namespace Qari.Backtest.Tests.Replay;

public sealed class SharedCycleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Score_HelperClaimsWhileTheOwnerIsBusy_EverySymbolOnceInItsOwnSlot()
    {
        var fresh = Fresh(6);
        var owner = Environment.CurrentManagedThreadId;
        using var helped = new ManualResetEventSlim();
        var calls = new int[fresh.Count];
        var byHelper = new bool[fresh.Count];
        var shared = new SharedCycle((symbol, _, _) =>
        {
            var k = Index(symbol);
            Interlocked.Increment(ref calls[k]);
            if (Environment.CurrentManagedThreadId == owner)
            {
                // The owner stays on its first symbol until the helper has scored one, so the cycle is really shared.
                if (k == 0) Assert.True(helped.Wait(Patience), "the helper never claimed a symbol");
            }
            else
            {
                byHelper[k] = true;
                helped.Set();
            }
            return Candidate(symbol);
        });
        var scored = new Candidate[fresh.Count];
        using var stop = new CancellationTokenSource();
        var helper = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) shared.TryHelp();
        });
        shared.Score(fresh, new MarketContext(), scored);
        await stop.CancelAsync();
        await helper.WaitAsync(Patience);
        Assert.All(calls, c => Assert.Equal(1, c));
        Assert.Contains(true, byHelper);
        for (var k = 0; k < fresh.Count; k++) Assert.Equal(fresh[k].Key, scored[k].Symbol);
        Assert.False(shared.TryHelp());
    }

    [Fact]
    public async Task Score_ManyCyclesWithAHelperRacing_EachCycleGetsItsOwnSymbols()
    {
        var shared = new SharedCycle((symbol, _, context) => Candidate(symbol, context.Breadth!.Value.Pairs));
        var all = Fresh(8);
        using var stop = new CancellationTokenSource();
        var helper = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) shared.TryHelp();
        });
        try
        {
            for (var cycle = 0; cycle < 2_000; cycle++)
            {
                var fresh = all[..(2 + (cycle % 7))];
                var scored = new Candidate[fresh.Count];
                shared.Score(fresh, new MarketContext(new MarketBreadth(cycle, 0, 0)), scored);
                for (var k = 0; k < fresh.Count; k++)
                {
                    Assert.Equal(fresh[k].Key, scored[k].Symbol);
                    Assert.Equal(cycle, scored[k].TimeMs);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
        }
        await helper.WaitAsync(Patience);
    }

    [Fact]
    public void Score_EvaluationThrows_ThrowsOnTheOwnerAfterEveryClaimedSymbol()
    {
        var error = new InvalidOperationException("layer failed");
        var calls = 0;
        var shared = new SharedCycle((symbol, _, _) =>
        {
            Interlocked.Increment(ref calls);
            return Index(symbol) == 2 ? throw error : Candidate(symbol);
        });
        var fresh = Fresh(5);
        Assert.Same(error, Assert.Throws<InvalidOperationException>(() => shared.Score(fresh, new MarketContext(), new Candidate[fresh.Count])));
        Assert.Equal(5, calls);
        Assert.False(shared.TryHelp());
    }

    private static List<KeyValuePair<Symbol, SymbolAnalyzer>> Fresh(int n) =>
        [.. Enumerable.Range(0, n).Select(k => new KeyValuePair<Symbol, SymbolAnalyzer>(new Symbol($"C{k}", "USDT"), new SymbolAnalyzer()))];

    private static int Index(Symbol symbol) => int.Parse(symbol.Base[1..], System.Globalization.CultureInfo.InvariantCulture);

    private static Candidate Candidate(Symbol symbol, long timeMs = 0) =>
        new(symbol, timeMs, 1.0, 0.0, false, Vote.Neutral, [], [], [], null, []);
}
