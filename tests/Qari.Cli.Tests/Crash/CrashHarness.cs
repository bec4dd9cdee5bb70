using System.Net.Http.Json;
using Qari.Runtime.Demo;

namespace Qari.Cli.Tests.Crash;

/// <summary>
/// A <c>qari simulator --speed</c> child process replaying a few symbols of demo/data, and <c>qari serve --exchange-url</c>
/// child processes against it (journal in a temp directory, the test hook injecting known candidates). Faults are
/// armed through <c>/_sim/faults</c>; serve is killed with SIGKILL and started again.
/// </summary>
internal sealed class CrashHarness : IAsyncDisposable
{
    private readonly string[] _symbols;
    private ChildProcess? _simulator;
    private ChildProcess? _serve;
    private int _serveRuns;

    private CrashHarness(string root, string[] symbols)
    {
        Root = root;
        _symbols = symbols;
    }

    public string Root { get; }

    public string JournalDirectory => Path.Combine(Root, "qari");

    public HttpClient Control { get; } = new();

    public string Url { get; private set; } = "";

    /// <summary>All serve output so far (every run), for failure messages.</summary>
    public List<string> ServeLogs { get; } = [];

    public static async Task<CrashHarness> StartAsync(int speedMs, params string[] symbols)
    {
        var root = Path.Combine(Path.GetTempPath(), "qari-crash-" + Guid.NewGuid().ToString("N"));
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(data);
        var demo = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test directory");
        foreach (var symbol in symbols)
            foreach (var file in Directory.GetFiles(demo, $"binance_{symbol.Replace("/", "", StringComparison.Ordinal)}_*"))
                File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var hook = new { symbols, everyCycles = 4, target1 = 0.0005m, target2 = 0.0015m };
        await File.WriteAllTextAsync(Path.Combine(root, "candidates.json"), System.Text.Json.JsonSerializer.Serialize(hook));
        var harness = new CrashHarness(root, symbols);
        harness._simulator = ChildProcess.Start(root, "simulator", "--port", "0", "--data", data, "--speed", speedMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var line = await harness._simulator.WaitForAsync("listening on ", TimeSpan.FromSeconds(120));
        harness.Url = line[(line.IndexOf("http", StringComparison.Ordinal))..].Trim();
        harness.Control.BaseAddress = new Uri(harness.Url.TrimEnd('/') + "/");
        return harness;
    }

    /// <summary>Starts serve (after any previous run was killed).</summary>
    public void StartServe()
    {
        KeepServeLog();
        _serveRuns++;
        _serve = ChildProcess.Start(Root, "serve", "--exchange-url", Url, "--data-dir", JournalDirectory, "--clock-resync-ms", "0",
            "--health-port", "-1", "--symbols", string.Join(',', _symbols), "--test-candidates", Path.Combine(Root, "candidates.json"));
    }

    /// <summary>SIGKILL for the running serve.</summary>
    public void KillServe() => _serve?.Kill();

    public Task WaitForServeAsync(string text, TimeSpan timeout) => _serve!.WaitForAsync(text, timeout);

    public bool ServeExited => _serve?.HasExited ?? true;

    public async Task ArmAsync(object fault)
    {
        using var r = await Control.PostAsJsonAsync("_sim/faults", fault);
        r.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync() => (await Control.DeleteAsync("_sim/faults")).Dispose();

    public async Task PauseReplayAsync(bool paused)
    {
        using var r = await Control.PostAsJsonAsync("_sim/replay", new { paused });
        r.EnsureSuccessStatusCode();
    }

    public string Diagnostics()
    {
        KeepServeLog();
        return $"serve runs: {_serveRuns}\n--- last serve output ---\n{string.Join("\n", ServeLogs.LastOrDefault()?.Split('\n').TakeLast(150) ?? [])}\n--- simulator ---\n{_simulator?.Tail(10)}";
    }

    public async ValueTask DisposeAsync()
    {
        // QARI_CRASH_KEEP=1 keeps the journal, every serve run's output and the venue's records for a post-mortem.
        var keep = Environment.GetEnvironmentVariable("QARI_CRASH_KEEP") == "1";
        if (keep) await KeepForPostMortemAsync();
        _serve?.Dispose();
        _simulator?.Dispose();
        Control.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        if (keep) return;
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a temp directory left behind is harmless */ }
    }

    private async Task KeepForPostMortemAsync()
    {
        KeepServeLog();
        for (var i = 0; i < ServeLogs.Count; i++) await File.WriteAllTextAsync(Path.Combine(Root, $"serve-{i + 1:00}.log"), ServeLogs[i]);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(Root, "venue-history.json"), await Control.GetStringAsync($"_sim/accounts/{Qari.Simulator.Accounts.DemoSeed.AccountId}/history"));
        }
        catch (HttpRequestException)
        {
            // The simulator is gone: the logs and the journal are still kept.
        }
    }

    private void KeepServeLog()
    {
        if (_serve is null) return;
        if (ServeLogs.Count < _serveRuns) ServeLogs.Add(_serve.Output);
        else ServeLogs[^1] = _serve.Output;
    }
}
