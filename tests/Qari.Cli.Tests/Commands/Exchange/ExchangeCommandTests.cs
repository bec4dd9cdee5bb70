using Qari.Cli.Commands.Exchange;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Cli.Tests.Commands.Exchange;

/// <summary><c>qari exchange …</c> against an in-process simulator on a loopback port.</summary>
public sealed class ExchangeCommandTests : IAsyncLifetime
{
    private static readonly SimKey Withdrawer = new("withdrawKey1", "withdraw-secret-abcdef", DemoSeed.AccountId, Withdraw: true);
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

    private async Task<(int Code, string Out, string Err)> RunAsync(string args, string? key = DemoSeed.KeyId, string secret = DemoSeed.Secret, string? stdin = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new Dictionary<string, string?> { ["QARI_API_KEY"] = key, ["QARI_API_SECRET"] = key is null ? null : secret };
        var console = new CliConsole(output, error, new StringReader(stdin ?? ""), InputRedirected: true, name => env.GetValueOrDefault(name));
        var all = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(["--exchange", "binance", "--base-url", _host.BaseUrl.ToString()]).ToArray();
        var code = await ExchangeCommand.Create(console).Parse(all).InvokeAsync();
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Verify_DemoKey_PrintsTheKeyReportWithoutTheSecret()
    {
        var (code, output, error) = await RunAsync("verify");
        Assert.Equal(0, code);
        Assert.Contains("spot trade yes", output, StringComparison.Ordinal);
        Assert.Contains("withdraw   no", output, StringComparison.Ordinal);
        Assert.Contains("ip limit   yes", output, StringComparison.Ordinal);
        Assert.EndsWith("OK" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoSeed.Secret, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_KeyThatCanWithdraw_IsRefusedWithExitCode3()
    {
        var (code, output, _) = await RunAsync("verify", Withdrawer.KeyId, Withdrawer.Secret);
        Assert.Equal(3, code);
        Assert.Contains("REFUSED", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Withdrawer.Secret, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WrongSecret_FailsWithInvalidKey()
    {
        var (code, output, _) = await RunAsync("verify", secret: "wrong-secret-123");
        Assert.Equal(1, code);
        Assert.Contains("InvalidKey", output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-123", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Balances_CredentialsOnStandardInput_AreRead()
    {
        var (code, output, _) = await RunAsync("balances", key: null, stdin: $"{DemoSeed.KeyId}\n{DemoSeed.Secret}\n");
        Assert.Equal(0, code);
        Assert.Contains("USDT,10000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Balances_NoCredentials_ExplainsWhereToPutThem()
    {
        var (code, _, error) = await RunAsync("balances", key: null, stdin: "");
        Assert.Equal(2, code);
        Assert.Contains("QARI_API_KEY", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderPlaceGetCancel_LimitBuy_RoundTrips()
    {
        var (code, output, _) = await RunAsync("order place --symbol BTC/USDT --side buy --type limit --quantity 0.01 --price 45000 --client-id cli1");
        Assert.Equal(0, code);
        Assert.Contains("Buy Limit BTC/USDT New", output, StringComparison.Ordinal);
        (code, output, _) = await RunAsync("order get --symbol BTC/USDT --client-id cli1");
        Assert.Equal(0, code);
        Assert.Contains("(cli1)", output, StringComparison.Ordinal);
        (code, output, _) = await RunAsync("order cancel --symbol BTC/USDT --client-id cli1");
        Assert.Equal(0, code);
        Assert.Contains("Canceled", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderPlace_LimitWithoutPrice_IsAUsageError()
    {
        var (code, _, error) = await RunAsync("order place --symbol BTC/USDT --side buy --type limit --quantity 0.01");
        Assert.Equal(2, code);
        Assert.Contains("--price", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markets_Simulator_ListsTheRules()
    {
        var (code, output, _) = await RunAsync("markets", key: null);
        Assert.Equal(0, code);
        Assert.Contains("BTC/USDT,BTCUSDT,0.01,0.00001,0.00001,5,Trading", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UnsupportedExchange_SaysWhichAreSupported()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(""), true, _ => null);
        var code = await ExchangeCommand.Create(console).Parse(["verify", "--exchange", "nowhere"]).InvokeAsync();
        Assert.Equal(2, code);
        Assert.Contains("binance", error.ToString(), StringComparison.Ordinal);
    }
}
