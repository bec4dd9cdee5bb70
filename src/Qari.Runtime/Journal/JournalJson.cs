using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Qari.Model.Ids;

namespace Qari.Runtime.Journal;

/// <summary>
/// The journal's JSON settings: ids as their text (read back exactly), enums by name, decimals as JSON numbers
/// written with their full scale, times as ISO 8601 with offset and 100 ns precision.
/// </summary>
internal static class JournalJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            Converters =
            {
                new JsonStringEnumConverter(),
                new TextConverter<Symbol>(s => s.ToString(), Symbol.Parse),
                new TextConverter<ClientOrderId>(c => c.Value, ClientOrderId.Foreign),
                new TextConverter<TradeId>(t => t.ToString(), t => new TradeId(long.Parse(t, NumberStyles.Integer, CultureInfo.InvariantCulture))),
                new TextConverter<AccountId>(a => a.Value.ToString(), a => new AccountId(Guid.Parse(a, CultureInfo.InvariantCulture))),
                new TextConverter<UserId>(u => u.Value.ToString(), u => new UserId(Guid.Parse(u, CultureInfo.InvariantCulture))),
                new TextConverter<ExchangeOrderId>(e => e.Value, e => new ExchangeOrderId(e)),
                new SymbolSetConverter(),
            },
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class TextConverter<T>(Func<T, string> write, Func<string, T> read) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            read(reader.GetString() ?? throw new JsonException($"{typeof(T).Name}: null where text was expected"));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            read(reader.GetString() ?? throw new JsonException($"{typeof(T).Name}: null property name"));

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(write(value));
    }

    // Sets of symbols (blacklists) are written as sorted arrays so the same set always gives the same text.
    private sealed class SymbolSetConverter : JsonConverter<IReadOnlySet<Symbol>>
    {
        public override IReadOnlySet<Symbol> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new HashSet<Symbol>(JsonSerializer.Deserialize<List<Symbol>>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, IReadOnlySet<Symbol> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.OrderBy(s => s.ToString(), StringComparer.Ordinal).ToList(), options);
    }
}
