using System.Text.Json.Serialization;

namespace Qari.Exchanges.Gate.Dto;

/// <summary>The <c>key</c> object of <c>/account/detail</c>: mode 1 classic, 2 portfolio margin (legacy).</summary>
internal sealed record GateKeyModeDto
{
    [JsonPropertyName("mode")] public int? Mode { get; init; }
}
