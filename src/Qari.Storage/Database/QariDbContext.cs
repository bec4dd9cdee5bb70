using Microsoft.EntityFrameworkCore;
using Qari.Storage.Accounts;
using Qari.Storage.Credentials;

namespace Qari.Storage.Database;

/// <summary>
/// Qari's relational model. Each provider has its own subclass so each keeps its own migration set
/// (<see cref="SqliteQariDbContext"/>, <see cref="PostgresQariDbContext"/>).
/// </summary>
public abstract class QariDbContext : DbContext
{
    /// <summary>Used by the provider subclasses.</summary>
    protected QariDbContext(DbContextOptions options) : base(options) { }

    /// <summary>Users.</summary>
    public DbSet<UserEntity> Users => Set<UserEntity>();

    /// <summary>Connected exchange accounts.</summary>
    public DbSet<ExchangeAccountEntity> ExchangeAccounts => Set<ExchangeAccountEntity>();

    /// <summary>Encrypted credentials.</summary>
    public DbSet<CredentialEntity> Credentials => Set<CredentialEntity>();

    /// <summary>Append-only credential audit log.</summary>
    public DbSet<CredentialAuditEntry> CredentialAudit => Set<CredentialAuditEntry>();

    /// <summary>Refuses to save a change to or deletion of an audit entry: the log is append-only.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnly();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc cref="SaveChanges(bool)" />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserEntity>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id);
            user.Property(u => u.DisplayName).HasMaxLength(200);
        });
        modelBuilder.Entity<ExchangeAccountEntity>(account =>
        {
            account.ToTable("exchange_accounts");
            account.HasKey(a => a.Id);
            account.Property(a => a.Exchange).HasMaxLength(32);
            account.Property(a => a.Label).HasMaxLength(200);
            account.HasIndex(a => a.UserId);
            account.HasOne<UserEntity>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CredentialEntity>(credential =>
        {
            credential.ToTable("credentials");
            credential.HasKey(c => c.Id);
            credential.Property(c => c.Exchange).HasMaxLength(32);
            credential.Property(c => c.Kind).HasMaxLength(32);
            credential.Property(c => c.KeyHint).HasMaxLength(16);
            credential.Property(c => c.MasterKeyId).HasMaxLength(64);
            credential.Property(c => c.Status).HasMaxLength(32);
            credential.Property(c => c.StatusDetail).HasMaxLength(1000);
            credential.HasIndex(c => c.UserId);
            credential.HasIndex(c => c.ExchangeAccountId).IsUnique();
            credential.HasIndex(c => c.MasterKeyId);
            credential.HasOne<UserEntity>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
            credential.HasOne<ExchangeAccountEntity>().WithMany().HasForeignKey(c => c.ExchangeAccountId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CredentialAuditEntry>(audit =>
        {
            audit.ToTable("credential_audit");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).ValueGeneratedOnAdd();
            audit.Property(a => a.Exchange).HasMaxLength(32);
            audit.Property(a => a.Event).HasMaxLength(32);
            audit.Property(a => a.Detail).HasMaxLength(1000);
            audit.HasIndex(a => new { a.UserId, a.Id });
            audit.HasIndex(a => a.CredentialId);
        });
    }

    private void GuardAppendOnly()
    {
        if (ChangeTracker.Entries<CredentialAuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The credential audit log is append-only: entries cannot be changed or deleted.");
    }
}
