using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Runtime.Grains;
using Qari.Runtime.Scanning;
using Qari.Trading.Events;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Grains;

public sealed class ScanMapperTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly Symbol Eth = new("ETH", "USDT");

    [Fact]
    public void ToDtoToScan_RoundTrip_KeepsEveryFactExactly()
    {
        var candidate = new TradeCandidate(Btc, 71.5m, 100.10m, 100.20m, 90.000001m, 130m, 150m, 3.25m, "summary", "why", ["L01 bullish", "L02 abstain"], ExtremeLiquidationEvent: true);
        var instrument = new Instrument(ExchangeId.Binance, Btc, "BTCUSDT", new InstrumentRules(0.01m, 0.00001m, 0.00001m, 5m, 9000m), TradingStatus.Halted);
        var correlations = new CorrelationMatrix().Set(Btc, Eth, 0.83);
        var scan = new ScanResult(1_700_000_000_000, [candidate], new Dictionary<Symbol, SymbolMarket> { [Btc] = new(instrument, 100.05m, 100.15m) },
            new Dictionary<Symbol, decimal> { [Btc] = 100.10m, [Eth] = 2000.5m }, correlations, DataFresh: false, "ETH/USDT: stale")
        {
            StructureEvents = [new ChangeOfCharacter(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), Btc, 99.5m), new HigherLow(DateTimeOffset.FromUnixTimeMilliseconds(1_699_999_000_000), Eth, 1990.25m)],
        };

        var back = ScanMapper.ToScan(ScanMapper.ToDto(scan, [Btc, Eth]));

        Assert.Equal(scan.CloseMs, back.CloseMs);
        var c = Assert.Single(back.Candidates);
        Assert.Equal(candidate with { LayerVerdicts = c.LayerVerdicts }, c);
        Assert.Equal(candidate.LayerVerdicts, c.LayerVerdicts);
        Assert.Equal(instrument, back.Markets[Btc].Instrument);
        Assert.Equal(100.15m, back.Markets[Btc].Ask);
        Assert.Equal(2000.5m, back.Prices[Eth]);
        Assert.Equal(0.83, back.Correlations.Correlation(Eth, Btc));
        Assert.False(back.DataFresh);
        Assert.Equal("ETH/USDT: stale", back.Problem);
        Assert.Equal(scan.StructureEvents, back.StructureEvents);
    }

    [Fact]
    public void GrainKeys_TraderAndScanner_RoundTrip()
    {
        var account = new AccountId(Guid.NewGuid());
        Assert.Equal(account, GrainKeys.AccountOf(GrainKeys.Trader(account)));
        Assert.Equal(ExchangeId.Kraken, GrainKeys.ExchangeOf(GrainKeys.Scanner(ExchangeId.Kraken)));
    }
}
