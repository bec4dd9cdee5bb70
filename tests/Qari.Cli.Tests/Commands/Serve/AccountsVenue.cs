using System.CommandLine;
using Microsoft.Extensions.Logging;
using Qari.Cli.Commands.Exchange;
using Qari.Cli.Commands.Keys;
using Qari.Runtime.Demo;
using Qari.Simulator.Accounts;
using Qari.Simulator.Control;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;
using Qari.Vault.Tests.Support;

namespace Qari.Cli.Tests.Commands.Serve;

/// <summary>
/// An in-process simulator on loopback replaying two demo/data symbols at an accelerated pace, with one simulated
/// account per key, and a data directory whose vault the real <c>qari keys</c> commands fill (logs captured).
/// </summary>
internal sealed class AccountsVenue : IAsyncDisposable
{
    private static readonly string[] Symbols = ["BTC/USDT", "ETH/USDT"];
    private readonly CancellationTokenSource _pacing = new();
    private readonly ILoggerFactory _logs;
    private readonly Task _pacer;

    private AccountsVenue(string root, SimulatorHost host, ReplayPacer pacer)
    {
        Root = root;
        Host = host;
        _logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Control = new SimulatorControlClient(Http, host.BaseUrl);
        Http.BaseAddress = host.BaseUrl;
        host.State.Pacer = pacer;
        _pacer = Task.Run(() => pacer.RunAsync(_pacing.Token));
    }

    public string Root { get; }
    public string DataDir => Path.Combine(Root, "data-dir");
    public SimulatorHost Host { get; }
    public HttpClient Http { get; } = new();
    public SimulatorControlClient Control { get; }
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Every stdout/stderr text of the keys commands.</summary>
    public List<string> Transcript { get; } = [];

    public string Url => Host.BaseUrl.ToString().TrimEnd('/');

    public string SymbolList => string.Join(',', Symbols);

    public static async Task<AccountsVenue> StartAsync(int intervalMs, params SimKey[] keys)
    {
        var root = Path.Combine(Path.GetTempPath(), "qari-accounts-" + Guid.NewGuid().ToString("N"));
        var candles = Path.Combine(root, "candles");
        Directory.CreateDirectory(candles);
        var demo = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test directory");
        foreach (var symbol in Symbols)
            foreach (var file in Directory.GetFiles(demo, $"binance_{symbol.Replace("/", "", StringComparison.Ordinal)}_*"))
                File.Copy(file, Path.Combine(candles, Path.GetFileName(file)));
        var library = CandleLibrary.Load(candles);
        if (!library.IsSuccess) throw new InvalidOperationException(library.Error!.Message);
        var seed = new SimulatorSeed
        {
            Accounts = [.. keys.Select(k => new SeedAccount(k.AccountId, new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [k]))],
        };
        var host = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Port = 0, Seed = seed, Candles = library.Value, Time = new StillTime(DateTimeOffset.UtcNow), Start = ReplayWindow.DefaultStart(library.Value, 30),
        });
        if (!host.IsSuccess) throw new InvalidOperationException(host.Error!.Message);
        var pacer = new ReplayPacer(host.Value.State.Clock, host.Value.State.Feed, TimeSpan.FromMilliseconds(intervalMs), TimeProvider.System, ReplayWindow.EndMs(library.Value));
        return new AccountsVenue(root, host.Value, pacer);
    }

    /// <summary>
    /// Runs `qari keys ARGS --data-dir DATADIR` in-process with <paramref name="stdin"/>; exit code and output. The
    /// replay holds still meanwhile: its clock jumps five minutes every interval, and a signed request sent across a
    /// jump (after the command synced its clock) is five minutes old to the venue, which refuses it (-1021) as a real
    /// exchange would. Connecting keys is set-up, not what these tests are about.
    /// </summary>
    public async Task<(int Code, string Output)> KeysAsync(string stdin, params string[] args)
    {
        var pacer = Host.State.Pacer!;
        var wasPaused = pacer.Paused;
        pacer.Paused = true;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var console = new CliConsole(output, error, new StringReader(stdin), InputRedirected: true, _ => null);
            var root = new RootCommand("qari");
            root.Subcommands.Add(KeysCommand.Create(new KeysContext(console, _logs)));
            var code = await root.Parse([.. args, "--data-dir", DataDir]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            Transcript.Add(output.ToString());
            Transcript.Add(error.ToString());
            return (code, output + error.ToString());
        }
        finally
        {
            pacer.Paused = wasPaused;
        }
    }

    /// <summary>Connects <paramref name="key"/> under <paramref name="label"/>; fails the test when it is not connected.</summary>
    public async Task ConnectAsync(SimKey key, string label)
    {
        var (code, output) = await KeysAsync(key.KeyId + "\n" + key.Secret + "\n", "keys", "add", "--exchange", "binance", "--base-url", Url, "--label", label);
        Assert.True(code == 0, output);
    }

    public async ValueTask DisposeAsync()
    {
        await _pacing.CancelAsync();
        await _pacer;
        _pacing.Dispose();
        Http.Dispose();
        _logs.Dispose();
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
