using Npgsql;
using Qari.Runtime.Hosting;
using Qari.Runtime.Tests.Grains;

namespace Qari.Runtime.Tests.Hosting;

public sealed class PostgresSchemaTests
{
    // The query keys Microsoft.Orleans.Clustering.AdoNet and .Reminders.AdoNet 10.4.2 read from OrleansQuery.
    private static readonly string[] Required =
    [
        "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "MembershipReadRowKey",
        "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey", "CleanupDefunctSiloEntriesKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [PostgresFact]
    public async Task EnsureAsync_Twice_InstallsOnceAndProvidesEveryQueryOrleansReads()
    {
        var cs = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        await PostgresSchema.EnsureAsync(cs, CancellationToken.None);
        var again = await PostgresSchema.EnsureAsync(cs, CancellationToken.None);

        Assert.Empty(again);
        await using var db = new NpgsqlConnection(cs);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT querykey FROM orleansquery", db);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        Assert.All(Required, k => Assert.Contains(k, keys));
    }

    [Fact]
    public void Read_EveryScript_IsEmbedded()
    {
        foreach (var script in new[] { "PostgreSQL-Main.sql", "PostgreSQL-Clustering.sql", "PostgreSQL-Reminders.sql" })
            Assert.Contains("CREATE TABLE", PostgresSchema.Read(script), StringComparison.Ordinal);
    }
}
