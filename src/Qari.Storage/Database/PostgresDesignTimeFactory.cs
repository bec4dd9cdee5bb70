using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qari.Storage.Database;

/// <summary>Lets <c>dotnet ef migrations add ... --context PostgresQariDbContext</c> build the PostgreSQL model (no connection is opened).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresQariDbContext>
{
    public PostgresQariDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresQariDbContext>().UseNpgsql("Host=localhost;Database=qari_design").Options);
}
