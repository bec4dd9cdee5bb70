namespace Qari.Cli.Tests.Commands.Serve;

/// <summary>A fact that runs only when <c>QARI_TEST_POSTGRES</c> names a PostgreSQL server (CI starts one and sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The environment variable holding the Npgsql connection string (a user who may CREATE DATABASE).</summary>
    public const string Variable = "QARI_TEST_POSTGRES";

    /// <summary>Skips with the reason when the variable is not set.</summary>
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"needs a real PostgreSQL: {Variable}=<Npgsql connection string of a user who may CREATE DATABASE> (CI sets it; .ci/start-postgres starts one and prints it); not set.";
    }
}
