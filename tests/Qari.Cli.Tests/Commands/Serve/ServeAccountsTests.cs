using Microsoft.Data.Sqlite;
using Qari.Cli.Commands.Exchange;
using Qari.Cli.Commands.Serve;
using Qari.Cli.Tests.Crash;
using Qari.Simulator.Accounts;
using Qari.Vault.Tests.Support;

namespace Qari.Cli.Tests.Commands.Serve;

/// <summary>
/// <c>qari serve --accounts</c> end to end: keys connected with the real <c>qari keys add</c> against an accelerated
/// in-process simulator, serve run as a child process on the vault, and the simulator's own records read afterwards.
/// </summary>
public sealed class ServeAccountsTests
{
    private static readonly string[] Loopback = ["127.0.0.1", "::1"];
    private static readonly SimKey Alice = new("srvAliceKey1", "srv/Alice+Secret=0123456789abcdef~1", "alice", AllowedIps: Loopback);
    private static readonly SimKey Bob = new("srvBobKey002", "srv/Bob+Secret=0123456789abcdefgh~2", "bob", AllowedIps: Loopback);
    private static readonly SimKey Carol = new("srvCarolKey3", "srv/Carol+Secret=0123456789abcdef~3", "carol", AllowedIps: Loopback);
    private static readonly SimKey Dave = new("srvDaveKey04", "srv/Dave+Secret=0123456789abcdefg~4", "dave", AllowedIps: Loopback);
    private static readonly SimKey[] All = [Alice, Bob, Carol, Dave];

    [Fact]
    public async Task ServeAccounts_TwoConnectedKeys_BothTradeWithRestingStops_InvalidKeysSkippedOrMarked_NoSecretAnywhere()
    {
        await using var venue = await AccountsVenue.StartAsync(150, All);
        foreach (var (key, label) in new[] { (Alice, "alice"), (Bob, "bob"), (Carol, "carol"), (Dave, "dave") }) await venue.ConnectAsync(key, label);
        // Carol's key is revoked and re-verified: marked invalid before serve starts. Dave's is revoked without a
        // check: still "connected" in the vault, so the exchange refuses it while serve runs.
        await venue.Control.RevokeKeyAsync(Carol.KeyId);
        var verify = await venue.KeysAsync("", "keys", "verify", "--exchange", "binance", "--label", "carol", "--base-url", venue.Url);
        Assert.Equal(1, verify.Code);
        await venue.Control.RevokeKeyAsync(Dave.KeyId);
        var hook = Path.Combine(venue.Root, "candidates.json");
        await File.WriteAllTextAsync(hook, """{"symbols":["BTC/USDT"],"everyCycles":2,"target1":0.2,"target2":0.3}""");

        using var serve = ChildProcess.Start(venue.Root, "serve", "--accounts", "--data-dir", venue.DataDir, "--base-url", $"binance={venue.Url}",
            "--symbols", venue.SymbolList, "--test-candidates", hook, "--cycles", "6", "--clock-resync-ms", "0", "--health-port", "-1");
        Assert.True(await serve.WaitForExitAsync(TimeSpan.FromMinutes(4)), serve.Tail(60));
        var output = serve.Output;
        Assert.True(serve.ExitCode == 0, output);
        venue.Host.State.Pacer!.Paused = true;

        Assert.Contains("skip       binance/carol (key …Key3): not traded: invalid key", output, StringComparison.Ordinal);
        Assert.Contains("binance/dave", output, StringComparison.Ordinal);
        Assert.Contains("refused the key", output, StringComparison.Ordinal);
        Assert.Contains("stopped after 6 cycles", output, StringComparison.Ordinal);
        foreach (var account in new[] { "alice", "bob" })
        {
            var records = await VenueRecords.ReadAsync(venue.Http, account);
            var bought = records.Orders.Where(o => o.Side == "Buy").Sum(o => o.Executed) - records.Orders.Where(o => o.Side == "Sell").Sum(o => o.Executed);
            Assert.True(bought > 0m, $"{account} holds nothing:\n{serve.Tail(80)}");
            var stops = records.Orders.Where(o => o.IsOpen && o.Side == "Sell" && o.StopPrice is not null).ToList();
            Assert.True(stops.Count == 1, $"{account}: {stops.Count} resting stops\n{serve.Tail(80)}");
            Assert.InRange(stops[0].StopPrice!.Value, records.LastPrices["BTC/USDT"] * 0.6m, records.LastPrices["BTC/USDT"] * 0.95m);
        }
        foreach (var account in new[] { "carol", "dave" })
            Assert.Empty((await VenueRecords.ReadAsync(venue.Http, account)).Orders);
        var list = await venue.KeysAsync("", "keys", "list");
        Assert.Matches(@"binance\s+dave\s+…Key04\s+Invalid|binance\s+dave\s+\S+\s+Invalid", list.Output);
        Assert.Matches(@"binance\s+alice\s+\S+\s+Connected", list.Output);

        SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(venue.DataDir, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("qari.db", StringComparison.Ordinal));
        var transcript = string.Join("\n", venue.Transcript);
        foreach (var key in All)
        {
            Assert.Empty(SecretForms.FoundIn(key.Secret, output));
            Assert.Empty(SecretForms.FoundIn(key.Secret, transcript));
            Assert.Empty(SecretForms.FoundIn(key.Secret, venue.Logs.AllText));
            foreach (var file in files) Assert.Empty(SecretForms.FoundIn(key.Secret, await File.ReadAllBytesAsync(file)));
        }
    }

