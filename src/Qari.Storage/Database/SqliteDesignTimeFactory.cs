using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qari.Storage.Database;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteQariDbContext</c> build the SQLite model.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteQariDbContext>
{
    public SqliteQariDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteQariDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
