using System.Collections.Concurrent;
using Qari.Model.Ids;

namespace Qari.Simulator.Accounts;

/// <summary>The simulator's API keys by key id; keys can be added and revoked while it runs.</summary>
public sealed class KeyStore
{
    private readonly ConcurrentDictionary<string, SimKey> _keys = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a key.</summary>
    public void Add(SimKey key) => _keys[key.KeyId] = key;

    /// <summary>The key with that id that is valid on <paramref name="exchange"/>'s dialect (revoked keys are returned; callers check).</summary>
    public SimKey? Find(string keyId, ExchangeId exchange) =>
        _keys.TryGetValue(keyId, out var key) && (key.Exchange is null || key.Exchange == exchange) ? key : null;

    /// <summary>Revokes a key; false when unknown.</summary>
    public bool Revoke(string keyId)
    {
        while (_keys.TryGetValue(keyId, out var key))
        {
            if (_keys.TryUpdate(keyId, key with { Revoked = true }, key)) return true;
        }
        return false;
    }

    /// <summary>All keys.</summary>
    public IReadOnlyCollection<SimKey> All => _keys.Values.ToList();
}
