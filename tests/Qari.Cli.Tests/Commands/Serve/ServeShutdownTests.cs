using System.Runtime.InteropServices;
using Qari.Cli.Tests.Crash;
using Qari.Runtime.Demo;

namespace Qari.Cli.Tests.Commands.Serve;

/// <summary>
/// <c>qari serve</c> (the demo) as a child process stops on SIGTERM and SIGINT with exit code 0 and its shutdown line,
/// also while a cycle waits on the client-side rate limiter: the test hook adds a limit of 600 request weight per day of
/// market time, which the demo spends within its first cycles, so the next request waits for a market day that never
/// comes while the cycle waits. The only time bound is a generous one on the exit.
/// </summary>
public sealed class ServeShutdownTests : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qari-serve-stop-" + Guid.NewGuid().ToString("N"));

    [UnixTheory]
    [InlineData(SigTerm)]
    [InlineData(SigInt)]
    public async Task Serve_SignalWhileACycleWaitsOnTheLimiter_ExitsZeroWithItsShutdownLine(int signal)
    {
        var data = CopyDemoData("BTCUSDT", "ETHUSDT");
        var environment = new Dictionary<string, string> { [DemoOptions.TestRateLimitVariable] = "600" };
        using var serve = ChildProcess.Start(environment, _root, "serve", "--data", data, "--data-dir", Path.Combine(_root, "qari"),
            "--speed", "0", "--health-port", "0");
        await serve.WaitForAsync("cycle 3 ", TimeSpan.FromSeconds(120));
        var health = await serve.WaitForAsync("/metrics", TimeSpan.FromSeconds(30));
        var metrics = new Uri(health[health.IndexOf("http", StringComparison.Ordinal)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Single(u => u.EndsWith("/metrics", StringComparison.Ordinal)));
        await WaitForLimiterWaitAsync(metrics, serve);

        Assert.Equal(0, Kill(serve.Id, signal));
        Assert.True(await serve.WaitForExitAsync(TimeSpan.FromSeconds(20)), $"serve still running 20 s after signal {signal}:\n{serve.Tail()}");
        Assert.Equal(0, serve.ExitCode);
        Assert.Matches(@"stopped after \d+ cycles", serve.Output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    // The limiter's wait counter on /metrics: at least one request is waiting (and the cycle with it).
    private static async Task WaitForLimiterWaitAsync(Uri metrics, ChildProcess serve)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 600; i++)
        {
            var text = await http.GetStringAsync(metrics);
            var line = text.Split('\n').Single(l => l.StartsWith("qari_rate_limiter_waits_total ", StringComparison.Ordinal));
            if (long.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) > 0) return;
            Assert.False(serve.HasExited, serve.Tail());
            await Task.Delay(100);
        }
        throw new TimeoutException($"no request waited on the limiter:\n{serve.Tail()}");
    }

    private string CopyDemoData(params string[] symbols)
    {
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(data);
        var demo = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test directory");
        foreach (var symbol in symbols)
            foreach (var file in Directory.GetFiles(demo, $"binance_{symbol}_*"))
                File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        return data;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
