using Microsoft.Data.Sqlite;
using Qari.Cli.Tests.Commands.Serve;
using Qari.Simulator.Accounts;
using Qari.Vault.Tests.Support;

namespace Qari.Cli.Tests.Commands.Keys;

/// <summary>The keys and vault commands end to end: real simulator over loopback HTTP, real SQLite file, real key file.</summary>
public sealed class KeysCommandTests
{
    private static readonly string[] Loopback = ["127.0.0.1", "::1"];
    private static readonly SimKey Good = new("cliGoodKey1", "cli/Good+Secret=0123456789abcdef~1", "acct", AllowedIps: Loopback);
    private static readonly SimKey Second = new("cliGoodKey2", "cli/Second+Secret=0123456789abcd~2", "acct", AllowedIps: Loopback);
    private static readonly SimKey Open = new("cliOpenKey1", "cli/Open+Secret=0123456789abcdef~3", "acct");
    private static readonly SimKey Withdraw = new("cliWithdraw1", "cli/Withdraw+Secret=0123456789ab~4", "acct", Withdraw: true, AllowedIps: Loopback);
    private static readonly SimKey Revoked = new("cliRevoked1", "cli/Revoked+Secret=0123456789abc~5", "acct", AllowedIps: Loopback, Revoked: true);
    private static readonly SimKey[] All = [Good, Second, Open, Withdraw, Revoked];

    private static string Stdin(SimKey key) => key.KeyId + "\n" + key.Secret + "\n";

