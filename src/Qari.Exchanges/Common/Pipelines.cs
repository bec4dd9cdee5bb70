using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Exchanges.Common;

/// <summary>The check every adapter constructor makes on the shared HTTP pipeline it is given.</summary>
internal static class Pipelines
{
    /// <summary>Returns <paramref name="http"/> when it is built for <paramref name="exchange"/>; another exchange's pipeline is a wiring bug.</summary>
    public static ExchangeHttpClient Require(ExchangeHttpClient http, ExchangeId exchange, string exchangeName) =>
        http.Exchange == exchange
            ? http
            : throw new ArgumentException($"The pipeline is for {http.Exchange}, not {exchangeName}.", nameof(http));
}
