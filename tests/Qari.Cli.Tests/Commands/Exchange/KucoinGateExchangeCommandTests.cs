using Qari.Cli.Commands.Exchange;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Cli.Tests.Commands.Exchange;

/// <summary><c>qari exchange … --exchange kucoin|gate</c> against an in-process simulator (the demo key has the empty passphrase).</summary>
public sealed class KucoinGateExchangeCommandTests : IAsyncLifetime
{
    private static readonly SimKey Withdrawer = new("withdrawKey2", "withdraw-secret-ghijkl", DemoSeed.AccountId, Withdraw: true);
    private SimulatorHost _host = null!;

    public async Task InitializeAsync()
    {
        var seed = DemoSeed.Create();
        seed = seed with
        {
            Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m)],
            Accounts = [seed.Accounts[0] with { Keys = [.. seed.Accounts[0].Keys, Withdrawer] }],
        };
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed })).Value;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(int Code, string Out, string Err)> RunAsync(string exchange, string args, string key = DemoSeed.KeyId, string secret = DemoSeed.Secret)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new Dictionary<string, string?> { ["QARI_API_KEY"] = key, ["QARI_API_SECRET"] = secret };
        var console = new CliConsole(output, error, new StringReader(""), InputRedirected: true, name => env.GetValueOrDefault(name));
        var all = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(["--exchange", exchange, "--base-url", _host.BaseUrl.ToString()]).ToArray();
        var code = await ExchangeCommand.Create(console).Parse(all).InvokeAsync();
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("kucoin")]
    [InlineData("gate")]
    public async Task Verify_DemoKey_ReportsSpotTradeAndIpLimit(string exchange)
    {
        var (code, output, error) = await RunAsync(exchange, "verify");

        Assert.Equal(0, code);
        Assert.Contains("spot trade yes", output, StringComparison.Ordinal);
        Assert.Contains("withdraw   no", output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoSeed.Secret, output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kucoin")]
    [InlineData("gate")]
    public async Task Verify_KeyThatCanWithdraw_IsRefused(string exchange)
    {
        var (code, output, _) = await RunAsync(exchange, "verify", Withdrawer.KeyId, Withdrawer.Secret);

        Assert.Equal(3, code);
        Assert.Contains("REFUSED", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kucoin")]
    [InlineData("gate")]
    public async Task OrderPlace_MarketBuyByQuote_Fills(string exchange)
    {
        var (code, output, _) = await RunAsync(exchange, "order place --symbol BTC/USDT --side buy --type market --quote-amount 100 --client-id cliMkt1");

        Assert.Equal(0, code);
        Assert.Contains("Buy Market BTC/USDT Filled", output, StringComparison.Ordinal);
    }
}
