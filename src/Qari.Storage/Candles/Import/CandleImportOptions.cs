using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Storage.Candles.Import;

/// <summary>
/// Overrides for what file names say, and how to treat a series that is already stored: merged by default (the
/// overlap must match exactly), or replaced as a whole.
/// </summary>
public sealed record CandleImportOptions(
    ExchangeId? Exchange = null,
    Symbol? Symbol = null,
    Timeframe? Timeframe = null,
    bool Replace = false,
    int MaxIssues = 20);
