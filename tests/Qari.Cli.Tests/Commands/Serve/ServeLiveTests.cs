using Qari.Cli.Commands.Exchange;
using Qari.Cli.Commands.Serve;
using Qari.Model.Ids;
using Qari.Runtime.Live;
using Qari.Simulator.Accounts;

namespace Qari.Cli.Tests.Commands.Serve;

/// <summary><c>qari serve --exchange-url</c>: argument and key checks (no network: they fail before connecting).</summary>
public sealed class ServeLiveTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(Dictionary<string, string?> env, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(""), InputRedirected: true, name => env.GetValueOrDefault(name));
        var code = await ServeCommand.Create(console).Parse(args).InvokeAsync();
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Serve_NonLoopbackUrlWithoutKey_RefusesAndNamesTheVariables()
    {
        var (code, _, error) = await RunAsync([], "--exchange-url", "https://203.0.113.7", "--health-port", "-1");

        Assert.Equal(2, code);
        Assert.Contains("QARI_API_KEY", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--exchange-url", "ftp://127.0.0.1:1", "not an http(s) URL")]
    [InlineData("--exchange", "nosuch", "not a supported exchange")]
    [InlineData("--symbols", "BTCUSDT", "not BASE/QUOTE")]
    public async Task Serve_BadLiveArguments_ExitTwoWithTheReason(string option, string value, string reason)
    {
        var args = new List<string> { "--health-port", "-1", option, value };
        if (option != "--exchange-url") args.AddRange(["--exchange-url", "http://127.0.0.1:1"]);

        var (code, _, error) = await RunAsync([], [.. args]);

        Assert.Equal(2, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountFor_SameKey_IsStableAndDiffersPerKeyAndExchange()
    {
        var a = LiveRuntime.AccountFor(ExchangeId.Binance, DemoSeed.KeyId);

        Assert.Equal(a, LiveRuntime.AccountFor(ExchangeId.Binance, DemoSeed.KeyId));
        Assert.NotEqual(a, LiveRuntime.AccountFor(ExchangeId.Bybit, DemoSeed.KeyId));
        Assert.NotEqual(a, LiveRuntime.AccountFor(ExchangeId.Binance, "other-key"));
    }
}
