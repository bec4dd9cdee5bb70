using System.Globalization;
using Qari.Model.Ids;

namespace Qari.Runtime.Grains;

/// <summary>The one place grain keys are built: a scanner per exchange, a trader per exchange account.</summary>
public static class GrainKeys
{
    /// <summary>The scanner grain's key: the exchange's name (e.g. <c>Binance</c>).</summary>
    public static string Scanner(ExchangeId exchange) => exchange.ToString();

    /// <summary>The trader grain's key: the account id as a "D"-format GUID.</summary>
    public static string Trader(AccountId account) => account.Value.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The exchange named by a scanner grain's key.</summary>
    public static ExchangeId ExchangeOf(string scannerKey) => Enum.Parse<ExchangeId>(scannerKey, ignoreCase: false);

    /// <summary>The account named by a trader grain's key.</summary>
    public static AccountId AccountOf(string traderKey) => new(Guid.Parse(traderKey, CultureInfo.InvariantCulture));
}
