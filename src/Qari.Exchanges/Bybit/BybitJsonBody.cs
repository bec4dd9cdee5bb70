using System.Text;
using System.Text.Json;

namespace Qari.Exchanges.Bybit;

/// <summary>Writes a flat JSON object of string fields once, in the given order, so the signed text is the sent text.</summary>
internal static class BybitJsonBody
{
    /// <summary>The JSON object of the non-null fields.</summary>
    public static string Of(params (string Name, string? Value)[] fields)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                if (value is not null) writer.WriteString(name, value);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
