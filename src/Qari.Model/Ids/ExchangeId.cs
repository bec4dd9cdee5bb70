namespace Qari.Model.Ids;

/// <summary>The eight spot exchanges Qari trades on.</summary>
public enum ExchangeId
{
    Binance,
    Bybit,
    Okx,
    Kucoin,
    Gate,
    Bitget,
    Kraken,
    Coinbase,
}