    [Fact]
    public async Task KeysLifecycle_ThroughTheCli_WorksAndNoSecretInDatabaseLogsOutputOrExceptions()
    {
        await using var cli = await KeysCli.StartAsync(All);
        cli.SetEnvironment("Qari__EgressIp", "198.51.100.77");
        string[] binance = ["--exchange", "binance", "--base-url", cli.Url];

        var add = await cli.RunAsync(Stdin(Good), ["keys", "add", .. binance, "--label", "main"]);
        Assert.Equal(0, add.Code);
        Assert.Contains("CONNECTED", add.Output, StringComparison.Ordinal);
        Assert.Contains("key        …Key1", add.Output, StringComparison.Ordinal);

        var refused = await cli.RunAsync(Stdin(Withdraw), ["keys", "add", .. binance, "--label", "wd"]);
        Assert.Equal(3, refused.Code);
        Assert.Contains("switch off: withdrawals", refused.Output, StringComparison.Ordinal);

        var open = await cli.RunAsync(Stdin(Open), ["keys", "add", .. binance, "--label", "open"]);
        Assert.Equal(0, open.Code);
        Assert.Contains("restrict it to this IP: 198.51.100.77", open.Output, StringComparison.Ordinal);

        var revoked = await cli.RunAsync(Stdin(Revoked), ["keys", "add", .. binance, "--label", "rv"]);
        Assert.Equal(1, revoked.Code);
        Assert.Contains("rejected this key", revoked.Output, StringComparison.Ordinal);

        var asArgument = await cli.RunAsync("", ["keys", "add", .. binance, "--label", "arg", "--key", Good.KeyId, "--secret", Good.Secret]);
        Assert.Equal(2, asArgument.Code);
        Assert.Contains("never taken from arguments", asArgument.Output, StringComparison.Ordinal);

        await cli.Control.RevokeKeyAsync(Good.KeyId);
        var verify = await cli.RunAsync("", ["keys", "verify", .. binance]);
        Assert.Equal(1, verify.Code);

        var list = await cli.RunAsync("", ["keys", "list"]);
        Assert.Equal(0, list.Code);
        Assert.Matches(@"binance\s+main\s+…Key1\s+Invalid", list.Output);
        Assert.Matches(@"binance\s+open\s+…Key1\s+Connected", list.Output);
        Assert.DoesNotContain("wd", list.Output.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1)));

        var replace = await cli.RunAsync(Second.Secret + "\n", ["keys", "replace", .. binance, "--label", "main", "--key", Second.KeyId]);
        Assert.Equal(0, replace.Code);
        Assert.Contains("its ciphertext is destroyed", replace.Output, StringComparison.Ordinal);

        var rotate = await cli.RunAsync("", ["vault", "rotate-master-key"]);
        Assert.Equal(0, rotate.Code);
        var reverify = await cli.RunAsync("", ["keys", "verify", .. binance]);
        Assert.Equal(0, reverify.Code);

        var remove = await cli.RunAsync("", ["keys", "remove", "--exchange", "binance", "--label", "open"]);
        Assert.Equal(0, remove.Code);

        SqliteConnection.ClearAllPools();
        var database = await File.ReadAllBytesAsync(Path.Combine(cli.DataDir, "qari.db"));
        var transcript = string.Join("\n", cli.Transcript);
        Assert.NotEmpty(cli.Logs.Entries);
        Assert.Contains(cli.Logs.Entries, e => e.StartsWith("Trace", StringComparison.Ordinal));
        foreach (var key in All)
        {
            Assert.Empty(SecretForms.FoundIn(key.Secret, database));
            Assert.Empty(SecretForms.FoundIn(key.Secret, cli.Logs.AllText));
            Assert.Empty(SecretForms.FoundIn(key.Secret, transcript));
        }
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(cli.DataDir, "master.key")));
    }

    [Fact]
    public async Task VaultRotateMasterKey_TwoStoredKeys_AllRewrappedAndStillVerifyAgainstTheSimulator()
    {
        await using var cli = await KeysCli.StartAsync(All);
        string[] binance = ["--exchange", "binance", "--base-url", cli.Url];
        Assert.Equal(0, (await cli.RunAsync(Stdin(Good), ["keys", "add", .. binance, "--label", "a"])).Code);
        Assert.Equal(0, (await cli.RunAsync(Stdin(Second), ["keys", "add", .. binance, "--label", "b"])).Code);
        var keyFile = Path.Combine(cli.DataDir, "master.key");
        Assert.Single(File.ReadAllLines(keyFile));

        var rotate = await cli.RunAsync("", ["vault", "rotate-master-key"]);

        Assert.Equal(0, rotate.Code);
        Assert.Contains("2 data key(s) rewrapped", rotate.Output, StringComparison.Ordinal);
        Assert.Contains("Complete.", rotate.Output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(keyFile).Length);
        var verify = await cli.RunAsync("", ["keys", "verify", .. binance]);
        Assert.Equal(0, verify.Code);
        Assert.Equal(2, verify.Output.Split('\n').Count(l => l.StartsWith("CONNECTED", StringComparison.Ordinal)));
        var newKey = rotate.Output.Split("Rotation to master key ")[1].Split(':')[0];
        Assert.Equal(2, verify.Output.Split('\n').Count(l => l.Contains("under master key " + newKey, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task VaultRotateMasterKey_RerunAfterCrashBeforeRewrap_CompletesWithoutAddingAnotherKey()
    {
        await using var cli = await KeysCli.StartAsync(All);
        Assert.Equal(0, (await cli.RunAsync(Stdin(Good), ["keys", "add", "--exchange", "binance", "--base-url", cli.Url])).Code);
        var keyFile = new Qari.Vault.MasterKeys.FileMasterKeyProvider(Path.Combine(cli.DataDir, "master.key"));
        // What a crash right after the new key was written leaves: a new active key, every credential still under the old one.
        var added = keyFile.AddActiveKey().Value;

        var rotate = await cli.RunAsync("", ["vault", "rotate-master-key"]);

        Assert.Equal(0, rotate.Code);
        Assert.Contains($"Rotation to master key {added}: 1 data key(s) rewrapped", rotate.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("New active master key", rotate.Output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(keyFile.Path).Length);
        Assert.Equal(0, (await cli.RunAsync("", ["keys", "verify", "--exchange", "binance", "--base-url", cli.Url])).Code);
    }

    [Fact]
    public async Task KeysAdd_PassphraseOrSecretMissing_RefusedAndNothingStored()
    {
        await using var cli = await KeysCli.StartAsync(All);

        var result = await cli.RunAsync(Good.KeyId + "\n", ["keys", "add", "--exchange", "binance", "--base-url", cli.Url]);
        var list = await cli.RunAsync("", ["keys", "list"]);

        Assert.Equal(2, result.Code);
        Assert.Contains("No secret", result.Output, StringComparison.Ordinal);
        Assert.Contains("No keys stored", list.Output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task KeysLifecycle_OnClusterPostgres_KeysInPostgresNotSqlite_CiphertextOnly()
    {
        await using var postgres = await ScratchPostgres.CreateAsync("qari_keyscli_");
        await using var cli = await KeysCli.StartAsync(All);
        cli.SetEnvironment("QARI_CLUSTER_POSTGRES", postgres.ConnectionString);
        string[] binance = ["--exchange", "binance", "--base-url", cli.Url];

        var add = await cli.RunAsync(Stdin(Good), ["keys", "add", .. binance, "--label", "main"]);
        Assert.True(add.Code == 0, add.Output);
        var verify = await cli.RunAsync("", ["keys", "verify", .. binance, "--label", "main"]);
        Assert.True(verify.Code == 0, verify.Output);
        var list = await cli.RunAsync("", "keys", "list");
        Assert.Matches(@"binance\s+main\s+\S+\s+Connected", list.Output);

        Assert.False(File.Exists(Path.Combine(cli.DataDir, "qari.db")), "the vault went to SQLite");
        var rows = await postgres.DumpAsync("credentials");
        Assert.Single(rows.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(SecretForms.FoundIn(Good.Secret, rows + await postgres.DumpAsync("credential_audit")));
        Assert.Empty(SecretForms.FoundIn(Good.Secret, string.Join("\n", cli.Transcript) + cli.Logs.AllText));

        // Rotation rewraps the rows in PostgreSQL; the key still verifies with the new master key.
        var before = await postgres.DumpAsync("credentials");
        var rotate = await cli.RunAsync("", "vault", "rotate-master-key");
        Assert.True(rotate.Code == 0, rotate.Output);
        Assert.NotEqual(before, await postgres.DumpAsync("credentials"));
        var again = await cli.RunAsync("", ["keys", "verify", .. binance, "--label", "main"]);
        Assert.True(again.Code == 0, again.Output);

        var remove = await cli.RunAsync("", ["keys", "remove", "--exchange", "binance", "--label", "main"]);
        Assert.True(remove.Code == 0, remove.Output);
        Assert.Equal("", await postgres.DumpAsync("credentials"));
    }

    [Fact]
    public async Task KeysList_ClusterPostgresUnreachable_ExitOneNamingTheServerNotThePassword()
    {
        const string password = "pg-keys-Pa55-never-shown";
        await using var cli = await KeysCli.StartAsync(Good);
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        cli.SetEnvironment("QARI_CLUSTER_POSTGRES", $"Host=127.0.0.1;Port={port};Database=qari;Username=qari;Password={password};Timeout=3");

        var list = await cli.RunAsync("", "keys", "list");

        Assert.Equal(1, list.Code);
        Assert.Contains("Cannot open the key vault", list.Output, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port} (from QARI_CLUSTER_POSTGRES)", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, list.Output + cli.Logs.AllText, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.DataDir, "qari.db")));
    }
}
