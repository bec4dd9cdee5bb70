using Qari.Model.Ids;

namespace Qari.Model.Instruments;

/// <summary>A spot instrument: Qari's symbol, the exchange's own spelling, its rules and status.</summary>
public sealed record Instrument(
    ExchangeId Exchange,
    Symbol Symbol,
    string ExchangeSymbol,
    InstrumentRules Rules,
    TradingStatus Status)
{
    /// <summary>The instrument's id.</summary>
    public InstrumentId Id => new(Exchange, Symbol);
}
