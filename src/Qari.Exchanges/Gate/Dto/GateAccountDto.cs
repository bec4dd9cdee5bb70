using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>One entry of <c>GET /spot/accounts</c>.</summary>
internal sealed record GateAccountDto
{
    [JsonPropertyName("currency")] public required string Currency { get; init; }
    [JsonPropertyName("available")] public required decimal Available { get; init; }
    [JsonPropertyName("locked")] public required decimal Locked { get; init; }
}
