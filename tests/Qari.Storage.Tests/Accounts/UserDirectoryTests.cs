using Microsoft.Extensions.Time.Testing;
using Qari.Storage.Accounts;
using Qari.Storage.Database;

namespace Qari.Storage.Tests.Accounts;

public sealed class UserDirectoryTests
{
    [Fact]
    public async Task EnsureLocalUserAsync_CalledTwice_CreatesOneUserAndReturnsItAgain()
    {
        using var dir = new Support.TempDirectory();
        var database = QariDatabase.Sqlite(Path.Combine(dir.Path, "qari.db"));
        await database.MigrateAsync(CancellationToken.None);
        var users = new UserDirectory(database, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var first = await users.EnsureLocalUserAsync(CancellationToken.None);
        var second = await users.EnsureLocalUserAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal([first], await users.AllAsync(CancellationToken.None));
    }
}
