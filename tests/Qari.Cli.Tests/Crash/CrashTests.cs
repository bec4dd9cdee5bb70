using Xunit.Abstractions;

namespace Qari.Cli.Tests.Crash;

/// <summary>
/// Issue #8's crash test: <c>qari serve</c> as a child process against a <c>qari simulator</c> child process that injects
/// 429s, 5xx and dropped order responses, killed with SIGKILL at random moments and restarted each time; at the end the
/// simulator's own records are checked (<see cref="CrashChecks"/>). The random moments come from a fixed seed, printed
/// in a failure, so a failing run can be repeated.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private static readonly object[] Faults =
    [
        new { kind = "Status", status = 429, retryAfterSeconds = 1, count = 2 },
        new { kind = "Status", status = 503, count = 2, path = "/api/v3/order" },
        new { kind = "Status", status = 500, count = 3 },
        new { kind = "DropAfterAccept", count = 1 },
    ];

    [Fact]
    public Task Serve_KilledFiveTimesUnderFaults_NoDuplicatesStopsCoverJournalMatchesVenue() =>
        RunAsync(kills: 5, seed: 8, speedMs: 200, "BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT");

    [Fact]
    [Trait("Category", "Soak")]
    public Task Serve_KilledFiftyTimesUnderFaultsOnSixSymbols_NoDuplicatesStopsCoverJournalMatchesVenue() =>
        RunAsync(kills: 50, seed: 88, speedMs: 200, "BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT", "BNB/USDT", "DOGE/USDT");

    private async Task RunAsync(int kills, int seed, int speedMs, params string[] symbols)
    {
        var random = new Random(seed);
        await using var h = await CrashHarness.StartAsync(speedMs, symbols);
        for (var kill = 1; kill <= kills; kill++)
        {
            h.StartServe();
            foreach (var fault in Faults.Where(_ => random.NextDouble() < 0.6)) await h.ArmAsync(fault);
            // One kill in four lands inside start-up (restore, warm-up, reconciliation); the rest after recovery, 0.2–4 s into trading.
            if (random.NextDouble() < 0.25) await Task.Delay(300 + random.Next(2_000));
            else
            {
                await h.WaitForServeAsync("reconciled with", TimeSpan.FromSeconds(150));
                await Task.Delay(200 + random.Next(3_800));
            }
            Assert.False(h.ServeExited, $"serve exited by itself before kill {kill} (seed {seed})\n{h.Diagnostics()}");
            h.KillServe();
        }

        // Last start without faults: it must recover by itself; then the market is frozen and the records compared.
        await h.ClearFaultsAsync();
        h.StartServe();
        await h.WaitForServeAsync("reconciled with", TimeSpan.FromSeconds(120));
        await h.WaitForServeAsync("cycle 4 ", TimeSpan.FromSeconds(120));
        await h.PauseReplayAsync(true);
        await Task.Delay(Math.Max(2_500, speedMs * 6));
        Assert.False(h.ServeExited, $"serve exited by itself (seed {seed})\n{h.Diagnostics()}");
        h.KillServe();
        output.WriteLine($"seed {seed}, {kills} kills: " + await CrashChecks.AssertAllAsync(h, symbols));
    }
}
