using System.Text.Json;
using System.Text.Json.Serialization;
using Qari.Exchanges.Abstractions;

namespace Qari.Connect;

/// <summary>The permission report stored with a credential: the key report as JSON (permissions, allowed IPs, note; nothing secret).</summary>
public static class PermissionReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Serialises <paramref name="report"/>.</summary>
    public static string Write(KeyReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>Reads a stored report back; null when absent or unreadable.</summary>
    public static KeyReport? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<KeyReport>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
