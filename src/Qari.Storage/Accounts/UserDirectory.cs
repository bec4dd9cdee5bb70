using Microsoft.EntityFrameworkCore;
using Qari.Model.Ids;
using Qari.Storage.Database;

namespace Qari.Storage.Accounts;

/// <summary>Users as the credential jobs need them: the self-hosted install's one local user, and every user for re-verification.</summary>
public sealed class UserDirectory(QariDatabase database, TimeProvider time)
{
    /// <summary>Display name of the user a self-hosted single-user install creates on first use.</summary>
    public const string LocalUserName = "local";

    /// <summary>The local user, created on first use (the oldest user named <see cref="LocalUserName"/>).</summary>
    public async Task<UserId> EnsureLocalUserAsync(CancellationToken cancellationToken)
    {
        var context = database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            // SQLite cannot order by DateTimeOffset, so the (few) rows are ordered here.
            var existing = await context.Users.AsNoTracking().Where(u => u.DisplayName == LocalUserName).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (existing.Count > 0) return new UserId(existing.OrderBy(u => u.CreatedAt).ThenBy(u => u.Id).First().Id);
            var user = new UserEntity { Id = Guid.NewGuid(), DisplayName = LocalUserName, CreatedAt = time.GetUtcNow() };
            context.Users.Add(user);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new UserId(user.Id);
        }
    }

    /// <summary>Every user id, oldest first.</summary>
    public async Task<IReadOnlyList<UserId>> AllAsync(CancellationToken cancellationToken)
    {
        var context = database.CreateContext();
        await using (context.ConfigureAwait(false))
        {
            var users = await context.Users.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. users.OrderBy(u => u.CreatedAt).ThenBy(u => u.Id).Select(u => new UserId(u.Id))];
        }
    }
}
