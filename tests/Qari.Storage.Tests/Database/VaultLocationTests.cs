using System.Net;
using System.Net.Sockets;
using Npgsql;
using Qari.Model.Ids;
using Qari.Storage.Accounts;
using Qari.Storage.Credentials;
using Qari.Storage.Database;
using Qari.Storage.Tests.Postgres;
using Qari.Vault;
using Qari.Vault.MasterKeys;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Database;

/// <summary>
/// Where the vault is (SQLite in the data directory by default, PostgreSQL from the environment) and opening it on
/// PostgreSQL as several nodes do: the same keys on every node, ciphertext only in the tables, the master key still
/// each node's own, the schema installed once when nodes start together, and errors that say where without the password.
/// </summary>
public sealed class VaultLocationTests : IDisposable
{
    private const string DatabasePassword = "pg-Pa55word-never-shown";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void FromEnvironment_NothingSet_SqliteInTheDataDirectory()
    {
        var location = VaultLocation.FromEnvironment(_directory.Path, _ => null);

        Assert.False(location.IsPostgres);
        Assert.Equal(Path.Combine(_directory.Path, "qari.db"), location.SqlitePath);
        Assert.Equal(DatabaseProvider.Sqlite, location.Database().Provider);
        Assert.False(location.Exists);
    }

