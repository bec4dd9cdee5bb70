using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Gate;

/// <summary>What Gate spot offers and how Qari uses it.</summary>
public static class GateCapabilities
{
    /// <summary>Most candlesticks Gate returns per call.</summary>
    public const int MaxCandlesPerRequest = 1000;

    /// <summary>
    /// Stop-loss: a spot price-triggered order (<c>POST /spot/price_orders</c>, rule &lt;=, market or limit put);
    /// market buys are always sized in quote (<c>amount</c>); <c>text</c> is a label, not enforced unique by Gate (the
    /// adapter checks before placing); key permissions from <c>/account/main_keys</c> where the key may read it,
    /// else only the IP whitelist from <c>/account/detail</c>; no passphrase.
    /// </summary>
    public static ExchangeCapabilities Value { get; } = new(
        StopOrderForm: StopOrderForm.Conditional,
        MarketBuyByQuote: true,
        HasOco: false,
        HasKeyPermissionQuery: true,
        RequiresPassphrase: false,
        DuplicateClientId: DuplicateClientIdBehaviour.NotEnforced,
        MaxCandlesPerRequest: MaxCandlesPerRequest,
        Timeframes: GateTimeframes.Supported);
}
