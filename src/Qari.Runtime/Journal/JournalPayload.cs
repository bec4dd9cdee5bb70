using System.Text.Json;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;

namespace Qari.Runtime.Journal;

/// <summary>
/// Turns engine events and journal entries into the journal's JSON and back, exactly: every field of every input
/// and output (decimals with their scale, times to 100 ns), so an engine can be rebuilt from its journal after a
/// crash. The row's kind (the type's name) says which record a payload is.
/// </summary>
public static class JournalPayload
{
    private static readonly Dictionary<string, Type> EventTypes = Concrete(typeof(EngineEvent));
    private static readonly Dictionary<string, Type> EntryTypes = Concrete(typeof(JournalEntry));

    /// <summary>The JSON of an engine input.</summary>
    public static string Of(EngineEvent e) => e switch
    {
        CycleCandidates c => JsonSerializer.Serialize(CycleDto.From(c), JournalJson.Options),
        ReconciliationApplied r => JsonSerializer.Serialize(ReconciliationDto.From(r), JournalJson.Options),
        _ => JsonSerializer.Serialize(e, e.GetType(), JournalJson.Options),
    };

    /// <summary>The JSON of any record (journal entries, commands).</summary>
    public static string Of(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is EngineEvent e ? Of(e) : JsonSerializer.Serialize(value, value.GetType(), JournalJson.Options);
    }

    /// <summary>Reads back an engine input journaled as <paramref name="kind"/>.</summary>
    public static Result<EngineEvent> ReadEvent(string kind, string json)
    {
        if (!EventTypes.TryGetValue(kind, out var type)) return Error.Validation("journal.kind", $"journal: '{kind}' is not an engine input");
        try
        {
            EngineEvent? e = kind switch
            {
                nameof(CycleCandidates) => JsonSerializer.Deserialize<CycleDto>(json, JournalJson.Options)?.ToEvent(),
                nameof(ReconciliationApplied) => JsonSerializer.Deserialize<ReconciliationDto>(json, JournalJson.Options)?.ToEvent(),
                _ => (EngineEvent?)JsonSerializer.Deserialize(json, type, JournalJson.Options),
            };
            return e is null ? Error.Validation("journal.payload", $"journal: empty {kind}") : e;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Error.Validation("journal.payload", $"journal: {kind} cannot be read back: {ex.Message}");
        }
    }

    /// <summary>Reads back a journal entry (an engine output) journaled as <paramref name="kind"/>.</summary>
    public static Result<JournalEntry> ReadEntry(string kind, string json)
    {
        if (!EntryTypes.TryGetValue(kind, out var type)) return Error.Validation("journal.kind", $"journal: '{kind}' is not a journal entry");
        try
        {
            return JsonSerializer.Deserialize(json, type, JournalJson.Options) is JournalEntry entry
                ? entry
                : Error.Validation("journal.payload", $"journal: empty {kind}");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Error.Validation("journal.payload", $"journal: {kind} cannot be read back: {ex.Message}");
        }
    }

    private static Dictionary<string, Type> Concrete(Type root) =>
        root.Assembly.GetTypes().Where(t => !t.IsAbstract && root.IsAssignableFrom(t)).ToDictionary(t => t.Name, StringComparer.Ordinal);

    private sealed record Pair(Symbol A, Symbol B, double Value);

    private sealed record CycleDto(
        DateTimeOffset At,
        List<TradeCandidate> Candidates,
        Dictionary<Symbol, SymbolMarket> Markets,
        AccountHealth Health,
        decimal Equity,
        decimal FreeQuote,
        List<Symbol> PlatformBlacklist,
        List<Pair> Correlations)
    {
        // The correlation source is a function; the pairs the engine can ask about (markets and candidates) are written out.
        public static CycleDto From(CycleCandidates c)
        {
            var symbols = c.Markets.Keys.Concat(c.Candidates.Select(x => x.Symbol)).Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal).ToList();
            var pairs = new List<Pair>();
            for (var i = 0; i < symbols.Count; i++)
                for (var j = i + 1; j < symbols.Count; j++)
                    if (c.Correlations.Correlation(symbols[i], symbols[j]) is { } v) pairs.Add(new Pair(symbols[i], symbols[j], v));
            return new CycleDto(c.At, [.. c.Candidates], c.Markets.OrderBy(m => m.Key.ToString(), StringComparer.Ordinal).ToDictionary(m => m.Key, m => m.Value),
                c.Health, c.Equity, c.FreeQuote, [.. c.PlatformBlacklist.OrderBy(s => s.ToString(), StringComparer.Ordinal)], pairs);
        }

        public CycleCandidates ToEvent()
        {
            var matrix = new CorrelationMatrix();
            foreach (var p in Correlations) matrix.Set(p.A, p.B, p.Value);
            return new CycleCandidates(At, Candidates, Markets, Health, Equity, FreeQuote, new HashSet<Symbol>(PlatformBlacklist), matrix);
        }
    }

    private sealed record Nested(string Kind, JsonElement Payload);

    private sealed record Cancel(ClientOrderId Id, Symbol Symbol);

    private sealed record Finding(string Subject, string Message);

    private sealed record ReconciliationDto(
        DateTimeOffset At,
        List<Nested> Events,
        List<ClientOrderId> Queries,
        List<Cancel> OrphanCancels,
        List<Finding> Findings,
        Dictionary<string, decimal> Balances)
    {
        public static ReconciliationDto From(ReconciliationApplied r) => new(
            r.At,
            [.. r.Events.Select(e => new Nested(e.GetType().Name, JsonSerializer.SerializeToElement(e, e.GetType(), JournalJson.Options)))],
            [.. r.Queries],
            [.. r.OrphanCancels.Select(o => new Cancel(o.Id, o.Symbol))],
            [.. r.Findings.Select(f => new Finding(f.Subject, f.Message))],
            r.Balances.OrderBy(b => b.Key, StringComparer.Ordinal).ToDictionary(b => b.Key, b => b.Value, StringComparer.Ordinal));

        public ReconciliationApplied ToEvent()
        {
            var events = Events.Select(n => EventTypes.TryGetValue(n.Kind, out var t) && typeof(OrderEvent).IsAssignableFrom(t)
                ? (OrderEvent)(n.Payload.Deserialize(t, JournalJson.Options) ?? throw new JsonException($"empty {n.Kind}"))
                : throw new JsonException($"'{n.Kind}' is not an order event")).ToList();
            return new ReconciliationApplied(At, events, Queries, [.. OrphanCancels.Select(o => (o.Id, o.Symbol))],
                [.. Findings.Select(f => (f.Subject, f.Message))], Balances);
        }
    }
}
