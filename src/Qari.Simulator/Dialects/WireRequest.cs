using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Qari.Simulator.Dialects;

/// <summary>A request's raw query and body strings (exactly as received, for signature checks) and their parameters.</summary>
public sealed class WireRequest
{
    private WireRequest(string rawQuery, string rawBody, string ip)
    {
        RawQuery = rawQuery;
        RawBody = rawBody;
        RemoteIp = ip;
        foreach (var (k, v) in ParseForm(rawBody)) Params[k] = v;
        // Query parameters win over body parameters of the same name (Binance's rule).
        foreach (var (k, v) in ParseForm(rawQuery)) Params[k] = v;
    }

    /// <summary>The query string as received, without '?'.</summary>
    public string RawQuery { get; }

    /// <summary>The body as received.</summary>
    public string RawBody { get; }

    /// <summary>The caller's IP as text (IPv4-mapped addresses unwrapped).</summary>
    public string RemoteIp { get; }

    /// <summary>Query and form parameters, decoded.</summary>
    public Dictionary<string, string> Params { get; } = new(StringComparer.Ordinal);

    /// <summary>A parameter or null.</summary>
    public string? this[string name] => Params.GetValueOrDefault(name);

    /// <summary>Reads the raw request.</summary>
    public static async Task<WireRequest> ReadAsync(HttpContext context)
    {
        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        return new WireRequest(query, body, RemoteIpOf(context));
    }

    /// <summary>The caller's IP as text.</summary>
    public static string RemoteIpOf(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress ?? IPAddress.Loopback;
        return (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString();
    }

    /// <summary>Parses a=b&amp;c=d with percent- and plus-decoding; bodies that are not forms (JSON) yield nothing.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ParseForm(string text)
    {
        if (text.Length == 0 || text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[')) yield break;
        foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            yield return new(Decode(name), Decode(value));
        }
    }

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
}
