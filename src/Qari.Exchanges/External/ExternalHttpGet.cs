using System.Net;
using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>One GET with a timeout on the injected clock; every expected failure comes back as a typed error.</summary>
internal static class ExternalHttpGet
{
    /// <summary>The body of a 2xx answer, or Network (failure, timeout), RateLimited (429), ExchangeUnavailable (5xx) or Rejected.</summary>
    public static async Task<Result<string>> BodyAsync(HttpClient http, Uri url, ExternalFeedOptions options, TimeProvider time, string where, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) return body;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                return new Error(ErrorKind.RateLimited, "http-429", $"{where}: rate limited by {url.Host}", Transient: true);
            if (status >= 500)
                return new Error(ErrorKind.ExchangeUnavailable, $"http-{status}", $"{where}: {url.Host} answered HTTP {status}", Transient: true);
            return new Error(ErrorKind.Rejected, $"http-{status}", $"{where}: {url.Host} answered HTTP {status}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Error(ErrorKind.Network, "timeout", $"{where}: no answer from {url.Host} within {options.Timeout.TotalSeconds:0.#} s", Transient: true);
        }
        catch (HttpRequestException ex)
        {
            return new Error(ErrorKind.Network, "network", $"{where}: request to {url.Host} failed ({ex.HttpRequestError})", Transient: true);
        }
    }
}