    [Fact]
    public async Task ServeAccounts_NoVault_ExitTwoWithWhatToDo_AndCreatesNothing()
    {
        var dir = Path.Combine(Path.GetTempPath(), "qari-novault-" + Guid.NewGuid().ToString("N"));

        var (code, _, error) = await RunAsync([], "--accounts", "--data-dir", dir, "--health-port", "-1");

        Assert.Equal(2, code);
        Assert.Contains("no key vault", error, StringComparison.Ordinal);
        Assert.Contains("qari keys add", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public async Task ServeAccounts_VaultWithoutMasterKeyOrAccounts_ExitTwoWithTheReason()
    {
        await using var venue = await AccountsVenue.StartAsync(60_000, Alice);
        var list = await venue.KeysAsync("", "keys", "list");
        Assert.Equal(0, list.Code);

        var empty = await RunAsync([], "--accounts", "--data-dir", venue.DataDir, "--health-port", "-1");
        Assert.Equal(2, empty.Code);
        Assert.Contains("no connected account", empty.Error, StringComparison.Ordinal);

        await venue.ConnectAsync(Alice, "alice");
        File.Move(Path.Combine(venue.DataDir, "master.key"), Path.Combine(venue.Root, "master.key.moved"));
        var noKey = await RunAsync([], "--accounts", "--data-dir", venue.DataDir, "--health-port", "-1");
        Assert.Equal(2, noKey.Code);
        Assert.Contains("no master key", noKey.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(venue.DataDir, "master.key")));
        Assert.Empty(SecretForms.FoundIn(Alice.Secret, noKey.Out + noKey.Error));
    }

    [Theory]
    [InlineData("binance", "expected EXCHANGE=URL")]
    [InlineData("nosuch=http://127.0.0.1:1", "expected EXCHANGE=URL")]
    [InlineData("binance=ftp://127.0.0.1:1", "not an http(s) URL")]
    public async Task ServeAccounts_BadBaseUrl_ExitTwoWithTheReason(string value, string reason)
    {
        var (code, _, error) = await RunAsync([], "--accounts", "--base-url", value, "--health-port", "-1");

        Assert.Equal(2, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeAccounts_WithExchangeUrl_RefusesTheMix()
    {
        var (code, _, error) = await RunAsync([], "--accounts", "--exchange-url", "http://127.0.0.1:1", "--health-port", "-1");

        Assert.Equal(2, code);
        Assert.Contains("--base-url EXCHANGE=URL", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(Dictionary<string, string?> env, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(""), InputRedirected: true, name => env.GetValueOrDefault(name));
        var code = await ServeCommand.Create(console).Parse(args).InvokeAsync();
        return (code, output.ToString(), error.ToString());
    }
}
