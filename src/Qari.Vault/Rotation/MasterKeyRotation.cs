using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Rotation;

/// <summary>
/// Rewraps every stored data key under the cipher's active master key. Crash-safe by construction: each row is
/// swapped by one atomic compare-and-swap and the ciphertext never changes, so after a crash every row is wrapped
/// by either the old key (still in the ring) or the new one, and a rerun picks up exactly the rows left over.
/// </summary>
public sealed class MasterKeyRotation
{
    private readonly CredentialCipher _cipher;
    private readonly IWrappedKeyStore _store;
    private readonly ILogger _logger;
    private readonly Action<RotationStep> _hook;
    private readonly int _batchSize;

    /// <summary>Creates a rotation; <paramref name="hook"/> is called at every <see cref="RotationStep"/> (tests inject crashes there).</summary>
    public MasterKeyRotation(CredentialCipher cipher, IWrappedKeyStore store, ILogger<MasterKeyRotation>? logger = null,
        Action<RotationStep>? hook = null, int batchSize = 500)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _cipher = cipher ?? throw new ArgumentNullException(nameof(cipher));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _hook = hook ?? (_ => { });
        _batchSize = batchSize;
    }

    /// <summary>Runs (or resumes) the rotation and reports what it did.</summary>
    public async Task<RotationReport> RunAsync(CancellationToken cancellationToken)
    {
        var target = _cipher.ActiveMasterKey;
        _hook(RotationStep.Started);
        VaultLog.RotationStarted(_logger, target.Value);
        var before = await _store.CountByMasterKeyAsync(cancellationToken).ConfigureAwait(false);
        var skip = new HashSet<CredentialId>();
        var failures = new List<RotationFailure>();
        int rewrapped = 0, conflicts = 0;
        while (true)
        {
            var batch = await _store.ListNotUnderAsync(target, skip, _batchSize, cancellationToken).ConfigureAwait(false);
            _hook(RotationStep.BatchLoaded);
            if (batch.Count == 0) break;
            foreach (var record in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = _cipher.Rewrap(record.WrappedKey, record.Binding);
                if (!result.IsSuccess)
                {
                    skip.Add(record.Binding.Credential);
                    failures.Add(new RotationFailure(record.Binding.Credential, result.Error.Code, result.Error.Message));
                    VaultLog.RewrapFailed(_logger, record.Binding.Credential.ToString(), result.Error.Code);
                    await _store.RecordFailureAsync(record.Binding, result.Error, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                _hook(RotationStep.Rewrapped);
                if (await _store.TryReplaceAsync(record, result.Value, target, cancellationToken).ConfigureAwait(false))
                {
                    rewrapped++;
                    VaultLog.Rewrapped(_logger, record.Binding.Credential.ToString(), record.MasterKey.Value, target.Value);
                }
                else
                {
                    // Replaced or removed meanwhile: a replacement is sealed under the active key already; skip for this run.
                    conflicts++;
                    skip.Add(record.Binding.Credential);
                }
                _hook(RotationStep.Written);
            }
            _hook(RotationStep.BatchDone);
        }
        _hook(RotationStep.Finishing);
        var after = await _store.CountByMasterKeyAsync(cancellationToken).ConfigureAwait(false);
        var report = new RotationReport(target, before, rewrapped, conflicts, failures, after);
        VaultLog.RotationFinished(_logger, target.Value, rewrapped, failures.Count, after.Where(p => p.Key != target).Sum(p => p.Value));
        return report;
    }
}
