using Qari.Exchanges.Abstractions;
using Qari.Model.Market;

namespace Qari.Exchanges.Bybit;

/// <summary>What Bybit spot offers, as the port describes it.</summary>
public static class BybitCapabilities
{
    /// <summary>Largest kline page (<c>limit</c> max 1000).</summary>
    public const int MaxCandlesPerRequest = 1000;

    /// <summary>Longest <c>orderLinkId</c>.</summary>
    public const int MaxClientOrderIdLength = 36;

    /// <summary>
    /// Stops are spot TP/SL orders (<c>orderFilter=tpslOrder</c> + <c>triggerPrice</c>), which lock the coins
    /// before triggering — chosen over <c>StopOrder</c>, which does not, so a protective stop is always funded.
    /// </summary>
    public static ExchangeCapabilities Value { get; } = new(
        StopOrderForm.Conditional,
        MarketBuyByQuote: true,
        HasOco: false,
        HasKeyPermissionQuery: true,
        RequiresPassphrase: false,
        DuplicateClientIdBehaviour.AlwaysRejected,
        MaxCandlesPerRequest,
        [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1]);

    /// <summary>The kline <c>interval</c> value for a timeframe.</summary>
    public static string Interval(Timeframe timeframe) => timeframe switch
    {
        Timeframe.M1 => "1",
        Timeframe.M5 => "5",
        Timeframe.M15 => "15",
        Timeframe.H1 => "60",
        Timeframe.H4 => "240",
        Timeframe.D1 => "D",
        _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Timeframe not offered by Bybit."),
    };

    /// <summary>True when <paramref name="id"/> is a valid <c>orderLinkId</c> (≤36 of <c>[A-Za-z0-9_-]</c>).</summary>
    public static bool IsValidClientOrderId(string id) =>
        id.Length is > 0 and <= MaxClientOrderIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
