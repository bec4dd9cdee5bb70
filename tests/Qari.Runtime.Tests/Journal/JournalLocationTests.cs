using Microsoft.Data.Sqlite;
using Qari.Runtime.Journal;

namespace Qari.Runtime.Tests.Journal;

public sealed class JournalLocationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-location-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("journal-db", "cluster-db", "journal-db")]
    [InlineData(null, "cluster-db", "cluster-db")]
    [InlineData("", "cluster-db", "cluster-db")]
    [InlineData(null, null, null)]
    public void FromEnvironment_JournalVariableThenClusterVariable_PicksThePostgres(string? journal, string? cluster, string? expected)
    {
        var env = new Dictionary<string, string?> { [JournalLocation.PostgresVariable] = journal, [JournalLocation.ClusterVariable] = cluster };

        var location = JournalLocation.FromEnvironment(_dir, v => env.GetValueOrDefault(v));

        Assert.Equal(expected, location.PostgresConnectionString);
        Assert.Equal(expected is not null, location.IsPostgres);
    }

    [Fact]
    public void ToString_WithPostgres_NeverShowsTheConnectionString()
    {
        var location = new JournalLocation(_dir, "Host=db;Password=hunter2-secret");

        Assert.DoesNotContain("hunter2", location.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", $"{location}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_WithoutPostgres_WritesTheSqliteFileStatusReads()
    {
        var location = JournalLocation.FromEnvironment(_dir, _ => null);
        var account = JournalContractTests.NewAccount();
        using (var journal = await location.OpenAsync(5, CancellationToken.None))
        {
            Assert.IsType<JournalStore>(journal);
            journal.Snapshot(JournalContractTests.Snapshot(account, "sqlite", []));
        }

        var status = await location.ReadStatusAsync(CancellationToken.None);

        Assert.True(status.IsSuccess, status.Error?.Message);
        Assert.Equal("sqlite", Assert.Single(status.Value).Name);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
