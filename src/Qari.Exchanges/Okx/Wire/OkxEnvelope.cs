namespace Qari.Exchanges.Okx.Wire;

/// <summary>OKX v5's envelope <c>{code, msg, data:[...]}</c>; <c>code</c> "0" on success, "1"/"2" when order items failed (see each <c>sCode</c>).</summary>
public sealed class OkxEnvelope<T>
{
    /// <summary>"0" on success.</summary>
    public string? Code { get; init; }

    /// <summary>Error text.</summary>
    public string? Msg { get; init; }

    /// <summary>The rows.</summary>
    public List<T>? Data { get; init; }
}
