using Microsoft.EntityFrameworkCore;
using Qari.Storage.Database;
using Qari.Storage.Tests.Support;

namespace Qari.Storage.Tests.Database;

public sealed class QariDatabaseTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Migrations_EachProvider_MatchTheModel(DatabaseProvider provider)
    {
        var database = provider == DatabaseProvider.Sqlite
            ? QariDatabase.Sqlite(Path.Combine(_directory.Path, "model.db"))
            : new QariDatabase(provider, "Host=127.0.0.1;Database=unused");
        using var context = database.CreateContext();
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{provider}: the model changed without a migration (run dotnet ef migrations add)");
    }

    [Fact]
    public async Task Migrate_NewSqliteFile_CreatesTablesWithSecureDelete()
    {
        var database = QariDatabase.Sqlite(Path.Combine(_directory.Path, "new.db"));
        await database.MigrateAsync(CancellationToken.None);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Credentials.CountAsync());
        await context.Database.OpenConnectionAsync();
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA secure_delete;";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