    [Fact]
    public void FromEnvironment_VaultVariableBeforeClusterVariable_NamedWithoutPassword()
    {
        var env = new Dictionary<string, string>
        {
            [VaultLocation.ClusterVariable] = $"Host=cluster.example;Database=cluster;Username=u;Password={DatabasePassword}",
            [VaultLocation.PostgresVariable] = $"Host=vault.example;Port=6543;Database=keys;Username=u;Password={DatabasePassword}",
        };

        var vault = VaultLocation.FromEnvironment(_directory.Path, n => env.GetValueOrDefault(n));
        env.Remove(VaultLocation.PostgresVariable);
        var cluster = VaultLocation.FromEnvironment(_directory.Path, n => env.GetValueOrDefault(n));

        Assert.True(vault.IsPostgres);
        Assert.Equal(DatabaseProvider.PostgreSql, vault.Database().Provider);
        Assert.Equal("PostgreSQL database 'keys' on vault.example:6543 (from QARI_VAULT_POSTGRES)", vault.ToString());
        Assert.Equal("PostgreSQL database 'cluster' on cluster.example:5432 (from QARI_CLUSTER_POSTGRES)", cluster.ToString());
        Assert.DoesNotContain(DatabasePassword, vault.ToString() + cluster.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_PostgresUnreachable_ErrorNamesServerAndSettingNotPassword()
    {
        var port = UnusedPort();
        var location = new VaultLocation(_directory.Path, $"Host=127.0.0.1;Port={port};Database=qari;Username=qari;Password={DatabasePassword};Timeout=3",
            VaultLocation.ClusterVariable);

        var opened = await location.OpenAsync(null, CancellationToken.None);

        Assert.False(opened.IsSuccess);
        Assert.Equal("vault.postgres-unreachable", opened.Error!.Code);
        Assert.Contains($"127.0.0.1:{port}", opened.Error.Message, StringComparison.Ordinal);
        Assert.Contains(VaultLocation.ClusterVariable, opened.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DatabasePassword, opened.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_MalformedConnectionString_ErrorDoesNotQuoteIt()
    {
        var location = new VaultLocation(_directory.Path, $"Host=x;NoSuchKeyword={DatabasePassword}", VaultLocation.PostgresVariable);

        var opened = await location.OpenAsync(null, CancellationToken.None);

        Assert.Equal("vault.postgres-config", opened.Error!.Code);
        Assert.Contains(VaultLocation.PostgresVariable, opened.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DatabasePassword, opened.Error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task OpenAsync_WrongDatabasePassword_RefusedWithoutQuotingIt()
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresDatabases.AdminConnectionString) { Password = DatabasePassword, Pooling = false };
        var location = new VaultLocation(_directory.Path, admin.ConnectionString, VaultLocation.ClusterVariable);

        var opened = await location.OpenAsync(null, CancellationToken.None);

        Assert.False(opened.IsSuccess);
        Assert.StartsWith("vault.postgres", opened.Error!.Code, StringComparison.Ordinal);
        Assert.Contains($"{admin.Host}:{admin.Port}", opened.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DatabasePassword, opened.Error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task OpenAsync_TwoNodesOnePostgres_SameKeyRoundTrips_OnlyCiphertextStored_WrongMasterKeyRefused()
    {
        await using var server = await ScratchDatabase.CreateAsync();
        var env = new Dictionary<string, string> { [VaultLocation.ClusterVariable] = server.ConnectionString };
        var masterKey = Keys(TestKeys.KeyBase64(7));

        // Node A connects the key.
        var nodeA = VaultLocation.FromEnvironment(Path.Combine(_directory.Path, "a"), n => env.GetValueOrDefault(n));
        var databaseA = (await nodeA.OpenAsync(null, CancellationToken.None)).Value;
        var owner = await new UserDirectory(databaseA, TimeProvider.System).EnsureLocalUserAsync(CancellationToken.None);
        Qari.Vault.Credentials.CredentialId id;
        using (var vault = (await CredentialVault.OpenAsync(databaseA, masterKey, TimeProvider.System, null, CancellationToken.None)).Value)
        using (var credential = TestKeys.Credential())
            id = (await vault.Store.AddAsync(owner, ExchangeId.Okx, "main", credential, CancellationToken.None)).Value.Id;

        // Node B, another data directory (no SQLite file anywhere), the same master key: reads and decrypts it.
        var nodeB = VaultLocation.FromEnvironment(Path.Combine(_directory.Path, "b"), n => env.GetValueOrDefault(n));
        var databaseB = (await nodeB.OpenAsync(null, CancellationToken.None)).Value;
        using (var vault = (await CredentialVault.OpenAsync(databaseB, masterKey, TimeProvider.System, null, CancellationToken.None)).Value)
        {
            Assert.Equal([owner], await new UserDirectory(databaseB, TimeProvider.System).AllAsync(CancellationToken.None));
            var listed = Assert.Single(await vault.Store.ListAsync(owner, CancellationToken.None));
            Assert.Equal(id, listed.Id);
            var handle = (await vault.Store.GetForUseAsync(owner, id, CancellationToken.None)).Value;
            var read = handle.Use(view => TestKeys.Read(view));
            Assert.Equal((TestKeys.ApiKey, TestKeys.Secret, TestKeys.Passphrase), (read.Value.Key, read.Value.Secret, read.Value.Passphrase));
        }
        Assert.False(File.Exists(nodeA.SqlitePath));
        Assert.False(File.Exists(nodeB.SqlitePath));

        // The table holds sealed blobs only: no part of the credential in any encoding, in any table.
        var rows = await server.DumpAsync("credentials", "users", "exchange_accounts", "credential_audit");
        Assert.Contains("\"Ciphertext\":\"\\\\x5143", rows, StringComparison.Ordinal);
        foreach (var secret in new[] { TestKeys.Secret, TestKeys.Passphrase, TestKeys.ApiKey })
            Assert.Empty(SecretForms.FoundIn(secret, rows));

        // A node configured with another master key is refused at start, naming the key ids, and changes nothing.
        var wrong = await CredentialVault.OpenAsync(databaseB, Keys(TestKeys.KeyBase64(8)), TimeProvider.System, null, CancellationToken.None);
        Assert.True(wrong.Error.Is(VaultErrorCode.MasterKeyMismatch), wrong.Error?.ToString());
        using (var expected = TestKeys.Key(7)) Assert.Contains(expected.Id.Value, wrong.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.KeyBase64(7), wrong.Error.Message, StringComparison.Ordinal);
        Assert.Equal(rows, await server.DumpAsync("credentials", "users", "exchange_accounts", "credential_audit"));
    }

    [PostgresFact]
    public async Task OpenAsync_NodesStartingTogether_SchemaInstalledOnce()
    {
        await using var server = await ScratchDatabase.CreateAsync();
        var locations = Enumerable.Range(0, 4).Select(i => new VaultLocation(Path.Combine(_directory.Path, $"n{i}"), server.ConnectionString, VaultLocation.ClusterVariable));

        var opened = await Task.WhenAll(locations.Select(l => l.OpenAsync(null, CancellationToken.None)));

        Assert.All(opened, o => Assert.True(o.IsSuccess, o.Error?.Message));
        var history = await server.DumpAsync("__EFMigrationsHistory");
        var applied = history.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await using var context = opened[0].Value.CreateContext();
        Assert.Equal(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(context.Database).Count(), applied.Length);
    }

    [PostgresFact]
    public async Task OpenAsync_SchemaMissingAndUserMayNotCreateIt_SaysSoWithoutPassword()
    {
        await using var server = await ScratchDatabase.CreateAsync();
        var role = "qari_vault_ro_" + Guid.NewGuid().ToString("N")[..12];
        await server.ExecuteAsync($"CREATE ROLE {role} LOGIN PASSWORD '{DatabasePassword}'; REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        try
        {
            var limited = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = role, Password = DatabasePassword, Pooling = false };
            var location = new VaultLocation(_directory.Path, limited.ConnectionString, VaultLocation.ClusterVariable);

            var opened = await location.OpenAsync(null, CancellationToken.None);

            Assert.False(opened.IsSuccess);
            Assert.Equal("vault.postgres-schema", opened.Error!.Code);
            Assert.Contains("cannot install the key vault's tables", opened.Error.Message, StringComparison.Ordinal);
            Assert.Contains($"on {limited.Host}:{limited.Port} (from {VaultLocation.ClusterVariable})", opened.Error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(DatabasePassword, opened.Error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await server.ExecuteAsync($"DROP OWNED BY {role}; DROP ROLE {role}");
        }
    }

    private static IMasterKeyProvider Keys(string activeBase64) =>
        new EnvironmentMasterKeyProvider(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? activeBase64 : null);

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
