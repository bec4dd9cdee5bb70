using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Trading.Risk;

namespace Qari.Benchmarks.Trading;

/// <summary>Shared inputs for the trading benchmarks: instruments, candidates and account profiles.</summary>
internal static class TradingBenchData
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
    public static readonly InstrumentRules Rules = new(0.01m, 0.001m, 0.001m, 5m);

    public static Symbol SymbolAt(int i) => new("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "USDT");

    public static Instrument Instrument(Symbol s) => new(ExchangeId.Bybit, s, s.Base + s.Quote, Rules, TradingStatus.Trading);

    public static TradeCandidate Candidate(Symbol s) => new(
        s, 72m, 1900m, 2100m, 1750m, 2600m, 3000m, 2.4m, "bench", "Bench candidate: structure and order block agree.", ["L1 bullish", "L3 bullish"]);

    public static AccountProfile Profile(int i) => new(
        new AccountId(new Guid(i, 0, 0, new byte[8])), new UserId(new Guid(i, 1, 0, new byte[8])),
        (Plan)(i % 3), T0.AddDays(30), false, true, new HashSet<Symbol>());
}
