using Qari.Exchanges.Abstractions;
using Qari.Model.Market;

namespace Qari.Exchanges.Okx;

/// <summary>What OKX spot offers, as the port describes it.</summary>
public static class OkxCapabilities
{
    /// <summary>Largest page of <c>/market/candles</c>.</summary>
    public const int MaxCandlesPerRequest = 300;

    /// <summary>Largest page of <c>/market/history-candles</c>.</summary>
    public const int MaxHistoryCandlesPerRequest = 100;

    /// <summary>Longest <c>clOrdId</c> / <c>algoClOrdId</c>.</summary>
    public const int MaxClientOrderIdLength = 32;

    /// <summary>
    /// Stops are algo orders (<c>POST /api/v5/trade/order-algo</c>, <c>ordType=conditional</c> with
    /// <c>slTriggerPx</c> and <c>slOrdPx</c>, <c>-1</c> = market), named by <c>algoClOrdId</c>.
    /// </summary>
    public static ExchangeCapabilities Value { get; } = new(
        StopOrderForm.Conditional,
        MarketBuyByQuote: true,
        HasOco: true,
        HasKeyPermissionQuery: true,
        RequiresPassphrase: true,
        DuplicateClientIdBehaviour.RejectedWhileOpen,
        MaxCandlesPerRequest,
        [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1]);

    /// <summary>The candle <c>bar</c> value; days use the UTC-aligned <c>1Dutc</c> (plain <c>1D</c> is Hong Kong time).</summary>
    public static string Bar(Timeframe timeframe) => timeframe switch
    {
        Timeframe.M1 => "1m",
        Timeframe.M5 => "5m",
        Timeframe.M15 => "15m",
        Timeframe.H1 => "1H",
        Timeframe.H4 => "4H",
        Timeframe.D1 => "1Dutc",
        _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Timeframe not offered by OKX."),
    };

    /// <summary>True when <paramref name="id"/> is a valid <c>clOrdId</c> (1–32 ASCII letters or digits).</summary>
    public static bool IsValidClientOrderId(string id) =>
        id.Length is > 0 and <= MaxClientOrderIdLength && id.All(char.IsAsciiLetterOrDigit);
}
