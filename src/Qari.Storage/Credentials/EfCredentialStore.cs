using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Storage.Accounts;
using Qari.Storage.Database;
using Qari.Vault;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.Store;

namespace Qari.Storage.Credentials;

/// <summary>
/// <see cref="ICredentialStore"/> on EF Core (SQLite or PostgreSQL). Rows hold only the sealed blobs; every
/// change and every decryption failure is written to the audit log in the same database.
/// </summary>
public sealed class EfCredentialStore : ICredentialStore
{
    private readonly QariDatabase _database;
    private readonly CredentialCipher _cipher;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Stores credentials in <paramref name="database"/>, sealed with <paramref name="cipher"/>.</summary>
    public EfCredentialStore(QariDatabase database, CredentialCipher cipher, TimeProvider time, ILogger<EfCredentialStore>? logger = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _cipher = cipher ?? throw new ArgumentNullException(nameof(cipher));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task<Result<CredentialSummary>> AddAsync(UserId owner, ExchangeId exchange, string accountLabel, ExchangeCredential credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (string.IsNullOrWhiteSpace(accountLabel) || accountLabel.Trim().Length > 200)
            return Error.Validation("storage.account-label", "The account label must be 1 to 200 characters.");
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            if (!await context.Users.AnyAsync(u => u.Id == owner.Value, cancellationToken).ConfigureAwait(false))
                return new Error(ErrorKind.NotFound, "storage.user-not-found", $"user {owner} does not exist.");
            var now = _time.GetUtcNow();
            var account = new ExchangeAccountEntity { Id = Guid.NewGuid(), UserId = owner.Value, Exchange = exchange.Name(), Label = accountLabel.Trim(), CreatedAt = now };
            var row = NewRow(new CredentialBinding(owner, exchange, CredentialId.New(), 1), account.Id, credential, now);
            context.ExchangeAccounts.Add(account);
            context.Credentials.Add(row);
            context.CredentialAudit.Add(Audit(row, CredentialEvent.Added, $"kind={row.Kind}; version={row.Version}; master key {row.MasterKeyId}", now));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            StorageLog.CredentialAdded(_logger, row.Id, owner.Value, row.Exchange);
            return CredentialRows.Summary(row, account.Label);
        }
    }

