namespace Qari.Storage.Tests.Postgres;

/// <summary>A theory that runs only when <c>QARI_TEST_POSTGRES</c> is set (see <see cref="PostgresFactAttribute"/>).</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (string.IsNullOrWhiteSpace(PostgresDatabases.AdminConnectionString))
            Skip = "PostgreSQL tests need QARI_TEST_POSTGRES=<connection string of a server where the user may CREATE DATABASE>; not set.";
    }
}
