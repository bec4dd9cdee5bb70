using System.Text;
using System.Text.Json;

namespace Qari.Exchanges.Okx;

/// <summary>Writes JSON bodies of string fields once, in the given order, so the signed text is the sent text.</summary>
internal static class OkxJsonBody
{
    /// <summary>A JSON object of the non-null fields.</summary>
    public static string Of(params (string Name, string? Value)[] fields) => Write(w => Object(w, fields));

    /// <summary>A JSON array holding one object (the form <c>cancel-algos</c> takes).</summary>
    public static string ArrayOf(params (string Name, string? Value)[] fields) => Write(w =>
    {
        w.WriteStartArray();
        Object(w, fields);
        w.WriteEndArray();
    });

    private static void Object(Utf8JsonWriter writer, (string Name, string? Value)[] fields)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            if (value is not null) writer.WriteString(name, value);
        }
        writer.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
