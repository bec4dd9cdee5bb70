using Qari.Exchanges.Abstractions;

namespace Qari.Exchanges.Http;

/// <summary>
/// One exchange's signing scheme, and nothing else: takes the described request and the (clock-corrected)
/// timestamp, and returns the exact bytes to send with the auth headers. The secret is touched only inside
/// <see cref="IExchangeCredentials.UseSecrets{TResult}"/>.
/// </summary>
public interface IRequestSigner
{
    /// <summary>Signs <paramref name="request"/> at <paramref name="timestamp"/> (server time as corrected by the clock).</summary>
    SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp);
}
