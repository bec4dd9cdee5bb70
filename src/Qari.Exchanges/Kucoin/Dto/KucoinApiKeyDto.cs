using System.Text.Json.Serialization;

namespace Qari.Exchanges.Kucoin.Dto;

/// <summary>The data of <c>GET /api/v1/user/api-key</c>.</summary>
internal sealed record KucoinApiKeyDto
{
    [JsonPropertyName("apiKey")] public required string ApiKey { get; init; }
    [JsonPropertyName("apiVersion")] public int? ApiVersion { get; init; }
    [JsonPropertyName("permission")] public required string Permission { get; init; }
    [JsonPropertyName("ipWhitelist")] public string? IpWhitelist { get; init; }
    [JsonPropertyName("isMaster")] public bool? IsMaster { get; init; }
    [JsonPropertyName("remark")] public string? Remark { get; init; }
}
