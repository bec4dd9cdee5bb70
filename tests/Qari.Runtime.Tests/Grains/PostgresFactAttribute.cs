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
            Skip = $"needs a real PostgreSQL: {Variable}=<Npgsql connection string> (CI sets it; .ci/start-postgres starts one and prints it); not set, so only the SQLite / in-process variants ran.";
    }
}
