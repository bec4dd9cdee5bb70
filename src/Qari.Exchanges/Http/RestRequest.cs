namespace Qari.Exchanges.Http;

/// <summary>
/// A request described once, before signing: the endpoint, the concrete path (ids filled in), the query string
/// exactly as it will be sent (already percent-encoded, no leading '?') and the body string exactly as it will be
/// sent. Signers sign these bytes; the client sends these bytes; nothing re-encodes them in between.
/// </summary>
public sealed record RestRequest
{
    /// <summary>Creates a request for <paramref name="endpoint"/> with its template path.</summary>
    public RestRequest(Endpoint endpoint, string query = "", string body = "", string? contentType = null)
    {
        Endpoint = endpoint;
        Path = endpoint.Path;
        Query = query;
        Body = body;
        ContentType = contentType;
    }

    /// <summary>The endpoint (method, weight, signed, places an order).</summary>
    public Endpoint Endpoint { get; }

    /// <summary>The path as sent (template filled in), starting with '/'.</summary>
    public string Path { get; init; }

    /// <summary>The query string as sent, percent-encoded, without '?'; empty for none.</summary>
    public string Query { get; init; }

    /// <summary>The body as sent; empty for none.</summary>
    public string Body { get; init; }

    /// <summary>The body's media type (e.g. application/json), or null when there is no body.</summary>
    public string? ContentType { get; init; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method => Endpoint.Method;

    /// <summary>Path and query as they appear on the wire.</summary>
    public string PathAndQuery => Query.Length == 0 ? Path : Path + "?" + Query;
}
