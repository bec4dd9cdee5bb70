using System.Text.Json;
using System.Text.Json.Serialization;
using Qari.Model.Results;

namespace Qari.Simulator.Accounts;

/// <summary>
/// The simulator's starting state as a JSON seed file: markets (optional; markets are also created from the
/// candle files), accounts with starting balances and fee rates, and their keys with permission flags.
/// </summary>
public sealed record SimulatorSeed
{
    /// <summary>Markets with explicit rules.</summary>
    public IReadOnlyList<SeedMarket> Markets { get; init; } = [];

    /// <summary>Accounts and their keys.</summary>
    public IReadOnlyList<SeedAccount> Accounts { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads a seed file; a missing or invalid file is an error naming it.</summary>
    public static Result<SimulatorSeed> Load(string path)
    {
        if (!File.Exists(path)) return Error.Validation("seed.missing", $"{path}: seed file not found");
        try
        {
            return Result<SimulatorSeed>.Ok(JsonSerializer.Deserialize<SimulatorSeed>(File.ReadAllText(path), Json) ?? new SimulatorSeed());
        }
        catch (JsonException ex)
        {
            return Error.Validation("seed.invalid", $"{path}: {ex.Message}");
        }
    }

    /// <summary>Serialises a seed (for writing example files).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions(Json) { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
}
