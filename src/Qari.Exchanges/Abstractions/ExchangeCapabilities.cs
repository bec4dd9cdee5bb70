using Qari.Model.Market;

namespace Qari.Exchanges.Abstractions;

/// <summary>What one exchange supports and how, so callers never switch on the exchange's name.</summary>
public sealed record ExchangeCapabilities(
    StopOrderForm StopOrderForm,
    bool MarketBuyByQuote,
    bool HasOco,
    bool HasKeyPermissionQuery,
    bool RequiresPassphrase,
    DuplicateClientIdBehaviour DuplicateClientId,
    int MaxCandlesPerRequest,
    IReadOnlyList<Timeframe> Timeframes);
