using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Apps.Documents.Signing;

/// <summary>
/// The canonical form of what a signature covers: a JSON object with every object's keys in ordinal order, no
/// whitespace, UTF-8, non-ASCII text unescaped. Rebuilt from the stored document on every verification.
/// </summary>
internal static class CanonicalContent
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The canonical bytes of <paramref name="content"/>.</summary>
    public static byte[] Bytes(JsonNode content)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, content);
        }

        return buffer.ToArray();
    }

    /// <summary>A moment as signed: UTC, ISO 8601 with seven fraction digits.</summary>
    public static string Moment(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    /// <summary>Text as UTF-8 (for tests and the package's README).</summary>
    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
