namespace Qari.Exchanges.Http;

/// <summary>
/// One REST endpoint an adapter calls: method, path (a template where the exchange puts ids in the path),
/// whether it is signed, its IP weight and per-key weight from the exchange's published limits, and whether it
/// places an order (never retried; a lost answer is an unknown outcome).
/// </summary>
public sealed record Endpoint(
    string Name,
    HttpMethod Method,
    string Path,
    bool Signed,
    int Weight,
    int KeyWeight = 0,
    bool PlacesOrder = false)
{
    /// <summary>True for reads that may be retried (GET only).</summary>
    public bool IsIdempotentRead => Method == HttpMethod.Get;

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}";
}