    /// <inheritdoc />
    public async Task<Result<CredentialHandle>> GetForUseAsync(UserId owner, CredentialId id, CancellationToken cancellationToken)
    {
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var row = await context.Credentials.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == id.Value && c.UserId == owner.Value, cancellationToken).ConfigureAwait(false);
            if (row is null) return NotFound(id);
            var binding = CredentialRows.BindingOf(row);
            var kind = CredentialRows.KindOf(row);
            var failure = binding.Error ?? kind.Error;
            SealedCredential? sealedCredential = null;
            var recorded = CredentialCipher.MasterKeyOf(row.WrappedKey);
            if (failure is null && recorded.IsSuccess && recorded.Value.Value != row.MasterKeyId)
            {
                // Rotation selects rows by this column, so a column that lies would hide a row from it.
                failure = VaultErrors.Create(VaultErrorCode.WrappedKeyTampered,
                    $"credential {id}: the row's master key column ({row.MasterKeyId}) does not match its wrapped key ({recorded.Value}).");
            }
            if (failure is null)
            {
                sealedCredential = new SealedCredential(row.WrappedKey, row.Ciphertext);
                failure = _cipher.Open(sealedCredential, binding.Value, static _ => true).Error;
            }
            if (failure is not null)
            {
                context.CredentialAudit.Add(Audit(row, CredentialEvent.DecryptionFailure, failure.Code, _time.GetUtcNow()));
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                StorageLog.DecryptionFailed(_logger, row.Id, row.UserId, failure.Code);
                return failure;
            }
            StorageLog.CredentialHandedOut(_logger, row.Id);
            return new CredentialHandle(binding.Value, kind.Value, row.KeyHint, sealedCredential!, _cipher);
        }
    }

    /// <inheritdoc />
    public async Task<Result<CredentialSummary>> ReplaceAsync(UserId owner, CredentialId id, ExchangeCredential replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var old = await context.Credentials.FirstOrDefaultAsync(c => c.Id == id.Value && c.UserId == owner.Value, cancellationToken).ConfigureAwait(false);
                if (old is null) return NotFound(id);
                var oldBinding = CredentialRows.BindingOf(old);
                if (!oldBinding.IsSuccess) return oldBinding.Error;
                var now = _time.GetUtcNow();
                var row = NewRow(oldBinding.Value with { Credential = CredentialId.New(), Version = old.Version + 1 }, old.ExchangeAccountId, replacement, now);
                await DestroyAsync(context, old, now, cancellationToken).ConfigureAwait(false);
                context.Credentials.Add(row);
                context.CredentialAudit.Add(Audit(old, CredentialEvent.Replaced, $"replaced by {row.Id:N} (version {row.Version}); old ciphertext destroyed", now));
                context.CredentialAudit.Add(Audit(row, CredentialEvent.Added, $"kind={row.Kind}; version={row.Version}; replaces {old.Id:N}", now));
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                StorageLog.CredentialReplaced(_logger, old.Id, row.Id);
                var label = await context.ExchangeAccounts.Where(a => a.Id == row.ExchangeAccountId).Select(a => a.Label).FirstAsync(cancellationToken).ConfigureAwait(false);
                return CredentialRows.Summary(row, label);
            }
        }
    }

    /// <inheritdoc />
    public async Task<Result<bool>> RemoveAsync(UserId owner, CredentialId id, CancellationToken cancellationToken)
    {
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var row = await context.Credentials.FirstOrDefaultAsync(c => c.Id == id.Value && c.UserId == owner.Value, cancellationToken).ConfigureAwait(false);
                if (row is null) return NotFound(id);
                var now = _time.GetUtcNow();
                await DestroyAsync(context, row, now, cancellationToken).ConfigureAwait(false);
                context.CredentialAudit.Add(Audit(row, CredentialEvent.Removed, "ciphertext destroyed", now));
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                StorageLog.CredentialRemoved(_logger, row.Id);
                return true;
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CredentialSummary>> ListAsync(UserId owner, CancellationToken cancellationToken)
    {
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var rows = await context.Credentials.AsNoTracking().Where(c => c.UserId == owner.Value)
                .Join(context.ExchangeAccounts, c => c.ExchangeAccountId, a => a.Id, (c, a) => new { Credential = c, a.Label })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => CredentialRows.Summary(r.Credential, r.Label)).OrderBy(s => s.Exchange).ThenBy(s => s.AccountLabel, StringComparer.Ordinal)];
        }
    }

    /// <inheritdoc />
    public async Task<Result<CredentialSummary>> MarkStatusAsync(UserId owner, CredentialId id, CredentialStatus status, string? detail, string? permissionReportJson, CancellationToken cancellationToken)
    {
        var context = _database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var row = await context.Credentials.FirstOrDefaultAsync(c => c.Id == id.Value && c.UserId == owner.Value, cancellationToken).ConfigureAwait(false);
            if (row is null) return NotFound(id);
            var now = _time.GetUtcNow();
            row.Status = status.ToString();
            row.StatusDetail = detail;
            row.PermissionReportJson = permissionReportJson;
            row.LastCheckedAt = now;
            row.UpdatedAt = now;
            context.CredentialAudit.Add(Audit(row, CredentialEvent.Verified, $"status={status}" + (detail is null ? "" : $"; {detail}"), now));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            StorageLog.StatusMarked(_logger, row.Id, row.Status);
            var label = await context.ExchangeAccounts.Where(a => a.Id == row.ExchangeAccountId).Select(a => a.Label).FirstAsync(cancellationToken).ConfigureAwait(false);
            return CredentialRows.Summary(row, label);
        }
    }

    private CredentialEntity NewRow(CredentialBinding binding, Guid accountId, ExchangeCredential credential, DateTimeOffset now)
    {
        var sealedCredential = _cipher.Seal(credential, binding);
        return new CredentialEntity
        {
            Id = binding.Credential.Value,
            UserId = binding.Owner.Value,
            ExchangeAccountId = accountId,
            Exchange = binding.Exchange.Name(),
            Version = binding.Version,
            Kind = credential.Kind.ToString(),
            KeyHint = credential.KeyHint,
            MasterKeyId = _cipher.ActiveMasterKey.Value,
            WrappedKey = sealedCredential.WrappedKey,
            Ciphertext = sealedCredential.Ciphertext,
            Status = nameof(CredentialStatus.NotConnected),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Overwrites the blobs with zeros and saves (so the old bytes are gone even from a row image), then deletes the row.</summary>
    private static async Task DestroyAsync(QariDbContext context, CredentialEntity row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CredentialRows.Destroy(row);
        row.UpdatedAt = now;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.Credentials.Remove(row);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static CredentialAuditEntry Audit(CredentialEntity row, CredentialEvent what, string? detail, DateTimeOffset at) => new()
    {
        At = at,
        UserId = row.UserId,
        ExchangeAccountId = row.ExchangeAccountId,
        CredentialId = row.Id,
        Exchange = row.Exchange,
        Event = what.ToString(),
        Detail = detail,
    };

    private static Error NotFound(CredentialId id) => new(ErrorKind.NotFound, "storage.credential-not-found", $"credential {id} not found for this user.");
}
