using Npgsql;
using Qari.Runtime.Journal;

namespace Qari.Runtime.Tests.Journal;

public sealed class PostgresTimeoutsTests
{
    private const string Server = "Host=db.example;Database=qari;Username=qari;Password=secret-pw";

    [Fact]
    public void Bounded_TimeoutsSetToWaitForever_ReplacedByBoundedOnes()
    {
        var bounded = new NpgsqlConnectionStringBuilder(PostgresTimeouts.Bounded(Server + ";Timeout=0;Command Timeout=0;Cancellation Timeout=0"));

        Assert.Equal((PostgresTimeouts.ConnectSeconds, PostgresTimeouts.CommandSeconds, PostgresTimeouts.CancellationMilliseconds),
            (bounded.Timeout, bounded.CommandTimeout, bounded.CancellationTimeout));
        Assert.True(bounded.Timeout > 0 && bounded.CommandTimeout > 0 && bounded.CancellationTimeout > 0);
    }

    [Fact]
    public void Bounded_BoundedTimeoutsAndOtherSettings_KeptAsGiven()
    {
        var bounded = new NpgsqlConnectionStringBuilder(PostgresTimeouts.Bounded(Server + ";Timeout=3;Command Timeout=7;Cancellation Timeout=-1"));

        Assert.Equal((3, 7, -1), (bounded.Timeout, bounded.CommandTimeout, bounded.CancellationTimeout));
        Assert.Equal(("db.example", "qari", "qari", "secret-pw"), (bounded.Host, bounded.Database, bounded.Username, bounded.Password));
    }
}
