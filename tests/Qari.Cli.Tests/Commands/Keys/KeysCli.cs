using System.CommandLine;
using Microsoft.Extensions.Logging;
using Qari.Cli.Commands.Exchange;
using Qari.Cli.Commands.Keys;
using Qari.Cli.Commands.Vault;
using Qari.Simulator.Accounts;
using Qari.Simulator.Control;
using Qari.Simulator.Hosting;
using Qari.Vault.Tests.Support;

namespace Qari.Cli.Tests.Commands.Keys;

/// <summary>
/// Runs the real <c>qari keys</c>/<c>qari vault</c> commands in-process against a simulator on loopback, with a data
/// directory of its own, Trace-level logs captured, and every stdout/stderr text and exception kept for the leak search.
/// </summary>
public sealed class KeysCli : IAsyncDisposable
{
    private readonly ILoggerFactory _factory;
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    private KeysCli(SimulatorHost host)
    {
        Host = host;
        DataDir = Path.Combine(Path.GetTempPath(), "qari-keys-cli-" + Guid.NewGuid().ToString("N"));
        _factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Control = new SimulatorControlClient(Http, host.BaseUrl);
    }

    public SimulatorHost Host { get; }
    public string DataDir { get; }
    public CapturingLoggerProvider Logs { get; } = new();
    public HttpClient Http { get; } = new();
    public SimulatorControlClient Control { get; }

    /// <summary>Every stdout and stderr text and exception of every run.</summary>
    public List<string> Transcript { get; } = [];

    public string Url => Host.BaseUrl.ToString();

    public static async Task<KeysCli> StartAsync(params SimKey[] keys)
    {
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BTC/USDT", TickSize: 0.01m, LotStep: 0.00001m, MinQuantity: 0.00001m, MinNotional: 5m, Price: 50_000m)],
            Accounts = [new SeedAccount("acct", new Dictionary<string, decimal> { ["USDT"] = 1_000m }, keys)],
        };
        var host = await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed });
        return new KeysCli(host.IsSuccess ? host.Value : throw new InvalidOperationException(host.Error.ToString()));
    }

    public void SetEnvironment(string name, string value) => _environment[name] = value;

    /// <summary>Runs `qari ARGS` with <paramref name="stdin"/> piped in; returns exit code and stdout (stderr appended).</summary>
    public async Task<(int Code, string Output)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, new StringReader(stdin), InputRedirected: true, n => _environment.GetValueOrDefault(n));
        var context = new KeysContext(console, _factory);
        var root = new RootCommand("qari");
        root.Subcommands.Add(KeysCommand.Create(context));
        root.Subcommands.Add(VaultCommand.Create(context));
        int code;
        try
        {
            code = await root.Parse([.. args, "--data-dir", DataDir]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        }
        catch (Exception ex)
        {
            Transcript.Add(ex.ToString());
            throw;
        }
        Transcript.Add(output.ToString());
        Transcript.Add(error.ToString());
        return (code, output + error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _factory.Dispose();
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }
}
