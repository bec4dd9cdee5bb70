using System.Collections.Concurrent;
using Qari.Model.Ids;

namespace Qari.Exchanges.Http;

/// <summary>
/// The node's rate-limit state: one gate per (exchange, egress IP), shared by every account that sends from that
/// IP, and one gate per (exchange, key) for limits the exchange meters per key. One instance per node, injected
/// (never a static), so tests and separate nodes each have their own.
/// </summary>
public sealed class RateLimitRegistry : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(ExchangeId, string), RateGate> _ipGates = new();
    private readonly ConcurrentDictionary<(ExchangeId, string), RateGate> _keyGates = new();

    /// <summary>
    /// Creates an empty registry whose windows run on <paramref name="time"/>: the wall clock (<see cref="TimeProvider.System"/>)
    /// for a real exchange, which meters real minutes; the venue's own clock for a simulator replaying market time faster.
    /// </summary>
    public RateLimitRegistry(TimeProvider time) => _time = time;

    /// <summary>
    /// Rules added to every IP gate on top of the exchange's own (tests: a tight limit to exercise waiting; never
    /// looser than the exchange's, since every rule must grant a request).
    /// </summary>
    public IReadOnlyList<RateLimitRule> ExtraIpRules { get; init; } = [];

    /// <summary>How many requests, over every gate, had to wait for a window to replenish.</summary>
    public long Waits => _ipGates.Values.Concat(_keyGates.Values).Sum(g => g.Waits);

    /// <summary>The gate shared by all accounts of <paramref name="exchange"/> sending from <paramref name="egressIp"/>.</summary>
    public RateGate ForIp(ExchangeId exchange, string egressIp, RateLimitPolicy policy) =>
        _ipGates.GetOrAdd((exchange, egressIp), key => new RateGate($"{key.Item1.Name()} ip {key.Item2}", policy.IpRules.Concat(ExtraIpRules), _time));

    /// <summary>The gate of one API key on <paramref name="exchange"/>.</summary>
    public RateGate ForKey(ExchangeId exchange, string keyId, RateLimitPolicy policy) =>
        _keyGates.GetOrAdd((exchange, keyId), key => new RateGate($"{key.Item1.Name()} key {Redact(key.Item2)}", policy.KeyRules, _time));

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var gate in _ipGates.Values.Concat(_keyGates.Values)) gate.Dispose();
        _ipGates.Clear();
        _keyGates.Clear();
    }

    // Key ids are not secret, but a short form keeps messages readable.
    private static string Redact(string keyId) => keyId.Length <= 8 ? keyId : keyId[..4] + "…" + keyId[^4..];
}
