using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>The body of <c>GET /account/detail</c>: all Gate exposes about the key (no permission flags).</summary>
internal sealed record GateAccountDetailDto
{
    [JsonPropertyName("user_id")] public required long UserId { get; init; }
    [JsonPropertyName("ip_whitelist")] public IReadOnlyList<string>? IpWhitelist { get; init; }
    [JsonPropertyName("currency_pairs")] public IReadOnlyList<string>? CurrencyPairs { get; init; }
    [JsonPropertyName("key")] public GateKeyModeDto? Key { get; init; }
    [JsonPropertyName("tier")] public int? Tier { get; init; }
}
