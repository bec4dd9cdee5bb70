namespace Qari.Storage.Tests.Postgres;

/// <summary>A fact that runs only when <c>QARI_TEST_POSTGRES</c> holds a PostgreSQL connection string (CI sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(PostgresDatabases.AdminConnectionString))
            Skip = "PostgreSQL tests need QARI_TEST_POSTGRES=<connection string of a server where the user may CREATE DATABASE>; not set.";
    }
}
