using Qari.Model.Ids;

namespace Qari.Backtest.Fills;

/// <summary>
/// The default (lowest, no-discount) spot tier of each exchange: what a new account pays before volume tiers or
/// token discounts (BNB, OKB, KCS, GT, BGB). Looked up for issue 7; exchanges change these, so a backtest can pass
/// its own <see cref="ExchangeFees"/>. Where a source is a third party, the comment says so.
/// </summary>
public static class DefaultExchangeFees
{
    /// <summary>The default spot tier of <paramref name="exchange"/>.</summary>
    public static ExchangeFees For(ExchangeId exchange) => exchange switch
    {
        // Binance regular user (VIP 0) spot: 0.1000% maker / 0.1000% taker; without BNB the fee is taken from the
        // asset received. Sources: binance.com Square posts and third-party guides (binance.bh/en-AE/square/post/32297519585338).
        ExchangeId.Binance => new(exchange, 0.001m, 0.001m, FeeAsset.Base),
        // Bybit non-VIP spot, all pairs: 0.1% / 0.1%; "the trading fee unit charged is based on the purchased
        // cryptocurrency". Source: Bybit help center article 000001175 (testnet.bybit.com mirror).
        ExchangeId.Bybit => new(exchange, 0.001m, 0.001m, FeeAsset.Base),
        // OKX regular user Lv1 spot (USDT pairs): 0.080% maker / 0.100% taker. Source: okx.com/fees.
        // Fee asset: OKX charges spot fees in the asset received (not confirmed by the search; assumed).
        ExchangeId.Okx => new(exchange, 0.0008m, 0.001m, FeeAsset.Base),
        // KuCoin VIP 0, spot class A (major coins): 0.1% / 0.1%; class B/C coins pay 0.2%/0.3%. Fees are charged in
        // the quote currency. Sources: kucoin.com/support/48142946141635 (VIP fee structure, 2026-03),
        // kucoin.com/vip/privilege/fee.
        ExchangeId.Kucoin => new(exchange, 0.001m, 0.001m, FeeAsset.Quote),
        // Gate VIP 0 spot: 0.1% / 0.1% (0.09% when paid in GT). Source: gate.com/en-dubai/fee and gate.com/fee.
        // Fee asset: the asset received (assumed; not confirmed by the search).
        ExchangeId.Gate => new(exchange, 0.001m, 0.001m, FeeAsset.Base),
        // Bitget VIP 0 spot: 0.1% / 0.1% (0.08% with BGB). Source: bitget.com/fee (Indonesian page bitget.org/id/fee).
        // Fee asset: the asset received (assumed; not confirmed by the search).
        ExchangeId.Bitget => new(exchange, 0.001m, 0.001m, FeeAsset.Base),
        // Kraken Pro lowest tier ($0-$10k 30-day volume): 0.25% maker / 0.40% taker, charged in the quote currency by
        // default (kraken.com/features/fee-schedule: "fee is calculated as a percentage of quote currency volume").
        // The search found only older third-party copies of the schedule (0.16%/0.26%, tier $0-$50k); 0.25/0.40 is the
        // schedule Kraken has published since 2023 — re-check before relying on Kraken results.
        ExchangeId.Kraken => new(exchange, 0.0025m, 0.004m, FeeAsset.Quote),
        // Coinbase Advanced lowest tier ($0-$10k): 0.40% maker / 0.60% taker, charged in the quote currency. The help
        // page (help.coinbase.com .../advanced-trade-fees) defers the table to the signed-in fee page; the 0.60%/0.40%
        // figures are from third-party guides.
        ExchangeId.Coinbase => new(exchange, 0.004m, 0.006m, FeeAsset.Quote),
        _ => throw new ArgumentOutOfRangeException(nameof(exchange), exchange, "Unknown exchange."),
    };
}
