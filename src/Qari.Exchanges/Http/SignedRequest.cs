namespace Qari.Exchanges.Http;

/// <summary>A request ready to send: the exact path+query and body bytes that were signed, plus auth headers.</summary>
public sealed record SignedRequest(
    HttpMethod Method,
    string PathAndQuery,
    string Body,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>A public request sent as described, with no auth headers.</summary>
    public static SignedRequest Unsigned(RestRequest request) =>
        new(request.Method, request.PathAndQuery, request.Body, request.ContentType, []);
}
