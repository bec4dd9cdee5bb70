namespace Qari.Runtime.Tests.Grains;

/// <summary>A fact that runs only when <c>QARI_TEST_POSTGRES</c> names a PostgreSQL server (CI starts one and sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The environment variable holding the Npgsql connection string.</summary>
    public const string Variable = "QARI_TEST_POSTGRES";

    /// <summary>Skips with the reason when the variable is not set.</summary>
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"multi-node failover on PostgreSQL needs {Variable}=<Npgsql connection string>; not set, so only the in-process membership variant ran.";
    }
}
