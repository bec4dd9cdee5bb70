using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Qari.Runtime.Grains;

namespace Qari.Runtime.Tests.Grains;

/// <summary>The grain DTOs through Orleans' own serializer (what crosses between silos), not just the mapper.</summary>
public sealed class GrainSerializationTests
{
    [Fact]
    public void ScanDto_ThroughOrleansSerializer_ComesBackEqualInEveryField()
    {
        using var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(ScanDto).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var candidate = new CandidateDto("BTC/USDT", 71.5m, 100.10m, 100.20m, 90.000001m, 130m, 150m, 3.25m, "summary", "why", ["L01 bullish"], true, false);
        var market = new MarketDto("Binance", "BTC/USDT", "BTCUSDT", 0.01m, 0.00001m, 0.00001m, 5m, null, "Trading", 100.05m, 100.15m);
        var scan = new ScanDto(1_700_000_000_000, [candidate], [market], new Dictionary<string, decimal> { ["BTC/USDT"] = 100.10m },
            [new CorrelationDto("BTC/USDT", "ETH/USDT", 0.83)], false, "stale",
            [new StructureEventDto("HigherLow", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), "BTC/USDT", 99.5m)]);

        var back = serializer.Deserialize<ScanDto>(serializer.SerializeToArray(scan))!;

        Assert.Equal(scan.CloseMs, back.CloseMs);
        var c = Assert.Single(back.Candidates);
        Assert.Equal(candidate with { LayerVerdicts = c.LayerVerdicts }, c);
        Assert.Equal(["L01 bullish"], c.LayerVerdicts);
        Assert.Equal(market, Assert.Single(back.Markets));
        Assert.Equal(100.10m, back.Prices["BTC/USDT"]);
        Assert.Equal(0.83, Assert.Single(back.Correlations).Value);
        Assert.Equal("stale", back.Problem);
        Assert.Equal(scan.StructureEvents[0], Assert.Single(back.StructureEvents));
    }

    [Fact]
    public void CycleReport_ThroughOrleansSerializer_KeepsEachAccountsOutcome()
    {
        using var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(CycleReport).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var report = new CycleReport(5, 2, true, [new AccountOutcome("a", new TraderStatus("a", "S127.0.0.1:1:1", 3, false, true, 1, 9), null), new AccountOutcome("b", null, "SiloUnavailableException")]);

        var back = serializer.Deserialize<CycleReport>(serializer.SerializeToArray(report))!;

        Assert.Equal(report.Accounts[0], back.Accounts[0]);
        Assert.Equal(report.Accounts[1], back.Accounts[1]);
        Assert.Equal((report.CloseMs, report.Candidates, report.DataFresh), (back.CloseMs, back.Candidates, back.DataFresh));
    }
}
