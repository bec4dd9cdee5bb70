using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Qari.Model.Ids;
using Qari.Trading.Events;

namespace Qari.Runtime.Journal;

/// <summary>
/// Turns engine events and journal entries into JSON for the journal. Ids are written as their text; a cycle's
/// candidates are summarised (the markets and correlations are facts of the cycle, journaled by the scanner's log).
/// </summary>
public static class JournalPayload
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters =
        {
            new JsonStringEnumConverter(),
            new TextConverter<Symbol>(s => s.ToString()),
            new TextConverter<ClientOrderId>(c => c.Value),
            new TextConverter<TradeId>(t => t.ToString()),
            new TextConverter<AccountId>(a => a.Value.ToString()),
            new TextConverter<UserId>(u => u.Value.ToString()),
            new TextConverter<ExchangeOrderId>(e => e.Value),
        },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The JSON of an engine input.</summary>
    public static string Of(EngineEvent e) => e switch
    {
        CycleCandidates c => JsonSerializer.Serialize(new
        {
            c.At,
            Candidates = c.Candidates,
            Health = c.Health,
            c.Equity,
            c.FreeQuote,
            Markets = c.Markets.ToDictionary(m => m.Key.ToString(), m => new { m.Value.Bid, m.Value.Ask, Status = m.Value.Instrument.Status.ToString() }),
        }, Json),
        ReconciliationApplied r => JsonSerializer.Serialize(new
        {
            r.At,
            Events = r.Events.Select(x => new { Kind = x.GetType().Name, Payload = Of(x) }),
            r.Queries,
            OrphanCancels = r.OrphanCancels.Select(o => o.Id.Value),
            Findings = r.Findings.Select(f => $"{f.Subject}: {f.Message}"),
            Balances = r.Balances,
        }, Json),
        _ => JsonSerializer.Serialize(e, e.GetType(), Json),
    };

    /// <summary>The JSON of any record (journal entries, commands).</summary>
    public static string Of(object value) => JsonSerializer.Serialize(value, value.GetType(), Json);

    private sealed class TextConverter<T>(Func<T, string> text) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException($"{typeof(T).Name} is written to the journal for reading by people, not read back.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(text(value));

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(text(value));
    }

    internal static string Num(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
