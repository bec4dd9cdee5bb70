using Qari.Model.Instruments;

namespace Qari.Trading.Risk;

/// <summary>The market facts of one symbol at decision time: its instrument (rules, status) and best bid/ask.</summary>
public sealed record SymbolMarket(Instrument Instrument, decimal Bid, decimal Ask)
{
    /// <summary>Spread relative to the mid (0.001 = 0.1%); null when a side is missing.</summary>
    public decimal? RelativeSpread => Bid > 0 && Ask > 0 && Ask >= Bid ? (Ask - Bid) / ((Ask + Bid) / 2m) : null;
}
