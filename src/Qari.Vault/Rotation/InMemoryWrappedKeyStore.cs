using Qari.Model.Results;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Rotation;

/// <summary>A thread-safe in-process <see cref="IWrappedKeyStore"/> (tests, benchmarks, tools that hold keys in memory).</summary>
public sealed class InMemoryWrappedKeyStore : IWrappedKeyStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<Guid, WrappedKeyRecord> _records = [];
    private readonly List<(CredentialId Credential, string Code)> _failures = [];

    /// <summary>Failures recorded by rotations, in order.</summary>
    public IReadOnlyList<(CredentialId Credential, string Code)> Failures
    {
        get { lock (_gate) return [.. _failures]; }
    }

    /// <summary>Adds or replaces a record.</summary>
    public void Put(WrappedKeyRecord record)
    {
        lock (_gate) _records[record.Binding.Credential.Value] = record;
    }

    /// <summary>The current record of a credential, if any.</summary>
    public WrappedKeyRecord? Get(CredentialId credential)
    {
        lock (_gate) return _records.GetValueOrDefault(credential.Value);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WrappedKeyRecord>> ListNotUnderAsync(MasterKeyId target, IReadOnlySet<CredentialId> skip, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<WrappedKeyRecord> batch = [.. _records.Values
                .Where(r => r.MasterKey != target && !skip.Contains(r.Binding.Credential))
                .Take(limit)];
            return Task.FromResult(batch);
        }
    }

    /// <inheritdoc />
    public Task<bool> TryReplaceAsync(WrappedKeyRecord current, byte[] newWrappedKey, MasterKeyId newMasterKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_records.TryGetValue(current.Binding.Credential.Value, out var stored) || !stored.WrappedKey.AsSpan().SequenceEqual(current.WrappedKey))
                return Task.FromResult(false);
            _records[current.Binding.Credential.Value] = stored with { MasterKey = newMasterKey, WrappedKey = newWrappedKey };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task RecordFailureAsync(CredentialBinding binding, Error error, CancellationToken cancellationToken)
    {
        lock (_gate) _failures.Add((binding.Credential, error.Code));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<MasterKeyId, int>> CountByMasterKeyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<MasterKeyId, int> counts = _records.Values.GroupBy(r => r.MasterKey).ToDictionary(g => g.Key, g => g.Count());
            return Task.FromResult(counts);
        }
    }
}
