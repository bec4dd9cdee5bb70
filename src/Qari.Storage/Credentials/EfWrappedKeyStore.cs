using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Results;
using Qari.Storage.Database;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;

namespace Qari.Storage.Credentials;

/// <summary>Rotation's view of the credentials table; each swap is one conditional UPDATE (atomic compare-and-swap).</summary>
public sealed class EfWrappedKeyStore : IWrappedKeyStore
{
    private readonly QariDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Works on <paramref name="database"/>.</summary>
    public EfWrappedKeyStore(QariDatabase database, TimeProvider time, ILogger<EfWrappedKeyStore>? logger = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WrappedKeyRecord>> ListNotUnderAsync(MasterKeyId target, IReadOnlySet<CredentialId> skip, int limit, CancellationToken cancellationToken)
    {
        var skipIds = skip.Select(s => s.Value).ToList();
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var rows = await context.Credentials.AsNoTracking()
                .Where(c => c.MasterKeyId != target.Value && !skipIds.Contains(c.Id))
                .OrderBy(c => c.Id)
                .Take(limit)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var records = new List<WrappedKeyRecord>(rows.Count);
            foreach (var row in rows)
            {
                var binding = CredentialRows.BindingOf(row);
                var key = MasterKeyId.IsValid(row.MasterKeyId) ? new MasterKeyId(row.MasterKeyId) : new MasterKeyId("invalid");
                // A row whose exchange does not parse is passed on with an empty blob: rotation reports it as failed.
                records.Add(binding.IsSuccess
                    ? new WrappedKeyRecord(binding.Value, key, row.WrappedKey)
                    : new WrappedKeyRecord(new CredentialBinding(new(row.UserId), default, new CredentialId(row.Id), row.Version), key, []));
            }
            return records;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryReplaceAsync(WrappedKeyRecord current, byte[] newWrappedKey, MasterKeyId newMasterKey, CancellationToken cancellationToken)
    {
        var id = current.Binding.Credential.Value;
        var oldKey = current.MasterKey.Value;
        var oldBlob = current.WrappedKey;
        var now = _time.GetUtcNow();
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var changed = await context.Credentials
                .Where(c => c.Id == id && c.MasterKeyId == oldKey && c.WrappedKey == oldBlob)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.WrappedKey, newWrappedKey)
                    .SetProperty(c => c.MasterKeyId, newMasterKey.Value)
                    .SetProperty(c => c.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
            return changed == 1;
        }
    }

    /// <inheritdoc />
    public async Task RecordFailureAsync(CredentialBinding binding, Error error, CancellationToken cancellationToken)
    {
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var row = await context.Credentials.AsNoTracking().FirstOrDefaultAsync(c => c.Id == binding.Credential.Value, cancellationToken).ConfigureAwait(false);
            if (row is null) return;
            context.CredentialAudit.Add(EfCredentialStore.Audit(row, CredentialEvent.DecryptionFailure, $"{error.Code} (during master key rotation)", _time.GetUtcNow()));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            StorageLog.DecryptionFailed(_logger, row.Id, row.UserId, error.Code);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<MasterKeyId, int>> CountByMasterKeyAsync(CancellationToken cancellationToken)
    {
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var counts = await context.Credentials.AsNoTracking().GroupBy(c => c.MasterKeyId)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
            return counts.ToDictionary(c => MasterKeyId.IsValid(c.Key) ? new MasterKeyId(c.Key) : new MasterKeyId("invalid"), c => c.Count);
        }
    }
}
