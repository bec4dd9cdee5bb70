using System.Text.Json;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Runtime.Scanning;
using Qari.Trading.Risk;

namespace Qari.Runtime.Live;

/// <summary>
/// TEST HOOK (<c>qari serve --test-candidates FILE</c>, read only when given): adds a known candidate for each named
/// symbol every few cycles, shaped around the last price (entry zone just above it so leg 1 fills at once, structural
/// invalidation 15% below, targets at the given distances). It exists so crash and soak tests exercise the execution
/// path while the analysis seldom passes on the shipped data; it is never meant for real money and says so in the log.
/// File: <c>{"symbols":["BTC/USDT"],"everyCycles":6,"target1":0.006,"target2":0.012}</c>.
/// </summary>
public sealed class TestCandidates
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();
    private readonly IReadOnlyList<Symbol> _symbols;
    private readonly int _every;
    private readonly decimal _target1;
    private readonly decimal _target2;

    private TestCandidates(IReadOnlyList<Symbol> symbols, int every, decimal target1, decimal target2)
    {
        _symbols = symbols;
        _every = every;
        _target1 = target1;
        _target2 = target2;
    }

    /// <summary>The symbols candidates are injected for.</summary>
    public IReadOnlyList<Symbol> Symbols => _symbols;

    /// <summary>Reads the hook's file.</summary>
    public static Result<TestCandidates> Load(string path)
    {
        if (!File.Exists(path)) return Error.Validation("test-candidates.missing", $"{path}: test candidates file not found");
        try
        {
            var file = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
            if (file?.Symbols is not { Count: > 0 } names) return Error.Validation("test-candidates.symbols", $"{path}: no symbols");
            var symbols = new List<Symbol>();
            foreach (var name in names)
            {
                if (!Symbol.TryParse(name, out var s)) return Error.Validation("test-candidates.symbol", $"{path}: '{name}' is not BASE/QUOTE");
                symbols.Add(s);
            }
            if (file.EveryCycles < 1 || file.Target1 <= 0 || file.Target2 < file.Target1)
                return Error.Validation("test-candidates.shape", $"{path}: everyCycles must be ≥ 1 and 0 < target1 ≤ target2");
            return new TestCandidates(symbols, file.EveryCycles, file.Target1, file.Target2);
        }
        catch (JsonException ex)
        {
            return Error.Validation("test-candidates.json", $"{path}: {ex.Message}");
        }
    }

    /// <summary>The scan with the hook's candidates added when this close is one of its cycles (by market time, so restarts keep the rhythm).</summary>
    public ScanResult Apply(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var extra = For(scan.CloseMs, scan.Prices);
        return extra.Count == 0 ? scan : scan with { Candidates = [.. scan.Candidates, .. extra] };
    }

    /// <summary>The hook's candidates for the cycle closing at <paramref name="closeMs"/> (none when it is not one of its cycles), shaped around <paramref name="prices"/>.</summary>
    public IReadOnlyList<TradeCandidate> For(long closeMs, IReadOnlyDictionary<Symbol, decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if ((closeMs + 1) / M5 % _every != 0) return [];
        return [.. _symbols.Where(prices.ContainsKey).Select(s =>
        {
            var p = prices[s];
            return new TradeCandidate(s, 80m, p * 1.002m, p * 1.004m, p * 0.85m, p * (1m + _target1), p * (1m + _target2), 3.5m,
                "TEST HOOK candidate", "injected by --test-candidates (test hook, not analysis)", []);
        })];
    }

    private sealed record FileShape(List<string>? Symbols, int EveryCycles = 6, decimal Target1 = 0.006m, decimal Target2 = 0.012m);
}
