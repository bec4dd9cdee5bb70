using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;

namespace Qari.Cli.Commands.Analyze;

/// <summary>Prints a ranked cycle as a table with explanations, or as deterministic JSON.</summary>
internal static class CandidateReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Table(IReadOnlyList<Candidate> ranked, long atMs, IReadOnlyList<string> notes, TextWriter output)
    {
        output.WriteLine($"Analysis at {Stamp(atMs)} UTC — {ranked.Count} symbol(s), {ranked.Count(c => c.Passed)} candidate(s) pass.");
        foreach (var note in notes) output.WriteLine($"Note: {note}");
        output.WriteLine();
        output.WriteLine("rank  symbol        price        score  pass  bias     L1 L2 L3 L4 L5 L6 L7 L8 L9 L10 L11");
        var rank = 0;
        foreach (var c in ranked)
        {
            var votes = string.Join(' ', c.Verdicts.Select(v => Mark(v.Vote).PadLeft(v.Layer >= LayerId.L10Session ? 3 : 2)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{++rank,4}  {c.Symbol,-12} {c.Price,12:G8} {c.Score,6:F1}  {(c.Passed ? "yes" : "no"),-4}  {c.Bias.ToString().ToLowerInvariant(),-8} {votes}"));
        }
        output.WriteLine("votes: + bullish, - bearish, 0 neutral, . abstain");
        if (ranked.Count > 0 && !ranked.Any(c => c.Passed))
        {
            output.WriteLine();
            output.WriteLine("No candidate passes, because:");
            foreach (var c in ranked) output.WriteLine($"  {c.Symbol}: {string.Join("; ", c.Failures)}.");
        }
        foreach (var c in ranked)
        {
            output.WriteLine();
            output.WriteLine(c.Explanation);
        }
    }

    public static void JsonOut(IReadOnlyList<Candidate> ranked, long atMs, IReadOnlyList<string> notes, TextWriter output)
    {
        var doc = new
        {
            At = Stamp(atMs),
            AtMs = atMs,
            Notes = notes,
            Candidates = ranked.Select((c, i) => new
            {
                Rank = i + 1,
                Symbol = c.Symbol.ToString(),
                c.TimeMs,
                c.Price,
                c.Score,
                c.Passed,
                c.Bias,
                BullishLayers = c.BullishLayers.Select(Short),
                BearishLayers = c.BearishLayers.Select(Short),
                c.Failures,
                c.Plan,
                Verdicts = c.Verdicts.Select(v => new
                {
                    Layer = Short(v.Layer),
                    v.Vote,
                    v.Points,
                    v.Strength,
                    v.Veto,
                    v.Levels.ZoneLow,
                    v.Levels.ZoneHigh,
                    v.Levels.Target1,
                    v.Levels.Target2,
                    v.Levels.Invalidation,
                    v.Sentence,
                }),
                c.Explanation,
            }),
        };
        var text = JsonSerializer.Serialize(doc, Json).Replace("\r\n", "\n", StringComparison.Ordinal);
        output.Write(text);
        output.Write('\n');
    }

    private static string Short(LayerId id) => "L" + ((int)id).ToString("00", CultureInfo.InvariantCulture);

    private static string Mark(Vote vote) => vote switch
    {
        Vote.Bullish => "+",
        Vote.Bearish => "-",
        Vote.Neutral => "0",
        Vote.Abstain => ".",
        _ => throw new ArgumentOutOfRangeException(nameof(vote), vote, null),
    };

    private static string Stamp(long ms) => ms == long.MinValue ? "(no data)" :
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
