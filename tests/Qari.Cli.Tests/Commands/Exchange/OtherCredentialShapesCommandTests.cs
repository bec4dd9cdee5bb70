using Qari.Cli.Commands.Exchange;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Cli.Tests.Commands.Exchange;

/// <summary>
/// <c>qari exchange verify|order place|balances</c> for the exchanges whose keys are not key + secret: Bitget
/// (passphrase), Kraken (base64 secret) and Coinbase (CDP key name + EC PEM), with the simulator's demo keys.
/// </summary>
public sealed class OtherCredentialShapesCommandTests : IAsyncLifetime
{
    private SimulatorHost _host = null!;

    public async Task InitializeAsync()
    {
        var seed = DemoSeed.Create() with { Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m)] };
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed })).Value;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static (string Key, string Secret, string? Passphrase) Demo(string exchange) => exchange switch
    {
        "bitget" => (DemoExchangeKeys.BitgetKeyId, DemoSeed.Secret, DemoExchangeKeys.BitgetPassphrase),
        "kraken" => (DemoExchangeKeys.KrakenKeyId, DemoExchangeKeys.KrakenSecret, null),
        _ => (DemoExchangeKeys.CoinbaseKeyName, DemoExchangeKeys.CoinbasePrivateKeyPem, null),
    };

    private async Task<(int Code, string Out)> RunAsync(string exchange, string args)
    {
        var (key, secret, passphrase) = Demo(exchange);
        var output = new StringWriter();
        var env = new Dictionary<string, string?> { ["QARI_API_KEY"] = key, ["QARI_API_SECRET"] = secret, ["QARI_API_PASSPHRASE"] = passphrase };
        var console = new CliConsole(output, new StringWriter(), new StringReader(""), InputRedirected: true, name => env.GetValueOrDefault(name));
        var all = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(["--exchange", exchange, "--base-url", _host.BaseUrl.ToString()]).ToArray();
        var code = await ExchangeCommand.Create(console).Parse(all).InvokeAsync();
        return (code, output.ToString());
    }

    [Theory]
    [InlineData("bitget")]
    [InlineData("kraken")]
    [InlineData("coinbase")]
    public async Task VerifyPlaceBalances_DemoKey_WorkAgainstTheSimulator(string exchange)
    {
        var (verify, report) = await RunAsync(exchange, "verify");
        Assert.Equal(0, verify);
        Assert.Contains("spot trade yes", report, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo(exchange).Secret, report, StringComparison.Ordinal);
        var (place, placed) = await RunAsync(exchange, "order place --symbol BTC/USDT --side buy --type limit --quantity 0.01 --price 40000");
        Assert.Equal(0, place);
        Assert.Contains("Buy Limit BTC/USDT New", placed, StringComparison.Ordinal);
        var (balances, list) = await RunAsync(exchange, "balances");
        Assert.Equal(0, balances);
        Assert.Contains("USDT,9600,400", list, StringComparison.Ordinal);
    }
}
