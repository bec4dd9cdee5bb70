using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Gate;

/// <summary>What Gate spot offers and how Qari uses it.</summary>
public static class GateCapabilities
{
    /// <summary>Most candlesticks Gate returns per call.</summary>
    public const int MaxCandlesPerRequest = 1000;

    /// <summary>
    /// Stop-loss: a spot price-triggered order (<c>POST /spot/price_orders</c>, rule &lt;=, market or limit put);
    /// market buys are always sized in quote (<c>amount</c>); <c>text</c> is a label, not enforced unique; no key
    /// permission query (only <c>/account/detail</c> with the IP whitelist); no passphrase.
    /// </summary>
    public static ExchangeCapabilities Value { get; } = new(
        StopOrderForm: StopOrderForm.Conditional,
        MarketBuyByQuote: true,
        HasOco: false,
        HasKeyPermissionQuery: false,
        RequiresPassphrase: false,
        DuplicateClientId: DuplicateClientIdBehaviour.NotEnforced,
        MaxCandlesPerRequest: MaxCandlesPerRequest,
        Timeframes: GateTimeframes.Supported);
}
