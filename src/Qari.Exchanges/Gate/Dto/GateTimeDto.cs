using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>The body of <c>GET /spot/time</c> (milliseconds).</summary>
internal sealed record GateTimeDto
{
    [JsonPropertyName("server_time")] public required long ServerTime { get; init; }
}
