using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Kucoin;

/// <summary>What KuCoin spot offers and how Qari uses it.</summary>
public static class KucoinCapabilities
{
    /// <summary>Most klines KuCoin returns per call.</summary>
    public const int MaxCandlesPerRequest = 1500;

    /// <summary>
    /// Stop-loss: a spot stop order (<c>POST /api/v1/stop-order</c>, stop=loss, market or limit) resting on the
    /// exchange; market buy by quote via <c>funds</c>; clientOid duplicates are rejected; the key report comes from
    /// <c>GET /api/v1/user/api-key</c>; a passphrase is required.
    /// </summary>
    public static ExchangeCapabilities Value { get; } = new(
        StopOrderForm: StopOrderForm.Conditional,
        MarketBuyByQuote: true,
        HasOco: true,
        HasKeyPermissionQuery: true,
        RequiresPassphrase: true,
        DuplicateClientId: DuplicateClientIdBehaviour.AlwaysRejected,
        MaxCandlesPerRequest: MaxCandlesPerRequest,
        Timeframes: KucoinTimeframes.Supported);
}
