namespace Qari.Vault.MasterKeys;

/// <summary>
/// The master keys a process knows: one active key wraps new data keys; the others (retired keys kept during a
/// rotation) only unwrap. Disposing the ring wipes every key.
/// </summary>
public sealed class MasterKeyRing : IDisposable
{
    private readonly Dictionary<MasterKeyId, IMasterKey> _keys = [];

    /// <summary>Creates a ring; ids must be distinct.</summary>
    public MasterKeyRing(IMasterKey active, IEnumerable<IMasterKey>? retired = null)
    {
        ArgumentNullException.ThrowIfNull(active);
        Active = active;
        _keys[active.Id] = active;
        foreach (var key in retired ?? [])
        {
            // A duplicate id is the same key material: keep the first instance, wipe a second copy (never the kept one).
            if (!_keys.TryAdd(key.Id, key) && !ReferenceEquals(_keys[key.Id], key)) key.Dispose();
        }
    }

    /// <summary>The key that wraps new data keys.</summary>
    public IMasterKey Active { get; }

    /// <summary>All known key ids, active first.</summary>
    public IReadOnlyList<MasterKeyId> Ids => [Active.Id, .. _keys.Keys.Where(id => id != Active.Id)];

    /// <summary>Looks a key up by id.</summary>
    public bool TryGet(MasterKeyId id, out IMasterKey key) => _keys.TryGetValue(id, out key!);

    /// <summary>Wipes every key.</summary>
    public void Dispose()
    {
        foreach (var key in _keys.Values) key.Dispose();
    }

    /// <summary>Ids only.</summary>
    public override string ToString() => $"MasterKeyRing(active {Active.Id}, {_keys.Count} key(s))";
}
