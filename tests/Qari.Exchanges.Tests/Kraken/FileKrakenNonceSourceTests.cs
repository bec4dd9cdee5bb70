using Qari.Exchanges.Kraken;

namespace Qari.Exchanges.Tests.Kraken;

public sealed class FileKrakenNonceSourceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "qari-nonce-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Next_TwoInstancesOnOneKeyFromManyThreads_NeverRepeatsAndEachSequenceIncreases()
    {
        // Two instances share nothing in memory: only the file lock keeps them apart, as two processes would be.
        var a = new FileKrakenNonceSource(_directory, "api.kraken.com");
        var b = new FileKrakenNonceSource(_directory, "api.kraken.com");
        var results = new System.Collections.Concurrent.ConcurrentBag<long>();
        var sequences = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            var source = t % 2 == 0 ? a : b;
            var mine = new List<long>();
            for (var i = 0; i < 100; i++) mine.Add(source.Next("key-1", floor: 1_000));
            foreach (var n in mine) results.Add(n);
            return mine;
        })).ToArray();
        var all = await Task.WhenAll(sequences);
        Assert.Equal(400, results.Distinct().Count());
        Assert.All(all, s => Assert.True(s.Zip(s.Skip(1)).All(p => p.Second > p.First)));
        Assert.Equal(1_399, results.Max());
    }

    [Fact]
    public void Next_NewInstanceAfterRestart_ContinuesAboveTheStoredHighWaterMark()
    {
        new FileKrakenNonceSource(_directory, "api.kraken.com").Next("key-2", floor: 5_000);
        Assert.Equal(5_001, new FileKrakenNonceSource(_directory, "api.kraken.com").Next("key-2", floor: 10));
    }

    [Fact]
    public void Next_FloorAboveHighWater_ReturnsTheFloor()
    {
        var source = new FileKrakenNonceSource(_directory, "api.kraken.com");
        source.Next("key-3", floor: 100);
        Assert.Equal(9_999, source.Next("key-3", floor: 9_999));
    }

    [Fact]
    public void PathOf_KeyId_NeverAppearsInTheFileName()
    {
        var path = new FileKrakenNonceSource(_directory, "api.kraken.com").PathOf("MySecretLookingKeyId");
        Assert.DoesNotContain("MySecretLookingKeyId", path, StringComparison.Ordinal);
        Assert.NotEqual(path, new FileKrakenNonceSource(_directory, "127.0.0.1:9000").PathOf("MySecretLookingKeyId"));
    }

    [Fact]
    public void Next_WhileAnotherProcessHoldsTheFile_WaitsAndContinuesAboveWhatThatProcessWrote()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/flock")) return;
        var source = new FileKrakenNonceSource(_directory, "api.kraken.com");
        source.Next("key-4", floor: 10);
        var file = source.PathOf("key-4");
        var marker = Path.Combine(_directory, "held");
        // Another process takes the same lock, signals, then writes a higher high-water mark before releasing.
        using var other = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/flock",
            ["-x", file, "-c", $"touch '{marker}'; sleep 0.3; printf 999999 > '{file}'"]) { UseShellExecute = false })!;
        var spins = 0;
        while (!File.Exists(marker) && spins++ < 5_000) Thread.Sleep(1);
        Assert.True(File.Exists(marker), "the other process never took the lock");
        Assert.Equal(1_000_000, source.Next("key-4", floor: 10));
        other.WaitForExit();
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
